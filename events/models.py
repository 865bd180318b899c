"""Round tables, training seminars, conferences and webinars, and the people registered.

An event is a Wagtail page in each language. Its kk, ru and en pages share a translation key;
registrations belong to the first of them (the original the translations were made from, see
`EventPage.canonical`), so a person who registers on the Russian page and one who registers on
the Kazakh page compete for the same seats. The original also decides the dates, the status
and the registration settings for every language: publishing any of the pages copies them from
the original to the translations (`SHARED_FIELDS`, read-only on a translation's edit form,
see `core.translations`).
"""

from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.blocks import DocumentLinkBlock
from core.pages import views_of
from core.translations import OriginalPageMixin, SharedFieldsPageForm, synchronised

from .blocks import AgendaBlock, QuestionsBlock

# The views behind the pages' routes and context (they import this module: see views_of).
views = views_of("events.views")
feed_views = views_of("events.feeds")

EVENTS_PER_PAGE = 12


class LanguagesField(models.JSONField):
    """The languages an event is held in, as a list of codes; ticked boxes in forms."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=settings.LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


class EventIndexPage(Page):
    """The list of events at /<lang>/events/: upcoming first, past ones in the archive."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(views.event_index_context(request, index=self))
        return context


# What the original page decides for every language: when, where, whether it takes place and
# who may register. Texts (title, venue, practical details...) are translated per language.
SHARED_FIELDS = [
    "kind",
    "start",
    "end",
    "status",
    "region",
    "is_online",
    "join_url",
    "languages",
    "access",
    "registration_opens",
    "registration_closes",
    "capacity",
    "seats_per_organisation",
    "training_hours",
]


class EventPageQuerySet(PageQuerySet):
    def listed(self):
        """Events as the list shows them: live, public, with their city in the same query."""
        return self.live().public().select_related("region")

    def upcoming(self, now=None):
        """Not yet over, soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Over, most recent first."""
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


class EventPage(OriginalPageMixin, RoutablePageMixin, Page):
    class Kind(models.TextChoices):
        ROUND_TABLE = "round-table", _("Round table")
        SEMINAR = "seminar", _("Training seminar")
        CONFERENCE = "conference", _("Conference")
        WEBINAR = "webinar", _("Webinar")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", pgettext_lazy("event", "Cancelled")

    class Access(models.TextChoices):
        MEMBERS = "members", _("Members of verified organisations")
        SIGNED_IN = "signed-in", _("Anyone signed in with a verified email address")
        INVITATION = "invitation", _("By personal invitation only")
        NONE = "none", _("No registration on the site")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED
    )
    status_note = models.TextField(
        _("status note"),
        blank=True,
        max_length=1000,
        help_text=_("Shown with the notice and sent to registrants, e.g. why and what next."),
    )
    intro = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences shown in lists.")
    )
    description = RichTextField(_("description"), blank=True)
    agenda = StreamField(AgendaBlock(), verbose_name=_("agenda"), blank=True)
    documents = StreamField(
        [("document", DocumentLinkBlock())], verbose_name=_("documents"), blank=True
    )

    venue = models.CharField(
        _("venue"), max_length=255, blank=True, help_text=_("e.g. “Hotel Rixos, hall Astana”.")
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    region = models.ForeignKey(
        "partners.Region",
        verbose_name=_("city or region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_online = models.BooleanField(
        _("online"), default=False, help_text=_("Held online, or online as well as in person.")
    )
    join_url = models.URLField(
        _("link to join online"),
        blank=True,
        help_text=_("Shown only to confirmed participants."),
    )
    practical_info = models.TextField(
        _("practical details"),
        blank=True,
        max_length=3000,
        help_text=_("Entrance, passes, contacts on the day. Shown only to confirmed participants."),
    )
    languages = LanguagesField(_("languages of the event"), default=list)
    organisers = ParentalManyToManyField(
        "partners.Organisation",
        verbose_name=_("organisers"),
        blank=True,
        related_name="organised_events",
    )
    partners = ParentalManyToManyField(
        "partners.Organisation",
        verbose_name=_("partner organisations"),
        blank=True,
        related_name="partnered_events",
    )

    access = models.CharField(
        _("who may register"), max_length=20, choices=Access.choices, default=Access.MEMBERS
    )
    registration_opens = models.DateTimeField(
        _("registration opens"), null=True, blank=True, help_text=_("Empty: open at once.")
    )
    registration_closes = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: open until the event starts."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), default=50, validators=[MinValueValidator(1)]
    )
    seats_per_organisation = models.PositiveSmallIntegerField(
        _("seats per organisation"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Empty: no limit. Further people of an organisation join the waiting list."),
    )
    questions = StreamField(QuestionsBlock(), verbose_name=_("registration questions"), blank=True)
    training_hours = models.PositiveSmallIntegerField(
        _("training hours"),
        null=True,
        blank=True,
        help_text=_("For training seminars: the hours written on certificates of participation."),
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()
    # How the admin counts them ("21 мероприятие"): see core.counting.
    counted_as = ngettext_lazy("%(counter)s event", "%(counter)s events", "counter")
    base_form_class = SharedFieldsPageForm
    shared_fields = SHARED_FIELDS
    override_translatable_fields = synchronised(SHARED_FIELDS)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_note")], heading=_("Status")),
        FieldPanel("intro"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("region"),
                FieldPanel("is_online"),
                FieldPanel("join_url"),
                FieldPanel("practical_info"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("languages"),
        FieldPanel("organisers"),
        FieldPanel("partners"),
        FieldPanel("agenda"),
        FieldPanel("documents"),
        FieldPanel("training_hours"),
    ]
    registration_panels = [
        FieldPanel("access"),
        FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("seats_per_organisation")]),
        FieldPanel("questions"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("description"),
        index.SearchField("venue"),
        index.FilterField("start"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes <= self.registration_opens
        ):
            errors["registration_closes"] = _("Registration must close after it opens.")
        if self.registration_closes and self.end and self.registration_closes > self.end:
            errors["registration_closes"] = _("Registration cannot close after the event ends.")
        if not self.is_online and self.join_url:
            errors["is_online"] = _("Tick “online” when you give a link to join.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(views.event_context(request, self))
        return context

    @path("register/", name="register")
    def register_route(self, request):
        return views.register(request, self)

    @path("registrations/<int:registration_id>/cancel/", name="cancel")
    def cancel_route(self, request, registration_id):
        return views.cancel(request, self, registration_id)

    @path("invitation/<str:token>/", name="invitation")
    def invitation_route(self, request, token):
        return views.invitation(request, self, token)

    @path("ical/", name="ical")
    def ical_route(self, request):
        return feed_views.event_download(request, self)

    @path("certificate/", name="certificate")
    def certificate_route(self, request):
        return views.certificate(request, self)

    # Derived facts the pages and services ask; the rules themselves live in `events.rules`.

    @property
    def is_multi_day(self) -> bool:
        """In the commission's time zone, whatever zone a manager chose for the admin."""
        zone = ZoneInfo(settings.TIME_ZONE)
        return timezone.localdate(self.start, zone) != timezone.localdate(self.end, zone)

    @property
    def has_started(self) -> bool:
        return timezone.now() >= self.start

    @property
    def is_past(self) -> bool:
        return timezone.now() > self.end

    @property
    def seats_left(self) -> int | None:
        """Free seats, where a list counted the taken ones (`selectors.next_events`)."""
        taken = getattr(self, "seats_taken", None)
        return None if taken is None else max(self.capacity - taken, 0)

    @property
    def language_names(self) -> list[str]:
        names = dict(settings.LANGUAGES)
        return [str(names[code]) for code in self.languages if code in names]


def is_event_page(page) -> bool:
    """Is `page` (of any class, specific or not) an event? Without a query: the class comes
    from the content type cache, so admin listings can ask it of every page."""
    page_class = page.specific_class
    return page_class is not None and issubclass(page_class, EventPage)


class RegistrationQuerySet(models.QuerySet):
    def holding_seat(self):
        """Registrations that take a seat: confirmed, or already checked in."""
        return self.filter(status__in=Registration.SEAT_STATUSES)

    def active(self):
        """Registrations that still count: a seat or a place on the waiting list."""
        return self.filter(status__in=Registration.ACTIVE_STATUSES)

    def waiting(self):
        """The waiting list, first come first served."""
        return self.filter(status=Registration.Status.WAITLISTED).order_by("pk")

    def for_listing(self):
        return self.select_related("person", "organisation", "organisation__region")


class Registration(models.Model):
    """A person's place at an event: a seat, a place on the waiting list, or a cancelled one.

    The waiting list is ordered by primary key: registrations are created while the event's
    row is locked (see `events.services`), so key order is the order requests were served.
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", pgettext_lazy("registration", "Cancelled")
        ATTENDED = "attended", _("Attended")

    SEAT_STATUSES = (Status.CONFIRMED, Status.ATTENDED)
    ACTIVE_STATUSES = (Status.CONFIRMED, Status.ATTENDED, Status.WAITLISTED)
    # The place on the waiting list a registration got when it was decided, told to the
    # person at once (events.services); a registration read from the database counts it.
    position_when_decided: int | None = None

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    attended_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()
    # How the admin counts them ("21 мероприятие"): see core.counting.
    counted_as = ngettext_lazy("%(counter)s registration", "%(counter)s registrations", "counter")

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "person"],
                condition=Q(status__in=["confirmed", "waitlisted", "attended"]),
                name="one_active_registration_per_person",
            )
        ]
        indexes = [models.Index(fields=["event", "status"], name="registration_event_status")]

    def __str__(self):
        return f"{self.person} – {self.event} ({self.get_status_display()})"

    @property
    def holds_seat(self) -> bool:
        return self.status in self.SEAT_STATUSES

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    def changes_public_pages(self, *, created: bool) -> bool:
        """Visitors see the seats left of an event (events/includes/registration_box.html,
        event_card.html), never its waiting list: a new place on the waiting list changes no
        public page, so the kept pages stay (core/page_cache.py asks)."""
        return not (created and self.status == self.Status.WAITLISTED)

    def waitlist_position(self) -> int | None:
        """1 for the first person on the waiting list; None when not waiting."""
        if self.status != self.Status.WAITLISTED:
            return None
        if self.position_when_decided is not None:  # just decided (events.services)
            return self.position_when_decided
        return (
            Registration.objects.filter(
                event_id=self.event_id, status=self.Status.WAITLISTED, pk__lt=self.pk
            ).count()
            + 1
        )


class EventInvitation(models.Model):
    """A personal link to register for an invitation-only event. Only the SHA-256 of its
    token is stored; it can be used once, by the person whose verified address it went to."""

    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("email address"))
    full_name = models.CharField(_("name"), max_length=200, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    registration = models.OneToOneField(
        Registration,
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitation",
    )
    used_at = models.DateTimeField(_("used"), null=True, blank=True)

    # How the admin counts them ("21 мероприятие"): see core.counting.
    counted_as = ngettext_lazy("%(counter)s invitation", "%(counter)s invitations", "counter")

    class Meta:
        verbose_name = _("event invitation")
        verbose_name_plural = _("event invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.event}"


class StatusNotice(models.Model):
    """The statuses registrants were told about, so that publishing an event again does not
    send the same news twice (see `events.services.event_published`)."""

    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="status_notices", editable=False
    )
    status = models.CharField(max_length=20, choices=EventPage.Status.choices)
    start = models.DateTimeField()
    end = models.DateTimeField(null=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-pk"]

    def __str__(self):
        return f"{self.event} – {self.status}"
