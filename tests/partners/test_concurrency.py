"""Two representatives stepping back at the same moment: exactly one may, so the
organisation keeps a representative. Needs PostgreSQL's row locks (SQLite serialises all
writes and cannot show the race)."""

import threading

import pytest
from django.db import connection

from accounts.personal_data import AccountCannotBeDeleted, account_delete
from partners.models import Membership
from partners.services import (
    LastRepresentative,
    membership_answer,
    membership_remove,
    membership_request,
    membership_set_role,
)
from tests.factories import OrganisationFactory, UserFactory, member_of

pytestmark = [
    pytest.mark.postgres,
    # a flush without the serialized rows would take the data migrations' rows (locales,
    # groups, regions) from the tests that run after it
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def race(*calls):
    """Run the calls in threads released together; return what each raised (or None)."""
    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            call()
        except Exception as error:  # noqa: BLE001 - the outcome is what the test compares
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


@pytest.mark.parametrize("attempt", range(5))
def test_two_representatives_stepping_back_together_leave_one(attempt):
    organisation = OrganisationFactory()
    first = member_of(organisation, role="representative")
    second = member_of(organisation, role="representative")
    a = Membership.objects.get(user=first)
    b = Membership.objects.get(user=second)
    outcomes = race(
        lambda: membership_set_role(membership=a, role="member", by=first),
        lambda: membership_set_role(membership=b, role="member", by=second),
    )
    assert sorted(type(o).__name__ for o in outcomes) == ["LastRepresentative", "NoneType"]
    assert organisation.memberships.filter(role="representative").count() == 1


@pytest.mark.parametrize("attempt", range(5))
def test_two_representatives_leaving_together_leave_one(attempt):
    organisation = OrganisationFactory()
    first = member_of(organisation, role="representative")
    second = member_of(organisation, role="representative")
    outcomes = race(
        lambda: membership_remove(membership=Membership.objects.get(user=first), by=first),
        lambda: membership_remove(membership=Membership.objects.get(user=second), by=second),
    )
    assert [isinstance(o, LastRepresentative) for o in outcomes].count(True) == 1
    assert organisation.memberships.filter(role="representative").count() == 1


@pytest.mark.parametrize("attempt", range(3))
def test_two_representatives_deleting_their_accounts_together_leave_one(attempt):
    organisation = OrganisationFactory()
    first = member_of(organisation, role="representative")
    second = member_of(organisation, role="representative")
    outcomes = race(lambda: account_delete(user=first), lambda: account_delete(user=second))
    assert [isinstance(o, AccountCannotBeDeleted) for o in outcomes].count(True) == 1
    assert organisation.memberships.filter(role="representative").count() == 1


def test_the_same_join_request_sent_twice_at_once_is_refused_politely():
    organisation = OrganisationFactory()
    person = UserFactory()
    outcomes = race(
        lambda: membership_request(user=person, organisation=organisation),
        lambda: membership_request(user=person, organisation=organisation),
    )
    assert sorted(type(o).__name__ for o in outcomes) == ["MembershipError", "NoneType"]
    assert Membership.objects.filter(user=person).count() == 1


def test_declining_twice_at_once_answers_once():
    organisation = OrganisationFactory()
    representative = member_of(organisation, role="representative")
    requester = member_of(organisation, status="requested")
    membership = Membership.objects.get(user=requester)
    outcomes = race(
        lambda: membership_answer(membership=membership, approve=False, by=representative),
        lambda: membership_answer(membership=membership, approve=False, by=representative),
    )
    assert sorted(type(o).__name__ for o in outcomes) == ["MembershipError", "NoneType"]
