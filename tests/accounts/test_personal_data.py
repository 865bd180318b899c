"""The personal data export and account deletion are complete by construction: every model
that points at a person (directly, or through their membership of an organisation) belongs to
one app's part (accounts/personal_data.py), which exports it or says why it does not."""

import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models

from accounts.personal_data import account_delete, parts
from partners.models import Membership

pytestmark = pytest.mark.django_db


def relations_to_a_person() -> dict[str, models.Field]:
    """{"app_label.Model.field": field} of every relation to a user or a membership, each
    named once by the model that declares it (a page's `owner` is wagtailcore.Page's)."""
    found = {}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if (
                field.is_relation
                and field.concrete
                and field.related_model in (get_user_model(), Membership)
            ):
                found[f"{field.model._meta.label}.{field.name}"] = field
    return found


def declared() -> list[str]:
    return [name for part in parts() for name in (*part.holds, *part.keeps)]


def test_every_relation_to_a_person_belongs_to_exactly_one_part():
    names = declared()
    assert sorted(set(names)) == sorted(relations_to_a_person())
    assert sorted(names) == sorted(set(names))  # none answered for twice


def test_every_part_has_a_name_of_its_own_and_a_reason_for_what_it_keeps():
    names = [part.name for part in parts()]
    assert len(names) == len(set(names))
    for part in parts():
        for relation, reason in part.keeps.items():
            assert len(reason) > 20, relation


def test_deleting_a_person_leaves_no_row_that_points_at_them():
    """Relations to a person are deleted with them or kept without them; only the audit log
    keeps the id of a deleted account (Wagtail's design), and only as a declared keep."""
    keeps = {name for part in parts() for name in part.keeps}
    for name, field in relations_to_a_person().items():
        on_delete = field.remote_field.on_delete
        if on_delete is models.DO_NOTHING:
            assert name in keeps and not field.db_constraint, name
        else:
            assert on_delete in (models.CASCADE, models.SET_NULL), name


def test_a_demo_account_exports_its_comments_follows_and_calendar(client, demo_site):
    person = get_user_model().objects.get(email="ngo@kenes.kz")
    client.force_login(person)
    data = json.loads(client.get("/ru/accounts/me/export/").content)
    assert set(data) == {part.name for part in parts()}
    assert data["account"]["email"] == "ngo@kenes.kz"
    assert data["email_addresses"] == [{"email": "ngo@kenes.kz", "verified": True, "primary": True}]
    assert data["organisations"][0]["role"] == "representative"
    assert {r["status"] for r in data["event_registrations"]} >= {"confirmed", "attended"}
    assert [c["status"] for c in data["comments"]].count("pending") == 1
    assert all(c["remark"] for c in data["comments"])
    (follow,) = data["follows"]
    assert follow["consultation"].startswith("«Қоғамдық кеңестер туралы» Заңға")
    assert len(data["legal_area_subscriptions"]) == 1
    assert data["calendar"]["address"].startswith("http://testserver/feeds/personal/")
    token = data["calendar"]["address"].rsplit("/", 1)[1].removesuffix(".ics")
    assert client.get(f"/feeds/personal/{token}.ics").status_code == 200


def test_a_deleted_demo_account_leaves_only_what_its_parts_keep(demo_site):
    person = get_user_model().objects.get(email="ngo2@kenes.kz")
    person_id = person.pk
    account_delete(user=person)
    holds = {name for part in parts() for name in part.holds}
    for name, field in relations_to_a_person().items():
        if field.related_model is not get_user_model():
            continue
        left = field.model._default_manager.filter(**{field.attname: person_id})
        if name in holds or field.remote_field.on_delete is not models.DO_NOTHING:
            assert not left.exists(), name
