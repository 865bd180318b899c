"""An NGO member registers for an online round table, sees the confirmation and the link to
join, then cancels; the next person on the waiting list gets the promotion email."""

import pytest
from django.core import mail

from events.models import Registration
from events.services import registration_create
from tests.factories import (
    PASSWORD,
    make_event,
    make_event_index,
    site_homes,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

JOIN_URL = "https://meet.example.kz/round-table-2026"


def test_member_registers_sees_the_join_link_cancels_and_the_next_one_is_promoted(page):
    homes = site_homes()
    index = make_event_index(homes["kk"])
    translate(index, "en", title="Events")
    event = make_event(index, title="Дөңгелек үстел", capacity=1, is_online=True, join_url=JOIN_URL)
    english = translate(event, "en", title="Round table on the rights of persons with disabilities")
    member = verified_member(email="aigerim@ngo.kz", full_name="Aigerim Nurlanovna")
    waiting = verified_member(email="daniyar@ngo.kz", full_name="Daniyar Seitkali")
    waiting.preferred_language = "en"
    waiting.save()

    page.goto("/en/accounts/login/")
    page.locator("#id_login").fill(member.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()

    page.goto(english.url)
    assert JOIN_URL not in page.content()
    page.get_by_role("link", name="Register", exact=True).click()
    page.get_by_role("button", name="Register").click()
    # the answer to the form is the result; the event's page then has the rest
    assert "Thank you for registering" in page.get_by_role("status").inner_text()
    page.get_by_role("link", name="Back to the event").click()
    main = page.locator("main")
    assert "your seat is confirmed" in main.inner_text()
    assert page.get_by_role("link", name=JOIN_URL).is_visible()

    # Someone else registers meanwhile and lands on the waiting list.
    registration_create(
        event=event, person=waiting, organisation=waiting.memberships.get().organisation
    )
    mail.outbox.clear()

    page.get_by_role("link", name="Cancel my registration").click()
    page.get_by_role("button", name="Yes, cancel the registration").click()
    assert "is cancelled" in page.locator("main").inner_text()
    assert JOIN_URL not in page.content()

    assert Registration.objects.get(person=waiting).status == "confirmed"
    promotion = next(m for m in mail.outbox if m.to == [waiting.email])
    assert "A seat is yours" in promotion.subject
    assert JOIN_URL in promotion.body
