"""Registering for an event, commenting on a draft and accepting an invitation to an
organisation all ask one function whether the person has confirmed their address
(accounts/rules.py): refused everywhere before, accepted everywhere after."""

import pytest
from allauth.account.models import EmailAddress

from consultations.models import DraftElement
from consultations.parsing import split_draft
from consultations.rules import NotAllowedToComment
from consultations.services import comment_create, version_import, version_publish
from events.rules import NotEligible
from events.services import registration_create
from partners.services import MembershipError, invitation_accept, invitation_send
from tests.factories import (
    RUSSIAN_DRAFT,
    OrganisationFactory,
    UserFactory,
    make_consultation,
    make_consultation_index,
    make_event,
    member_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def places(homes, event_index):
    consultation = make_consultation(make_consultation_index(homes["kk"]))
    version = version_import(
        consultation=consultation, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    version_publish(version=version, note="", by=None)
    return {"event": make_event(event_index), "consultation": consultation}


def attempts(places, person, organisation, invitation) -> dict:
    """Whether each place accepts the person now (a refusal changes nothing)."""
    outcomes = {}
    try:
        registration_create(event=places["event"], person=person, organisation=organisation)
        outcomes["registering"] = True
    except NotEligible:
        outcomes["registering"] = False
    try:
        comment_create(
            consultation=places["consultation"],
            element=DraftElement.objects.filter(kind="article").first(),
            person=person,
            organisation=organisation,
            remark="Предлагаем уточнить.",
        )
        outcomes["commenting"] = True
    except NotAllowedToComment:
        outcomes["commenting"] = False
    try:
        invitation_accept(invitation=invitation, user=person)
        outcomes["joining"] = True
    except MembershipError:
        outcomes["joining"] = False
    return outcomes


def test_every_place_asks_the_same_question_about_the_address(places):
    organisation = OrganisationFactory()
    person = member_of(organisation, UserFactory(verified=False))
    other = OrganisationFactory(name_en="Second NGO")
    representative = member_of(other, role="representative")
    invitation = invitation_send(organisation=other, email=person.email, by=representative)

    assert attempts(places, person, organisation, invitation) == dict.fromkeys(
        ("registering", "commenting", "joining"), False
    )
    EmailAddress.objects.create(user=person, email=person.email, verified=True, primary=True)
    assert attempts(places, person, organisation, invitation) == dict.fromkeys(
        ("registering", "commenting", "joining"), True
    )
