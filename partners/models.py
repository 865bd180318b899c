"""Organisations (NGOs, international partners, state bodies, academia) and their members."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from core.text import SearchColumnsMixin, index_parts

from .bin import validate_bin
from .validators import logo_upload_to, validate_logo

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class WebsiteField(models.URLField):
    """A URL typed without a scheme ("ngo.kz") is taken as https://, as Django 6 will do."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})


class TranslatedNameMixin:
    """`name` in the visitor's language, falling back to the other languages in site order."""

    def localized(self, field: str) -> str:
        current = translation.get_language()
        order = [current] + [code for code in LANGUAGE_CODES if code != current]
        for code in order:
            value = getattr(self, f"{field}_{code}", "")
            if value:
                return value
        return ""

    @property
    def name(self) -> str:
        return self.localized("name")

    def __str__(self):
        return self.name


class Region(TranslatedNameMixin, models.Model):
    """A region or city of national significance, as data (see the data migration)."""

    class Kind(models.TextChoices):
        REGION = "region", _("region")
        CITY = "city", _("city of national significance")

    code = models.SlugField(_("code"), unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=100)
    name_ru = models.CharField(_("name (Russian)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["sort_order", "code"]


class FocusArea(TranslatedNameMixin, models.Model):
    """A field of human-rights work an organisation declares (children, migration...)."""

    code = models.SlugField(_("code"), unique=True)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=100)
    name_ru = models.CharField(_("name (Russian)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)

    class Meta:
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")
        ordering = ["code"]


class OrganisationQuerySet(models.QuerySet):
    def verified(self):
        return self.filter(status=Organisation.Status.VERIFIED)

    def in_directory(self):
        """What the public directory lists: verified organisations that opted in."""
        return (
            self.verified()
            .filter(listed_in_directory=True)
            .select_related("region")
            .prefetch_related("focus_areas")
        )

    def ordered_by_name(self):
        """Alphabetical by the name the visitor reads (their language, else the fallback)."""
        current = translation.get_language()
        order = [current] + [code for code in LANGUAGE_CODES if code != current]
        shown = Coalesce(*(NullIf(F(f"name_{code}"), Value("")) for code in order))
        return self.order_by(Lower(shown), "pk")

    def search(self, query: str):
        words = query.split()
        condition = Q()
        for word in words:
            condition &= (
                Q(name_kk__icontains=word)
                | Q(name_ru__icontains=word)
                | Q(name_en__icontains=word)
                | Q(bin__startswith=word)
            )
        return self.filter(condition)


class Organisation(SearchColumnsMixin, TranslatedNameMixin, models.Model):
    class Kind(models.TextChoices):
        NGO = "ngo", _("NGO")
        INTERNATIONAL = "international", _("International partner")
        STATE = "state", _("State body")
        ACADEMIC = "academic", _("Academic institution")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending verification")
        VERIFIED = "verified", _("Verified")
        REJECTED = "rejected", _("Rejected")
        SUSPENDED = "suspended", _("Suspended")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NGO)
    name_kk = models.CharField(_("name in Kazakh"), max_length=255, blank=True)
    name_ru = models.CharField(_("name in Russian"), max_length=255, blank=True)
    name_en = models.CharField(_("name in English"), max_length=255, blank=True)
    bin = models.CharField(
        _("BIN"),
        max_length=12,
        unique=True,
        null=True,
        blank=True,
        validators=[validate_bin],
        help_text=_("Business identification number, 12 digits (for Kazakh legal entities)."),
        error_messages={"unique": _("An organisation with this BIN is already registered.")},
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    focus_areas = models.ManyToManyField(
        FocusArea, verbose_name=_("focus areas"), blank=True, related_name="organisations"
    )
    website = WebsiteField(_("website"), blank=True)
    logo = models.ImageField(
        _("logo"),
        upload_to=logo_upload_to,
        blank=True,
        validators=[validate_logo],
        help_text=_("PNG, JPEG or WebP, at most 1 MB."),
    )
    contact_email = models.EmailField(_("contact email"))
    description = models.TextField(_("short description"), max_length=1000, blank=True)
    listed_in_directory = models.BooleanField(
        _("list in the public partner directory"),
        default=False,
        help_text=_("Name, logo, region, focus areas, website and description; never members."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The site search's index (core/text.py): the stems of the names, and of the names,
    # description and BIN; refreshed on every save.
    search_title = models.TextField(editable=False, blank=True)
    search_terms = models.TextField(editable=False, blank=True)

    objects = OrganisationQuerySet.as_manager()
    # How the admin counts them ("21 мероприятие"): see core.counting.
    counted_as = ngettext_lazy("%(counter)s organisation", "%(counter)s organisations", "counter")

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name_kk", "name_ru", "name_en"]
        permissions = [("decide_organisation", _("Can verify, reject and suspend organisations"))]

    def clean(self):
        super().clean()
        if not (self.name_kk or self.name_ru or self.name_en):
            raise ValidationError(
                _("Please give the organisation's name in at least one language."),
                code="name_required",
            )
        if self.kind == self.Kind.NGO and not self.bin:
            raise ValidationError(
                {"bin": _("An NGO registered in Kazakhstan has a BIN: please enter it.")},
                code="bin_required",
            )

    @property
    def is_verified(self) -> bool:
        return self.status == self.Status.VERIFIED

    def search_columns(self) -> dict:
        """The search columns for the organisation as it is now."""
        names = [(self.name_kk, "kk"), (self.name_ru, "ru"), (self.name_en, "en")]
        return {
            "search_title": index_parts(names),
            # a description mixes Kazakh and Russian: each word is stemmed by its own letters
            "search_terms": index_parts([*names, (self.description, "ru"), (self.bin, "ru")]),
        }


class Membership(models.Model):
    """A person's place in an organisation. A request to join is a membership not yet active."""

    class Role(models.TextChoices):
        REPRESENTATIVE = "representative", _("Representative")
        MEMBER = "member", _("Member")

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Asked to join")
        ACTIVE = "active", _("Member")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_each")
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"

    @property
    def is_representative(self) -> bool:
        return self.status == self.Status.ACTIVE and self.role == self.Role.REPRESENTATIVE


class Decision(models.Model):
    """The log of the commission's decisions on an organisation: who, when, why."""

    class Outcome(models.TextChoices):
        VERIFIED = "verified", _("Verified")
        REJECTED = "rejected", _("Rejected")
        SUSPENDED = "suspended", _("Suspended")

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="decisions",
    )
    outcome = models.CharField(_("decision"), max_length=20, choices=Outcome.choices)
    reason = models.TextField(_("reason"), max_length=2000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), auto_now_add=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["-decided_at", "-pk"]

    def __str__(self):
        return f"{self.organisation}: {self.get_outcome_display()}"


class Invitation(models.Model):
    """A representative invites a colleague by email. The link carries a random token; only
    its SHA-256 is stored, and only the person whose verified address it was sent to can
    accept it."""

    VALID_DAYS = 14

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    email = models.EmailField(_("email address"))
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.organisation}"

    @property
    def is_expired(self) -> bool:
        return self.created_at < timezone.now() - timezone.timedelta(days=self.VALID_DAYS)
