"""Editors work in the Wagtail admin in Russian or English and edit pages in every language."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail.test.utils.form_data import rich_text

from tests.accounts.test_two_factor import with_totp
from tests.factories import make_standard_page, staff_user, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = staff_user("Editors", preferred_language="kk")
    with_totp(user)
    client.force_login(user)
    return user


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_editor_edits_and_publishes_a_page_in_each_language(client, homes, editor, code):
    page = homes[code]
    edit_url = f"/admin/pages/{page.pk}/edit/"
    response = client.get(edit_url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    data = {
        field["name"]: field.get("value", "")
        for field in soup.select("form#page-edit-form input[name]")
        if field.get("type") not in {"checkbox", "submit", "file"}
    }
    data.update(
        {
            "title": f"Edited {code}",
            "slug": page.slug,
            "intro": rich_text("<p>Жаңартылған</p>"),
            "action-publish": "1",
        }
    )
    response = client.post(edit_url, data)
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(
        ".error-message"
    )
    page.refresh_from_db()
    assert page.title == f"Edited {code}"
    assert f"Edited {code}" in client.get(f"/{code}/").content.decode()


def test_admin_speaks_russian_to_a_kazakh_speaking_editor(client, homes, editor):
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="kk")
    assert '<html lang="ru"' in response.content.decode()


def test_admin_speaks_english_when_the_browser_asks_for_it(client, homes, editor):
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="en"' in response.content.decode()


def test_editor_creates_a_translation_with_wagtail_localize(client, homes, editor):
    about = make_standard_page(homes["kk"], title="Комиссия туралы", slug="about")
    url = f"/admin/localize/submit/page/{about.pk}/"
    assert client.get(url).status_code == 200
    russian = Locale.objects.get(language_code="ru")
    response = client.post(url, {"locales": [russian.pk]})
    assert response.status_code == 302
    translation = about.get_translation(russian)
    assert (translation.title, translation.live) == ("Комиссия туралы", False)  # to translate
    assert response["Location"] == f"/admin/pages/{translation.pk}/edit/"


def test_administrator_creates_a_user_with_a_full_name_in_the_admin(client, homes):
    admin = staff_user(None, is_superuser=True)
    with_totp(admin)
    client.force_login(admin)
    assert client.get("/admin/users/new/").status_code == 200
    response = client.post(
        "/admin/users/new/",
        {
            "email": "new.editor@kenes.kz",
            "full_name": "Жаңа редактор",
            "preferred_language": "ru",
            "password1": "Redaktor-2026-pass",
            "password2": "Redaktor-2026-pass",
        },
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="new.editor@kenes.kz")
    assert user.full_name == "Жаңа редактор"


def test_translated_page_is_listed_in_its_own_locale(client, homes, editor):
    about = make_standard_page(homes["kk"], title="Комиссия туралы", slug="about")
    translate(about, "en", title="About")
    response = client.get(f"/admin/pages/{homes['en'].pk}/")
    assert "About" in response.content.decode()


def test_administrator_lists_and_edits_users_by_full_name(client, homes):
    admin = staff_user(None, is_superuser=True)
    with_totp(admin)
    person = staff_user("Editors", full_name="Мария Ким")
    client.force_login(admin)
    listing = client.get("/admin/users/")
    assert listing.status_code == 200
    assert "Мария Ким" in listing.content.decode()
    edit = client.get(f"/admin/users/edit/{person.pk}/")
    assert edit.status_code == 200
    assert 'name="full_name"' in edit.content.decode()
    assert 'name="first_name"' not in edit.content.decode()


def test_staff_change_their_name_in_the_admin_but_not_their_email(client, homes, editor):
    page = client.get("/admin/account/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="name_language-full_name"' in html
    assert "name_email-email" not in html
    soup = BeautifulSoup(page.content, "html.parser")
    form = soup.find("input", attrs={"name": "name_language-full_name"}).find_parent("form")
    data = {
        field["name"]: field.get("value", "")
        for field in form.find_all("input", attrs={"name": True})
        if field.get("type") not in {"checkbox", "submit", "file", "radio"}
    }
    for select in form.find_all("select"):
        chosen = select.find("option", selected=True) or select.find("option")
        data[select["name"]] = chosen.get("value", "") if chosen else ""
    for radio in form.find_all("input", attrs={"type": "radio", "checked": True}):
        data[radio["name"]] = radio["value"]
    data.update({"name_language-full_name": "Данияр Сапаров", "name_email-email": "x@evil.kz"})
    response = client.post("/admin/account/", data)
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.full_name == "Данияр Сапаров"
    assert editor.email != "x@evil.kz"


def test_anonymous_visitor_cannot_open_the_admin_account_page(client, homes):
    response = client.get("/admin/account/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
