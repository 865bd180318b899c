"""Hundreds of people registering and cancelling at the same moment: never more seats than
the capacity (or the organisation's limit), the waiting list in the order requests were
served, and no error. The races need PostgreSQL; SQLite runs the same rules one by one.

PostgreSQL allows 100 connections by default, so 40 threads each send 5 requests, all
released together by a barrier: 200 requests from 40 concurrent connections.
"""

import threading
import time

import pytest
from allauth.account.models import EmailAddress
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from core import generations
from core.page_cache import GENERATION_KEY
from events import services
from events.models import EventPage, Registration
from events.rules import AlreadyRegistered, RegistrationError
from events.services import registration_cancel, registration_create
from tests.factories import OrganisationFactory, UserFactory, make_event, member_of

THREADS = 40


def in_threads(batches):
    """Run each batch of calls in its own thread, the threads released together. Returns
    the errors raised (none expected)."""
    barrier = threading.Barrier(len(batches))
    errors = []

    def run(batch):
        try:
            barrier.wait()
            for call in batch:
                call()
        except Exception as error:  # noqa: BLE001 - the test asserts there were none
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(batch,)) for batch in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def split(items, parts):
    return [items[i::parts] for i in range(parts)]


def waiting_list(event):
    return list(
        Registration.objects.filter(event=event, status="waitlisted")
        .order_by("pk")
        .values_list("person_id", flat=True)
    )


def check_request_order(event, batches_of_people):
    """Each thread's requests were sent one after another: on the waiting list, the
    earlier request of a thread stands before its later one."""
    position = {person: index for index, person in enumerate(waiting_list(event))}
    for batch in batches_of_people:
        waiting = [position[p.pk] for p in batch if p.pk in position]
        assert waiting == sorted(waiting)


def register_all(event, people, organisation_of):
    batches = split(people, THREADS)
    calls = [
        [
            (
                lambda p=p: registration_create(
                    event=event, person=p, organisation=organisation_of(p)
                )
            )
            for p in batch
        ]
        for batch in batches
    ]
    return batches, in_threads(calls)


def cancel_all(registrations):
    calls = [
        [(lambda r=r: registration_cancel(registration=r, by=r.person)) for r in batch]
        for batch in split(registrations, min(THREADS, len(registrations)))
    ]
    return in_threads(calls)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_hundred_at_once_for_fifty_seats(event_index):
    event = make_event(event_index, capacity=50, access=EventPage.Access.SIGNED_IN)
    people = UserFactory.create_batch(200)
    batches, errors = register_all(event, people, lambda person: None)
    assert errors == []
    assert Registration.objects.filter(event=event, status="confirmed").count() == 50
    waiting = waiting_list(event)
    assert len(waiting) == 150
    check_request_order(event, batches)
    positions = [
        r.waitlist_position() for r in Registration.objects.filter(event=event, status="waitlisted")
    ]
    assert sorted(positions) == list(range(1, 151))

    # 30 confirmed participants cancel at the same moment: exactly 30 are promoted, the
    # first 30 of the waiting list.
    leaving = list(Registration.objects.filter(event=event, status="confirmed")[:30])
    assert cancel_all(leaving) == []
    confirmed = set(
        Registration.objects.filter(event=event, status="confirmed").values_list(
            "person_id", flat=True
        )
    )
    assert len(confirmed) == 50
    assert set(waiting[:30]) <= confirmed
    assert waiting_list(event) == waiting[30:]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_seat_limit_of_an_organisation_holds_under_a_rush(event_index):
    event = make_event(event_index, capacity=50, seats_per_organisation=5)
    crowded = OrganisationFactory()
    crowd = [member_of(crowded) for _ in range(60)]
    others = [member_of(OrganisationFactory()) for _ in range(20)]
    organisation_of = {p.pk: p.memberships.get().organisation for p in crowd + others}
    batches, errors = register_all(event, crowd + others, lambda p: organisation_of[p.pk])
    assert errors == []
    seats = Registration.objects.filter(event=event, status="confirmed")
    assert seats.filter(organisation=crowded).count() == 5
    assert seats.exclude(organisation=crowded).count() == 20
    check_request_order(event, batches)

    # Three of the crowded organisation cancel together: three of its colleagues move up,
    # never more.
    leaving = list(seats.filter(organisation=crowded)[:3])
    assert cancel_all(leaving) == []
    assert seats.filter(organisation=crowded).count() == 5
    assert Registration.objects.filter(event=event, status="waitlisted").count() == 52


@pytest.mark.django_db
def test_the_same_rules_one_by_one(event_index):
    """SQLite (and PostgreSQL) without threads: 60 people for 20 seats, 10 cancel."""
    event = make_event(event_index, capacity=20, access=EventPage.Access.SIGNED_IN)
    people = UserFactory.create_batch(60)
    for person in people:
        registration_create(event=event, person=person)
    assert Registration.objects.filter(event=event, status="confirmed").count() == 20
    waiting = waiting_list(event)
    assert waiting == [p.pk for p in people[20:]]
    for registration in list(Registration.objects.filter(event=event, status="confirmed")[:10]):
        registration_cancel(registration=registration, by=registration.person)
    assert Registration.objects.filter(event=event, status="confirmed").count() == 20
    assert waiting_list(event) == waiting[10:]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_person_registering_in_many_tabs_at_once_gets_one_registration(event_index):
    """A double click, or the form sent from several tabs: one registration, and each other
    request is told the person is registered already (the table's own constraint says so,
    with no error of the database reaching anybody)."""
    event = make_event(event_index, capacity=50, access=EventPage.Access.SIGNED_IN)
    person = UserFactory()
    refused = []

    def register():
        try:
            with translation.override("en"):
                registration_create(event=event, person=person)
        except AlreadyRegistered as error:
            refused.append(str(error))

    assert in_threads([[register] for _ in range(THREADS)]) == []
    assert Registration.objects.filter(event=event, person=person).count() == 1
    assert refused == ["You are already registered for this event."] * (THREADS - 1)


def behind_the_lock(key, calls):
    """Hold the event's row lock from another connection; start each call in its own thread,
    the next one only once the one before has queued (the first leads the first turn and
    waits for the lock); then let go of the lock and wait for them all."""
    held, release = threading.Event(), threading.Event()

    def hold_the_event():
        with transaction.atomic():
            EventPage.objects.select_for_update().filter(pk=key).exists()
            held.set()
            release.wait(30)
        connection.close()

    def wait_until(condition):
        for _ in range(3000):
            with services._turns_guard:
                if condition(services._next_turn.get(key)):
                    return
            time.sleep(0.01)
        raise AssertionError("the requests did not queue")

    holder = threading.Thread(target=hold_the_event)
    holder.start()
    assert held.wait(30)
    threads = []
    for number, (call, arguments) in enumerate(calls):
        thread = threading.Thread(target=call, args=arguments)
        thread.start()
        threads.append(thread)
        if number == 0:
            wait_until(lambda queued: queued == [])
        else:
            wait_until(lambda queued, n=number: queued is not None and len(queued) == n)
    release.set()
    for thread in [holder, *threads]:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads)


def registering(event, outcomes, queries_of=None):
    """A call for `behind_the_lock`: `register(name, person, language)` keeps in
    `outcomes[name]` the registration's status or the refusal's words (and in
    `queries_of[name]`, when given, the SQL that request sent itself)."""

    def register(name, person, language="en"):
        try:
            with CaptureQueriesContext(connection) as queries, translation.override(language):
                try:
                    outcomes[name] = registration_create(event=event, person=person).status
                finally:
                    if queries_of is not None:
                        queries_of[name] = [query["sql"] for query in queries]
        except RegistrationError as error:
            outcomes[name] = str(error)
        finally:
            connection.close()

    return register


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_those_who_arrive_while_a_turn_is_decided_are_decided_together_in_order(
    event_index, mailoutbox
):
    """The ticket shop's way (`events.services._decide_in_turn`): while one registration waits
    for the event's lock, the next ones queue in this process; once it has committed, the
    first of them decides all of them in one transaction (the rows share it: xmin), in the
    order they arrived. The same person twice in a turn gets one registration; everybody
    gets a message."""
    event = make_event(event_index, capacity=3, access=EventPage.Access.SIGNED_IN)
    key = event.canonical.pk
    people = UserFactory.create_batch(8)
    outcomes, told = {}, {}

    def register(name, person):
        try:
            with translation.override("en"):
                registration = registration_create(event=event, person=person)
                outcomes[name] = registration.status
                told[name] = registration.position_when_decided  # set by the turn
        except AlreadyRegistered as error:
            outcomes[name] = str(error)
        finally:
            connection.close()

    arrivals = [("first", people[0])] + [(f"p{i}", people[i]) for i in range(1, 8)]
    arrivals.insert(6, ("p4 again", people[4]))
    behind_the_lock(key, [(register, arrival) for arrival in arrivals])

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT person_id, status, xmin::text FROM events_registration "
            "WHERE event_id = %s ORDER BY id",
            [key],
        )
        rows = cursor.fetchall()
    assert [person for person, _, _ in rows] == [person.pk for person in people]
    assert [status for _, status, _ in rows] == ["confirmed"] * 3 + ["waitlisted"] * 5
    transactions = [xmin for _, _, xmin in rows]
    assert transactions[0] != transactions[1]  # the first alone, in its own turn
    assert set(transactions[1:]) == {transactions[1]}  # the seven others in one
    assert outcomes.pop("p4 again") == "You are already registered for this event."
    assert outcomes == {
        "first": "confirmed",
        "p1": "confirmed",
        "p2": "confirmed",
        **{f"p{i}": "waitlisted" for i in range(3, 8)},
    }
    assert [
        r.waitlist_position() for r in Registration.objects.filter(event=event).order_by("pk")
    ] == [None, None, None, 1, 2, 3, 4, 5]
    assert [told[name] for name, _ in arrivals if name != "p4 again"] == [
        None,
        None,
        None,
        1,
        2,
        3,
        4,
        5,
    ]  # each was told the place the list gives them
    assert sorted(message.to[0] for message in mailoutbox) == sorted(p.email for p in people)
    assert services._next_turn == {}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_when_the_database_fails_a_turn_all_of_its_requests_say_so_and_the_next_turn_runs(
    event_index,
):
    """The second turn is led by a request whose connection may not write: the database
    refuses the turn, so both of its requests fail (the other with `TurnFailed`, caused by
    the database's error) and neither is registered;
    nobody is left waiting, and the next registration is decided as usual."""
    event = make_event(event_index, capacity=5, access=EventPage.Access.SIGNED_IN)
    key = event.canonical.pk
    first, refused, with_it, later = UserFactory.create_batch(4)
    outcomes = {}

    def register(name, person, read_only=False):
        try:
            if read_only:
                with connection.cursor() as cursor:
                    cursor.execute("SET default_transaction_read_only = on")
            outcomes[name] = registration_create(event=event, person=person).status
        except Exception as error:  # noqa: BLE001 - the test compares what each got
            outcomes[name] = type(error).__name__
        finally:
            connection.close()

    behind_the_lock(
        key,
        [
            (register, ("first", first)),
            (register, ("refused", refused, True)),  # leads the second turn
            (register, ("with it", with_it)),
        ],
    )
    assert outcomes["first"] == "confirmed"
    assert outcomes["refused"] == "InternalError"  # the leader: the database's own error
    assert outcomes["with it"] == "TurnFailed"  # an error of its own, caused by that one
    assert services._next_turn == {}
    assert list(Registration.objects.filter(event=event).values_list("person", flat=True)) == [
        first.pk
    ]
    assert registration_create(event=event, person=with_it).status == "confirmed"
    assert registration_create(event=event, person=later).status == "confirmed"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_each_request_of_a_turn_is_answered_in_its_own_language(event_index):
    """Whoever decides the turn, a refusal is said in the language of the page it was sent
    from."""
    event = make_event(event_index, capacity=5, access=EventPage.Access.SIGNED_IN)
    first, second = UserFactory.create_batch(2)
    outcomes = {}
    register = registering(event, outcomes)
    behind_the_lock(
        event.canonical.pk,
        [
            (register, ("first", first, "ru")),
            (register, ("second", second, "kk")),  # leads the second turn, in Kazakh
            (register, ("first again", first, "en")),
            (register, ("second again", second, "ru")),
        ],
    )
    assert outcomes["first"] == outcomes["second"] == "confirmed"
    assert outcomes["first again"] == "You are already registered for this event."
    with translation.override("ru"):
        in_russian = gettext("You are already registered for this event.")
    assert outcomes["second again"] == in_russian != outcomes["first again"]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_turn_reads_everybody_s_addresses_at_once_and_refuses_the_unconfirmed(event_index):
    """What the people of a turn need before the event's lock (an active account with a
    confirmed address) is read for all of them in one query by the one who decides the turn;
    whoever lacks it is refused in their own language, and the others keep their order."""
    event = make_event(event_index, capacity=2, access=EventPage.Access.SIGNED_IN)
    first, second, unconfirmed, third = UserFactory.create_batch(4)
    EmailAddress.objects.filter(user=unconfirmed).update(verified=False)
    outcomes, queries_of = {}, {}
    register = registering(event, outcomes, queries_of)
    behind_the_lock(
        event.canonical.pk,
        [
            (register, ("first", first)),
            (register, ("second", second)),  # leads the second turn
            (register, ("unconfirmed", unconfirmed, "ru")),
            (register, ("third", third)),
        ],
    )
    with translation.override("ru"):
        in_russian = gettext("Confirm your email address before you register.")
    assert outcomes == {
        "first": "confirmed",
        "second": "confirmed",
        "unconfirmed": in_russian,
        "third": "waitlisted",
    }
    address_reads = {
        name: sum("account_emailaddress" in sql for sql in queries)
        for name, queries in queries_of.items()
    }
    assert address_reads == {"first": 1, "second": 1, "unconfirmed": 0, "third": 0}
    assert list(
        Registration.objects.filter(event=event).order_by("pk").values_list("person", flat=True)
    ) == [first.pk, second.pk, third.pk]
    assert services._next_turn == {}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_turn_that_takes_seats_renews_the_kept_pages_and_one_of_waiting_places_does_not(
    event_index,
):
    """A turn of several inserts its registrations at once, which sends no post_save: it says
    itself that the seats left changed (core/page_cache.py), as a single save would."""
    event = make_event(event_index, capacity=2, access=EventPage.Access.SIGNED_IN)
    people = UserFactory.create_batch(5)

    def turn(persons):
        requests = [
            services._Request(
                person=person,
                organisation=None,
                registered_by=person,
                answers={},
                invitation_token=None,
            )
            for person in persons
        ]
        before = generations.current(GENERATION_KEY)
        services._decide(event, requests)
        return [request.outcome().status for request in requests], before

    statuses, before = turn(people[:3])
    assert statuses == ["confirmed", "confirmed", "waitlisted"]
    assert generations.current(GENERATION_KEY) != before
    statuses, before = turn(people[3:])
    assert statuses == ["waitlisted", "waitlisted"]
    assert generations.current(GENERATION_KEY) == before  # only a waiting-list place


def test_a_request_that_stops_waiting_leaves_the_queue_and_hands_on_its_lead():
    """A worker stopping while requests wait: the one that was to lead the next turn passes
    the lead to the one after it; one that only waited just leaves; one already taken into a
    turn stays to be decided."""
    key = -1

    def request():
        return services._Request(invitation_token=None)

    leader, follower, last = request(), request(), request()
    try:
        services._next_turn[key] = [leader, follower, last]
        leader.leads = True
        services._leave(key, follower)
        assert services._next_turn[key] == [leader, last] and not last.leads
        services._leave(key, leader)
        assert services._next_turn[key] == [last]
        assert last.leads and last.decided.is_set()
        services._next_turn[key] = []
        services._leave(key, last)  # in a turn already: nothing changes
        assert services._next_turn[key] == []
    finally:
        services._next_turn.pop(key, None)
