"""Who may do what in the event managers' screens, role by role: see the screens, give a seat,
cancel, check in, send an invitation."""

import pytest
from django.contrib.auth.models import Permission

from events.models import EventInvitation, EventPage
from events.services import (
    registration_check_in,
)
from tests.accounts.test_two_factor import with_totp
from tests.conftest import indexes_off, made_once
from tests.events.test_admin import (
    action_url,
    in_english_and_utc,
    is_not_found,
    register,
    started_an_hour_ago,
    statuses,
    url,
)
from tests.factories import (
    OrganisationFactory,
    make_event,
    make_event_index,
    member_of,
    site_homes,
    staff_user,
    verified_member,
)

pytestmark = pytest.mark.django_db


# Who may do what


ROLES = ["anonymous", "member", "editor", "viewer", "event manager", "administrator"]
SIGN_IN = "sign in"
DENIED = "permission denied"  # Wagtail: back to the dashboard with a message
BACK = "back to the screen"


def viewer():
    """Staff who may see registrations (and nothing else of events)."""
    user = staff_user(None)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="events", codename="view_registration"),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    return user


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """An event on the day, with a registration in every state an action needs, and a person
    of each role: made once for the module (each test's changes are rolled back)."""
    with made_once(django_db_blocker):
        with indexes_off():
            world = build_world(make_event_index(site_homes()["kk"]))
        yield world


def build_world(event_index):
    event = make_event(event_index, capacity=10, seats_per_organisation=1)
    ngo = OrganisationFactory()
    register(event, member_of(ngo))
    waiting = register(event, member_of(ngo))  # the NGO's one seat is taken
    to_cancel = register(event)
    to_check_in = register(event)
    checked_in = register(event)
    started_an_hour_ago(event)
    registration_check_in(registration=checked_in, by=None)
    people = {
        "anonymous": None,
        "member": verified_member(),
        "editor": staff_user("Editors"),
        "viewer": viewer(),
        "event manager": in_english_and_utc(staff_user("Event managers")),
        "administrator": staff_user(None, is_superuser=True),
    }
    for role in ("editor", "viewer", "event manager", "administrator"):
        with_totp(people[role])
    return {
        "event": event,
        "people": people,
        "registrations": {
            "promote": waiting,
            "cancel": to_cancel,
            "attend": to_check_in,
            "undo-attend": checked_in,
        },
    }


def outcome(response, back_to):
    if response.status_code == 302:
        location = response["Location"]
        if "/login/" in location:
            return SIGN_IN
        if location == "/admin/":
            return DENIED
        if location == back_to:
            return BACK
        return location
    return response.status_code


# Wagtail sends people who may not enter the admin to sign in (as somebody else), and staff
# without the permission back to the dashboard. Roles not named get the "*" outcome.
NO_ADMIN = {"anonymous": SIGN_IN, "member": SIGN_IN, "editor": DENIED}
EXPECTED = {
    "index": {**NO_ADMIN, "*": 200},
    "registrations": {**NO_ADMIN, "*": 200},
    "export csv": {**NO_ADMIN, "*": 200},
    "export xlsx": {**NO_ADMIN, "*": 200},
    "check-in": {**NO_ADMIN, "viewer": DENIED, "*": 200},
    "invitations": {**NO_ADMIN, "viewer": DENIED, "*": 200},
    "send invitation": {**NO_ADMIN, "viewer": DENIED, "*": BACK},
    "promote": {**NO_ADMIN, "viewer": DENIED, "*": BACK},
    "cancel": {**NO_ADMIN, "viewer": DENIED, "*": BACK},
    "attend": {**NO_ADMIN, "viewer": DENIED, "*": BACK},
    "undo-attend": {**NO_ADMIN, "viewer": DENIED, "*": BACK},
}
GETS = {
    "index": ("index", ""),
    "registrations": ("registrations", ""),
    "export csv": ("registrations", "export=csv"),
    "export xlsx": ("registrations", "export=xlsx"),
    "check-in": ("check_in", ""),
    "invitations": ("invitations", ""),
}


def expected(screen, role):
    return EXPECTED[screen].get(role, EXPECTED[screen]["*"])


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("screen", list(GETS))
def test_permission_matrix_of_the_screens(client, world, role, screen):
    event = world["event"]
    if world["people"][role] is not None:
        client.force_login(world["people"][role])
    name, query = GETS[screen]
    response = client.get(url(name, *([] if name == "index" else [event.pk]), query=query))
    assert outcome(response, back_to=None) == expected(screen, role)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ["promote", "cancel", "attend", "undo-attend"])
def test_permission_matrix_of_the_actions(client, world, role, action):
    event, registration = world["event"], world["registrations"][action]
    before = statuses(registration)
    if world["people"][role] is not None:
        client.force_login(world["people"][role])
    response = client.post(action_url(registration, action))
    assert outcome(response, back_to=url("registrations", event.pk)) == expected(action, role)
    assert (statuses(registration) != before) == (expected(action, role) == BACK)


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix_of_sending_an_invitation(client, world, role):
    event = world["event"]
    EventPage.objects.filter(pk=event.pk).update(access=EventPage.Access.INVITATION)
    if world["people"][role] is not None:
        client.force_login(world["people"][role])
    response = client.post(
        url("invitations", event.pk),
        {"email": "guest@example.kz", "full_name": "Guest", "language": "ru"},
    )
    outcome_ = outcome(response, back_to=url("invitations", event.pk))
    assert outcome_ == expected("send invitation", role)
    sent = EventInvitation.objects.filter(email="guest@example.kz").exists()
    assert sent == (outcome_ == BACK)


def test_people_who_may_only_look_see_no_buttons(client, world):
    client.force_login(world["people"]["viewer"])
    html = client.get(url("registrations", world["event"].pk)).content.decode()
    assert 'method="post"' not in html
    assert url("check_in", world["event"].pk) not in html


def test_actions_answer_only_to_post(client, world):
    client.force_login(world["people"]["event manager"])
    registration = world["registrations"]["cancel"]
    assert client.get(action_url(registration, "cancel")).status_code == 405
    assert statuses(registration) == ["confirmed"]


def test_unknown_action_is_not_found(client, world):
    client.force_login(world["people"]["event manager"])
    registration = world["registrations"]["cancel"]
    assert is_not_found(client, client.post(action_url(registration, "delete")))
