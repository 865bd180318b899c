"""Where visitors find the calendar feeds: the event list, an event, the consultations and
their own account page, where a person creates, replaces and stops their private feed."""

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.test import Client, RequestFactory

from events.services import registration_create
from feeds.models import FeedToken
from feeds.templatetags.feed_tags import webcal
from partners.models import Region
from tests.checks import check_page
from tests.factories import (
    UserFactory,
    make_consultation,
    make_consultation_index,
    make_event,
    translated,
    verified_member,
)

pytestmark = pytest.mark.django_db

CALENDAR = "text/calendar; charset=utf-8"


def kk(message: str) -> str:
    """What a visitor of the Kazakh pages reads for `message`."""
    return translated("kk", message)


def page_text(response):
    return response.content.decode()


def subscriptions(html: str) -> list[tuple[str, str]]:
    """(the Subscribe link, the address to copy) of each subscribe box on the page."""
    soup = BeautifulSoup(html, "html.parser")
    return [
        (box.find("a", class_="button")["href"], box.find("input", readonly=True)["value"])
        for box in soup.find_all("div", class_="subscribe")
    ]


def summaries(body: bytes) -> list[str]:
    calendar = icalendar.Calendar.from_ical(body)
    return [str(item["SUMMARY"]) for item in calendar.walk("VEVENT")]


# The subscribe box itself


def test_webcal_replaces_the_scheme_of_an_address():
    assert webcal("https://kenes.kz/kk/feeds/events.ics?region=almaty") == (
        "webcal://kenes.kz/kk/feeds/events.ics?region=almaty"
    )
    assert webcal("http://testserver/feeds/personal/abc.ics") == (
        "webcal://testserver/feeds/personal/abc.ics"
    )
    assert webcal("mailto:someone@example.kz") == "mailto:someone@example.kz"


def test_two_subscribe_boxes_on_one_page_have_their_own_ids():
    request = RequestFactory().get("/")
    html = "".join(
        render_to_string(
            "feeds/includes/subscribe.html",
            {"feed_url": f"https://kenes.kz/kk/feeds/{name}.ics", "id_prefix": name},
            request=request,
        )
        for name in ("events", "consultations")
    )
    soup = BeautifulSoup(html, "html.parser")
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)) == 6
    for name in ("events", "consultations"):
        field = soup.find("input", id=f"{name}-address")
        assert field["value"] == f"https://kenes.kz/kk/feeds/{name}.ics"
        assert soup.find("label", attrs={"for": f"{name}-address"}) is not None
        button = soup.find("button", attrs={"data-copy-target": f"{name}-address"})
        assert button.has_attr("hidden")  # until static/js/copy.js shows it
        assert button["type"] == "button"
        assert soup.find(id=button["data-copy-status"])["aria-live"] == "polite"
        assert button["data-copied-text"] == kk("Copied")


def test_every_page_loads_the_copy_script_deferred(client, event_index):
    soup = BeautifulSoup(client.get("/kk/events/").content, "html.parser")
    script = soup.find("script", src="/static/js/copy.js")
    assert script is not None and script.has_attr("defer")
    assert finders.find("js/copy.js") is not None


# The event list


@pytest.mark.parametrize(
    ("query", "feed"),
    [
        ({}, "/kk/feeds/events.ics"),
        ({"kind": "seminar"}, "/kk/feeds/events/seminar.ics"),
        ({"region": "almaty"}, "/kk/feeds/events.ics?region=almaty"),
        ({"kind": "webinar", "region": "almaty"}, "/kk/feeds/events/webinar.ics?region=almaty"),
        ({"kind": "no-such-kind", "period": "past"}, "/kk/feeds/events.ics"),
    ],
)
def test_event_list_offers_the_feed_of_the_chosen_kind_and_region(client, event_index, query, feed):
    make_event(
        event_index, title="Webinar", kind="webinar", region=Region.objects.get(code="almaty")
    )
    response = client.get("/kk/events/", query)
    html = page_text(response)
    check_page(html)
    assert subscriptions(html) == [(f"webcal://testserver{feed}", f"http://testserver{feed}")]
    served = client.get(feed)
    assert served.status_code == 200
    assert served["Content-Type"] == CALENDAR


def test_the_feed_of_a_kind_and_region_holds_only_those_events(client, event_index):
    almaty = Region.objects.get(code="almaty")
    make_event(event_index, title="Almaty webinar", kind="webinar", region=almaty)
    make_event(event_index, title="Other webinar", kind="webinar")
    make_event(event_index, title="Almaty seminar", kind="seminar", region=almaty)
    html = page_text(client.get("/kk/events/", {"kind": "webinar", "region": "almaty"}))
    [(_, address)] = subscriptions(html)
    assert summaries(client.get(address).content) == ["Almaty webinar"]


# An event


def test_event_page_offers_the_event_as_a_file_and_the_feed_of_all_events(client, event_index):
    event = make_event(event_index, title="Round table")
    response = client.get(event.url)
    html = page_text(response)
    check_page(html)
    soup = BeautifulSoup(html, "html.parser")
    [download] = soup.find_all("a", attrs={"download": True})
    assert download["href"] == f"{event.url}ical/"
    assert download.get_text() == kk("Add to calendar (.ics)")
    assert subscriptions(html) == [
        ("webcal://testserver/kk/feeds/events.ics", "http://testserver/kk/feeds/events.ics")
    ]
    file = client.get(download["href"])
    assert file.status_code == 200
    assert file["Content-Type"] == CALENDAR
    assert file["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    assert summaries(file.content) == ["Round table"]


def test_a_past_event_is_not_offered_as_a_file(client, event_index):
    event = make_event(event_index, title="Past round table", starts_in_days=-10)
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    assert soup.find_all("a", attrs={"download": True}) == []


@pytest.mark.parametrize("status", ["confirmed", "waitlisted"])
def test_a_registered_person_adds_the_event_and_finds_their_own_feed(client, event_index, status):
    event = make_event(event_index, title="Seminar", capacity=1)
    people = [verified_member(), verified_member()]
    for person in people:
        registration_create(
            event=event, person=person, organisation=person.memberships.get().organisation
        )
    person = people[0] if status == "confirmed" else people[1]
    assert person.event_registrations.get().status == status
    client.force_login(person)
    html = page_text(client.get(event.url))
    check_page(html)
    box = BeautifulSoup(html, "html.parser").find("section", class_="registration-box")
    links = {link.get_text(): link for link in box.find_all("a")}
    assert links[kk("Add to my calendar (.ics)")]["href"] == f"{event.url}ical/"
    assert links[kk("Add to my calendar (.ics)")].has_attr("download")
    assert links[kk("Subscribe to all my events")]["href"] == "/kk/accounts/me/#calendar"


def test_a_person_not_registered_is_not_offered_their_own_feed(client, event_index):
    event = make_event(event_index, title="Seminar")
    client.force_login(verified_member())
    html = page_text(client.get(event.url))
    assert "/kk/accounts/me/#calendar" not in html


# Consultations


def test_consultation_list_offers_the_deadlines_feed(client, homes):
    index = make_consultation_index(homes["kk"])
    make_consultation(index, title="Draft law on public councils")
    html = page_text(client.get(index.url))
    check_page(html)
    assert subscriptions(html) == [
        (
            "webcal://testserver/kk/feeds/consultations.ics",
            "http://testserver/kk/feeds/consultations.ics",
        )
    ]
    served = client.get("/kk/feeds/consultations.ics")
    assert served.status_code == 200
    assert served["Content-Type"] == CALENDAR


# The person's own feed, on their account page


def feed_address(client) -> str:
    html = page_text(client.get("/kk/accounts/me/"))
    [(subscribe, address)] = subscriptions(html)
    assert subscribe == address.replace("http://", "webcal://", 1)
    return address


def test_an_anonymous_visitor_is_sent_to_sign_in(client, homes):
    response = client.get("/kk/accounts/me/")
    assert response.status_code == 302
    assert response["Location"].startswith("/kk/accounts/login/")
    response = client.post("/kk/accounts/me/calendar/", {"action": "issue"})
    assert response.status_code == 302
    assert response["Location"].startswith("/kk/accounts/login/")
    assert FeedToken.objects.count() == 0


def test_the_account_page_explains_the_feed_before_there_is_one(client, homes):
    client.force_login(UserFactory())
    html = page_text(client.get("/kk/accounts/me/"))
    check_page(html)
    section = BeautifulSoup(html, "html.parser").find("section", id="calendar")
    assert subscriptions(html) == []
    [button] = section.find_all("button")
    assert button.get_text() == kk("Create my calendar address")
    assert section.find("input", attrs={"name": "action"})["value"] == "issue"


def test_a_person_creates_their_calendar_address_and_it_serves_their_events(client, event_index):
    event = make_event(event_index, title="My seminar")
    make_event(event_index, title="Someone else's seminar")
    person = verified_member()
    registration_create(
        event=event, person=person, organisation=person.memberships.get().organisation
    )
    client.force_login(person)
    response = client.post("/kk/accounts/me/calendar/", {"action": "issue"})
    assert response.status_code == 302
    assert response["Location"] == "/kk/accounts/me/#calendar"
    token = FeedToken.objects.get(user=person)
    address = feed_address(client)
    assert address == f"http://testserver/feeds/personal/{token.token}.ics"
    html = page_text(client.get("/kk/accounts/me/"))
    check_page(html)
    buttons = BeautifulSoup(html, "html.parser").find("section", id="calendar").find_all("button")
    assert [b.get_text() for b in buttons if not b.has_attr("hidden")] == [
        kk("Make a new address"),
        kk("Stop my calendar feed"),
    ]
    served = client.get(address)
    assert served.status_code == 200
    assert served["Content-Type"] == CALENDAR
    assert summaries(served.content) == ["My seminar"]


def test_a_new_address_replaces_the_old_one_at_once(client, homes):
    client.force_login(UserFactory())
    client.post("/kk/accounts/me/calendar/", {"action": "issue"})
    old = feed_address(client)
    response = client.post("/kk/accounts/me/calendar/", {"action": "issue"}, follow=True)
    assert [str(message) for message in response.context["messages"]] == [
        kk(
            "Your calendar has a new address. The old one no longer works: "
            "subscribe again with the new one."
        )
    ]
    new = feed_address(client)
    assert new != old
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_stopping_the_feed_ends_its_address(client, homes):
    person = UserFactory()
    client.force_login(person)
    client.post("/kk/accounts/me/calendar/", {"action": "issue"})
    address = feed_address(client)
    response = client.post("/kk/accounts/me/calendar/", {"action": "revoke"})
    assert response["Location"] == "/kk/accounts/me/#calendar"
    assert client.get(address).status_code == 404
    assert not FeedToken.objects.filter(user=person).exists()
    assert subscriptions(page_text(client.get("/kk/accounts/me/"))) == []


def test_the_calendar_address_changes_only_by_post(client, homes):
    client.force_login(UserFactory())
    assert client.get("/kk/accounts/me/calendar/").status_code == 405
    assert client.post("/kk/accounts/me/calendar/", {"action": "steal"}).status_code == 400
    assert FeedToken.objects.count() == 0


def test_the_calendar_address_needs_the_csrf_token(homes):

    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    assert client.post("/kk/accounts/me/calendar/", {"action": "issue"}).status_code == 403
    assert FeedToken.objects.count() == 0


def test_the_account_page_is_not_cached_and_sends_no_address_to_other_sites(client, homes):
    client.force_login(UserFactory())
    client.post("/kk/accounts/me/calendar/", {"action": "issue"})
    response = client.get("/kk/accounts/me/")
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "same-origin"
