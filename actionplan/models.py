"""The National Human Rights Action Plan: plans, their areas and measures, the UN
recommendations the measures answer, and the dated progress reports staff record.

Why data models (snippets) rather than pages: a plan holds hundreds of measures that are
counted, filtered and compared by area, body, status and date; each is one row whose texts
are in three fields (`text_kk`, `text_ru`, `text_en`), read in the visitor's language with a
fallback, as organisations and regions are (`partners.models`). Staff edit a measure's three
languages side by side on one form, and its progress history, responsible bodies and (later)
NGOs' assessments belong to that one row whatever the language. The public pages are the
routes of one `ActionPlanIndexPage` per language (`/<lang>/action-plan/`), as the library's
materials are routes of the library page.

The status history is `ProgressReport`: never overwritten, each with the date the status
holds from (`reported_on`). A measure's status as of a date is the status of its latest
report on or before that date (ties: the one recorded last), "not started" before any;
`actionplan.selectors` computes every figure from that one rule.

Room for NGOs' assessments (part 2): they take `MeasureStatus` as their status, and
`Measure.contested` says that a published assessment disagrees with the official status; it
is kept by `services.measure_contested_refresh` and read by the dashboard.
"""

import re
import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.languages import language_of_text
from core.moderation import Moderated
from core.pages import views_of
from core.text import SearchColumnsMixin, index_parts
from library.models import library_storage

# The views behind the index page's routes and context (they import this module).
views = views_of("actionplan.views")
# The views of NGOs' assessments and of following (part 2A).
assessment_views = views_of("actionplan.assessment_views")

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
LANGUAGE_NAMES = dict(settings.LANGUAGES)
# A measure's number as plans write it: "1", "1.3", "2.4.1", "IV.2". In its address the dots
# are hyphens ("/measures/2-4-1/"): Wagtail's page addresses have no dots.
MEASURE_NUMBER = re.compile(r"[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*")


class LocalizedText(str):
    """A text in the visitor's language or, where it has none, in the first language that
    has it; `language` says which, for the `lang` attribute of the element that shows it."""

    language: str = ""

    def __new__(cls, value: str, language: str):
        text = super().__new__(cls, value)
        text.language = language
        return text


class TranslatedFieldsMixin:
    """Texts kept in one field per language (`title_kk`, `title_ru`, `title_en`)."""

    def localized(self, field: str) -> LocalizedText:
        current = translation.get_language()
        order = [current] + [code for code in LANGUAGE_CODES if code != current]
        for code in order:
            value = getattr(self, f"{field}_{code}", "")
            if value:
                return LocalizedText(value, code)
        return LocalizedText("", current or settings.LANGUAGE_CODE)

    def missing_language_error(self, field: str, message) -> dict:
        """{field: message} when `field` is empty in every language (for `clean()`)."""
        if any(getattr(self, f"{field}_{code}", "") for code in LANGUAGE_CODES):
            return {}
        return {f"{field}_{LANGUAGE_CODES[0]}": message}


def language_panels(fields: list[str]) -> list:
    """One panel per language with that language's fields, Kazakh first."""
    return [
        MultiFieldPanel(
            [FieldPanel(f"{field}_{code}") for field in fields], heading=LANGUAGE_NAMES[code]
        )
        for code in LANGUAGE_CODES
    ]


class MeasureStatus(models.TextChoices):
    """How far a measure is: the official status of a progress report (and, in part 2, the
    status an NGO's assessment gives)."""

    NOT_STARTED = "not-started", _("Not started")
    IN_PROGRESS = "in-progress", _("In progress")
    IMPLEMENTED = "implemented", _("Implemented")
    PARTLY_IMPLEMENTED = "partly-implemented", _("Partly implemented")
    NOT_IMPLEMENTED = "not-implemented", _("Not implemented")
    CANCELLED = "cancelled", pgettext_lazy("measure", "Cancelled")


class PlanForm(WagtailAdminModelForm):
    """An area that has measures stays: the form says so instead of failing to delete it."""

    def clean(self):
        cleaned = super().clean()
        for form in self.formsets["areas"].deleted_forms:
            area = form.instance
            if area.pk and area.measures.exists():
                raise ValidationError(
                    _("The area “%(area)s” has measures: move them to another area first.")
                    % {"area": area.title}
                )
        return cleaned


class Plan(TranslatedFieldsMixin, index.Indexed, ClusterableModel):
    """One national action plan (e.g. for 2009–2012) with its areas (edited inline)."""

    base_form_class = PlanForm

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft (not shown on the site)")
        IN_FORCE = "in-force", _("In force")
        COMPLETED = "completed", _("Completed")

    slug = models.SlugField(
        _("address"),
        unique=True,
        help_text=_("The plan’s part of its address, e.g. “2009-2012”."),
    )
    title_kk = models.CharField(_("title (Kazakh)"), max_length=255, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    summary_kk = models.TextField(_("summary (Kazakh)"), max_length=2000, blank=True)
    summary_ru = models.TextField(_("summary (Russian)"), max_length=2000, blank=True)
    summary_en = models.TextField(_("summary (English)"), max_length=2000, blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("first year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    end_year = models.PositiveSmallIntegerField(
        _("last year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )

    panels = [
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
        FieldRowPanel([FieldPanel("adopted_on"), FieldPanel("status")]),
        *language_panels(["title", "summary"]),
        InlinePanel("areas", heading=_("Areas"), label=_("area"), min_num=1),
    ]
    search_fields = [
        index.SearchField("slug"),
        *(index.SearchField(f"title_{code}") for code in LANGUAGE_CODES),
        *(index.AutocompleteField(f"title_{code}") for code in LANGUAGE_CODES),
        index.FilterField("status"),
    ]
    counted_as = ngettext_lazy("%(counter)s plan", "%(counter)s plans", "counter")

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ["-start_year", "slug"]

    def __str__(self):
        return self.title or self.slug

    @property
    def title(self) -> LocalizedText:
        return self.localized("title")

    @property
    def summary(self) -> LocalizedText:
        return self.localized("summary")

    @property
    def is_public(self) -> bool:
        return self.status != self.Status.DRAFT

    def clean(self):
        super().clean()
        errors = self.missing_language_error(
            "title", _("Write the title in at least one language.")
        )
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("The last year cannot come before the first.")
        if errors:
            raise ValidationError(errors)


class Area(TranslatedFieldsMixin, Orderable):
    """A part of a plan ("Improvement of legislation"), in the plan's order."""

    plan = ParentalKey(Plan, on_delete=models.CASCADE, related_name="areas")
    title_kk = models.CharField(_("title (Kazakh)"), max_length=255, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)

    panels = [FieldPanel("title_kk"), FieldPanel("title_ru"), FieldPanel("title_en")]

    class Meta(Orderable.Meta):
        verbose_name = _("area")
        verbose_name_plural = _("areas")

    def __str__(self):
        return f"{self.plan.slug}: {self.title}" if self.plan_id else str(self.title)

    @property
    def title(self) -> LocalizedText:
        return self.localized("title")

    def clean(self):
        super().clean()
        errors = self.missing_language_error(
            "title", _("Write the title in at least one language.")
        )
        if errors:
            raise ValidationError(errors)


class Recommendation(TranslatedFieldsMixin, index.Indexed, models.Model):
    """A recommendation of a UN human-rights mechanism to the state, which measures answer."""

    class Mechanism(models.TextChoices):
        UPR = "upr", _("Universal Periodic Review")
        TREATY_BODY = "treaty-body", _("Treaty body")
        SPECIAL_PROCEDURE = "special-procedure", _("Special procedure")

    mechanism = models.CharField(_("UN mechanism"), max_length=20, choices=Mechanism.choices)
    body_kk = models.CharField(_("body (Kazakh)"), max_length=255, blank=True)
    body_ru = models.CharField(_("body (Russian)"), max_length=255, blank=True)
    body_en = models.CharField(
        _("body (English)"),
        max_length=255,
        blank=True,
        help_text=_("E.g. “Committee against Torture”, “Special Rapporteur on torture”."),
    )
    session_kk = models.CharField(_("cycle or session (Kazakh)"), max_length=100, blank=True)
    session_ru = models.CharField(_("cycle or session (Russian)"), max_length=100, blank=True)
    session_en = models.CharField(
        _("cycle or session (English)"),
        max_length=100,
        blank=True,
        help_text=_("E.g. “1st cycle (2010)”, “41st session (2008)”."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1945), MaxValueValidator(2100)],
    )
    symbol = models.CharField(
        _("document symbol"),
        max_length=100,
        blank=True,
        help_text=_("E.g. “A/HRC/14/10, para. 97.5” or “CAT/C/KAZ/CO/2, para. 9”."),
    )
    text_kk = models.TextField(_("recommendation (Kazakh)"), max_length=4000, blank=True)
    text_ru = models.TextField(_("recommendation (Russian)"), max_length=4000, blank=True)
    text_en = models.TextField(_("recommendation (English)"), max_length=4000, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("mechanism"), FieldPanel("year"), FieldPanel("symbol")]),
        *language_panels(["body", "session", "text"]),
    ]
    search_fields = [
        index.SearchField("symbol"),
        index.AutocompleteField("symbol"),
        *(index.AutocompleteField(f"text_{code}") for code in LANGUAGE_CODES),
        *(index.SearchField(f"text_{code}") for code in LANGUAGE_CODES),
        *(index.SearchField(f"body_{code}") for code in LANGUAGE_CODES),
        index.FilterField("mechanism"),
    ]
    counted_as = ngettext_lazy(
        "%(counter)s UN recommendation", "%(counter)s UN recommendations", "counter"
    )

    class Meta:
        verbose_name = _("UN recommendation")
        verbose_name_plural = _("UN recommendations")
        ordering = ["mechanism", "-year", "symbol", "pk"]

    def __str__(self):
        text = str(self.text)
        short = text if len(text) <= 80 else text[:79] + "…"
        return " · ".join(part for part in (self.symbol, short) if part)

    @property
    def body(self) -> LocalizedText:
        return self.localized("body")

    @property
    def session(self) -> LocalizedText:
        return self.localized("session")

    @property
    def text(self) -> LocalizedText:
        return self.localized("text")

    def clean(self):
        super().clean()
        errors = self.missing_language_error(
            "text", _("Write the recommendation in at least one language.")
        )
        if errors:
            raise ValidationError(errors)


def order_key(number: str) -> str:
    """A key that sorts measure numbers as people read them: 1.2 before 1.10."""
    parts = number.split(".")
    return ".".join(f"{int(part):06d}" if part.isdigit() else part.lower() for part in parts)


class MeasureForm(WagtailAdminModelForm):
    """A consultation or an event is linked once, whatever language's page was chosen: the
    link is kept to the original page (`MeasureConsultation.save`)."""

    LINKS = {
        "consultation_links": (
            "consultation",
            _("The consultation “%(title)s” is chosen twice (perhaps in two languages)."),
        ),
        "event_links": (
            "event",
            _("The event “%(title)s” is chosen twice (perhaps in two languages)."),
        ),
    }

    def clean(self):
        cleaned = super().clean()
        for relation, (field, message) in self.LINKS.items():
            formset = self.formsets.get(relation)
            if formset is None:
                continue
            deleted = formset.deleted_forms  # validates the formset's forms
            seen = set()
            for form in formset.forms:
                page = getattr(form, "cleaned_data", {}).get(field)
                if page is None or form in deleted:
                    continue
                if page.translation_key in seen:
                    raise ValidationError(message % {"title": page.title})
                seen.add(page.translation_key)
        return cleaned


class MeasureQuerySet(models.QuerySet):
    def of_public_plans(self):
        return self.exclude(plan__status=Plan.Status.DRAFT)


class Measure(SearchColumnsMixin, TranslatedFieldsMixin, index.Indexed, ClusterableModel):
    """One concrete step of a plan: what, by whom, by when, and which UN recommendations it
    answers. The site search finds it by its own index (`search_columns`, core/text.py)."""

    plan = models.ForeignKey(
        Plan, verbose_name=_("action plan"), on_delete=models.CASCADE, related_name="measures"
    )
    # RESTRICT: an area with measures cannot go alone (the plan's form says so), but goes
    # with its plan and the plan's measures.
    area = models.ForeignKey(
        Area, verbose_name=_("area"), on_delete=models.RESTRICT, related_name="measures"
    )
    number = models.CharField(
        _("number"),
        max_length=20,
        validators=[
            RegexValidator(
                f"^{MEASURE_NUMBER.pattern}$",
                _("Use digits and letters separated by dots, e.g. 1.3 or 2.4.1."),
            )
        ],
        help_text=_("As in the plan, e.g. 1.3. It is the measure's address on the site."),
    )
    order_key = models.CharField(max_length=100, editable=False, db_index=True)
    text_kk = models.TextField(_("measure (Kazakh)"), max_length=4000, blank=True)
    text_ru = models.TextField(_("measure (Russian)"), max_length=4000, blank=True)
    text_en = models.TextField(_("measure (English)"), max_length=4000, blank=True)
    expected_result_kk = models.TextField(
        _("expected result (Kazakh)"), max_length=4000, blank=True
    )
    expected_result_ru = models.TextField(
        _("expected result (Russian)"), max_length=4000, blank=True
    )
    expected_result_en = models.TextField(
        _("expected result (English)"), max_length=4000, blank=True
    )
    indicators_kk = models.TextField(_("indicators (Kazakh)"), max_length=4000, blank=True)
    indicators_ru = models.TextField(_("indicators (Russian)"), max_length=4000, blank=True)
    indicators_en = models.TextField(_("indicators (English)"), max_length=4000, blank=True)
    responsible_bodies = ParentalManyToManyField(
        "partners.Organisation",
        verbose_name=_("responsible state bodies"),
        limit_choices_to={"kind": "state"},
        related_name="responsible_for_measures",
        blank=True,
    )
    co_implementers = ParentalManyToManyField(
        "partners.Organisation",
        verbose_name=_("co-implementers"),
        limit_choices_to={"kind__in": ["ngo", "international", "academic"]},
        related_name="co_implemented_measures",
        blank=True,
        help_text=_("NGOs, international partners and academic institutions taking part."),
    )
    deadline = models.DateField(_("deadline"))
    # Kept by services.measure_contested_refresh: a published NGO assessment disagrees with
    # the official status (part 2 feeds it from the assessments).
    contested = models.BooleanField(_("contested"), default=False, editable=False)
    # The measure's deadline in calendars is known by this key (its UID): the same in every
    # language and whatever else of the measure changes (its number, its plan's address).
    calendar_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # The site search's index (core/text.py): the stems of the measure's text, and of all its
    # texts and number, in each language; refreshed on every save.
    search_title = models.TextField(editable=False, blank=True)
    search_terms = models.TextField(editable=False, blank=True)

    objects = MeasureQuerySet.as_manager()

    panels = [
        FieldPanel("plan"),
        FieldPanel("area"),
        FieldRowPanel([FieldPanel("number"), FieldPanel("deadline")]),
        *language_panels(["text", "expected_result", "indicators"]),
        FieldPanel("responsible_bodies", widget=forms.CheckboxSelectMultiple),
        FieldPanel("co_implementers", widget=forms.CheckboxSelectMultiple),
        MultipleChooserPanel(
            "recommendation_links",
            chooser_field_name="recommendation",
            heading=_("UN recommendations it answers"),
            label=_("UN recommendation"),
        ),
        MultipleChooserPanel(
            "consultation_links",
            chooser_field_name="consultation",
            heading=_("Consultations that implement it"),
            label=_("consultation"),
        ),
        MultipleChooserPanel(
            "event_links",
            chooser_field_name="event",
            heading=_("Events that discuss it"),
            label=_("event"),
        ),
    ]
    base_form_class = MeasureForm
    search_fields = [
        index.SearchField("number"),
        index.AutocompleteField("number"),
        *(index.SearchField(f"text_{code}") for code in LANGUAGE_CODES),
        *(index.AutocompleteField(f"text_{code}") for code in LANGUAGE_CODES),
        index.FilterField("plan_id"),
        index.FilterField("area_id"),
    ]
    counted_as = ngettext_lazy("%(counter)s measure", "%(counter)s measures", "counter")

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["plan", "order_key", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="one_measure_number_per_plan")
        ]

    def __str__(self):
        text = str(self.text)
        short = text if len(text) <= 90 else text[:89] + "…"
        return f"{self.number}. {short}"

    @property
    def text(self) -> LocalizedText:
        return self.localized("text")

    @property
    def url_part(self) -> str:
        """The number as its address writes it: 1.3 is "1-3"."""
        return self.number.replace(".", "-")

    @staticmethod
    def number_from_url(part: str) -> str:
        return part.replace("-", ".")

    @property
    def expected_result(self) -> LocalizedText:
        return self.localized("expected_result")

    @property
    def indicators(self) -> LocalizedText:
        return self.localized("indicators")

    def clean(self):
        super().clean()
        errors = self.missing_language_error(
            "text", _("Write the measure in at least one language.")
        )
        if self.area_id and self.plan_id and self.area.plan_id != self.plan_id:
            errors["area"] = _("Choose an area of the measure’s own plan.")
        if self.number and self.plan_id:
            same = Measure.objects.filter(plan_id=self.plan_id, number=self.number)
            if same.exclude(pk=self.pk).exists():
                errors["number"] = _("The plan already has a measure with this number.")
        if errors:
            raise ValidationError(errors)

    def search_columns(self) -> dict:
        """The search columns for the measure as it is now."""
        texts = [(getattr(self, f"text_{code}"), code) for code in LANGUAGE_CODES]
        others = [
            (getattr(self, f"{field}_{code}"), code)
            for field in ("expected_result", "indicators")
            for code in LANGUAGE_CODES
        ]
        return {
            "search_title": index_parts(texts),
            "search_terms": index_parts([*texts, *others, (self.number, "en")]),
        }

    def save(self, *args, **kwargs):
        self.order_key = order_key(self.number)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "order_key"}
        super().save(*args, **kwargs)


class MeasureRecommendation(Orderable):
    """A UN recommendation a measure answers (chosen in the measure's form)."""

    measure = ParentalKey(Measure, on_delete=models.CASCADE, related_name="recommendation_links")
    recommendation = models.ForeignKey(
        Recommendation,
        verbose_name=_("UN recommendation"),
        on_delete=models.CASCADE,
        related_name="measure_links",
    )

    panels = [FieldPanel("recommendation")]

    class Meta(Orderable.Meta):
        verbose_name = _("UN recommendation")
        verbose_name_plural = _("UN recommendations")
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "recommendation"], name="one_link_per_recommendation"
            )
        ]

    def __str__(self):
        return f"{self.measure_id} ← {self.recommendation_id}"


class ProgressReport(TranslatedFieldsMixin, ClusterableModel):
    """The official status of a measure from a date, with what was done and the evidence.
    Recorded by staff with the "add progress report" permission; the history is kept."""

    measure = models.ForeignKey(
        Measure,
        verbose_name=_("measure"),
        on_delete=models.CASCADE,
        related_name="progress_reports",
    )
    status = models.CharField(_("status"), max_length=20, choices=MeasureStatus.choices)
    reported_on = models.DateField(
        _("status as of"),
        default=timezone.localdate,
        help_text=_("The date from which this status holds."),
    )
    done_kk = models.TextField(_("what was done (Kazakh)"), max_length=4000, blank=True)
    done_ru = models.TextField(_("what was done (Russian)"), max_length=4000, blank=True)
    done_en = models.TextField(_("what was done (English)"), max_length=4000, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    content_panels = [
        FieldPanel("measure"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("reported_on")]),
        *language_panels(["done"]),
    ]
    evidence_panels = [
        MultipleChooserPanel(
            "materials",
            chooser_field_name="material",
            heading=_("Library materials"),
            label=_("material"),
        ),
        InlinePanel("links", heading=_("Links"), label=_("link")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Status")),
            ObjectList(evidence_panels, heading=_("Evidence")),
        ]
    )
    counted_as = ngettext_lazy(
        "%(counter)s progress report", "%(counter)s progress reports", "counter"
    )

    class Meta:
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        ordering = ["-reported_on", "-pk"]
        indexes = [models.Index(fields=["measure", "reported_on"], name="progress_measure_date")]

    def __str__(self):
        return f"{self.measure} — {self.get_status_display()} ({self.reported_on:%Y-%m-%d})"

    @property
    def done(self) -> LocalizedText:
        return self.localized("done")

    def clean(self):
        super().clean()
        errors = self.missing_language_error(
            "done", _("Write what was done in at least one language.")
        )
        if self.reported_on and self.reported_on > timezone.localdate():
            errors["reported_on"] = _("A status is recorded as of today or an earlier date.")
        elif self.reported_on and self.reported_on.year < 1990:
            errors["reported_on"] = _("Choose a date from 1990 on.")
        if errors:
            raise ValidationError(errors)


class ProgressMaterial(Orderable):
    """A library material that shows what was done (a law, a report)."""

    report = ParentalKey(ProgressReport, on_delete=models.CASCADE, related_name="materials")
    material = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("material"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("material")]

    class Meta(Orderable.Meta):
        verbose_name = _("library material")
        verbose_name_plural = _("library materials")

    def __str__(self):
        return str(self.material_id)


class ProgressLink(Orderable):
    """A link to evidence elsewhere (an official gazette, a ministry's report)."""

    report = ParentalKey(ProgressReport, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(_("address"), max_length=500)
    title = models.CharField(_("title"), max_length=255)

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.title


class ActionPlanIndexPage(RoutablePageMixin, Page):
    """The action plan tracker at /<lang>/action-plan/: the plans, each plan's dashboard
    (`<plan>/`) and each measure's page (`<plan>/measures/<number>/`)."""

    intro = models.TextField(_("introduction"), max_length=800, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("action plan tracker")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(views.index_context(request, self))
        return context

    # before the plan's route, whose address would take "follow/" for a plan's
    @path("follow/", name="follow")
    def follow_route(self, request):
        return assessment_views.follow(request, self)

    @path("evidence/<int:pk>/", name="evidence")
    def evidence_route(self, request, pk):
        return assessment_views.assessment_file(request, self, pk)

    @path("<slug:plan_slug>/", name="plan")
    def plan_route(self, request, plan_slug):
        return views.plan_dashboard(request, self, plan_slug)

    @path("<slug:plan_slug>/download/<slug:file_format>/", name="plan_download")
    def plan_download_route(self, request, plan_slug, file_format):
        return views.plan_download(request, self, plan_slug, file_format)

    @path("<slug:plan_slug>/measures/<slug:number>/", name="measure")
    def measure_route(self, request, plan_slug, number):
        return views.measure_detail(request, self, plan_slug, number)

    @path("<slug:plan_slug>/measures/<slug:number>/assess/", name="assess")
    def assess_route(self, request, plan_slug, number):
        return assessment_views.assess(request, self, plan_slug, number)

    @path(
        "<slug:plan_slug>/measures/<slug:number>/assessments/<int:pk>/withdraw/",
        name="assessment_withdraw",
    )
    def assessment_withdraw_route(self, request, plan_slug, number, pk):
        return assessment_views.withdraw(request, self, plan_slug, number, pk)


# --- What NGOs say, and who follows what (part 2A) -------------------------------------------


class Assessment(Moderated):
    """An NGO's own view of how far a measure is: its status (the same choices as the
    official one), what it observed, its evidence and the date it speaks of. Written by a
    member of a verified organisation on its behalf, moderated like comments on drafts (the
    shared design, core/moderation.py) and shown beside the official status once published.
    The author's and organisation's names are copied, as a comment's are, so the record
    keeps them when a person leaves."""

    MAX_LENGTH = 5000

    measure = models.ForeignKey(
        Measure, verbose_name=_("measure"), on_delete=models.CASCADE, related_name="assessments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="measure_assessments",
    )
    author_name = models.CharField(_("author's name"), max_length=200)
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="measure_assessments",
    )
    organisation_name = models.CharField(_("organisation's name"), max_length=255)
    assessed_status = models.CharField(
        _("status in the organisation's view"), max_length=20, choices=MeasureStatus.choices
    )
    observed = models.TextField(_("what the organisation observed"), max_length=MAX_LENGTH)
    # what pages mark the text with (`lang`), so that it is read out in its own language
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    assessed_on = models.DateField(_("as of"))
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    counted_as = ngettext_lazy("%(counter)s assessment", "%(counter)s assessments", "counter")

    @staticmethod
    def language_of(text: str) -> str:
        """The language of an assessment's text: the one its letters show, else the language
        of the page it was written on (the active one), else the site's first."""
        active = translation.get_language()
        if active not in LANGUAGE_CODES:
            active = settings.LANGUAGE_CODE
        return language_of_text(text) or active

    class Meta:
        verbose_name = _("NGO assessment")
        verbose_name_plural = _("NGO assessments")
        ordering = ["pk"]
        indexes = [models.Index(fields=["measure", "status"], name="assessment_measure_status")]

    def __str__(self):
        return f"{self.organisation_name}: {self.measure_id} ({self.assessed_status})"


class AssessmentLink(models.Model):
    """A link to evidence elsewhere (a monitoring report, a news article)."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(_("address"), max_length=500)

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")
        ordering = ["pk"]

    def __str__(self):
        return self.url


class AssessmentFile(models.Model):
    """A file of evidence, checked by its content as every library upload is
    (`library.validation`) and kept beside the library's files, outside the web server's
    reach: it is served by `views.assessment_file`, to everyone once the assessment is
    published and before that only to its author and the moderators."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("file"), upload_to="assessments", storage=library_storage)
    name = models.CharField(_("name"), max_length=120)
    content_type = models.CharField(max_length=120)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")
        ordering = ["pk"]

    def __str__(self):
        return self.name


class Follow(models.Model):
    """A person follows a measure or a whole area: they are emailed when its official
    status changes (a measure's, or any measure's of the area)."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="action_plan_follows",
    )
    measure = models.ForeignKey(
        Measure,
        verbose_name=_("measure"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follows",
    )
    area = models.ForeignKey(
        Area,
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follows",
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("follow of the action plan")
        verbose_name_plural = _("follows of the action plan")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["person", "measure"], name="follow_measure_once"),
            models.UniqueConstraint(fields=["person", "area"], name="follow_area_once"),
            models.CheckConstraint(
                condition=(
                    models.Q(measure__isnull=False, area__isnull=True)
                    | models.Q(measure__isnull=True, area__isnull=False)
                ),
                name="follow_measure_or_area",
            ),
        ]

    def __str__(self):
        return f"{self.person_id} → {self.measure_id or self.area_id}"


# --- Links across the platform (part 2B) ------------------------------------------------------


class MeasureConsultation(Orderable):
    """A consultation on a draft that implements the measure. Kept to the consultation's
    original page (the one its translations were made from), so that every language's page
    finds it; the measure's page shows the visitor's language's page."""

    measure = ParentalKey(Measure, on_delete=models.CASCADE, related_name="consultation_links")
    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="measure_links",
    )

    panels = [FieldPanel("consultation")]

    class Meta(Orderable.Meta):
        verbose_name = _("consultation that implements the measure")
        verbose_name_plural = _("consultations that implement the measure")
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "consultation"], name="one_link_per_consultation"
            )
        ]

    def __str__(self):
        return f"{self.measure_id} ← {self.consultation_id}"

    def save(self, *args, **kwargs):
        self.consultation = self.consultation.canonical
        super().save(*args, **kwargs)


class MeasureEvent(Orderable):
    """An event (a round table, a seminar) that discusses the measure, kept to the event's
    original page as `MeasureConsultation` is."""

    measure = ParentalKey(Measure, on_delete=models.CASCADE, related_name="event_links")
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="measure_links",
    )

    panels = [FieldPanel("event")]

    class Meta(Orderable.Meta):
        verbose_name = _("event that discusses the measure")
        verbose_name_plural = _("events that discuss the measure")
        constraints = [
            models.UniqueConstraint(fields=["measure", "event"], name="one_link_per_event")
        ]

    def __str__(self):
        return f"{self.measure_id} ← {self.event_id}"

    def save(self, *args, **kwargs):
        self.event = self.event.canonical
        super().save(*args, **kwargs)
