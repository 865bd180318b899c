"""Certificates of participation in a training seminar, as PDF, in the language asked for.

Drawn with ReportLab in DejaVu Sans (bundled in `events/fonts/`, see its LICENSE), which has
every Kazakh and Russian letter; ReportLab's own fonts have no Cyrillic.
"""

from functools import cache
from io import BytesIO
from pathlib import Path

from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .models import EventPage, Registration
from .tasks import page_in

FONTS = Path(__file__).resolve().parent / "fonts"
INK = HexColor("#1a3d5c")


def may_download_certificate(registration: Registration) -> bool:
    """Only people checked in at a training seminar get a certificate."""
    return (
        registration.status == Registration.Status.ATTENDED
        and registration.event.kind == EventPage.Kind.SEMINAR
    )


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVuSans", FONTS / "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONTS / "DejaVuSans-Bold.ttf"))


def _dates(event: EventPage) -> str:
    start, end = timezone.localtime(event.start), timezone.localtime(event.end)
    if start.date() == end.date():
        return date_format(start, "DATE_FORMAT")
    return _("%(start)s – %(end)s") % {
        "start": date_format(start, "DATE_FORMAT"),
        "end": date_format(end, "DATE_FORMAT"),
    }


def certificate_lines(*, registration: Registration, language: str) -> list[tuple[str, str, int]]:
    """The certificate's text as (font, text, size) lines, in `language`."""
    event = registration.event
    page = page_in(event, language)
    with translation.override(language):
        lines = [
            ("DejaVuSans-Bold", _("Certificate of participation"), 30),
            ("DejaVuSans", _("This certifies that"), 14),
            ("DejaVuSans-Bold", registration.person.full_name or registration.person.email, 24),
            ("DejaVuSans", _("took part in the training seminar"), 14),
            ("DejaVuSans-Bold", f"«{page.title}»", 18),
            ("DejaVuSans", _dates(event), 14),
        ]
        place = ", ".join(part for part in (page.venue, str(event.region or "")) if part)
        if place:
            lines.append(("DejaVuSans", place, 12))
        if event.training_hours:
            lines.append(
                (
                    "DejaVuSans",
                    _("Duration: %(hours)s academic hours") % {"hours": event.training_hours},
                    14,
                )
            )
        organisers = ", ".join(str(organisation) for organisation in event.organisers.all())
        if organisers:
            lines.append(("DejaVuSans", _("Organised by: %(names)s") % {"names": organisers}, 11))
        lines.append(
            (
                "DejaVuSans",
                _("Certificate no. %(number)s") % {"number": f"{event.pk}-{registration.pk}"},
                9,
            )
        )
    return lines


def certificate_pdf(*, registration: Registration, language: str) -> bytes:
    register_fonts()
    buffer = BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height), invariant=True)
    with translation.override(language):
        pdf.setTitle(_("Certificate of participation"))
    pdf.setAuthor("Kenes")
    pdf.setStrokeColor(INK)
    pdf.setLineWidth(3)
    pdf.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    pdf.setFillColor(INK)
    y = height - 45 * mm
    for font, text, size in certificate_lines(registration=registration, language=language):
        for line in simpleSplit(text, font, size, width - 60 * mm):
            pdf.setFont(font, size)
            pdf.drawCentredString(width / 2, y, line)
            y -= size * 1.6
        y -= 4
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
