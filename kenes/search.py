"""The site search: one query over pages, draft articles, library materials, published comments
with their responses, the action plan's measures, and the partner directory; what each visitor
may see of each.

The design, and why:

- Every searchable model keeps one index of its own: the stems of its title and of all its
  text in plain columns (`search_title`, `search_terms`; pages in `PageSearchTerms`), filled
  by our stemmers (core/text.py) whenever the row is saved, and by `manage.py search_terms`
  for rows saved before. Wagtail's index keeps none of them (core/search.py routes their
  searches, the admin's included, to these columns), so nothing is indexed twice.
- Why not the database's full-text search: PostgreSQL has no Kazakh dictionary and SQLite's
  FTS5 stems no Russian, so a Kazakh or inflected Russian query («қоғамдық кеңес»,
  «правах») would find nothing on one and something else on the other. With the stems made
  by our code, the query is plain `LIKE` on both: the same rows in the same order, which the
  relevance tests check on both databases. Trigram similarity (pg_trgm) is left out for the
  same reason: near misses would be found on PostgreSQL only; stems and prefixes already
  catch the inflections that make most misses.
- What the scan costs (PostgreSQL, this machine): on the demo site a search takes 0.05-0.11 s
  for the whole page. On a stress set far past the commission's size (3,000 materials of
  3,000 words each, 1,000 pages, 5,000 draft articles, 5,000 comments, 2,000 organisations,
  every text drawn from one small vocabulary so that common words match thousands of rows)
  it takes 0.36 s for a word found nowhere and 0.6-1.3 s for words found in half of
  everything. A trigram GIN index on the terms (pg_trgm, same SQL, same results) brought the
  first to 0.04 s but did nothing for the second, where ranking the matches is the cost; it
  needs a database extension, so it waits until the library really grows that large.
- Relevance (`Query.rank`): a row with every significant word comes before one with some;
  then a word in the title before a word in the text, and a whole term before a term that
  only starts with the word. A row matches when it has at least one word that is not a stop
  word. Ties: each kind's own order (newest news first, a draft's articles in order...).
- Who sees what is asked of each app's own rules at search time, never stored in the index:
  pages live, public and in the visitor's language; a draft's elements of its current
  published version, linked to their anchor on the consultation's page in that language;
  materials the visitor may download (`library.access.downloadable`); published comments
  only, with their official responses; organisations the directory lists.
- A fixed number of queries whatever the data: per kind, a count and (when it has results) a
  page of rows, each with its joins; then one query per kind for the pages the results link
  to.
"""

import abc
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Substr
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.safestring import SafeString
from django.utils.translation import get_language, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from actionplan.models import ActionPlanIndexPage, Measure
from consultations.models import Comment, ConsultationPage, DraftElement, DraftVersion
from consultations.views import COMMENTS_PER_PAGE
from core.text import Query
from library.access import downloadable, viewer_for
from library.models import Material
from library.selectors import library_in
from partners.models import Organisation

RESULTS_PER_PAGE = 10
RESULTS_PER_GROUP = 3
EXCERPT_WORDS = 40
# The start of a file's text read for the excerpt of a material found by it.
FILE_EXCERPT_CHARS = 20_000


@dataclass
class Hit:
    """One result as the page shows it. `title` and `excerpt` are escaped, with the words

    import abc
        sought in <mark>; `lang` is the language of its text when it may differ from the page's."""

    title: SafeString
    url: str
    kind_label: str = ""
    context: str = ""
    excerpt: SafeString | str = ""
    meta: list[str] = field(default_factory=list)
    note: str = ""
    lang: str = ""
    response_label: str = ""
    response: SafeString | str = ""


class KnownCountPaginator(Paginator):
    """A paginator told the count, which the search has already asked the database."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self):
        return self.known_count


@dataclass
class Asked:
    """What a search needs to know once: the query, the request, the visitor's language."""

    query: Query
    request: object
    language: str = field(default_factory=get_language)

    @cached_property
    def locale(self):
        return Locale.get_active()

    @cached_property
    def private(self) -> Q:
        """Wagtail's private sections (`PageQuerySet.public()`), read once per search."""
        return Page.objects.all().private_q()

    def shown(self, model=Page):
        """The live, public pages of `model` in the visitor's language."""
        return model.objects.live().exclude(self.private).filter(locale=self.locale)


class Kind(abc.ABC):
    """One kind of result: which rows match and may be shown (`rows`), and how they look."""

    key = ""
    label = ""

    @abc.abstractmethod
    def rows(self, asked: Asked):
        """The matching rows the visitor may see, best first."""

    @abc.abstractmethod
    def hits(self, rows: list, asked: Asked) -> list[Hit]:
        """The rows as results: title, address, excerpt with the words marked."""


def _pages_in_locale(model, keys, asked) -> dict:
    """{translation key: the live, public page of `model` in the visitor's language}."""
    pages = asked.shown(model).filter(translation_key__in=keys)
    return {page.translation_key: page for page in pages}


class Pages(Kind):
    key = "pages"
    label = _("Pages")

    def rows(self, asked):
        query = asked.query
        return (
            asked.shown()
            .filter(depth__gt=1)
            .filter(query.lookup("search_entry__search_terms"))
            .annotate(
                rank=query.rank(
                    title="search_entry__search_title", terms="search_entry__search_terms"
                )
            )
            .select_related("search_entry", "content_type")
            .order_by("-rank", F("first_published_at").desc(nulls_last=True), "pk")
        )

    def hits(self, rows, asked):
        query, request = asked.query, asked.request
        hits = []
        for page in rows:
            model = page.content_type.model_class()
            hits.append(
                Hit(
                    title=query.highlight(page.title),
                    url=page.get_url(request),
                    kind_label=str(model._meta.verbose_name).capitalize() if model else "",
                    excerpt=query.excerpt(page.search_entry.text, words=EXCERPT_WORDS),
                )
            )
        return hits


class Articles(Kind):
    """The elements of each draft's current published version (articles, chapters, the
    preamble); the consultation's page in the visitor's language must be live and public."""

    key = "articles"
    label = _("Draft articles")

    def rows(self, asked):
        query = asked.query
        later = DraftVersion.objects.filter(
            consultation=OuterRef("version__consultation"),
            number__gt=OuterRef("version__number"),
            published_at__isnull=False,
        )
        shown_page = asked.shown(ConsultationPage).filter(
            translation_key=OuterRef("version__consultation__translation_key")
        )
        return (
            DraftElement.objects.filter(version__published_at__isnull=False)
            .filter(~Exists(later), Exists(shown_page))
            .filter(query.lookup())
            .annotate(rank=query.rank())
            .select_related("version__consultation")
            .order_by("-rank", "-version__consultation__opens_at", "version_id", "position")
        )

    def hits(self, rows, asked):
        query, request = asked.query, asked.request
        keys = {element.version.consultation.translation_key for element in rows}
        pages = _pages_in_locale(ConsultationPage, keys, asked)
        language = asked.language
        order = [language] + [code for code in ("kk", "ru", "en") if code != language]
        hits = []
        for element in rows:
            page = pages.get(element.version.consultation.translation_key)
            if page is None:  # unpublished between the two queries
                continue
            # the language whose text has the words, else the visitor's (or the fallback)
            shown = next(
                (
                    code
                    for code in order
                    if query.finds(getattr(element, f"title_{code}"))
                    or query.finds(getattr(element, f"text_{code}"))
                ),
                language,
            )
            title = getattr(element, f"title_{shown}") or element.title
            text = getattr(element, f"text_{shown}") or element.text
            heading = f"{element.label}. {title}" if title else element.label
            hits.append(
                Hit(
                    title=query.highlight(heading),
                    url=f"{page.get_url(request)}#{element.anchor}",
                    kind_label=str(DraftElement.Kind(element.kind).label),
                    context=page.title,
                    excerpt=query.excerpt(text, words=EXCERPT_WORDS),
                    lang=shown,
                )
            )
        return hits


class Materials(Kind):
    """Listed materials the visitor may download: members-only ones for members of a verified
    organisation, an event's for its participants, staff-only ones for staff."""

    key = "materials"
    label = _("Library materials")

    def rows(self, asked):
        query = asked.query
        viewer = viewer_for(asked.request)
        materials = downloadable(viewer, Material.objects.filter(is_listed=True))
        return (
            materials.filter(query.lookup())
            .annotate(
                rank=query.rank(),
                in_language=Case(
                    When(language=asked.language, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                ),
            )
            .defer("file_text", "search_terms", "search_title")
            .order_by(
                "-rank",
                "-in_language",
                F("published_on").desc(nulls_last=True),
                "-created_at",
                "-pk",
            )
        )

    def hits(self, rows, asked):
        query, request = asked.query, asked.request
        library = library_in(asked.locale)
        # the start of the files' texts, for these rows only (reading it for every row that
        # matches would cost more than the search)
        file_starts = dict(
            Material.objects.filter(pk__in=[material.pk for material in rows])
            .annotate(start=Substr("file_text", 1, FILE_EXCERPT_CHARS))
            .values_list("pk", "start")
        )
        hits = []
        for material in rows:
            if library is not None:
                url = library.get_url(request) + library.reverse_subpage(
                    "material", args=[material.pk]
                )
            else:
                url = material.url
            meta = [material.get_kind_display(), material.get_language_display()]
            if material.published_on:
                meta.append(str(material.published_on.year))
            if material.access != Material.Access.PUBLIC:
                meta.append(material.get_access_display())
            described = " ".join(filter(None, [material.description, material.source]))
            note = ""
            excerpt = query.excerpt(material.description, words=EXCERPT_WORDS)
            if not query.finds(material.title) and not query.finds(described):
                file_start = file_starts.get(material.pk, "")
                if query.finds(file_start):
                    note = _("Found in the text of the file:")
                    excerpt = query.excerpt(file_start, words=EXCERPT_WORDS)
            hits.append(
                Hit(
                    title=query.highlight(material.title),
                    url=url,
                    kind_label=str(Material._meta.verbose_name).capitalize(),
                    excerpt=excerpt,
                    meta=meta,
                    note=str(note),
                    lang=material.language,
                )
            )
        return hits


class Comments(Kind):
    """Published comments (never one waiting, rejected or withdrawn), found by their words or
    their official response's; the consultation's page in the visitor's language must be live
    and public."""

    key = "comments"
    label = _("Comments and responses")

    def rows(self, asked):
        query = asked.query
        shown_page = asked.shown(ConsultationPage).filter(
            translation_key=OuterRef("consultation__translation_key")
        )
        earlier = Comment.objects.published().filter(
            consultation=OuterRef("consultation"), pk__lt=OuterRef("pk")
        )
        # where the comment stands in the comments page's list (by element, or all of them)
        position = Case(
            When(
                element__isnull=False,
                then=Subquery(
                    earlier.filter(element__key=OuterRef("element__key"))
                    .order_by()
                    .values("consultation")
                    .annotate(n=Count("pk"))
                    .values("n")
                ),
            ),
            default=Subquery(
                earlier.order_by().values("consultation").annotate(n=Count("pk")).values("n")
            ),
            output_field=IntegerField(),
        )
        return (
            Comment.objects.published()
            .filter(Exists(shown_page))
            .filter(query.lookup())
            .annotate(rank=query.rank(), position=Coalesce(position, 0))
            .select_related("consultation", "element", "response")
            .defer("search_terms", "search_title")
            .order_by("-rank", F("published_at").desc(nulls_last=True), "-pk")
        )

    def hits(self, rows, asked):
        query, request = asked.query, asked.request
        keys = {comment.consultation.translation_key for comment in rows}
        pages = _pages_in_locale(ConsultationPage, keys, asked)
        hits = []
        for comment in rows:
            page = pages.get(comment.consultation.translation_key)
            if page is None:
                continue
            parameters = {}
            if comment.element_id:
                parameters["element"] = comment.element.key
            number = comment.position // COMMENTS_PER_PAGE + 1
            if number > 1:
                parameters["page"] = number
            address = f"{page.get_url(request)}comments/"
            if parameters:
                address += f"?{urlencode(parameters)}"
            part = comment.element.label if comment.element_id else _("The whole draft")
            written = " ".join(
                filter(None, [comment.remark, comment.justification, comment.proposed_wording])
            )
            meta = [str(part)]
            if comment.published_at:
                meta.append(date_format(timezone.localtime(comment.published_at), "DATE_FORMAT"))
            hit = Hit(
                title=query.highlight(comment.organisation_name or comment.author_name),
                url=f"{address}#comment-{comment.pk}",
                kind_label=str(_("Comment on a draft")),
                context=page.title,
                excerpt=query.excerpt(written, words=EXCERPT_WORDS),
                meta=meta,
                lang=comment.language,
            )
            response = getattr(comment, "response", None)
            if response is not None:
                hit.response_label = response.get_decision_display()
                hit.response = query.excerpt(response.reasoning, words=EXCERPT_WORDS // 2)
            hits.append(hit)
        return hits


class Organisations(Kind):
    """The organisations the partner directory lists (verified, and listed by their own
    choice)."""

    key = "organisations"
    label = _("Organisations")

    def rows(self, asked):
        query = asked.query
        listed = Organisation.objects.in_directory().prefetch_related(None)
        by_name = listed.ordered_by_name().query.order_by  # the directory's own order
        return (
            listed.filter(query.lookup())
            .annotate(rank=query.rank())
            .defer("search_terms", "search_title")
            .order_by("-rank", *by_name)
        )

    def hits(self, rows, asked):
        query = asked.query
        return [
            Hit(
                title=query.highlight(organisation.name),
                url=reverse("partners:profile", args=[organisation.pk]),
                kind_label=organisation.get_kind_display(),
                meta=[organisation.region.name] if organisation.region_id else [],
                excerpt=query.excerpt(organisation.description, words=EXCERPT_WORDS),
            )
            for organisation in rows
        ]


class Measures(Kind):
    """The measures of published action plans, found by their text, expected result,
    indicators or number; linked to their page under the tracker in the visitor's language
    (there must be a live, public one)."""

    key = "measures"
    label = _("Action plan measures")

    def rows(self, asked):
        query = asked.query
        return (
            Measure.objects.of_public_plans()
            .filter(Exists(asked.shown(ActionPlanIndexPage)))
            .filter(query.lookup())
            .annotate(rank=query.rank())
            .select_related("plan")
            .defer("search_terms", "search_title")
            .order_by("-rank", "-plan__start_year", "order_key", "pk")
        )

    def hits(self, rows, asked):
        query, request = asked.query, asked.request
        tracker = asked.shown(ActionPlanIndexPage).first() if rows else None
        if tracker is None:
            return []
        base = tracker.get_url(request)
        return [
            Hit(
                title=query.highlight(f"{measure.number}. {measure.text}"),
                url=f"{base}{measure.plan.slug}/measures/{measure.url_part}/",
                kind_label=str(_("Action plan measure")),
                context=str(measure.plan.title),
                excerpt=query.excerpt(
                    " ".join(filter(None, [measure.expected_result, measure.indicators])),
                    words=EXCERPT_WORDS,
                ),
                lang=measure.text.language,
            )
            for measure in rows
        ]


KINDS = [Pages(), Articles(), Materials(), Comments(), Measures(), Organisations()]
KIND_KEYS = [kind.key for kind in KINDS]
ALL_RESULTS = ngettext_lazy(
    "All %(counter)s result of this kind", "All %(counter)s results of this kind", "counter"
)


@dataclass
class Group:
    """One kind's results for the page: its count, its link, and the hits shown."""

    kind: Kind
    count: int
    url: str
    hits: list[Hit] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.kind.key

    @property
    def label(self) -> str:
        return str(self.kind.label)

    @property
    def more_label(self) -> str:
        return ALL_RESULTS % {"counter": self.count}


@dataclass
class Results:
    text: str
    query: Query
    groups: list[Group]
    kind: str = ""
    page: object = None  # the page of hits of the chosen kind (a Paginator page)

    @property
    def all_url(self) -> str:
        """The address of every kind's results."""
        return f"?{urlencode({'q': self.text})}"

    @property
    def total(self) -> int:
        return sum(group.count for group in self.groups)

    @property
    def chosen(self) -> Group | None:
        return next((group for group in self.groups if group.key == self.kind), None)


def site_search(*, text: str, request, kind: str = "", page_number=None) -> Results:
    """Everything the visitor may see that matches `text`: every kind's count and, for all
    kinds, the first RESULTS_PER_GROUP hits of each; for one kind (`kind`), the page
    `page_number` of its hits."""
    query = Query.parse(text)
    kind = kind if kind in KIND_KEYS else ""
    results = Results(text=text, query=query, groups=[], kind=kind)
    if not query:
        return results
    asked = Asked(query=query, request=request)
    for source in KINDS:
        rows = source.rows(asked)
        count = rows.count()
        group = Group(
            kind=source, count=count, url=f"?{urlencode({'q': text, 'kind': source.key})}"
        )
        results.groups.append(group)
        if not count:
            continue
        if kind == source.key:
            page = KnownCountPaginator(rows, RESULTS_PER_PAGE, count=count).get_page(page_number)
            page.hits = source.hits(list(page.object_list), asked)
            results.page = page
        elif not kind:
            group.hits = source.hits(list(rows[:RESULTS_PER_GROUP]), asked)
    return results
