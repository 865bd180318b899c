"""What visitors, members and representatives see and do on the event list and event pages."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import EventInvitation, EventPage, Registration
from events.services import hash_token, registration_check_in, registration_create
from partners.models import Membership, Region
from tests.accounts.test_two_factor import with_totp
from tests.checks import check_page
from tests.factories import (
    OrganisationFactory,
    UserFactory,
    add_events_quickly,
    make_event,
    member_of,
    sign_in,
    staff_user,
    translate,
    translated,
    verified_member,
)

pytestmark = pytest.mark.django_db

JOIN_URL = "https://meet.example.kz/kenes-round-table"


def page_text(response):
    return response.content.decode()


@pytest.fixture
def online_event(event_index):
    return make_event(
        event_index,
        title="Онлайн дөңгелек үстел",
        capacity=1,
        is_online=True,
        join_url=JOIN_URL,
        practical_info="Кіру: бірінші қабат.",
    )


# The event list


def test_event_list_shows_upcoming_first_and_past_ones_in_the_archive(client, event_index):
    later = make_event(event_index, title="Кейінірек", starts_in_days=20)
    sooner = make_event(event_index, title="Жақында", starts_in_days=2)
    past = make_event(event_index, title="Өткен", starts_in_days=-30)
    response = client.get("/kk/events/")
    html = page_text(response)
    check_page(html)
    assert html.index(sooner.title) < html.index(later.title)
    assert past.title not in html
    archive = page_text(client.get("/kk/events/?period=past"))
    assert past.title in archive and sooner.title not in archive


def test_event_list_filters_combine_and_survive_pagination(client, event_index):

    almaty = Region.objects.get(code="almaty")
    for n in range(14):
        make_event(
            event_index,
            title=f"Семинар {n}",
            kind="seminar",
            region=almaty,
            starts_in_days=3 + n % 2,
        )
    make_event(event_index, title="Кәсіподақтармен кездесу", kind="round-table", region=almaty)
    make_event(event_index, title="Басқа қала", kind="seminar", starts_in_days=3)
    response = client.get("/kk/events/", {"kind": "seminar", "region": "almaty"})
    html = page_text(response)
    check_page(html)
    assert "Кәсіподақтармен кездесу" not in html and "Басқа қала" not in html
    assert len(response.context["events"]) == 12
    assert "kind=seminar&amp;region=almaty&amp;page=2" in html
    second = client.get("/kk/events/", {"kind": "seminar", "region": "almaty", "page": 2})
    assert len(second.context["events"]) == 2


def test_event_list_month_filter(client, event_index):
    now = timezone.localtime()
    make_event(event_index, title="Осы ай", start=now + datetime.timedelta(hours=2))
    make_event(event_index, title="Келесі жыл", start=now + datetime.timedelta(days=400))
    month = now.strftime("%Y-%m")
    html = page_text(client.get("/kk/events/", {"month": month}))
    assert "Осы ай" in html and "Келесі жыл" not in html
    bad = client.get("/kk/events/", {"month": "2026-13"})
    assert bad.status_code == 200  # an impossible month is ignored, not a 500


def test_event_list_marks_cancelled_events(client, event_index):
    make_event(event_index, title="Болмайды", status=EventPage.Status.CANCELLED)
    html = page_text(client.get("/en/events/".replace("/en/", "/kk/")))
    assert "Болмайды" in html


def test_event_list_queries_do_not_grow_with_the_number_of_events(
    client, event_index, django_assert_max_num_queries
):

    region = Region.objects.first()
    for n in range(3):
        make_event(event_index, title=f"Event {n}", region=region)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/kk/events/").status_code == 200
        return len(queries)

    count()  # warm the caches (site, locales) as on a running server
    three = count()
    add_events_quickly(event_index, 37, region=region)  # more than a page of the list
    assert EventPage.objects.count() == 40
    assert count() == three


# An event page


def test_anonymous_visitor_sees_how_to_register_but_never_the_join_link(client, online_event):
    response = client.get(online_event.url)
    html = page_text(response)
    check_page(html)
    assert "/kk/accounts/login/?next=" in html
    assert JOIN_URL not in html and "Кіру: бірінші қабат." not in html


def test_confirmed_participant_sees_the_join_link_and_details_others_do_not(client, online_event):
    confirmed, waiting, stranger = verified_member(), verified_member(), verified_member()
    for person in (confirmed, waiting):
        registration_create(
            event=online_event,
            person=person,
            organisation=person.memberships.get().organisation,
        )
    sign_in(client, confirmed)
    html = page_text(client.get(online_event.url))
    check_page(html)
    assert JOIN_URL in html and "Кіру: бірінші қабат." in html
    for person in (waiting, stranger):
        client.logout()
        sign_in(client, person)
        html = page_text(client.get(online_event.url))
        assert JOIN_URL not in html and "Кіру: бірінші қабат." not in html
    assert "1" in html


def test_member_registers_through_the_form_with_answers(client, event_index):
    event = make_event(
        event_index,
        questions=[
            ("text", {"label": "Тамақ шектеулері", "help_text": "", "required": False}),
            (
                "choice",
                {"label": "Секция", "help_text": "", "required": True, "choices": ["А", "Б"]},
            ),
            ("yes_no", {"label": "Қонақ үй керек пе?", "help_text": "", "required": True}),
        ],
    )
    person = verified_member()
    organisation = person.memberships.get().organisation
    sign_in(client, person)
    url = event.url + "register/"
    form_page = client.get(url)
    check_page(page_text(form_page))
    blocks = {block.block_type: block.id for block in event.questions}
    # a required answer missing: nothing is created, the error is shown
    response = client.post(url, {"organisation": organisation.pk, f"q_{blocks['choice']}": "0"})
    assert response.status_code == 200
    assert Registration.objects.count() == 0
    check_page(page_text(response))
    response = client.post(
        url,
        {
            "organisation": organisation.pk,
            f"q_{blocks['text']}": "Вегетариандық",
            f"q_{blocks['choice']}": "1",
            f"q_{blocks['yes_no']}": "yes",
        },
    )
    assert response.status_code == 200  # the result is the answer itself
    registration = Registration.objects.get()
    assert registration.status == "confirmed"
    assert registration.answers[blocks["choice"]] == {"question": "Секция", "answer": "Б"}
    assert registration.answers[blocks["yes_no"]]["answer"] == translated("kk", "Yes")
    assert registration.answers[blocks["text"]]["answer"] == "Вегетариандық"
    result = page_text(response)
    check_page(result)
    assert "notice--success" in result
    assert (
        translated("kk", "Thank you for registering. We have sent you the details by email.")
        in result
    )
    assert f'href="{event.url}"' in result  # back to the event


def test_the_form_sent_again_answers_where_the_person_stands(client, event_index):
    """Reloading the answer sends the form again: no second registration, and the answer
    says where the person stands (a seat, or their place on the waiting list)."""
    event = make_event(event_index, capacity=1)
    first, second = verified_member(), verified_member()
    for person, standing in (
        (first, translated("kk", "You are registered: your seat is confirmed.")),
        (
            second,
            translated(
                "kk",
                "You are on the waiting list, number %(position)s. We will email you if a "
                "seat frees up.",
            )
            % {"position": 1},
        ),
    ):
        sign_in(client, person)
        form = {"organisation": person.memberships.get().organisation.pk}
        client.post(event.url + "register/", form)
        again = client.post(event.url + "register/", form)
        assert again.status_code == 200
        text = page_text(again)
        check_page(text)
        assert standing in text
        assert "notice--error" not in text
    assert Registration.objects.filter(event=event).count() == 2


def test_choice_outside_the_options_is_refused(client, event_index):
    event = make_event(
        event_index,
        questions=[
            (
                "choice",
                {"label": "Секция", "help_text": "", "required": True, "choices": ["А", "Б"]},
            )
        ],
    )
    person = verified_member()
    sign_in(client, person)
    block = event.questions[0].id
    response = client.post(
        event.url + "register/",
        {"organisation": person.memberships.get().organisation.pk, f"q_{block}": "<script>"},
    )
    assert response.status_code == 200
    assert Registration.objects.count() == 0


def test_registering_for_an_organisation_one_does_not_belong_to_is_refused(client, event_index):
    event = make_event(event_index)
    person = verified_member()
    other = OrganisationFactory()
    sign_in(client, person)
    response = client.post(event.url + "register/", {"organisation": other.pk})
    assert response.status_code == 200
    assert Registration.objects.count() == 0


def test_anonymous_register_goes_to_sign_in(client, event_index):
    event = make_event(event_index)
    response = client.get(event.url + "register/")
    assert response.status_code == 302
    assert response["Location"].startswith("/kk/accounts/login/")
    assert client.post(event.url + "register/").status_code == 302
    assert Registration.objects.count() == 0


def test_member_without_a_verified_organisation_is_told_what_to_do(client, event_index):
    event = make_event(event_index)
    person = member_of(OrganisationFactory(status="pending"))
    sign_in(client, person)
    html = page_text(client.get(event.url + "register/"))
    assert "/kk/partners/join/" in html
    response = client.post(event.url + "register/", {})
    assert response.status_code == 200
    assert Registration.objects.count() == 0


def test_register_when_closed_redirects_with_the_reason(client, event_index):
    event = make_event(
        event_index, registration_closes=timezone.now() - datetime.timedelta(hours=1)
    )
    sign_in(client, verified_member())
    response = client.post(event.url + "register/", {}, follow=True)
    assert Registration.objects.count() == 0
    assert "notice--error" in page_text(response)


def test_participant_cancels_from_the_event_page(
    client, event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, capacity=1)
    person, next_in_line = verified_member(), verified_member()
    registration = registration_create(
        event=event, person=person, organisation=person.memberships.get().organisation
    )
    registration_create(
        event=event, person=next_in_line, organisation=next_in_line.memberships.get().organisation
    )
    sign_in(client, person)
    url = f"{event.url}registrations/{registration.pk}/cancel/"
    confirm = client.get(url)
    check_page(page_text(confirm))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == "cancelled"
    assert Registration.objects.get(person=next_in_line).status == "confirmed"
    assert {m.to[0] for m in mail.outbox} == {person.email, next_in_line.email}


def test_nobody_cancels_another_persons_or_another_ngos_registration(client, event_index):
    event = make_event(event_index)
    organisation = OrganisationFactory()
    person = member_of(organisation)
    registration = registration_create(event=event, person=person, organisation=organisation)
    url = f"{event.url}registrations/{registration.pk}/cancel/"
    other_ngo_representative = member_of(OrganisationFactory(), role="representative")
    colleague = member_of(organisation)
    for intruder in (verified_member(), other_ngo_representative, colleague):
        client.logout()
        sign_in(client, intruder)
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    client.logout()
    assert client.post(url).status_code == 302  # to sign in
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_representative_sees_and_cancels_only_their_organisations_registrations(
    client, event_index
):
    event = make_event(event_index)
    organisation = OrganisationFactory()
    representative = member_of(organisation, role="representative")
    colleague = member_of(organisation, UserFactory(full_name="Айгүл Сейітова"))
    outsider = verified_member(full_name="Басқа Адам")
    mine = registration_create(event=event, person=colleague, organisation=organisation)
    registration_create(
        event=event, person=outsider, organisation=outsider.memberships.get().organisation
    )
    sign_in(client, representative)
    html = page_text(client.get(event.url))
    assert "Айгүл Сейітова" in html and "Басқа Адам" not in html
    assert client.post(f"{event.url}registrations/{mine.pk}/cancel/").status_code == 302
    mine.refresh_from_db()
    assert mine.status == "cancelled"


def test_representative_registers_a_colleague_through_the_form(client, event_index):
    event = make_event(event_index)
    organisation = OrganisationFactory()
    representative = member_of(organisation, role="representative")
    colleague = member_of(organisation)
    sign_in(client, representative)
    response = client.post(
        event.url + "register/", {"participant": colleague.pk, "organisation": organisation.pk}
    )
    assert response.status_code == 200
    assert colleague.full_name in page_text(response)
    registration = Registration.objects.get()
    assert registration.person == colleague and registration.registered_by == representative


def test_a_representatives_form_sent_without_a_participant_registers_the_representative(
    client, event_index
):
    """The form offers representatives the participant, themself by default; a form sent
    without the choice (the colleagues are then not looked up) registers the sender."""
    event = make_event(event_index)
    organisation = OrganisationFactory()
    representative = member_of(organisation, role="representative")
    member_of(organisation, UserFactory(full_name="Айгүл Сейітова"))
    sign_in(client, representative)
    form = client.get(event.url + "register/").content.decode()
    assert 'name="participant"' in form and "Айгүл Сейітова" in form
    response = client.post(event.url + "register/", {"organisation": organisation.pk})
    assert response.status_code == 200
    registration = Registration.objects.get()
    assert registration.person == registration.registered_by == representative


def test_a_representative_is_not_told_where_a_colleague_registered_on_their_own_stands(
    client, event_index
):
    """A colleague registered as an individual is not the organisation's: picking them is
    refused with "already registered", without their seat or place."""
    event = make_event(event_index, access=EventPage.Access.SIGNED_IN)
    organisation = OrganisationFactory()
    representative = member_of(organisation, role="representative")
    colleague = member_of(organisation, UserFactory(full_name="Айгүл Сейітова"))
    registration_create(event=event, person=colleague)  # as an individual
    sign_in(client, representative)
    response = client.post(
        event.url + "register/", {"participant": colleague.pk, "organisation": organisation.pk}
    )
    text = page_text(response)
    assert "notice--error" in text
    assert (
        translated("kk", "%(name)s is already registered for this event.")
        % {"name": "Айгүл Сейітова"}
        in text
    )
    assert (
        translated("kk", "%(name)s is registered: the seat is confirmed.")
        % {"name": "Айгүл Сейітова"}
        not in text
    )
    assert Registration.objects.count() == 1


def test_member_cannot_pick_a_colleague(client, event_index):
    event = make_event(event_index)
    organisation = OrganisationFactory()
    member = member_of(organisation)
    colleague = member_of(organisation)
    sign_in(client, member)
    client.post(
        event.url + "register/", {"participant": colleague.pk, "organisation": organisation.pk}
    )
    assert list(Registration.objects.values_list("person", flat=True)) == [member.pk]


def test_invitation_link_leads_through_sign_in_to_registration(client, event_index):
    event = make_event(event_index, access=EventPage.Access.INVITATION)
    person = verified_member()
    EventInvitation.objects.create(event=event, email=person.email, token_hash=hash_token("tok-1"))
    response = client.get(event.url + "invitation/tok-1/")
    assert response.status_code == 302
    assert "tok-1" not in response["Location"]  # the token stays out of URLs and logs
    sign_in(client, person)
    assert client.get(event.url + "invitation/tok-1/")["Location"] == event.url + "register/"
    form = {"organisation": person.memberships.get().organisation.pk}
    response = client.post(event.url + "register/", form)
    assert response.status_code == 200
    assert Registration.objects.get().person == person
    # sent again (the answer reloaded), with the invitation used by then: where one stands
    again = page_text(client.post(event.url + "register/", form))
    assert translated("kk", "You are registered: your seat is confirmed.") in again
    assert "notice--error" not in again
    assert Registration.objects.count() == 1


def test_invitation_only_event_refuses_without_a_link(client, event_index):
    event = make_event(event_index, access=EventPage.Access.INVITATION)
    person = verified_member()
    sign_in(client, person)
    response = client.post(
        event.url + "register/", {"organisation": person.memberships.get().organisation.pk}
    )
    assert response.status_code == 200
    assert Registration.objects.count() == 0


def test_cancelled_event_shows_a_notice_and_no_registration(client, event_index):
    event = make_event(
        event_index, status=EventPage.Status.CANCELLED, status_note="Себебі: карантин."
    )
    html = page_text(client.get(event.url))
    check_page(html)
    assert "Себебі: карантин." in html
    assert "register/" not in html


def test_event_managers_see_attendance_figures_visitors_do_not(client, event_index):

    event = make_event(event_index, start=timezone.now() - datetime.timedelta(hours=3))
    came, missed = verified_member(), verified_member()
    for person in (came, missed):
        Registration.objects.create(
            event=event,
            person=person,
            organisation=person.memberships.get().organisation,
            status="confirmed",
        )
    manager = staff_user("Event managers")
    with_totp(manager)
    registration_check_in(registration=Registration.objects.get(person=came), by=manager)
    assert "staff-figures" not in page_text(client.get(event.url))
    sign_in(client, verified_member())
    assert "staff-figures" not in page_text(client.get(event.url))
    client.force_login(manager)
    html = page_text(client.get(event.url))
    check_page(html)
    figures = html[html.index("staff-figures") :]
    assert "<dd>1</dd>" in figures  # one attended, one confirmed who did not come


def test_event_page_queries_do_not_grow_with_registrations(client, event_index):

    event = make_event(event_index, capacity=2000, seats_per_organisation=None)
    organisation = OrganisationFactory()
    representative = member_of(organisation, role="representative")
    sign_in(client, representative)

    def add(n):
        people = UserFactory.create_batch(n, verified=False)
        Membership.objects.bulk_create(
            Membership(user=p, organisation=organisation, role="member", status="active")
            for p in people
        )
        Registration.objects.bulk_create(
            Registration(event=event, person=p, organisation=organisation, status="confirmed")
            for p in people
        )

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(event.url).status_code == 200
        return len(queries)

    add(10)
    count()  # warm the caches (site, locales) as on a running server
    ten = count()
    add(990)
    assert count() == ten


def test_questions_are_asked_in_the_visitors_language(client, event_index):

    translate(event_index, "ru", title="Мероприятия")
    event = make_event(
        event_index,
        questions=[("text", {"label": "Тамақ шектеулері", "help_text": "", "required": True})],
    )
    russian = translate(event, "ru", title="Круглый стол")
    block_id = event.questions[0].id
    russian.questions = [
        {
            "type": "text",
            "id": block_id,
            "value": {"label": "Ограничения в питании", "help_text": "", "required": True},
        }
    ]
    russian.save_revision().publish()
    person = verified_member()
    sign_in(client, person)
    html = page_text(client.get(russian.url + "register/"))
    assert "Ограничения в питании" in html and "Тамақ шектеулері" not in html
    client.post(
        russian.url + "register/",
        {"organisation": person.memberships.get().organisation.pk, f"q_{block_id}": "Нет"},
    )
    assert Registration.objects.get().answers[block_id]["answer"] == "Нет"


def test_answers_given_in_russian_are_stored_in_the_originals_words(client, event_index):

    translate(event_index, "ru", title="Мероприятия")
    event = make_event(
        event_index,
        questions=[
            (
                "choice",
                {"label": "Секция", "help_text": "", "required": True, "choices": ["А", "Б"]},
            ),
            ("yes_no", {"label": "Қонақ үй керек пе?", "help_text": "", "required": True}),
        ],
    )
    russian = translate(event, "ru", title="Круглый стол")
    choice, yes_no = (block.id for block in event.questions)
    russian.questions = [
        {
            "type": "choice",
            "id": choice,
            "value": {
                "label": "Секция",
                "help_text": "",
                "required": True,
                "choices": ["Первая", "Вторая"],
            },
        },
    ]  # the yes/no question was added to the original after the translation
    russian.save_revision().publish()
    person = verified_member()
    sign_in(client, person)
    html = page_text(client.get(russian.url + "register/"))
    assert "Вторая" in html and "Қонақ үй керек пе?" in html
    client.post(
        russian.url + "register/",
        {
            "organisation": person.memberships.get().organisation.pk,
            f"q_{choice}": "1",
            f"q_{yes_no}": "no",
        },
    )
    answers = Registration.objects.get().answers
    assert answers[choice] == {"question": "Секция", "answer": "Б"}
    assert answers[yes_no] == {"question": "Қонақ үй керек пе?", "answer": translated("kk", "No")}


def test_a_registered_representative_can_still_register_a_colleague(client, event_index):
    event = make_event(event_index)
    organisation = OrganisationFactory()
    representative = member_of(organisation, role="representative")
    colleague = member_of(organisation)
    registration_create(event=event, person=representative, organisation=organisation)
    sign_in(client, representative)
    assert event.url + "register/" in page_text(client.get(event.url))
    client.post(
        event.url + "register/", {"participant": colleague.pk, "organisation": organisation.pk}
    )
    assert Registration.objects.filter(event=event, person=colleague).exists()
    member = colleague
    client.logout()
    sign_in(client, member)
    assert event.url + "register/" not in page_text(client.get(event.url))


@pytest.mark.parametrize("month", ["0000-01", "0001-01", "2026-13", "x"])
def test_an_impossible_month_is_ignored_and_the_other_filters_still_apply(
    client, event_index, month
):
    make_event(event_index, title="Семинар", kind="seminar")
    make_event(event_index, title="Кездесу", kind="round-table")
    response = client.get("/kk/events/", {"kind": "seminar", "month": month})
    assert response.status_code == 200
    assert [e.title for e in response.context["events"]] == ["Семинар"]


def test_a_registration_asks_the_same_few_queries_with_10_or_300_registered(client, event_index):
    """The path of a registration storm (make bench): the same queries, as few, whether 10 or
    300 people registered before (seats taken, then the waiting list). On a running server
    the route, the page itself, its original and its privacy restrictions are remembered
    (core/routing.py), a person registering themself is not asked for colleagues, and the
    event's row is locked only for the seat count and the insert."""
    event = make_event(event_index, access=EventPage.Access.SIGNED_IN, capacity=5)
    first, second = UserFactory(verified=True), UserFactory(verified=True)

    def registered_before(count):
        Registration.objects.bulk_create(
            Registration(event=event, person=person, status="confirmed" if n < 5 else "waitlisted")
            for n, person in enumerate(
                UserFactory.create_batch(count), start=event.registrations.count()
            )
        )

    def register(person):
        sign_in(client, person)
        client.get(event.url + "register/")  # the route remembered, as on a running server
        with CaptureQueriesContext(connection) as queries:
            response = client.post(event.url + "register/", {"organisation": ""})
        assert response.status_code == 200
        assert Registration.objects.get(person=person).status == "waitlisted"
        return [query["sql"] for query in queries.captured_queries]

    registered_before(10)
    ten = register(first)
    registered_before(290)
    assert event.registrations.count() == 301
    assert len(register(second)) == len(ten) <= 8, "\n".join(ten)
