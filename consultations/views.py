"""What visitors see: the list of consultations and one consultation with its draft."""

from django.core.paginator import Paginator

from . import selectors
from .forms import ConsultationFilterForm
from .models import CONSULTATIONS_PER_PAGE


def consultation_index_context(request, *, index) -> dict:
    form = ConsultationFilterForm(request.GET or None)
    form.is_valid()  # an invalid filter is dropped, the valid ones apply
    filters = getattr(form, "cleaned_data", {})
    consultations = selectors.consultation_list(
        index=index, status=filters.get("status", ""), area=filters.get("area")
    )
    return {
        "filter_form": form,
        "consultations": Paginator(consultations, CONSULTATIONS_PER_PAGE).get_page(
            request.GET.get("page")
        ),
        "is_filtered": bool(filters.get("status") or filters.get("area")),
    }


def consultation_context(request, page) -> dict:
    version, versions = selectors.version_to_read(page, request.GET.get("version"))
    return {
        "version": version,
        "versions": versions,
        "is_latest": version is not None and version == versions[-1],
    }
