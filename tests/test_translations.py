"""The kk and ru catalogues are complete, and a Kazakh visitor reads Kazakh throughout."""

import datetime
from pathlib import Path

import polib
import pytest
from django.utils import timezone

from consultations.models import Comment, ConsultationPage, DraftElement, Response
from consultations.parsing import split_draft
from consultations.services import comment_create, report_publish, version_import, version_publish
from events.models import Registration
from events.services import registration_create
from tests.checks import english_on_page, visible_text
from tests.factories import (
    ACCOUNT_PAGES,
    KAZAKH_DRAFT,
    PASSWORD,
    RUSSIAN_DRAFT,
    SIGNED_IN_ACCOUNT_PAGES,
    UserFactory,
    make_consultation,
    make_consultation_index,
    make_event,
    verified_member,
)

BASE_DIR = Path(__file__).resolve().parents[1]
CATALOGUES = [
    BASE_DIR / "locale" / "kk" / "LC_MESSAGES" / "django.po",
    BASE_DIR / "locale" / "ru" / "LC_MESSAGES" / "django.po",
    BASE_DIR / "locale_vendor" / "allauth" / "kk" / "LC_MESSAGES" / "django.po",
    BASE_DIR / "locale_vendor" / "django" / "kk" / "LC_MESSAGES" / "django.po",
    BASE_DIR / "locale_vendor" / "wagtail" / "kk" / "LC_MESSAGES" / "django.po",
]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(BASE_DIR)))
def test_catalogue_is_complete(path):
    catalogue = polib.pofile(str(path))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert path.with_suffix(".mo").exists(), "run `make install` (compilemessages)"


def test_english_catalogue_lists_every_string():
    english = polib.pofile(str(BASE_DIR / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    kazakh = polib.pofile(str(BASE_DIR / "locale" / "kk" / "LC_MESSAGES" / "django.po"))
    assert {e.msgid for e in english} == {e.msgid for e in kazakh}


@pytest.mark.django_db
@pytest.mark.parametrize("url", ACCOUNT_PAGES)
def test_kazakh_account_pages_show_no_english(client, homes, url):
    assert english_on_page(client.get(url)) == []


@pytest.mark.django_db
@pytest.mark.parametrize("url", SIGNED_IN_ACCOUNT_PAGES)
def test_kazakh_pages_of_a_signed_in_person_show_no_english(client, homes, url):
    user = UserFactory()
    client.post("/kk/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert english_on_page(client.get(url)) == []


@pytest.mark.django_db
def test_kazakh_signup_errors_are_kazakh(client, homes):
    response = client.post(
        "/kk/accounts/signup/",
        {"email": "bad", "password1": "1", "password2": "2", "full_name": ""},
    )
    text = visible_text(response)
    for english in (
        "This field is required",
        "Enter a valid email",
        "You must type the same",
        "This password is too short",
        "Your password can’t be entirely numeric",
    ):
        assert english not in text


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/kk/", "/kk/partners/", "/kk/partners/?kind=international"])
def test_kazakh_public_pages_show_no_english(client, homes, url):
    assert english_on_page(client.get(url)) == []


@pytest.mark.django_db
def test_kazakh_event_pages_show_no_english(client, event_index):

    event = make_event(
        event_index,
        capacity=1,
        seats_per_organisation=2,
        is_online=True,
        join_url="https://meet.example.kz/x",
        questions=[
            (
                "choice",
                {"label": "Секция", "help_text": "", "required": True, "choices": ["А", "Б"]},
            ),
            ("yes_no", {"label": "Қонақ үй керек пе?", "help_text": "", "required": False}),
        ],
    )
    seminar = make_event(
        event_index,
        title="Семинар",
        kind="seminar",
        start=timezone.now() - datetime.timedelta(days=3),
        training_hours=24,
    )
    representative = verified_member()
    organisation = representative.memberships.get().organisation
    organisation.memberships.update(role="representative")
    waiting = verified_member(organisation=organisation)
    registration_create(event=event, person=representative, organisation=organisation)
    registration_create(event=event, person=waiting, organisation=organisation)
    Registration.objects.create(event=seminar, person=representative, status="attended")
    assert english_on_page(client.get("/kk/events/")) == []
    assert english_on_page(client.get("/kk/events/?period=past")) == []
    assert english_on_page(client.get(event.url)) == []
    for person in (representative, waiting):
        client.post("/kk/accounts/login/", {"login": person.email, "password": PASSWORD})
        for url in (event.url, event.url + "register/", seminar.url, seminar.url + "certificate/"):
            assert english_on_page(client.get(url)) == [], url
        client.post(event.url + "register/", {})  # errors in Kazakh too
        registration = Registration.objects.filter(person=person, event=event).first()
        assert (
            english_on_page(client.get(f"{event.url}registrations/{registration.pk}/cancel/")) == []
        )


@pytest.mark.django_db
def test_kazakh_consultation_pages_show_no_english(client, homes):

    index = make_consultation_index(homes["kk"])
    page = make_consultation(index)
    for language, text in (("ru", RUSSIAN_DRAFT), ("kk", KAZAKH_DRAFT)):
        version = version_import(
            consultation=page, language=language, elements=split_draft(text), by=None
        )
    version_publish(version=version, note="", by=None)
    person = verified_member()
    article = DraftElement.objects.get(kind="article", number="2")
    comment = comment_create(
        consultation=page,
        element=article,
        person=person,
        organisation=person.memberships.get().organisation,
        remark="Ескертпе",
        justification="Негіздеме",
    )
    client.post("/kk/accounts/login/", {"login": person.email, "password": PASSWORD})
    for url in (
        "/kk/consultations/",
        page.url,
        page.url + "comments/",
        f"{page.url}comment/{article.key}/",
        f"{page.url}comments/{comment.pk}/withdraw/",
    ):
        assert english_on_page(client.get(url)) == [], url
    Comment.objects.update(status="published")
    Response.objects.create(comment=comment, decision="partly", reasoning="Ішінара.")
    ConsultationPage.objects.filter(pk=page.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    report_publish(consultation=ConsultationPage.objects.get(pk=page.pk), by=None)
    assert english_on_page(client.get(page.url + "report/")) == []
    assert english_on_page(client.get(page.url)) == []
