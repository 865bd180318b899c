"""Event managers in the Wagtail admin: the events with their figures, one event's
registrations (search, actions, export), check-in at the door and invitations."""

import codecs
import csv
import datetime
import io
import re
from zoneinfo import ZoneInfo

import html5lib
import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from events.models import EventInvitation, EventPage, Registration
from events.services import (
    invitation_send,
    registration_cancel,
    registration_check_in,
    registration_create,
)
from partners.models import Region
from tests.accounts.test_two_factor import with_totp
from tests.factories import (
    OrganisationFactory,
    UserFactory,
    add_events_quickly,
    make_event,
    member_of,
    sign_in,
    staff_user,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db

QUESTIONS = [
    ("text", {"label": "Dietary needs", "help_text": "", "required": False}),
    ("yes_no", {"label": "Do you need an interpreter?", "help_text": "", "required": False}),
]


def register(event, person=None, *, organisation="theirs", answers=None):
    """Register `person` (a new member of a new verified NGO unless given) through the
    service, for their organisation unless told otherwise (None: as an individual)."""
    person = person or verified_member()
    if organisation == "theirs":
        organisation = person.memberships.get().organisation
    return registration_create(
        event=event, person=person, organisation=organisation, answers=answers
    )


def started_an_hour_ago(event):
    """Move the event to today, as on the day of check-in (registration closes at the start,
    so people register first)."""
    now = timezone.now()
    EventPage.objects.filter(pk=event.pk).update(
        start=now - datetime.timedelta(hours=1), end=now + datetime.timedelta(hours=2)
    )
    event.refresh_from_db()
    return event


def in_english_and_utc(user):
    """The manager reads the admin in English and chose UTC as their admin time zone."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.current_time_zone = "UTC"
    profile.save()
    return user


@pytest.fixture
def manager(client):
    user = in_english_and_utc(staff_user("Event managers"))
    with_totp(user)
    client.force_login(user)
    return user


@pytest.fixture
def event(event_index):
    return make_event(event_index, title="Round table", capacity=10, questions=QUESTIONS)


def url(name, *args, query=""):
    return reverse(f"events_admin:{name}", args=args) + (f"?{query}" if query else "")


def action_url(registration, action, query=""):
    return url("registration_action", registration.event_id, registration.pk, action, query=query)


def said(response):
    return [(message.level_tag, message.message) for message in get_messages(response.wsgi_request)]


def statuses(*registrations):
    return [Registration.objects.get(pk=r.pk).status for r in registrations]


def is_not_found(client, response):
    """A 404, answered at once (kenes.middleware.LocaleMiddleware adds no language redirect
    under /admin/)."""
    return response.status_code == 404


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


# The list of events


def test_index_lists_each_event_once_upcoming_first_with_its_figures(client, manager, event_index):
    translate(event_index, "ru", title="Мероприятия")
    past = make_event(event_index, title="Past seminar", starts_in_days=-10)
    later = make_event(event_index, title="Later conference", starts_in_days=20, capacity=30)
    soon = make_event(event_index, title="Soon round table", starts_in_days=5, capacity=1)
    translate(soon, "ru", title="Скоро круглый стол")
    register(soon)
    register(soon)  # no seat left: the waiting list
    response = client.get(url("index"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in soup.select("table.listing tbody tr")
    ]
    assert [row[0] for row in rows] == ["Soon round table", "Later conference", "Past seminar past"]
    # capacity, confirmed, attended, waiting, cancelled
    assert rows[0][2:] == ["1", "1", "0", "1", "0"]
    assert rows[1][2:] == ["30", "0", "0", "0", "0"]
    links = [link["href"] for link in soup.select("table.listing tbody th a")]
    assert links == [url("registrations", page.pk) for page in (soon, later, past)]


def test_index_queries_do_not_grow_with_the_number_of_events(client, manager, event_index):
    register(make_event(event_index, title="Soon", starts_in_days=2))
    register(make_event(event_index, title="Later", starts_in_days=3))
    make_event(event_index, title="Past", starts_in_days=-1)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("index")).status_code == 200
        return len(queries)

    count()  # warm the caches (site, locales) as on a running server
    three = count()
    add_events_quickly(event_index, 27, days_ahead=3)
    assert EventPage.objects.count() == 30
    assert count() == three


def test_events_menu_shows_registrations_to_event_managers_only(client, manager):
    assert url("index") in client.get("/admin/").content.decode()
    editor = staff_user("Editors")
    with_totp(editor)
    client.force_login(editor)
    assert url("index") not in client.get("/admin/").content.decode()


def test_event_page_has_a_registrations_button_for_those_who_may_see_them(client, event):
    administrator = staff_user(None, is_superuser=True)
    editor = staff_user("Editors")
    for person in (administrator, editor):
        with_totp(person)
    client.force_login(administrator)
    edit = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    listing = client.get(f"/admin/pages/{event.get_parent().pk}/").content.decode()
    assert url("registrations", event.pk) in edit
    assert url("registrations", event.pk) in listing
    client.force_login(editor)
    response = client.get(f"/admin/pages/{event.pk}/edit/")
    assert response.status_code == 200
    assert url("registrations", event.pk) not in response.content.decode()


def test_other_pages_have_no_registrations_button(client, event):
    administrator = staff_user(None, is_superuser=True)
    with_totp(administrator)
    client.force_login(administrator)
    index = event.get_parent()
    html = client.get(f"/admin/pages/{index.pk}/edit/").content.decode()
    assert url("registrations", index.pk) not in html


# One event's registrations


def test_registrations_show_figures_waiting_places_and_answers(client, manager, event_index):
    event = make_event(
        event_index,
        title="Round table",
        capacity=2,
        questions=QUESTIONS,
        access=EventPage.Access.SIGNED_IN,  # individuals too
    )
    dietary = event.questions[0].id
    almaty = Region.objects.get(code="almaty")
    ngo = OrganisationFactory(name_en="Human Rights Bureau", region=almaty)
    first = register(
        event,
        member_of(ngo, UserFactory(full_name="Aigerim Nurlanova")),
        answers={dietary: {"question": "Dietary needs", "answer": "Vegetarian"}},
    )
    register(event, member_of(ngo, UserFactory(full_name="Bolat Sadykov")))
    third = register(event, UserFactory(full_name="Dana Ivanova"), organisation=None)
    fourth = register(event, verified_member(full_name="Yerlan Abenov"))
    fifth = register(event, member_of(ngo, UserFactory(full_name="Saule Omarova")))
    cancelled = register(event, verified_member(full_name="Timur Akhmetov"))
    registration_cancel(registration=cancelled, by=cancelled.person)
    assert statuses(first, third, fourth, fifth) == [
        "confirmed",
        "waitlisted",
        "waitlisted",
        "waitlisted",
    ]

    response = client.get(url("registrations", event.pk))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = {
        row.th.get_text(" ", strip=True).split(" ")[0]: [
            cell.get_text(" ", strip=True) for cell in row.find_all("td")
        ]
        for row in soup.select("table.listing")[-1].select("tbody tr")
    }
    # organisation, region, status, registered, answers, actions
    assert rows["Aigerim"][:3] == ["Human Rights Bureau", almaty.name_en, "Confirmed"]
    assert rows["Aigerim"][4] == "Dietary needs Vegetarian"
    assert rows["Dana"][1] == "—"
    assert rows["Dana"][2] == "On the waiting list place 1 in the queue"
    assert rows["Yerlan"][2] == "On the waiting list place 2 in the queue"
    assert rows["Saule"][2] == "On the waiting list place 3 in the queue"
    assert rows["Timur"][2] == "Cancelled"
    text = text_of(response)
    # capacity, confirmed, attended, free, waiting, cancelled
    assert "Cancelled 2 2 0 0 3 1" in text
    # by organisation and by region: seats, waiting (never the cancelled)
    assert "Human Rights Bureau 2 1" in text
    assert "Individuals, no organisation 0 1" in text
    assert f"{almaty.name_en} 2 1 No region given 0 2" in text  # Dana and Yerlan


def test_individuals_register_without_an_organisation_when_the_event_allows_it(
    client, manager, event_index
):
    event = make_event(event_index, access=EventPage.Access.SIGNED_IN)
    register(event, UserFactory(full_name="Dana Ivanova"), organisation=None)
    assert "Individuals, no organisation 1 0" in text_of(client.get(url("registrations", event.pk)))


def test_registrations_search_and_filter_by_status(client, manager, event_index):
    event = make_event(event_index, capacity=1)
    ngo = OrganisationFactory(name_ru="Бюро по правам человека")
    register(event, member_of(ngo, UserFactory(full_name="Aigerim Nurlanova")))
    register(event, verified_member(full_name="Bolat Sadykov", email="bolat@example.kz"))

    def names(query):
        response = client.get(url("registrations", event.pk, query=query))
        soup = BeautifulSoup(response.content, "html.parser")
        table = soup.select("table.listing")[-1]
        return [row.th.get_text(" ", strip=True).split(" ")[0] for row in table.select("tbody tr")]

    assert names("") == ["Aigerim", "Bolat"]
    assert names("q=Бюро") == ["Aigerim"]
    assert names("q=BOLAT%40example") == ["Bolat"]
    assert names("q=aigerim+nurlanova") == ["Aigerim"]
    assert names("status=waitlisted") == ["Bolat"]


def test_translation_of_an_event_leads_to_the_original_registrations(
    client, manager, event_index, event
):
    translate(event_index, "ru", title="Мероприятия")
    russian = translate(event, "ru", title="Круглый стол")
    for name in ("registrations", "check_in", "invitations"):
        response = client.get(url(name, russian.pk, query="q=x"))
        assert response.status_code == 302
        assert response["Location"] == url(name, event.pk, query="q=x")


def test_an_action_through_a_translation_acts_on_the_original(client, manager, event_index, event):
    translate(event_index, "ru", title="Мероприятия")
    russian = translate(event, "ru", title="Круглый стол")
    registration = register(event)
    response = client.post(url("registration_action", russian.pk, registration.pk, "cancel"))
    assert response["Location"] == url("registrations", event.pk)
    assert statuses(registration) == ["cancelled"]


def test_a_page_that_is_not_an_event_is_not_found(client, manager, homes):
    for name in ("registrations", "check_in", "invitations"):
        assert is_not_found(client, client.get(url(name, homes["kk"].pk)))


def test_registrations_screen_queries_do_not_grow_with_registrations(client, manager, event):
    regions = list(Region.objects.all()[:5])
    dietary = event.questions[0].id

    def add(n):
        for number in range(n):
            ngo = OrganisationFactory(region=regions[number % len(regions)])
            register(
                event,
                member_of(ngo),
                answers={dietary: {"question": "Dietary needs", "answer": "None"}},
            )

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("registrations", event.pk)).status_code == 200
        return len(queries)

    add(3)
    count()  # warm the caches (site, locales) as on a running server
    three = count()
    add(27)  # 10 seats: 20 of them on the waiting list
    assert event.registrations.waiting().count() == 20
    assert count() == three


# Promote, cancel, check in


def test_manager_gives_a_seat_to_someone_on_the_waiting_list(client, manager, event_index):
    event = make_event(event_index, capacity=3, seats_per_organisation=1)
    ngo = OrganisationFactory()
    register(event, member_of(ngo))
    waiting = register(event, member_of(ngo, UserFactory(full_name="Bolat Sadykov")))
    assert waiting.status == "waitlisted"
    response = client.post(action_url(waiting, "promote", query="status=waitlisted&p=1"))
    assert response["Location"] == url("registrations", event.pk, query="status=waitlisted&p=1")
    assert statuses(waiting) == ["confirmed"]
    assert said(response) == [
        ("success", "Bolat Sadykov has a seat now and has been told by email.")
    ]


def test_promoting_without_a_free_seat_says_why_and_changes_nothing(client, manager, event_index):
    event = make_event(event_index, capacity=1)
    register(event)
    waiting = register(event)
    response = client.post(action_url(waiting, "promote"))
    assert response["Location"] == url("registrations", event.pk)
    assert statuses(waiting) == ["waitlisted"]
    assert said(response) == [("error", "No seat is free. Raise the capacity of the event first.")]


def test_manager_cancels_and_the_waiting_list_moves_up(client, manager, event_index):
    event = make_event(event_index, capacity=1)
    confirmed = register(event, verified_member(full_name="Aigerim Nurlanova"))
    waiting = register(event)
    response = client.post(action_url(confirmed, "cancel", query="q=Aigerim"))
    assert response["Location"] == url("registrations", event.pk, query="q=Aigerim")
    assert statuses(confirmed, waiting) == ["cancelled", "confirmed"]
    assert said(response) == [
        (
            "success",
            "The registration of Aigerim Nurlanova is cancelled. "
            "1 person from the waiting list got a seat.",
        )
    ]


def test_manager_checks_in_and_undoes_it(client, manager, event):
    registration = register(event, verified_member(full_name="Aigerim Nurlanova"))
    started_an_hour_ago(event)
    response = client.post(
        action_url(registration, "attend", query="q=aig"), {"return_to": "check-in"}
    )
    assert response["Location"] == url("check_in", event.pk, query="q=aig")
    registration.refresh_from_db()
    assert registration.status == "attended"
    assert registration.attended_at is not None
    assert said(response) == [("success", "Aigerim Nurlanova is checked in.")]
    client.post(action_url(registration, "undo-attend"), {"return_to": "check-in"})
    registration.refresh_from_db()
    assert (registration.status, registration.attended_at) == ("confirmed", None)


def test_check_in_before_the_day_says_why(client, manager, event):
    registration = register(event)
    response = client.post(action_url(registration, "attend"))
    assert statuses(registration) == ["confirmed"]
    assert said(response) == [("error", "Check-in opens on the day the event starts.")]


def test_a_registration_of_another_event_cannot_be_acted_on(client, manager, event_index):
    ours = make_event(event_index, title="Ours", capacity=1)
    theirs = make_event(event_index, title="Theirs", capacity=1)
    register(theirs)
    waiting = register(theirs)
    confirmed = Registration.objects.get(event=theirs, status="confirmed")
    for registration, action in ((confirmed, "cancel"), (waiting, "promote")):
        response = client.post(url("registration_action", ours.pk, registration.pk, action))
        assert is_not_found(client, response)
    assert statuses(confirmed, waiting) == ["confirmed", "waitlisted"]


def test_a_return_address_other_than_the_two_screens_is_ignored(client, manager, event):
    registration = register(event)
    response = client.post(
        action_url(registration, "cancel"), {"return_to": "https://evil.example/"}
    )
    assert response["Location"] == url("registrations", event.pk)


# Export


@pytest.fixture
def exported_event(event_index):
    """Two people registered with answers, one to a question since deleted, and text that a
    spreadsheet would run as a formula."""
    event = make_event(event_index, title="Round table", slug="round-table", questions=QUESTIONS)
    dietary, interpreter = (block.id for block in event.questions)
    almaty = Region.objects.get(code="almaty")
    ngo = OrganisationFactory(name_en="Human Rights Bureau", region=almaty)
    first = register(
        event,
        member_of(ngo, UserFactory(full_name="Aigerim Nurlanova", email="aigerim@example.kz")),
        answers={
            dietary: {"question": "Dietary needs", "answer": "Vegetarian"},
            interpreter: {"question": "Do you need an interpreter?", "answer": "Yes"},
            "deleted-question": {"question": "Arriving by train?", "answer": "No"},
        },
    )
    second = register(
        event,
        verified_member(full_name='=HYPERLINK("http://evil.example","x")', email="x@example.kz"),
        answers={dietary: {"question": "Dietary needs", "answer": "-1+2"}},
    )
    return event, first, second, almaty


HEADINGS = [
    "No.",
    "Full name",
    "Email",
    "Organisation",
    "Region",
    "Status",
    "Registered at",
    "Checked in at",
    "Dietary needs",
    "Do you need an interpreter?",
    "Other answers",
]


ALMATY = ZoneInfo("Asia/Almaty")


def almaty_time(moment):
    return timezone.localtime(moment, ALMATY).strftime("%Y-%m-%d %H:%M")


def test_export_csv_has_a_column_per_question_and_no_formulas(client, manager, exported_event):
    event, first, second, almaty = exported_event
    response = client.get(url("registrations", event.pk, query="export=csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate(timezone=ZoneInfo("Asia/Almaty"))  # not the manager's UTC
    assert response["Content-Disposition"] == (
        f'attachment; filename="registrations-round-table-{event.pk}-{today:%Y-%m-%d}.csv"'
    )
    assert response.content.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows == [
        HEADINGS,
        [
            "1",
            "Aigerim Nurlanova",
            "aigerim@example.kz",
            "Human Rights Bureau",
            almaty.name_en,
            "Confirmed",
            almaty_time(first.created_at),
            "",
            "Vegetarian",
            "Yes",
            "Arriving by train?: No",
        ],
        [
            "2",
            '\'=HYPERLINK("http://evil.example","x")',
            "x@example.kz",
            second.organisation.name_kk,
            "",
            "Confirmed",
            almaty_time(second.created_at),
            "",
            "'-1+2",
            "",
            "",
        ],
    ]


def test_export_xlsx_reads_back_with_the_same_cells(client, manager, exported_event):
    event, first, second, almaty = exported_event
    started_an_hour_ago(event)
    registration_check_in(registration=first, by=manager)
    first.refresh_from_db()
    response = client.get(url("registrations", event.pk, query="export=xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert f"registrations-round-table-{event.pk}-" in response["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADINGS
    assert rows[1] == [
        1,
        "Aigerim Nurlanova",
        "aigerim@example.kz",
        "Human Rights Bureau",
        almaty.name_en,
        "Attended",
        timezone.localtime(first.created_at, ALMATY).replace(tzinfo=None, microsecond=0),
        timezone.localtime(first.attended_at, ALMATY).replace(tzinfo=None, microsecond=0),
        "Vegetarian",
        "Yes",
        "Arriving by train?: No",
    ]
    # as typed, and typed as text: a spreadsheet shows it and never runs it as a formula
    assert rows[2][1] == '=HYPERLINK("http://evil.example","x")'
    assert rows[2][8] == "-1+2"
    assert [cell.data_type for cell in sheet[3]][1] == "s"
    assert [cell.data_type for cell in sheet[3]][8] == "s"


def test_export_follows_the_search(client, manager, exported_event):
    event = exported_event[0]
    response = client.get(url("registrations", event.pk, query="q=aigerim&export=csv&p=2"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row[1] for row in rows[1:]] == ["Aigerim Nurlanova"]


# Check-in


def test_check_in_lists_people_with_a_seat_and_the_counts(client, manager, event_index):
    event = make_event(event_index, capacity=3)
    ngo = OrganisationFactory(name_en="Human Rights Bureau")
    came = register(event, member_of(ngo, UserFactory(full_name="Aigerim Nurlanova")))
    register(event, verified_member(full_name="Bolat Sadykov"))
    cancelled = register(event, verified_member(full_name="Dana Ivanova"))
    cancelled.status = "cancelled"
    cancelled.save()
    started_an_hour_ago(event)
    registration_check_in(registration=came, by=manager)

    response = client.get(url("check_in", event.pk))
    assert response.status_code == 200
    text = text_of(response)
    assert "Checked in: 1 of 2 participants. Not yet arrived: 1." in text
    assert "Dana Ivanova" not in text
    soup = BeautifulSoup(response.content, "html.parser")
    buttons = [button.get_text(strip=True) for button in soup.select("main li form button")]
    # each button names its person for screen readers ("Mark attended: <name>")
    assert [text.split(":")[0] for text in buttons] == ["Undo check-in", "Mark attended"]
    assert "Bolat" not in text_of(client.get(url("check_in", event.pk, query="q=bureau")))
    assert "Aigerim" in text_of(client.get(url("check_in", event.pk, query="q=bureau")))


def test_check_in_search_field_is_labelled_and_works_without_javascript(client, manager, event):
    soup = BeautifulSoup(client.get(url("check_in", event.pk)).content, "html.parser")
    field = soup.find("input", attrs={"name": "q"})
    assert soup.find("label", attrs={"for": field["id"]}) is not None
    assert field.find_parent("form")["method"] == "get"


# Invitations


def test_manager_sends_an_invitation_and_sees_it_listed(
    client, manager, event_index, django_capture_on_commit_callbacks, mailoutbox
):
    event = make_event(event_index, access=EventPage.Access.INVITATION)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("invitations", event.pk),
            {"email": "guest@example.kz", "full_name": "Guest Person", "language": "ru"},
        )
    assert response["Location"] == url("invitations", event.pk)
    invitation = EventInvitation.objects.get()
    assert (invitation.event_id, invitation.email, invitation.invited_by) == (
        event.pk,
        "guest@example.kz",
        manager,
    )
    assert [message.to for message in mailoutbox] == [["guest@example.kz"]]
    text = text_of(client.get(url("invitations", event.pk)))
    assert "guest@example.kz Guest Person" in text
    assert "Not used yet" in text


def test_invitation_form_shows_errors_and_sends_nothing(client, manager, event):
    EventPage.objects.filter(pk=event.pk).update(access=EventPage.Access.INVITATION)
    response = client.post(url("invitations", event.pk), {"email": "not an email"})
    assert response.status_code == 200
    assert EventInvitation.objects.count() == 0
    soup = BeautifulSoup(response.content, "html.parser")
    for name in ("email", "full_name", "language"):
        field = soup.find(attrs={"name": name})
        assert soup.find("label", attrs={"for": field["id"]}) is not None


# The pages themselves


def test_screens_are_valid_html_with_labelled_fields_and_table_headers(
    client, manager, exported_event
):
    event = exported_event[0]
    started_an_hour_ago(event)
    EventInvitation.objects.create(event=event, email="guest@example.kz", token_hash="x" * 64)
    for address in (
        url("index"),
        url("registrations", event.pk),
        url("registrations", event.pk, query="q=nobody"),
        url("check_in", event.pk),
        url("invitations", event.pk),
    ):
        html = client.get(address).content.decode()
        html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
        soup = BeautifulSoup(html, "html.parser")
        assert len(soup.find_all("h1")) == 1, address
        ids = [tag["id"] for tag in soup.find_all(id=True)]
        assert len(ids) == len(set(ids)), address
        for field in soup.select("main input, main select, main textarea"):
            if field.get("type") not in {"hidden", "submit", "button"}:
                assert soup.find("label", attrs={"for": field["id"]}), (address, field)
        for header in soup.select("main table th"):
            assert header.get("scope") in {"col", "row"}, (address, header)


def test_xlsx_export_survives_control_characters_in_answers(client, event_index):

    event = make_event(
        event_index,
        questions=[("text", {"label": "Ескерту", "help_text": "", "required": False})],
    )
    person = verified_member()
    sign_in(client, person)
    block = event.questions[0].id
    client.post(
        event.url + "register/",
        {"organisation": person.memberships.get().organisation.pk, f"q_{block}": "бір\x0bекі\x1b"},
    )
    assert Registration.objects.count() == 1
    manager = staff_user("Event managers")
    with_totp(manager)
    client.force_login(manager)
    response = client.get(f"/admin/events/{event.pk}/registrations/", {"export": "xlsx"})
    assert response.status_code == 200

    sheet = load_workbook(io.BytesIO(response.content)).active
    assert "бірекі" in [cell.value for cell in list(sheet.rows)[1]]


def test_an_event_with_registrations_cannot_be_deleted(client, event_index):

    event = make_event(event_index)
    person = verified_member()
    registration_create(
        event=event, person=person, organisation=person.memberships.get().organisation
    )
    editor = staff_user("Editors")
    editor.is_superuser = True
    editor.save()
    with_totp(editor)
    client.force_login(editor)
    response = client.post(f"/admin/pages/{event.pk}/delete/")
    assert response.status_code == 302
    assert EventPage.objects.filter(pk=event.pk).exists()
    assert Registration.objects.count() == 1


def test_the_invitation_token_never_enters_the_task_queue(
    client, event_index, settings, django_capture_on_commit_callbacks
):

    event = make_event(event_index, access=EventPage.Access.INVITATION)
    person = verified_member()

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(event=event, email=person.email, full_name="", language="kk", by=None)
    queued = DBTaskResult.objects.get()
    assert queued.args_kwargs["kwargs"].keys() == {"invitation_id", "language"}
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    queued.task.call(**queued.args_kwargs["kwargs"])  # what the worker does
    link = re.search(r"https?://testserver(\S+/invitation/\S+/)", mail.outbox[0].body)[1]
    sign_in(client, person)
    assert client.get(link)["Location"] == event.url + "register/"
    client.post(event.url + "register/", {"organisation": person.memberships.get().organisation.pk})
    assert Registration.objects.get().person == person


def test_huge_ids_in_admin_addresses_are_404(client, event_index):

    manager = staff_user("Event managers")
    with_totp(manager)
    client.force_login(manager)
    assert client.get("/admin/events/99999999999999999999999/registrations/").status_code == 404


def test_editors_open_the_event_forms_in_the_admin(client, event_index):

    translate(event_index, "ru", title="Мероприятия")
    event = make_event(event_index)
    russian = translate(event, "ru", title="Круглый стол")
    editor = staff_user("Editors")
    with_totp(editor)
    client.force_login(editor)
    assert client.get(f"/admin/pages/add/events/eventpage/{event_index.pk}/").status_code == 200
    original = BeautifulSoup(client.get(f"/admin/pages/{event.pk}/edit/").content, "html.parser")
    assert not original.find("input", attrs={"name": "capacity"}).has_attr("disabled")
    response = client.get(f"/admin/pages/{russian.pk}/edit/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("input", attrs={"name": "capacity"}).has_attr("disabled")
