"""A member who registered for a seminar puts it in their calendar: downloads the event,
makes their personal calendar address, copies it with the button and the address serves
their events to a calendar client."""

import pytest
from icalendar import Calendar

from events.models import Registration
from tests.factories import (
    PASSWORD,
    make_event,
    make_event_index,
    site_homes,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_member_adds_an_event_and_subscribes_to_their_own_calendar(page):
    homes = site_homes()
    index = make_event_index(homes["kk"])
    translate(index, "en", title="Events")
    event = make_event(index, title="Оқыту семинары", kind="seminar")
    english = translate(event, "en", title="Training seminar on human rights")
    member = verified_member(email="aigerim@ngo.kz", full_name="Aigerim Nurlanovna")
    Registration.objects.create(event=event, person=member, status="confirmed")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])

    page.goto("/en/accounts/login/")
    page.locator("#id_login").fill(member.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()

    # one event, as a file to open in a calendar
    page.goto(english.url)
    with page.expect_download() as download:
        page.get_by_role("link", name="Add to my calendar (.ics)").click()
    (item,) = Calendar.from_ical(open(download.value.path(), "rb").read()).walk("VEVENT")
    assert str(item["SUMMARY"]) == "Training seminar on human rights"

    # all their events, by subscription
    page.get_by_role("link", name="Subscribe to all my events").click()
    page.get_by_role("button", name="Create my calendar address").click()
    assert "Your calendar address is ready" in page.locator("main").inner_text()
    calendar = page.locator("#calendar")
    address = calendar.get_by_label("Calendar address").input_value()
    assert "/feeds/personal/" in address
    assert (
        calendar.get_by_role("link", name="Subscribe").get_attribute("href").startswith("webcal://")
    )
    copy = calendar.get_by_role("button", name="Copy the address")
    copy.focus()
    page.keyboard.press("Enter")  # by keyboard
    calendar.get_by_text("Copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == address

    feed = page.request.get(address)
    assert feed.status == 200
    assert feed.headers["content-type"] == "text/calendar; charset=utf-8"
    (item,) = Calendar.from_ical(feed.body()).walk("VEVENT")
    assert str(item["UID"]).startswith(f"event-{event.translation_key}@")

    # a new address: the old one stops working at once
    page.get_by_role("button", name="Make a new address").click()
    assert page.request.get(address).status == 404
