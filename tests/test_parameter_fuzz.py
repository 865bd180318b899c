"""No public address of the demo site answers 500, whatever its query parameters and its path
parts hold: NUL bytes, invalid UTF-8, huge and negative numbers, zero, empty, overlong and
repeated values (issue 14, point 5). PostgreSQL refuses NUL in text where SQLite does not,
so `make test` runs this again there.

The addresses come from the database and the URLconf, not from a list written here: every
live page in kk, ru and en with each of its routes (a material, an event's registration and
certificate, a consultation's comments, changes and table downloads), every URL outside the
admin with its path parts filled from the demo's rows (partner profiles, feeds of each kind,
a personal calendar, documents, My account, allauth's pages), and every address the pages'
links lead to. A new URL or route with path parts stops the test until it has real values.

The parameters: the reviewed table `PARAMETERS`, the names of the pages' GET forms and links,
and every name the code asks `request.GET` for while the test runs (`ReadQueryDict`), which
the table must hold: a view that starts reading a new parameter fails the test until the
table names it. Every request carries every name.

The first address of each kind (the same view, or page type and route) gets each value in
turn, every name set to it at once. When that answer differs from the plain one (a feed
answers 404 to a region that is none), halving the names finds the ones that refused, so
that none hides another; those then go alone. Where the code reads no parameter of its own,
NUL and the overlong value are enough. Each other address of the kind gets one value, the
next in turn, NUL first. The values are sent as the NGO representative, who sees what
visitors see and their own things (or signed out where the member is turned away, as on the
sign-up page), and as staff with their second factor on the library's addresses, where
internal materials are; the other role gets NUL at the first address of each kind. Path
parts get huge, zero, NUL and invalid UTF-8 values in place of real ones.
"""

import logging
import os
import time
import traceback
from collections import defaultdict, deque
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import pytest
from bs4 import BeautifulSoup, SoupStrainer
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.handlers import wsgi
from django.db import connection, transaction
from django.http import QueryDict
from django.test import Client
from django.urls import Resolver404, URLResolver, get_resolver, resolve
from django.urls.converters import IntConverter, SlugConverter
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation
from django.utils.datastructures import MultiValueDict
from django.utils.regex_helper import normalize
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from actionplan.models import Assessment, AssessmentFile, Measure, Plan
from actionplan.models import Follow as PlanFollow
from actionplan.tokens import unsubscribe_token as actionplan_unsubscribe_token
from consultations.models import Comment, ConsultationPage, DraftElement, DraftVersion, Follow
from consultations.parsing import ParsedElement
from consultations.services import version_import, version_publish
from consultations.tokens import unsubscribe_token
from events.models import EventPage, Registration
from feeds.models import FeedToken
from feeds.services import token_issue
from library.models import Material
from partners.models import Invitation, Membership, Organisation
from partners.tasks import token_hash
from tests.accounts.test_two_factor import with_totp

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

LANGUAGES = ("kk", "ru", "en")
MEMBER = "ngo@kenes.kz"  # the demo NGO's representative: My account, managing the NGO
STAFF = "editor@kenes.kz"
ROLES = ("anonymous", "member")
# where staff see more than members: internal materials
STAFF_KINDS = ("LibraryPage", "documents/<int:")
INVITATION_TOKEN = "fuzz-invitation-token"
# About 20 ms a request on SQLite on a two-core machine: the budget keeps the test near half a
# minute (a limit on the time itself would fail on a busy machine).
REQUEST_BUDGET = 1600

# What the code reads from the query string (`request.GET`, the forms bound to it, the
# `param` of core.pagination.paginate, templates), reviewed: the test fails when the code asks
# for a name that is not here.
PARAMETERS = {
    "page": "every paged list (Paginator.get_page, core.pagination.paginate)",
    "upcoming": "My events: the page of coming registrations",
    "past": "My events: the page of past registrations",
    "q": "search, library, partner directory",
    "kind": "search, library, partner directory",
    "region": "event list, event feeds, partner directory",
    "period": "event list: coming or archive",
    "month": "event list",
    "status": "consultation list, My comments",
    "area": "consultation list",
    "topic": "library",
    "language": "library; the comment table's and the certificate's language",
    "year": "library",
    "sort": "library",
    "version": "a consultation's draft version",
    "from": "a consultation's changes between two versions",
    "to": "a consultation's changes between two versions",
    "decision": "a consultation's comments",
    "element": "a consultation's comments",
    "next": "allauth's sign-in, sign-up and sign-out",
    "email": "allauth's sign-in, sign-up and password reset: the address to fill in",
    "untranslated": "every page (base.html): the note that the page is not translated yet",
    "p": "the sitemap's page",
    "as_of": "an action plan's dashboard: the date of the figures",
    "body": "an action plan's dashboard: measures of a responsible body",
    "mechanism": "an action plan's dashboard: measures answering a UN mechanism",
    "overdue": "an action plan's dashboard: overdue measures only",
    "contested": "an action plan's dashboard: contested measures only",
    "assessments": "a measure's page: the page of NGOs' published assessments",
}

REPEATED = "repeated"
# Each value as it goes into the query string, percent-encoded where it should be.
HOSTILE = {
    "NUL": "%00",
    # raw bytes FF FE C3 28: not UTF-8, and C3 28 not even escaped
    "invalid UTF-8": "%FF%FE\xc3(",
    "10**30": str(10**30),
    "400 nines": "9" * 400,
    "-1": "-1",
    "-99999999999": "-99999999999",
    "0": "0",
    "empty": "",
    # the text "%00", then words
    "10,000 characters": "%2500+%D1%8B+" + "word+" * 2000,
    REPEATED: "",  # the parameter three times: 1, a NUL byte not even escaped, -1
}
LABELS = list(HOSTILE)

# Path parts, by converter, in place of the real ones.
PATH_HOSTILE = {
    "int": ("0", "99999999999999999999"),
    "slug": ("0", "9" * 400),
    "str": ("%00" * 40, "%FF%FE", "9" * 400),
}

# URLs outside the fuzz, with the reason. Every other URL is fuzzed, and must be reached:
# some address of it answers something other than 404 to somebody.
NOT_FUZZED = {
    "admin/": "staff only, behind the second factor: no public address",
    "((?:[\\w\\-]+/)*)$": "Wagtail's pages: every live page is fuzzed, with its routes",
    "documents/(\\d+)/(.*)$": "Wagtail's document view, shadowed by library.views.serve",
}
NOT_REACHED = {
    "documents/authenticate_with_password/<int:restriction_id>/": (
        "a collection with a password: the demo has none"
    ),
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": (
        "a page with a password: the demo has none"
    ),
}


# what the pages are read for: their GET forms and links
TAGS = ["a", "form", "input", "select", "textarea", "button"]
NOT_CRAWLED = ("/admin/", "/static/", "/media/")


@dataclass(frozen=True)
class Address:
    path: str  # percent-encoded, without a query
    kind: str  # the code that answers it: a URL's route, or a page type and its route
    hostile: bool = False  # with a hostile path part: sent once, without parameters


def query(names, label: str) -> str:
    if label == REPEATED:
        return "&".join(f"{name}={value}" for name in names for value in ("1", "\x00", "-1"))
    return "&".join(f"{name}={HOSTILE[label]}" for name in names)


def fill(regex: str, values: dict) -> str:
    template, _params = normalize(regex)[0]
    return template % {name: quote(str(value), safe="%") for name, value in values.items()}


def converter_type(converter) -> str:
    if isinstance(converter, IntConverter):
        return "int"
    if isinstance(converter, SlugConverter):
        return "slug"
    return "str"


def with_hostile_parts(regex: str, converters: dict, values: dict, kind: str):
    """The address with one path part at a time replaced by a hostile one."""
    for name in values:
        converter = converter_type(converters[name]) if name in converters else "str"
        template = fill(regex, {**values, name: "HOSTILE-PART"})
        for hostile in PATH_HOSTILE[converter]:
            yield Address(template.replace("HOSTILE-PART", hostile), kind, hostile=True)


# --- the addresses --------------------------------------------------------------------------


def route_samples(page, route: str, member) -> list[dict]:
    """Real values for a page route's path parts, so that the route reaches its code."""
    canonical = getattr(page, "canonical", page)
    match type(page).__name__, route:
        case "EventPage", "registrations/<int:registration_id>/cancel/":
            own = Registration.objects.filter(event=canonical, person=member)
            other = Registration.objects.filter(event=canonical).exclude(person=member)
            ids = [*own.values_list("pk", flat=True)[:1], *other.values_list("pk", flat=True)[:1]]
            return [{"registration_id": pk} for pk in ids or [1]]
        case "EventPage", "invitation/<str:token>/":
            return [{"token": "an-invitation-token"}]
        case "ConsultationPage", "comment/<str:key>/":
            keys = DraftElement.objects.filter(version__consultation=canonical)
            return [{"key": key} for key in keys.values_list("key", flat=True).distinct()[:2]]
        case "ConsultationPage", "report/<slug:file_format>/":
            return [{"file_format": "xlsx"}, {"file_format": "docx"}]
        case "ConsultationPage", (
            "comments/<int:comment_id>/edit/" | "comments/<int:comment_id>/withdraw/"
        ):
            comments = Comment.objects.filter(consultation=canonical)
            ids = [
                *comments.filter(author=member).values_list("pk", flat=True)[:1],
                *comments.exclude(author=member).values_list("pk", flat=True)[:1],
            ]
            return [{"comment_id": pk} for pk in ids or [1]]
        case "LibraryPage", "<int:material_id>/":
            return [{"material_id": pk} for pk in Material.objects.values_list("pk", flat=True)]
        case "ActionPlanIndexPage", "<slug:plan_slug>/":
            return [{"plan_slug": slug} for slug in Plan.objects.values_list("slug", flat=True)]
        case "ActionPlanIndexPage", "<slug:plan_slug>/download/<slug:file_format>/":
            slugs = Plan.objects.values_list("slug", flat=True)[:1]
            return [{"plan_slug": s, "file_format": f} for s in slugs for f in ("csv", "json")]
        case "ActionPlanIndexPage", "<slug:plan_slug>/measures/<slug:number>/":
            measures = Measure.objects.select_related("plan").order_by("order_key")[:2]
            return [{"plan_slug": m.plan.slug, "number": m.url_part} for m in measures]
        case "ActionPlanIndexPage", "<slug:plan_slug>/measures/<slug:number>/assess/":
            measures = Measure.objects.select_related("plan").order_by("order_key")[:1]
            return [{"plan_slug": m.plan.slug, "number": m.url_part} for m in measures]
        case (
            "ActionPlanIndexPage",
            "<slug:plan_slug>/measures/<slug:number>/assessments/<int:pk>/withdraw/",
        ):
            assessments = Assessment.objects.select_related("measure__plan")
            chosen = [
                *assessments.filter(author=member, status="pending")[:1],
                *assessments.exclude(author=member)[:1],
            ]
            return [
                {"plan_slug": a.measure.plan.slug, "number": a.measure.url_part, "pk": a.pk}
                for a in chosen
            ]
        case "ActionPlanIndexPage", "evidence/<int:pk>/":
            files = AssessmentFile.objects.values_list("pk", flat=True)[:1]
            return [{"pk": pk} for pk in [*files] or [1]]
    raise AssertionError(f"{type(page).__name__} {route}: add real values to route_samples")


def page_addresses(member) -> list[Address]:
    """Every live page, and every route of it with real path parts; for the first page of
    each type, its routes and a child page with hostile path parts."""
    addresses = []
    seen_types = set()
    for page in Page.objects.live().specific().order_by("path"):
        url = page.url
        if url is None:  # Wagtail's root
            continue
        page_type = type(page).__name__
        addresses.append(Address(url, page_type))
        first_of_type = page_type not in seen_types
        seen_types.add(page_type)
        if first_of_type:
            for slug in ("9" * 400, "%D1%8B" * 300):
                addresses.append(Address(f"{url}{slug}/", page_type, hostile=True))
        if not isinstance(page, RoutablePageMixin):
            continue
        for pattern in page.get_subpage_urls():
            route = str(pattern.pattern)
            if not route:  # the page itself
                continue
            regex = pattern.pattern.regex.pattern
            kind = f"{page_type} {route}"
            samples = route_samples(page, route, member) if pattern.pattern.converters else [{}]
            for values in samples:
                addresses.append(Address(url + fill(regex, values), kind))
            if first_of_type and samples and samples[0]:
                addresses.extend(
                    Address(url + hostile.path, hostile.kind, hostile=True)
                    for hostile in with_hostile_parts(
                        regex, pattern.pattern.converters, samples[0], kind
                    )
                )
    return addresses


def representation(member) -> Membership:
    return Membership.objects.get(user=member, role=Membership.Role.REPRESENTATIVE)


def url_samples(member) -> dict[str, list[dict]]:
    """Real values for the path parts of each URL with any (by route, as printed)."""
    representative = representation(member)
    organisation = representative.organisation
    colleague = organisation.memberships.exclude(pk=representative.pk).first() or representative
    listed = [*Organisation.objects.in_directory().order_by("pk").values_list("pk", flat=True)]
    follow = Follow.objects.filter(person=member).first()
    plan_follow = PlanFollow.objects.filter(person=member).first()
    return {
        "documents/<int:document_id>/<str:document_filename>": [
            {"document_id": material.pk, "document_filename": material.filename}
            for material in Material.objects.order_by("pk")
        ],
        "documents/authenticate_with_password/<int:restriction_id>/": [
            {"restriction_id": pk}
            for pk in [*CollectionViewRestriction.objects.values_list("pk", flat=True)] or [1]
        ],
        "feeds/personal/<str:token>.ics": [{"token": FeedToken.objects.get(user=member).token}],
        "partners/<int:pk>/": [{"pk": pk} for pk in [*listed[:3], organisation.pk]],
        "partners/<int:pk>/join/": [{"pk": listed[0]}],
        "partners/<int:pk>/leave/": [{"pk": organisation.pk}],
        "partners/manage/<int:pk>/": [{"pk": organisation.pk}],
        "partners/manage/<int:pk>/invite/": [{"pk": organisation.pk}],
        "partners/invitations/<str:token>/": [{"token": INVITATION_TOKEN}],
        "partners/manage/<int:pk>/members/<int:membership_pk>/<slug:action>/": [
            {"pk": organisation.pk, "membership_pk": colleague.pk, "action": "approve"}
        ],
        "feeds/events/<slug:kind>.ics": [{"kind": value} for value in EventPage.Kind.values],
        "unsubscribe/<str:token>/": [
            {"token": unsubscribe_token("follow", follow.pk if follow else 1)}
        ],
        "action-plan/unsubscribe/<str:token>/": [
            {"token": actionplan_unsubscribe_token(plan_follow.pk if plan_follow else 1)}
        ],
        "accounts/confirm-email/(?P<key>[-:\\w]+)/$": [{"key": "an-email-key"}],
        "accounts/password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": [
            {"uidb36": "1", "key": "a-reset-key"}
        ],
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": [
            {"page_view_restriction_id": restriction.pk, "page_id": restriction.page_id}
            for restriction in PageViewRestriction.objects.all()
        ]
        or [{"page_view_restriction_id": 1, "page_id": 1}],
    }


def url_chains(patterns, prefix=()):
    for pattern in patterns:
        chain = (*prefix, pattern)
        if isinstance(pattern, URLResolver):
            yield from url_chains(pattern.url_patterns, chain)
        else:
            yield chain


def urlconf_addresses(member) -> tuple[list[Address], set[str]]:
    """Every URL outside NOT_FUZZED, in each language where it has a language prefix, with
    real path parts (and, in the first language, hostile ones); and the routes fuzzed."""
    samples = url_samples(member)
    addresses, routes = [], set()
    for chain in url_chains(get_resolver().url_patterns):
        localised = any(isinstance(p.pattern, LocalePrefixPattern) for p in chain)
        patterns = [p.pattern for p in chain if not isinstance(p.pattern, LocalePrefixPattern)]
        # as Django's ResolverMatch.route writes it, as the links' kinds are found
        route = "".join(str(pattern).removeprefix("^") for pattern in patterns)
        if route in NOT_FUZZED or route.startswith("admin/"):
            continue
        routes.add(route)
        regex = "".join(
            pattern.regex.pattern.lstrip("^").removesuffix("\\Z").removesuffix("$")
            for pattern in patterns
        )
        converters = {}
        for pattern in patterns:
            converters.update(getattr(pattern, "converters", {}))
        if normalize(regex)[0][1]:
            assert route in samples, f"{route}: add real path parts to url_samples"
            values = samples[route]
        else:
            values = [{}]
        for index, language in enumerate(LANGUAGES if localised else ("",)):
            prefix = f"/{language}/" if language else "/"
            for real in values:
                addresses.append(Address(prefix + fill(regex, real), route))
            if index == 0 and values and values[0]:
                addresses.extend(
                    Address(prefix + hostile.path, hostile.kind, hostile=True)
                    for hostile in with_hostile_parts(regex, converters, values[0], route)
                )
    return addresses, routes


# --- the requests ---------------------------------------------------------------------------


def summary(exc_info) -> tuple[str, str]:
    """The error and the last lines of our code it went through; what it says."""
    if not exc_info:
        return "no exception recorded", ""
    error_type, error, trace = exc_info
    frames = traceback.extract_tb(trace)
    ours = [frame for frame in frames if "site-packages" not in frame.filename] or frames
    where = dict.fromkeys(
        f"{os.path.relpath(frame.filename, settings.BASE_DIR)}:{frame.lineno}"
        for frame in ours[-3:]
    )
    return f"{error_type.__name__} at {', '.join(where)}", str(error)[:160]


def signed_in(email: str, *, second_factor: bool = False) -> Client:
    user = get_user_model().objects.get(email=email)
    if second_factor:
        with_totp(user)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


class ReadQueryDict(QueryDict):
    """request.GET, noting each name the code asks for, sent or not: the parameters the
    views, forms and templates really read, whatever the grep and the pages say."""

    asked: set[str] = set()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.noting = True  # not while it is filled

    def note(self, key):
        if getattr(self, "noting", False):
            ReadQueryDict.asked.add(key)

    def __getitem__(self, key):
        self.note(key)
        return super().__getitem__(key)

    def getlist(self, key, default=None):
        self.note(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        self.note(key)
        return super().__contains__(key)

    def pop(self, key, *args):
        self.note(key)
        return super().pop(key, *args)

    # Going through every parameter (to keep them in a link) asks for none by name.

    def items(self):
        for key in self:
            yield key, MultiValueDict.__getitem__(self, key)

    def values(self):
        for key in self:
            yield MultiValueDict.__getitem__(self, key)

    def dict(self):
        return dict(self.items())


class Fuzz:
    """Sends the requests, learns the parameter names from the code and the pages, keeps
    the 500s."""

    def __init__(self, addresses: list[Address], kind_of):
        self.clients = {
            "anonymous": Client(raise_request_exception=False),
            "member": signed_in(MEMBER),
            "staff": signed_in(STAFF, second_factor=True),
        }
        self.names = set(PARAMETERS)
        self.known = {address.path for address in addresses}
        self.kind_of = kind_of
        self.queue = deque(address for address in addresses if not address.hostile)
        self.hostile = [address for address in addresses if address.hostile]
        self.linked: list[Address] = []
        self.read: dict[str, set[str]] = defaultdict(set)  # kind of address: names read
        self.site_wide: set[str] = set()  # the names every page reads (base.html)
        self.answered: dict[str, set[int]] = defaultdict(set)  # kind of address: statuses
        self.seen: set[tuple] = set()  # (role, path) whose answer was read for links
        self.sent = 0
        # (kind of address, the error and where): the requests that answered 500 with it
        self.failures: dict[tuple, list[tuple]] = defaultdict(list)

    def get(self, role: str, address: Address, query_string: str = "", label: str = "plain"):
        """One GET, its changes rolled back (a database error must not break the next);
        the first answer to each role at each address is read for links and GET forms."""
        self.sent += 1
        ReadQueryDict.asked = set()
        with transaction.atomic():
            response = self.clients[role].get(address.path, QUERY_STRING=query_string)
            transaction.set_rollback(True)
        self.read[address.kind] |= ReadQueryDict.asked
        self.names |= ReadQueryDict.asked
        if not address.hostile:
            self.answered[address.kind].add(response.status_code)
        if response.status_code >= 500:
            shown = query_string if len(query_string) < 100 else query_string[:97] + "..."
            error, message = summary(response.exc_info)
            self.failures[address.kind, error].append(
                (f"{role} GET {address.path}?{shown} [{label}] {response.status_code}", message)
            )
        if not address.hostile and (role, address.path) not in self.seen:
            self.seen.add((role, address.path))
            self.discover(address.path, response)
        return response

    def discover(self, path: str, response):
        """The parameter names of the page's GET forms and links, and the addresses only its
        links lead to (queued, as the kind of address they are)."""
        if response.status_code != 200:
            return
        if not response.get("Content-Type", "").startswith("text/html"):
            return
        soup = BeautifulSoup(response.content, "lxml", parse_only=SoupStrainer(TAGS))
        targets = []
        for form in soup.find_all("form"):
            if (form.get("method") or "get").lower() != "get":
                continue
            targets.append(form.get("action") or path)
            for field in form.find_all(["input", "select", "textarea", "button"]):
                if field.get("name"):
                    self.names.add(field["name"])
        targets.extend(link["href"] for link in soup.find_all("a", href=True))
        for target in targets:
            parts = urlsplit(target)
            if parts.scheme not in ("", "http", "https") or parts.netloc not in ("", "testserver"):
                continue
            self.names.update(name for name, _value in parse_qsl(parts.query, True))
            if not parts.path.startswith("/") or parts.path.startswith(NOT_CRAWLED):
                continue
            if parts.path not in self.known:
                self.known.add(parts.path)
                address = Address(parts.path, self.kind_of(parts.path))
                self.linked.append(address)
                self.queue.append(address)

    def reads(self, kind: str) -> bool:
        """Whether the code of this kind of address reads a parameter of its own."""
        return bool(self.read[kind] - self.site_wide)

    def refusing(self, role, address, names, label, baseline) -> set[str]:
        """Of `names`, whose hostile values together changed the answer, the ones that
        change it alone (halving, so that each of the others is seen to pass)."""
        if len(names) == 1:
            return set(names)
        found = set()
        half = len(names) // 2
        for part in (names[:half], names[half:]):
            if self.get(role, address, query(part, label), label).status_code != baseline:
                found |= self.refusing(role, address, part, label, baseline)
        return found

    def attack(self, role, address, label, refusers: set[str], baseline: int | None = None):
        """Every name but the known refusers at once, then each refuser alone. With the
        plain answer known, the names that newly refused join `refusers`."""
        names = sorted(self.names - refusers)
        status = self.get(role, address, query(names, label), label).status_code
        if baseline is not None and status != baseline and 200 <= baseline < 300:
            refusers |= self.refusing(role, address, names, label, baseline)
        for name in sorted(refusers):
            self.get(role, address, query([name], label), label)

    def first_of_kind(self, address: Address, refusers) -> list[str]:
        """The plain answer, then every value, as the roles the kind is fuzzed as (NUL and
        an overlong value where the code reads no parameter of its own: the raw query string
        can still reach it); NUL as the other roles. The full roles, widest first."""
        baselines = {}
        for role in ("staff", "member") if address.kind.startswith(STAFF_KINDS) else ["member"]:
            baselines[role] = self.get(role, address).status_code
        if not 200 <= baselines["member"] < 300:
            baselines["anonymous"] = self.get("anonymous", address).status_code
        full = full_roles(baselines)
        for role in full:
            done = []
            while True:
                wanted = LABELS if self.reads(address.kind) else ["NUL", "10,000 characters"]
                label = next((label for label in wanted if label not in done), None)
                if label is None:
                    break
                self.attack(role, address, label, refusers[role], baselines[role])
                done.append(label)
        for role in ROLES:
            if role not in full:
                self.attack(role, address, "NUL", refusers[role], baselines.get(role))
        return full

    def run(self):
        """The first address of each kind, then each of the others once, as the widest of
        the full roles, with the next value in turn (NUL where the code reads no parameter
        of its own); then the hostile path parts, once each."""
        missing = Address("/kk/no-such-page/", "missing page")
        self.get("anonymous", missing)
        self.site_wide = self.read.pop(missing.kind)
        plans: dict[str, list[str]] = {}
        turn: dict[str, int] = defaultdict(int)
        refusers: dict[str, dict] = defaultdict(lambda: defaultdict(set))
        while self.queue:
            address = self.queue.popleft()
            kind = address.kind
            if kind not in plans:
                plans[kind] = self.first_of_kind(address, refusers[kind])
                continue
            turn[kind] += 1
            if connection.vendor == "postgresql" and self.answered[kind] - {404}:
                # PostgreSQL's own refusals (a NUL byte in text) are met by the first address
                # of each kind with every value, and by the hostile path parts; the others,
                # sent every value in the SQLite run, only until the kind is reached: the
                # second run stays short
                continue
            label = LABELS[(turn[kind] - 1) % len(LABELS)] if self.reads(kind) else "NUL"
            role = plans[kind][0]
            self.attack(role, address, label, refusers[kind][role])
        for address in self.hostile:
            role = plans.get(address.kind, ["member"])[0]
            self.get(role, address, label="hostile path part")


def full_roles(baselines: dict[str, int]) -> list[str]:
    """The roles every value is sent as, widest first: staff on the library's addresses,
    where only they see internal materials; the member (who sees what visitors see, and
    their own things), or the visitor where the member is turned away (signing up)."""
    ok = {role for role, status in baselines.items() if 200 <= status < 300}
    full = ["staff"] if "staff" in baselines else []
    if "member" in ok or "anonymous" not in ok:
        return [*full, "member"]
    return [*full, "anonymous"]


def link_kinds(pages: dict[str, Page]):
    """The kind of address a linked path is: a page type and its route, or a URL's route."""

    def kind_of(path: str) -> str:
        language = path.split("/")[1]
        with translation.override(language if language in LANGUAGES else None):
            try:
                match = resolve(unquote(path))
            except Resolver404:
                return f"linked {path}"
        if match.url_name != "wagtail_serve":
            route = match.route
            return route.removeprefix(f"{language}/") if language in LANGUAGES else route
        url = max((url for url in pages if path.startswith(url)), key=len, default=None)
        if url is None:
            return f"linked {path}"
        page = pages[url]
        rest = path.removeprefix(url)
        if not rest:
            return type(page).__name__
        for pattern in getattr(page, "get_subpage_urls", list)():
            if str(pattern.pattern) and pattern.resolve(unquote(rest)):
                return f"{type(page).__name__} {pattern.pattern}"
        return f"linked {path}"

    return kind_of


def add_what_the_demo_lacks(member):
    """Rows some addresses need that the demo has not: a second version of a draft (for
    the page of changes between two), an invitation to the member's organisation, and the
    member's personal calendar address."""
    consultation = ConsultationPage.objects.get(
        slug="public-councils-amendments", locale__language_code="kk"
    ).canonical
    first = DraftVersion.objects.filter(consultation=consultation).latest("number")
    reworded = [
        ParsedElement(
            kind=element.kind,
            number=element.number,
            title=element.title_ru,
            text=f"{element.text_ru} (новая редакция)",
            heading="",
        )
        for element in first.elements.order_by("position")
    ]
    second = version_import(consultation=consultation, language="ru", elements=reworded, by=None)
    version_publish(version=second, note="", by=None)
    Invitation.objects.create(
        organisation=representation(member).organisation,
        email="invited@example.org",
        invited_by=member,
        token_hash=token_hash(INVITATION_TOKEN),
    )
    token_issue(user=member)


def test_no_public_address_answers_500_to_hostile_parameters_or_path_parts(monkeypatch, caplog):
    started = time.perf_counter()
    monkeypatch.setattr(wsgi, "QueryDict", ReadQueryDict)
    # each refusal logged (thousands of 404s and 400s) would bury the test's own report
    for logger in ("django.request", "django.security"):
        caplog.set_level(logging.CRITICAL, logger=logger)
    member = get_user_model().objects.get(email=MEMBER)
    add_what_the_demo_lacks(member)
    pages = {page.url: page for page in Page.objects.live().specific() if page.url}
    url_list, routes = urlconf_addresses(member)
    addresses = list(dict.fromkeys(page_addresses(member) + url_list))
    fuzz = Fuzz(addresses, link_kinds(pages))
    fuzz.run()
    took = time.perf_counter() - started

    everything = addresses + fuzz.linked
    kinds = {address.kind for address in everything if not address.hostile}
    read = set().union(*fuzz.read.values())
    print(  # noqa: T201 - the figures issue 14 asks for (pytest -s or -rP shows them)
        f"\n{len(everything)} addresses ({len(pages)} live pages, {len(fuzz.linked)} found "
        f"by following links, {len(fuzz.hostile)} with a hostile path part) of {len(kinds)} "
        f"kinds ({len(routes)} URL routes); {len(fuzz.names)} parameter names, {len(read)} "
        f"read by the code: {sorted(read)}; {len(HOSTILE)} values; {fuzz.sent} requests "
        f"in {took:.1f} s"
    )
    failures = []
    for (kind, error), requests in sorted(fuzz.failures.items()):
        shortest, message = min(requests, key=lambda request: len(request[0]))
        failures.append(
            f"{kind}: {error}: {message}\n    {len(requests)} requests, the shortest: {shortest}"
        )
    assert failures == [], f"{len(failures)} errors answered 500:\n" + "\n".join(failures)
    unreached = sorted(
        kind for kind in kinds if fuzz.answered[kind] <= {404} and kind not in NOT_REACHED
    )
    assert unreached == [], f"kinds of address no role reached (every answer 404): {unreached}"
    unreviewed = {
        name: sorted(kind for kind, names in fuzz.read.items() if name in names)
        for name in read - set(PARAMETERS)
    }
    assert unreviewed == {}, "parameters the code reads, missing from PARAMETERS"
    stale = sorted(kind for kind in NOT_REACHED if fuzz.answered[kind] - {404})
    assert stale == [], f"reached now: take them out of NOT_REACHED: {stale}"
    assert len(everything) >= 500
    assert fuzz.sent <= REQUEST_BUDGET
