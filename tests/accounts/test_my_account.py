"""My account as a dashboard: a person sees their registrations, comments, what they follow,
their organisations and their calendar, and only their own; the full lists page on their
own; the page costs the same queries however much the person has."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consultations.models import AreaSubscription, Comment, ConsultationPage, DraftElement, Follow
from consultations.services import comment_create
from events.models import Registration
from tests.checks import check_page
from tests.conftest import indexes_off, made_once
from tests.factories import (
    UserFactory,
    add_to_my_account,
    make_consultation,
    make_event,
    my_account_world,
    staff_user,
    verified_member,
)

pytestmark = pytest.mark.django_db

ME = "/en/accounts/me/"
PAGES = [
    "/accounts/me/",
    "/accounts/me/events/",
    "/accounts/me/comments/",
    "/accounts/me/following/",
]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Aigerim, with something in every section, and Bolat, who registered for the same
    events and commented on the same draft (made once for the module; each test's changes
    are rolled back)."""
    with made_once(django_db_blocker), indexes_off():
        aigerim = UserFactory(
            email="aigerim.nurlanovna.seitkali-abdrakhmanova@human-rights-legal-aid.example.kz",
            full_name="Aigerim Nurlanovna",
        )
        world = my_account_world(aigerim)
        bolat = verified_member(full_name="Bolat")
        for registration in Registration.objects.filter(person=aigerim):
            Registration.objects.create(event=registration.event, person=bolat, status="cancelled")
        comment_create(
            consultation=world["consultation"],
            element=DraftElement.objects.get(kind="article", number="1"),
            person=bolat,
            organisation=bolat.memberships.get().organisation,
            remark="Bolat's own remark",
        )
        Follow.objects.create(
            person=bolat,
            consultation=make_consultation(world["consultation_index"], title="Bolat's draft"),
        )
        world.update(aigerim=aigerim, bolat=bolat)
        yield world


def section(response, anchor: str):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find("section", id=anchor)


def words(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def actions(item) -> list[str]:
    """The links an item offers besides its title, by their visible words."""
    return [
        link.find(string=True, recursive=False).strip()
        for link in item.select(".account-item__actions a")
    ]


def test_anonymous_visitors_are_sent_to_sign_in(client, homes):
    for path in PAGES:
        response = client.get(f"/kk{path}")
        assert response.status_code == 302
        assert response["Location"] == f"/kk/accounts/login/?next=/kk{path}"


def test_my_events_show_each_registration_with_its_state_and_what_i_may_do(client, world):
    client.force_login(world["aigerim"])
    events = section(client.get(ME), "my-events")
    coming, past = events.find_all("ul", class_="account-list")
    coming = [words(item) for item in coming.find_all("li")]
    assert len(coming) == 3
    assert coming[0].startswith("Дөңгелек үстел: орындар бітті ")
    assert "On the waiting list: number 2" in coming[0]  # Bolat's cancellation does not count
    assert "Cancel my registration" in coming[0]
    assert "Дөңгелек үстел 1" in coming[1] and "Confirmed" in coming[1]
    assert "On behalf of «Адам құқықтары" in coming[1]
    assert "Конференция" in coming[2] and "Confirmed Postponed" in coming[2]
    past = [words(item) for item in past.find_all("li")]
    assert [p.split(" ")[0] for p in past] == ["Адам", "Вебинар", "Семинар"]  # latest first
    assert "Attended" in past[0] and "Certificate of participation" in past[0]
    assert "Cancelled" in past[1] and "Certificate" not in past[1]
    assert "Cancel my registration" not in " ".join(past)  # over: nothing to cancel
    assert "All my registrations" not in words(events)  # all of them are here


def test_a_cancelled_registration_shows_unless_i_registered_again(client, world):
    aigerim = world["aigerim"]
    again = Registration.objects.get(person=aigerim, event__title="Дөңгелек үстел 1")
    Registration.objects.create(event=again.event, person=aigerim, status="cancelled")
    gone = make_event(world["event_index"], title="Дөңгелек үстел: бас тарттым")
    Registration.objects.create(event=gone, person=aigerim, status="cancelled")
    client.force_login(aigerim)
    coming = section(client.get(ME), "my-events").find("ul", class_="account-list")
    texts = [words(li) for li in coming.find_all("li")]
    assert len(texts) == 4
    assert sum("Дөңгелек үстел 1 " in text for text in texts) == 1
    cancelled = next(text for text in texts if "бас тарттым" in text)
    assert "Cancelled" in cancelled and "Cancel my registration" not in cancelled


def test_my_events_link_to_the_pages_in_my_language(client, world):
    client.force_login(world["aigerim"])
    past = section(client.get("/ru/accounts/me/"), "my-events").select("li.account-item")[3]
    link = past.find("a")
    assert link.get_text() == "Обучающий семинар по правам человека"
    assert link["href"].startswith("/ru/")
    assert past.select(".account-item__actions a")[0]["href"] == link["href"] + "certificate/"


def test_my_comments_show_their_state_the_reason_and_the_commissions_response(client, world):
    client.force_login(world["aigerim"])
    comments = section(client.get(ME), "my-comments")
    items = comments.find_all("li", class_="account-item")
    assert len(items) == 3  # the latest three; the others on the page of all comments
    texts = [words(item) for item in items]
    assert "Awaiting moderation" in texts[0] and "Замечание 1" in texts[0]
    assert "Withdrawn by the author" in texts[1]
    assert "Not published" in texts[2]
    assert "Not published: Off-topic." in texts[2]
    assert "The moderator's note to you: Пишите о статье 2." in texts[2]
    # change and withdraw only where consultations' rules allow: a pending comment
    assert actions(items[0]) == ["Change", "Withdraw"]
    assert actions(items[1]) == actions(items[2]) == []
    link = items[0].a["href"]
    element = DraftElement.objects.get(kind="article", number="2")
    assert link == f"{world['consultation'].url}?version=1#el-{element.key}"
    more = comments.find("a", string="All my comments (4)")
    assert more["href"] == "/en/accounts/me/comments/"


def test_the_page_of_all_my_comments_shows_the_response_and_filters_by_state(client, world):
    client.force_login(world["aigerim"])
    response = client.get("/en/accounts/me/comments/")
    check_page(response.content.decode())
    items = [
        words(li) for li in BeautifulSoup(response.content, "html.parser").select("li.account-item")
    ]
    assert len(items) == 4
    answered = next(text for text in items if "Уточнить срок полномочий." in text)
    assert "The commission's response: Partially accepted Срок уточнён в статье 3." in answered
    assert "очень-очень-длинное-слово" in answered  # the justification, in full
    rejected = BeautifulSoup(
        client.get("/en/accounts/me/comments/?status=rejected").content, "html.parser"
    )
    [only] = rejected.select("li.account-item")
    assert "Не по теме." in words(only)
    assert rejected.select_one('nav.tabs a[aria-current="page"]').get_text() == "Not published (1)"
    for nonsense in ("nonsense", "", "published' OR 1=1"):
        response = client.get("/en/accounts/me/comments/", {"status": nonsense})
        assert response.status_code == 200
        assert len(BeautifulSoup(response.content, "html.parser").select("li.account-item")) == 4


def test_change_and_withdraw_disappear_once_the_consultation_closes(client, world):
    closed = timezone.now() - datetime.timedelta(days=1)
    ConsultationPage.objects.filter(pk=world["consultation"].pk).update(closes_at=closed)
    client.force_login(world["aigerim"])
    comments = section(client.get(ME), "my-comments")
    assert [actions(item) for item in comments.select("li.account-item")] == [[], [], []]


def test_what_i_follow_and_stopping_from_my_account(client, world):
    aigerim = world["aigerim"]
    client.force_login(aigerim)
    following = section(client.get(ME), "following")
    follows = following.select("li.account-item:not(.account-item--row)")
    assert [words(li.find("a")) for li in follows] == [
        "Заң жобасы 1",
        world["consultation"].title,
    ]
    assert "Bolat's draft" not in words(following)
    [area] = following.select("li.account-item--row")
    assert words(area).startswith(world["consultation"].legal_area.name)

    form = follows[0].find("form")
    back = form.find("input", attrs={"name": "next"})["value"]
    assert back == "/en/accounts/me/#following"
    response = client.post(form["action"], {"next": back})
    assert (response.status_code, response["Location"]) == (302, back)
    assert [f.consultation.title for f in Follow.objects.filter(person=aigerim)] == [
        world["consultation"].title
    ]
    messages = [str(m) for m in client.get(back).context["messages"]]
    assert messages == ["You no longer follow “Заң жобасы 1”."]

    form = area.find("form")
    client.post(form["action"], {"next": form.find("input", attrs={"name": "next"})["value"]})
    assert not AreaSubscription.objects.filter(person=aigerim).exists()


def test_stopping_a_follow_never_redirects_to_another_site(client, world):
    aigerim = world["aigerim"]
    client.force_login(aigerim)
    following = section(client.get(ME), "following")
    form = following.find("form")
    response = client.post(form["action"], {"next": "https://evil.example.com/"})
    assert response.status_code == 200  # the plain "unsubscribed" page, not a redirect
    assert Follow.objects.filter(person=aigerim).count() == 1


def test_my_organisations_show_my_role_my_request_and_the_requests_to_answer(client, world):
    client.force_login(world["aigerim"])
    organisations = section(client.get(ME), "my-organisations")
    items = [words(li) for li in organisations.select("li.account-item")]
    assert len(items) == 2
    represented = next(text for text in items if "Representative" in text)
    assert "1 person asks to join: answer the request" in represented
    assert "Manage" in represented and "Leave" in represented
    requested = next(text for text in items if "Asked to join" in text)
    assert "Withdraw the request" in requested
    assert "Your request waits for the answer of the organisation's representative." in requested


def test_another_persons_things_never_appear(client, world):
    client.force_login(world["aigerim"])
    for path in PAGES:
        html = client.get(f"/en{path}").content.decode()
        assert "Bolat" not in html
    client.force_login(world["bolat"])
    response = client.get(ME)
    html = response.content.decode()
    assert "Уточнить срок полномочий." not in html
    assert "Aigerim" not in html and "aigerim" not in html
    events = section(response, "my-events")
    assert all("Cancelled" in words(li) for li in events.select("li.account-item"))
    assert "Bolat's own remark" in words(section(response, "my-comments"))
    comments = client.get("/en/accounts/me/comments/?status=rejected")
    assert comments.context["comments"].paginator.count == 0


@pytest.mark.parametrize("group", ["Moderators", "Event managers"])
def test_staff_see_only_their_own_things_here_too(client, world, group):
    """Moderators and event managers work on everyone's comments and registrations in the
    admin; their My account is still only theirs."""
    client.force_login(staff_user(group))
    for path in PAGES:
        html = client.get(f"/en{path}").content.decode()
        assert "Уточнить срок полномочий." not in html
        assert "Bolat's own remark" not in html
        assert "account-item" not in html


def test_a_person_with_nothing_yet_is_told_where_to_start(client, world):
    client.force_login(UserFactory())
    response = client.get(ME)
    check_page(response.content.decode())
    assert "You are not registered for any coming event." in words(section(response, "my-events"))
    assert section(response, "my-events").find("a")["href"] == world["event_index"].url
    comments = section(response, "my-comments")
    assert "You have not commented on a draft law yet." in words(comments)
    assert comments.find("a")["href"] == world["consultation_index"].url
    assert "You do not follow any consultation." in words(section(response, "following"))
    assert "You do not belong to an organisation yet." in words(
        section(response, "my-organisations")
    )
    for path in PAGES[1:]:
        check_page(client.get(f"/en{path}").content.decode())


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_account_page_is_valid_html(client, world, language):
    client.force_login(world["aigerim"])
    for path in PAGES:
        response = client.get(f"/{language}{path}")
        assert response.status_code == 200
        check_page(response.content.decode())


def test_each_full_list_pages_on_its_own(client, world, settings):
    aigerim = world["aigerim"]
    add_to_my_account(world, aigerim, 10)  # 13 coming, 13 past registrations; 15 comments
    client.force_login(aigerim)
    events = section(client.get(ME), "my-events")
    assert len(events.select("li.account-item")) == 5 + 3
    assert events.find("a", string="All my registrations (26)")["href"] == "/en/accounts/me/events/"
    response = client.get("/en/accounts/me/events/", {"upcoming": "2", "past": "1"})
    upcoming, past = response.context["upcoming"], response.context["past"]
    assert (upcoming.number, len(upcoming), past.number, len(past)) == (2, 3, 1, 10)
    soup = BeautifulSoup(response.content, "html.parser")
    links = {a.get_text(): a["href"] for a in soup.select("nav.pagination a")}
    assert links == {
        "Previous": "?upcoming=1&past=1#upcoming-heading",
        "Next": "?upcoming=2&past=2#past-heading",
    }
    for nonsense in ("0", "x", "999", "-1"):
        response = client.get("/en/accounts/me/events/", {"upcoming": nonsense})
        assert response.status_code == 200
    comments = client.get("/en/accounts/me/comments/", {"page": "2"})
    assert (comments.context["comments"].number, len(comments.context["comments"])) == (2, 4)
    filtered = client.get("/en/accounts/me/comments/", {"status": "pending"})
    assert (
        filtered.context["comments"].paginator.count
        == Comment.objects.filter(author=aigerim, status="pending").count()
    )


def test_my_account_costs_the_same_queries_however_much_i_have(
    client, world, django_assert_num_queries
):
    """Measured with a little of everything, then held with twelve more of each (the
    numbers include the site's layout: menus, footer, session)."""
    aigerim = world["aigerim"]
    client.force_login(aigerim)
    for path in PAGES:  # once: what every worker keeps (the site's root paths, the menu)
        client.get(f"/ru{path}")
    measured = {}
    for path in PAGES:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/ru{path}").status_code == 200
        measured[path] = len(queries)
    add_to_my_account(world, aigerim, 12)
    for path in PAGES:
        with django_assert_num_queries(measured[path]):
            client.get(f"/ru{path}")
    # My account's own sections: registrations 4, comments 4, follows 4, organisations 1,
    # calendar 1, the action plan's follows 1; each full list 3 to 5; the rest is the layout
    # every account page has.
    assert measured["/accounts/me/"] - measured["/accounts/me/following/"] == 15 - 5
