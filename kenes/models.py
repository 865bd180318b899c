"""The commission's own pages: home, standard content pages, news; and the site footer."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from consultations.models import ConsultationIndexPage
from consultations.selectors import open_consultations
from core.blocks import BodyBlock
from events.models import EventIndexPage
from events.selectors import next_events
from library.access import viewer_for
from library.selectors import library_in, newest_public_materials

NEWS_PER_PAGE = 10
NEWS_THUMBNAIL = "fill-480x270"  # the rendition lists show; templates use the same spec


HOME_EVENTS = 4
HOME_CONSULTATIONS = 3
HOME_NEWS = 3
HOME_MATERIALS = 3


class HomePage(Page):
    """The commission's front page in one language: what is coming up and what is new (the
    next events with their seats, the drafts open for comment, the latest news and public
    materials), and how an NGO takes part. A fixed number of queries, whatever the numbers."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            upcoming_events=next_events(locale=self.locale, limit=HOME_EVENTS),
            open_consultations=open_consultations(locale=self.locale, limit=HOME_CONSULTATIONS),
            latest_news=NewsPage.objects.latest_in(self, limit=HOME_NEWS),
            materials=newest_public_materials(viewer=viewer_for(request), limit=HOME_MATERIALS),
            library=library_in(self.locale),
            events_index=EventIndexPage.objects.live().filter(locale=self.locale).first(),
            consultations_index=ConsultationIndexPage.objects.live()
            .filter(locale=self.locale)
            .first(),
        )
        return context


class StandardPage(Page):
    """A page of text: about the commission, contacts, how to take part."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["kenes.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(Page):
    """The list of the commission's news at /<lang>/news/, newest first."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["kenes.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.live().public().child_of(self).with_listing_fields()
        context["news"] = Paginator(news, NEWS_PER_PAGE).get_page(request.GET.get("page"))
        return context


class NewsPageQuerySet(PageQuerySet):
    def with_listing_fields(self):
        """News as lists show them: newest first, thumbnails fetched in one query."""
        images = get_image_model().objects.prefetch_renditions(NEWS_THUMBNAIL)
        return self.prefetch_related(Prefetch("image", queryset=images)).order_by("-date", "-pk")

    def latest_in(self, home: Page, *, limit: int):
        return self.live().public().descendant_of(home).with_listing_fields()[:limit]


class NewsPage(Page):
    """One news item: what happened, when, and who reported it."""

    date = models.DateField(_("date"))
    intro = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences shown in lists.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("Where the news first appeared, e.g. “OSCE Programme Office in Astana”."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("source"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["kenes.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class FooterText(TranslatableMixin, models.Model):
    """The footer every page shows: address, contacts, hours; one per language.

    A snippet (Snippets → Footer text in the admin) so editors change it without a deploy.
    """

    body = RichTextField(_("text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer text")

    def __str__(self):
        return _("Footer text (%(language)s)") % {"language": self.locale.get_display_name()}


class PageSearchTerms(models.Model):
    """The site search's index of one page: the stems of its title and of everything its
    `search_fields` declare (core/text.py), and its text as shown under a search result.
    Pages are searched here only, by the site search and the admin alike; Wagtail's own index
    keeps none of them (core/search.py). Kept up to date on every full save of a page, which
    publishing is (kenes/page_index.py)."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="search_entry"
    )
    search_title = models.TextField(blank=True)
    search_terms = models.TextField(blank=True)
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("page search terms")
        verbose_name_plural = _("page search terms")

    def __str__(self):
        return str(self.page_id)
