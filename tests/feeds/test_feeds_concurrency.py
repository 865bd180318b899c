"""Editors publishing the same event at the same moment, and a person replacing their feed
address twice at once: one sequence step per real change, one working address."""

import pytest
from django.db import connection

from events.ical import event_fingerprint
from events.models import EventPage
from feeds.models import CalendarEntry, FeedToken
from feeds.services import entry_refresh, token_issue
from tests.events.test_concurrency import in_threads
from tests.factories import UserFactory, make_event

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_concurrent_publishing_raises_the_sequence_once_per_change(event_index):
    event = make_event(event_index, title="Семинар")
    CalendarEntry.objects.all().delete()  # as for an event published before feeds existed

    def refresh():
        pages = EventPage.objects.live().filter(pk=event.pk).select_related("region", "locale")
        return entry_refresh(kind="event", pages=pages, fingerprint=event_fingerprint)

    # twenty first publications at once: one entry, no duplicate-key error
    errors = in_threads([[lambda: refresh()]] * 20)
    assert errors == []
    assert CalendarEntry.objects.get().sequence == 0

    # the time changes; twenty workers see the change at once: one step, not twenty
    EventPage.objects.filter(pk=event.pk).update(venue="Hilton")
    errors = in_threads([[lambda: refresh()]] * 20)
    assert errors == []
    assert CalendarEntry.objects.get().sequence == 1
    assert connection.vendor == "postgresql"


def test_replacing_the_address_twice_at_once_leaves_one_working_address():
    person = UserFactory()
    tokens = []
    errors = in_threads([[lambda: tokens.append(token_issue(user=person).token)]] * 10)
    assert errors == []
    stored = FeedToken.objects.get(user=person)
    assert stored.token in tokens
