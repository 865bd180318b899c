"""Draft laws published for comment: the consultation page, the draft's versions and their
structural elements (chapters and articles).

A consultation is a Wagtail page in each language; like an event, its first page (the original
the translations were made from, `ConsultationPage.canonical`) owns the draft and, later, the
comments. The draft is bilingual by nature (Kazakh and Russian texts are both official), so an
element carries its title and text in each language.

Every element has a `key`: a short random identifier given when the element first appears and
inherited by the same element in later versions (matched by kind and number when a version is
imported, and fixable by the editor). Anchors and comments use the key and the version, never
a position in the text, so nothing drifts when the text changes.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import DocumentLinkBlock
from core.moderation import Moderated
from core.pages import views_of
from core.text import SearchColumnsMixin, index_parts, language_of
from core.translations import OriginalPageMixin, SharedFieldsPageForm, synchronised
from partners.models import TranslatedNameMixin

# The views behind the pages' routes and context (they import this module: see views_of).
views = views_of("consultations.views")

CONSULTATIONS_PER_PAGE = 10


class LegalArea(TranslatedNameMixin, models.Model):
    """A field of law a draft belongs to (data, see the data migration)."""

    code = models.SlugField(_("code"), unique=True)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=100)
    name_ru = models.CharField(_("name (Russian)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)

    class Meta:
        verbose_name = _("legal area")
        verbose_name_plural = _("legal areas")
        ordering = ["code"]

    def __str__(self):
        return self.name


class ConsultationIndexPage(Page):
    """The list of consultations at /<lang>/consultations/: open ones first, then the rest."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["consultations.ConsultationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("consultation index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(views.consultation_index_context(request, index=self))
        return context


class ConsultationPage(OriginalPageMixin, RoutablePageMixin, Page):
    class Status(models.TextChoices):
        UPCOMING = "upcoming", _("Not open yet")
        OPEN = "open", _("Open for comments")
        CLOSED = "closed", _("Closed")
        REPORTED = "reported", _("Report published")

    class Moderation(models.TextChoices):
        PRE = "pre", _("Comments are checked before they are published")
        POST = "post", _("Comments are published at once and checked afterwards")

    class Access(models.TextChoices):
        MEMBERS = "members", _("Members of verified organisations")
        SIGNED_IN = "signed-in", _("Anyone signed in with a verified email address")

    summary = models.TextField(
        _("what the draft is about"),
        max_length=2000,
        help_text=_("In plain words: what changes, for whom, and why it matters."),
    )
    drafting_body = models.CharField(
        _("drafting body"),
        max_length=255,
        help_text=_("e.g. “Ministry of Justice of the Republic of Kazakhstan”."),
    )
    legal_area = models.ForeignKey(
        LegalArea,
        verbose_name=_("legal area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opens_at = models.DateTimeField(_("open for comments from"))
    closes_at = models.DateTimeField(_("open for comments until"))
    moderation = models.CharField(
        _("moderation"), max_length=10, choices=Moderation.choices, default=Moderation.PRE
    )
    access = models.CharField(
        _("who may comment"), max_length=20, choices=Access.choices, default=Access.MEMBERS
    )
    attachments = StreamField(
        [("document", DocumentLinkBlock())],
        verbose_name=_("attachments"),
        blank=True,
        help_text=_("The official draft (DOCX or PDF), the explanatory note, other documents."),
    )

    # What the original page decides for every language (see core.translations).
    shared_fields = ["opens_at", "closes_at", "legal_area", "moderation", "access"]
    override_translatable_fields = synchronised(shared_fields)
    base_form_class = SharedFieldsPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("drafting_body"),
        FieldPanel("legal_area"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("moderation"),
                FieldPanel("access"),
            ],
            heading=_("Commenting"),
        ),
        FieldPanel("attachments"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("drafting_body"),
    ]
    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("A consultation must close after it opens.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(views.consultation_context(request, self))
        return context

    @path("comment/", name="comment")
    def comment_route(self, request):
        return views.comment(request, self)

    @path("comment/<str:key>/", name="comment_on")
    def comment_on_route(self, request, key):
        return views.comment(request, self, key)

    @path("follow/", name="follow")
    def follow_route(self, request):
        return views.follow(request, self)

    @path("report/", name="report")
    def report_route(self, request):
        return views.report_page(request, self)

    @path("report/<slug:file_format>/", name="report_download")
    def report_download_route(self, request, file_format):
        return views.report_download(request, self, file_format)

    @path("changes/", name="changes")
    def changes_route(self, request):
        return views.changes(request, self)

    @path("comments/", name="comments")
    def comments_route(self, request):
        return views.comment_list(request, self)

    @path("comments/<int:comment_id>/edit/", name="comment_edit")
    def comment_edit_route(self, request, comment_id):
        return views.comment_edit_view(request, self, comment_id)

    @path("comments/<int:comment_id>/withdraw/", name="comment_withdraw")
    def comment_withdraw_route(self, request, comment_id):
        return views.comment_withdraw_view(request, self, comment_id)

    @cached_property
    def has_report(self) -> bool:
        """Whether the comment-and-response table is published (lists annotate it as
        `reported`, so that they need no query per consultation)."""
        if "reported" in self.__dict__:
            return self.reported
        return Report.objects.filter(consultation__translation_key=self.translation_key).exists()

    def status_at(self, now=None) -> str:
        """Upcoming, open, closed or reported: derived from the dates and the report, never
        stored (a page revision published later cannot undo it)."""
        now = now or timezone.now()
        if self.has_report:
            return self.Status.REPORTED
        if now < self.opens_at:
            return self.Status.UPCOMING
        if now < self.closes_at:
            return self.Status.OPEN
        return self.Status.CLOSED

    @property
    def status(self) -> str:
        return self.status_at()

    def get_status_display(self) -> str:
        return self.Status(self.status).label

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN


class DraftVersion(models.Model):
    """One version of the draft. An imported version waits, unpublished, until the editor
    has checked its elements; the published ones stay readable for good."""

    consultation = models.ForeignKey(
        ConsultationPage,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="versions",
    )
    number = models.PositiveSmallIntegerField(_("version"))
    note = models.TextField(
        _("what changed"), blank=True, max_length=2000, help_text=_("Shown to readers.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    # What the import detected in each language's text ({"ru": DraftReading.notes()}): shown
    # on the review screen so that the editor can trust it or correct it.
    import_notes = models.JSONField(_("import notes"), default=dict, blank=True, editable=False)

    class Meta:
        verbose_name = _("draft version")
        verbose_name_plural = _("draft versions")
        ordering = ["consultation", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "number"], name="one_version_number_per_consultation"
            )
        ]

    def __str__(self):
        return f"{self.consultation} – {self.number}"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


def new_key() -> str:
    return secrets.token_hex(4)


class DraftElement(SearchColumnsMixin, TranslatedNameMixin, models.Model):
    """A chapter or article (or the text before the first one) of one version of the draft."""

    class Kind(models.TextChoices):
        PREAMBLE = "preamble", _("Preamble")
        CHAPTER = "chapter", _("Chapter")
        # the paragraphs of a code ("Параграф 1.", "1-параграф."), between chapters and articles
        PARAGRAPH = "paragraph", pgettext_lazy("part of a code", "Paragraph")
        ARTICLE = "article", _("Article")

    version = models.ForeignKey(
        DraftVersion, verbose_name=_("version"), on_delete=models.CASCADE, related_name="elements"
    )
    key = models.CharField(
        _("identifier"),
        max_length=16,
        default=new_key,
        help_text=_("Stays the same for this element in every version."),
    )
    position = models.PositiveIntegerField(_("position"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    number = models.CharField(_("number"), max_length=20, blank=True)
    title_kk = models.CharField(_("title (Kazakh)"), max_length=500, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=500, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=500, blank=True)
    text_kk = models.TextField(_("text (Kazakh)"), blank=True)
    text_ru = models.TextField(_("text (Russian)"), blank=True)
    text_en = models.TextField(_("text (English)"), blank=True)
    # The site search's index (core/text.py): the stems of the titles, and of the titles,
    # texts and label in every language; refreshed on every save.
    search_title = models.TextField(editable=False, blank=True)
    search_terms = models.TextField(editable=False, blank=True)

    # The words of the label in each language, so that "статья 5" or "5-бап" finds the article.
    SEARCH_LABELS = {
        Kind.ARTICLE: [("статья", "ru"), ("бап", "kk"), ("article", "en")],
        Kind.CHAPTER: [("глава", "ru"), ("тарау", "kk"), ("chapter", "en")],
        Kind.PARAGRAPH: [("параграф", "ru"), ("параграф", "kk"), ("paragraph", "en")],
    }

    class Meta:
        verbose_name = _("draft element")
        verbose_name_plural = _("draft elements")
        ordering = ["version", "position"]
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="one_key_per_version"),
            models.UniqueConstraint(
                fields=["version", "position"], name="one_element_per_position"
            ),
        ]

    def __str__(self):
        return self.label

    def search_columns(self) -> dict:
        """The search columns for the element as it is now."""
        titles = [(self.title_kk, "kk"), (self.title_ru, "ru"), (self.title_en, "en")]
        texts = [(self.text_kk, "kk"), (self.text_ru, "ru"), (self.text_en, "en")]
        label = [*self.SEARCH_LABELS.get(self.kind, []), (self.number, "ru")]
        return {
            "search_title": index_parts(titles),
            "search_terms": index_parts([*titles, *label, *texts]),
        }

    @property
    def anchor(self) -> str:
        return f"el-{self.key}"

    @property
    def label(self) -> str:
        """ "Article 5-1", "Chapter 2", "Preamble": in the visitor's language."""
        if self.kind == self.Kind.ARTICLE:
            return _("Article %(number)s") % {"number": self.number}
        if self.kind == self.Kind.CHAPTER:
            return _("Chapter %(number)s") % {"number": self.number}
        if self.kind == self.Kind.PARAGRAPH:
            return pgettext_lazy("part of a code", "Paragraph %(number)s") % {"number": self.number}
        return str(self.Kind.PREAMBLE.label)

    @property
    def title(self) -> str:
        return self.localized("title")

    @property
    def text(self) -> str:
        return self.localized("text")

    def language_shown(self, language: str) -> str:
        """The language a reader of `language` reads this element in: that one, or the one
        `localized` falls back to when the element has no text in it."""
        order = [language] + [code for code, _name in settings.LANGUAGES if code != language]
        return next((code for code in order if getattr(self, f"text_{code}", "")), language)

    def in_language(self, language: str) -> dict:
        """{"title": ..., "text": ...} in `language` exactly (no fallback)."""
        return {
            "title": getattr(self, f"title_{language}", ""),
            "text": getattr(self, f"text_{language}", ""),
        }


class CommentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Comment.Status.PUBLISHED)

    def for_listing(self):
        return self.select_related("element", "version", "organisation", "response")


class Comment(SearchColumnsMixin, Moderated):
    """A remark on the whole draft or on one element of the version it was written on. It
    stays attached to that version and element whatever later versions change.

    The author's name and organisation are copied when the comment is written: the table of
    comments keeps them when a person leaves the organisation or deletes their account."""

    # The states and reasons are the shared moderation design's (core/moderation.py).

    MAX_LENGTH = 5000

    consultation = models.ForeignKey(
        ConsultationPage,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    version = models.ForeignKey(
        DraftVersion, verbose_name=_("version"), on_delete=models.CASCADE, related_name="comments"
    )
    element = models.ForeignKey(
        DraftElement,
        verbose_name=_("part of the draft"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="comments",
        help_text=_("Empty: a comment on the whole draft."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="consultation_comments",
    )
    author_name = models.CharField(_("author's name"), max_length=200)
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_comments",
    )
    organisation_name = models.CharField(_("organisation's name"), max_length=255, blank=True)
    remark = models.TextField(_("remark"), max_length=MAX_LENGTH)
    justification = models.TextField(_("justification"), max_length=MAX_LENGTH, blank=True)
    proposed_wording = models.TextField(_("proposed wording"), max_length=MAX_LENGTH, blank=True)
    language = models.CharField(
        _("language of the text commented on"),
        max_length=7,
        choices=settings.LANGUAGES,
        help_text=_(
            "The draft is official in several languages: the one whose text the author read "
            "when writing. Moderators read the comment beside that text."
        ),
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)
    # The site search's index (core/text.py): the stems of the remark, and of the remark,
    # justification, proposed wording and the commission's response; refreshed when the
    # comment or its response is saved. Never the author's name.
    search_title = models.TextField(editable=False, blank=True)
    search_terms = models.TextField(editable=False, blank=True)

    objects = CommentQuerySet.as_manager()
    # How the admin counts them ("21 мероприятие"): see core.counting.
    counted_as = ngettext_lazy("%(counter)s comment", "%(counter)s comments", "counter")

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["pk"]
        permissions = [("moderate_comment", _("Can moderate comments and respond to them"))]
        indexes = [
            models.Index(fields=["consultation", "status"], name="comment_consultation_status")
        ]

    def __str__(self):
        return f"{self.author_name}: {self.remark[:50]}"

    def search_columns(self, *, reasoning: str | None = None) -> dict:
        """The search columns for the comment as it is now, with the reasoning of its
        response (`reasoning`, else the saved response's, if any)."""
        if reasoning is None:
            try:
                reasoning = self.response.reasoning if self.pk else ""
            except ObjectDoesNotExist:
                reasoning = ""
        written = (self.remark, self.justification, self.proposed_wording)
        language = self.language or language_of(" ".join(written), "ru")
        return {
            "search_title": index_parts([(self.remark, language)]),
            "search_terms": index_parts(
                [*((text, language) for text in written), (reasoning, language_of(reasoning, "ru"))]
            ),
        }

    @property
    def text_commented_on(self) -> dict:
        """{"language", "language_name", "title", "text"}: the element the comment was
        written on, in the language the author read it in (no title or text for a comment on
        the whole draft). The language's name is in the active language."""
        language = self.language or settings.LANGUAGE_CODE
        texts = {"title": "", "text": ""}
        if self.element_id is not None:
            language = self.element.language_shown(language)
            texts = self.element.in_language(language)
        name = translation.get_language_info(language)["name_translated"]
        return {"language": language, "language_name": name, **texts}


class Response(models.Model):
    """The commission's official answer to a published comment."""

    class Decision(models.TextChoices):
        ACCEPTED = "accepted", _("Accepted")
        PARTLY = "partly", _("Partially accepted")
        NOT_ACCEPTED = "not-accepted", _("Not accepted")
        NOTED = "noted", _("Noted")

    comment = models.OneToOneField(
        Comment, verbose_name=_("comment"), on_delete=models.CASCADE, related_name="response"
    )
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices)
    reasoning = models.TextField(_("reasoning"), max_length=5000)
    changed_element_key = models.CharField(
        _("article that carries the change"),
        max_length=16,
        blank=True,
        help_text=_("In a newer version of the draft, where the comment was taken into account."),
    )
    responded_at = models.DateTimeField(_("answered"), auto_now=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")

    def __str__(self):
        return f"{self.get_decision_display()}: {self.comment}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # the comment is found by the words of its response too
        Comment.objects.filter(pk=self.comment_id).update(
            **self.comment.search_columns(reasoning=self.reasoning)
        )


class Report(models.Model):
    """The published comment-and-response table of a closed consultation. A row of its own
    (not a page field), so that publishing an older page revision cannot unpublish it."""

    consultation = models.OneToOneField(
        ConsultationPage,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="report",
    )
    published_at = models.DateTimeField(_("published"), auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self):
        return str(self.consultation)


class Follow(models.Model):
    """A person follows a consultation: new versions and the report are emailed to them."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_consultations"
    )
    consultation = models.ForeignKey(
        ConsultationPage, on_delete=models.CASCADE, related_name="followers"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("followed consultation")
        verbose_name_plural = _("followed consultations")
        constraints = [
            models.UniqueConstraint(fields=["person", "consultation"], name="follow_once")
        ]

    def __str__(self):
        return f"{self.person} → {self.consultation}"


class AreaSubscription(models.Model):
    """A person is told of every new consultation in a legal area."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="area_subscriptions"
    )
    legal_area = models.ForeignKey(LegalArea, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("legal area subscription")
        verbose_name_plural = _("legal area subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["person", "legal_area"], name="subscribe_once")
        ]

    def __str__(self):
        return f"{self.person} → {self.legal_area}"


class Announcement(models.Model):
    """A consultation announced to the subscribers of its legal area (so, once)."""

    consultation = models.OneToOneField(
        ConsultationPage, on_delete=models.CASCADE, related_name="announcement"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return str(self.consultation)
