from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page, Site

from kenes.demo import content
from kenes.models import FooterText, HomePage, NewsPage
from partners.bin import is_valid_bin
from partners.models import Organisation
from partners.permissions import is_member_of_verified_organisation

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True)
def test_seed_demo_builds_the_site_in_three_languages_and_is_idempotent(client):
    call_command("seed_demo", stdout=StringIO())

    def counts():
        return (
            Page.objects.count(),
            get_user_model().objects.count(),
            FooterText.objects.count(),
            Organisation.objects.count(),
        )

    before = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == before
    assert sorted(HomePage.objects.values_list("locale__language_code", flat=True)) == [
        "en",
        "kk",
        "ru",
    ]
    assert NewsPage.objects.filter(locale__language_code="ru").count() == len(content.NEWS)
    shymkent = client.get("/en/news/shymkent-training-seminar-2015/")
    assert "150 representatives" in shymkent.content.decode()
    assert client.get("/ru/about/").status_code == 200
    assert Organisation.objects.filter(status="pending").count() == 2
    assert Organisation.objects.filter(kind="international", status="verified").count() == 6
    assert all(is_valid_bin(o.bin) for o in Organisation.objects.exclude(bin=None))
    ngo = get_user_model().objects.get(email="ngo@kenes.kz")
    assert is_member_of_verified_organisation(ngo)


@override_settings(DEBUG=True)
def test_seed_demo_creates_every_role_with_a_verified_email(client):
    call_command("seed_demo", stdout=StringIO())
    User = get_user_model()
    editor = User.objects.get(email="editor@kenes.kz")
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]
    assert User.objects.get(email="admin@kenes.kz").is_superuser
    ngo = User.objects.get(email="ngo@kenes.kz")
    assert not ngo.is_staff
    response = client.post(
        "/kk/accounts/login/", {"login": "ngo@kenes.kz", "password": content.DEMO_PASSWORD}
    )
    assert response.status_code == 302


@override_settings(DEBUG=False)
def test_seed_demo_refuses_without_debug():
    with pytest.raises(CommandError, match="DEBUG=1"):
        call_command("seed_demo")
    assert not get_user_model().objects.exists()


@override_settings(DEBUG=True, KENES_PRODUCTION=True)
def test_seed_demo_refuses_production_settings_even_with_debug():
    with pytest.raises(CommandError, match="production settings"):
        call_command("seed_demo")
    assert not get_user_model().objects.exists()


@override_settings(DEBUG=True)
def test_seed_demo_leaves_a_configured_site_alone():
    call_command("seed_demo", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    site.hostname = "kenes.example.kz"
    site.save()
    call_command("seed_demo", stdout=StringIO())
    assert Site.objects.get(is_default_site=True).hostname == "kenes.example.kz"
