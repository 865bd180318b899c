"""Changes that calendar clients must see: a first edit of an event published before feeds
existed, a promotion from the waiting list, a new place, a page taken off the site, and the
feed's own address, which no visitor can change."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from events.models import EventPage, Registration
from events.services import registration_cancel, registration_create
from feeds.models import CalendarEntry
from feeds.services import token_issue
from tests.checks import first_poll_after_a_change
from tests.factories import committed, make_event, publish, verified_member

pytestmark = pytest.mark.django_db


def items(content: bytes) -> list:
    return Calendar.from_ical(content).walk("VEVENT")


def register(event, person):
    organisation = person.memberships.get().organisation
    return registration_create(event=event, person=person, organisation=organisation)


def public_item(client):
    (item,) = items(client.get("/kk/feeds/events.ics").content)
    return item


def edit(page, **fields):
    page = EventPage.objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    return publish(page)


def test_an_event_published_before_feeds_existed_gets_a_new_sequence_at_its_first_edit(
    client, event_index
):
    event = make_event(event_index, title="Ескі")
    CalendarEntry.objects.all().delete()
    EventPage.objects.filter(pk=event.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=30)
    )
    assert public_item(client)["SEQUENCE"] == 0
    with committed():
        edit(event, start=event.start + datetime.timedelta(hours=2))
    first_poll_after_a_change(client, "/kk/feeds/events.ics")
    assert public_item(client)["SEQUENCE"] == 1


def test_an_event_without_an_entry_still_leaves_the_feed_when_unpublished(client, event_index):
    event = make_event(event_index, title="Ескі")
    CalendarEntry.objects.all().delete()
    assert len(items(client.get("/kk/feeds/events.ics").content)) == 1
    with committed():
        EventPage.objects.get(pk=event.pk).unpublish()
    first_poll_after_a_change(client, "/kk/feeds/events.ics")
    assert items(client.get("/kk/feeds/events.ics").content) == []


def test_the_feeds_own_address_comes_from_settings_not_from_the_request(client, event_index):
    make_event(event_index)
    response = client.get("/kk/feeds/events.ics?region=&utm=evil%0Atext")
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["SOURCE"]) == "http://testserver/kk/feeds/events.ics"
    assert b"evil" not in response.content


def test_a_cyrillic_slug_downloads_as_an_attachment(client, event_index):
    event = make_event(event_index, title="Дөңгелек үстел", slug="дөңгелек-үстел")
    response = client.get(f"{event.url}ical/")
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=utf-8''%D0%B4%D3%A9%D2%A3" in disposition


def test_a_promotion_changes_the_item_in_the_persons_own_calendar(
    client, event_index, django_capture_on_commit_callbacks
):
    event = make_event(
        event_index,
        title="Семинар",
        capacity=1,
        is_online=True,
        join_url="https://meet.example.org/room",
    )
    first, second = verified_member(), verified_member()
    with django_capture_on_commit_callbacks(execute=True):
        seat = register(event, first)
        register(event, second)
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    Registration.objects.filter(person=second).update(created_at=an_hour_ago)
    CalendarEntry.objects.update(modified_at=an_hour_ago)
    url = f"/feeds/personal/{token_issue(user=second).token}.ics"
    (waiting,) = items(client.get(url).content)
    assert str(waiting["STATUS"]) == "TENTATIVE"
    assert "meet.example.org" not in str(waiting["DESCRIPTION"])
    with django_capture_on_commit_callbacks(execute=True):
        registration_cancel(registration=seat, by=first)
    (confirmed,) = items(client.get(url).content)
    assert str(confirmed["STATUS"]) == "CONFIRMED"
    assert "meet.example.org" in str(confirmed["DESCRIPTION"])
    assert confirmed["SEQUENCE"] > waiting["SEQUENCE"]
    assert confirmed["LAST-MODIFIED"].dt > waiting["LAST-MODIFIED"].dt
    # the emailed invitation of the promotion carries the same sequence as the feed
    promotion = next(m for m in mail.outbox if m.to == [second.email] and m.attachments)
    (emailed,) = Calendar.from_ical(promotion.attachments[0].get_payload(decode=True)).walk(
        "VEVENT"
    )
    assert emailed["SEQUENCE"] == confirmed["SEQUENCE"]


def test_an_unpublished_event_leaves_the_persons_own_calendar(client, event_index):
    event = make_event(event_index, title="Семинар")
    person = verified_member()
    Registration.objects.create(event=event, person=person, status="confirmed")
    url = f"/feeds/personal/{token_issue(user=person).token}.ics"
    assert len(items(client.get(url).content)) == 1
    EventPage.objects.get(pk=event.pk).unpublish()
    assert items(client.get(url).content) == []


def test_a_new_place_sends_the_seat_holders_an_updated_invitation(
    event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, title="Семинар", venue="Rixos")
    seated = verified_member()
    with django_capture_on_commit_callbacks(execute=True):
        register(event, seated)
    (first,) = mail.outbox
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        edit(event, venue="Hilton")
    (update,) = mail.outbox
    assert "Hilton" in update.body
    before = Calendar.from_ical(first.attachments[0].get_payload(decode=True)).walk("VEVENT")[0]
    after = Calendar.from_ical(update.attachments[0].get_payload(decode=True)).walk("VEVENT")[0]
    assert after["UID"] == before["UID"] and after["SEQUENCE"] > before["SEQUENCE"]
    assert "Hilton" in str(after["LOCATION"])
    # a new summary only: no email, but LAST-MODIFIED moves
    entry = CalendarEntry.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        edit(event, intro="Жаңа сипаттама.")
    assert len(mail.outbox) == 1
    assert CalendarEntry.objects.get().modified_at > entry.modified_at


def test_a_new_join_link_moves_last_modified(event_index):
    event = make_event(event_index, is_online=True, join_url="https://meet.example.org/a")
    entry = CalendarEntry.objects.get()
    edit(event, join_url="https://meet.example.org/b")
    assert CalendarEntry.objects.get().modified_at > entry.modified_at


def test_a_registered_persons_download_is_their_own_item(client, event_index):
    event = make_event(event_index, title="Семинар")
    person = verified_member()
    Registration.objects.create(event=event, person=person, status="waitlisted")
    client.force_login(person)
    response = client.get(f"{event.url}ical/")
    (item,) = items(response.content)
    assert str(item["STATUS"]) == "TENTATIVE"
    assert response["Cache-Control"].startswith("private")
    client.logout()
    response = client.get(f"{event.url}ical/")
    (item,) = items(response.content)
    assert str(item["STATUS"]) == "CONFIRMED"
    assert response["Cache-Control"].startswith("public")
