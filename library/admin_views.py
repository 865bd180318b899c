"""An event's materials for its managers, and sending them to the participants."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from events.admin_views import VIEW_REGISTRATIONS, EventMixin, PermissionRequiredMixin
from events.models import Registration

from .models import Material
from .services import NothingToAnnounce, materials_announce


class EventMaterialsView(
    PermissionRequiredMixin, EventMixin, WagtailAdminTemplateMixin, TemplateView
):
    permission_required = VIEW_REGISTRATIONS
    url_name = "library_admin:event_materials"
    screen_label = gettext_lazy("Materials")
    template_name = "library/admin/event_materials.html"
    header_icon = "doc-full"

    def post(self, request, *args, **kwargs):
        try:
            announcement = materials_announce(event=self.event, by=request.user)
        except NothingToAnnounce as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("The materials are being sent to %(count)s participants.")
                % {"count": announcement.recipients},
            )
        return redirect(self.url_name, self.event.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["materials"] = Material.objects.filter(
            event__translation_key=self.event.translation_key
        ).order_by("title")
        context["announcements"] = self.event.material_announcements.select_related("sent_by")[:5]
        context["participants"] = Registration.objects.filter(
            event=self.event, status__in=Registration.SEAT_STATUSES
        ).count()
        return context


event_materials = EventMaterialsView.as_view()
