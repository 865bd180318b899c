"""Sessions (core/sessions.py): Django's database sessions, read with one plain query."""

import datetime

import pytest
from django.contrib.sessions.backends.db import SessionStore as DjangoSessionStore
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.sessions import SessionStore
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_session_is_read_in_one_plain_query_and_a_signed_in_page_knows_its_person(client):
    person = UserFactory(full_name="Айгерим Сапарова")
    client.force_login(person)
    key = client.cookies["sessionid"].value
    store = SessionStore(key)
    with CaptureQueriesContext(connection) as queries:
        assert store["_auth_user_id"] == str(person.pk)
    (query,) = queries.captured_queries
    assert query["sql"].startswith('SELECT session_data FROM "django_session" WHERE')
    response = client.get("/ru/accounts/me/")
    assert response.status_code == 200
    assert response.context["user"] == person
    assert "Айгерим Сапарова" in response.content.decode()


def test_sessions_written_by_django_s_backend_carry_on_and_the_other_way_round(db):
    theirs = DjangoSessionStore()
    theirs["language"] = "kk"
    theirs.create()
    assert SessionStore(theirs.session_key)["language"] == "kk"
    ours = SessionStore()
    ours["language"] = "ru"
    ours.create()
    assert DjangoSessionStore(ours.session_key)["language"] == "ru"


def test_an_expired_or_unknown_session_reads_as_a_new_empty_one(db):
    store = SessionStore()
    store["language"] = "kk"
    store.create()
    old_key = store.session_key
    Session.objects.filter(session_key=old_key).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )
    for key in (old_key, "no-such-session-key-0123456789", "short", None):
        reread = SessionStore(key)
        assert reread.load() == {}
        assert reread.session_key is None  # saving makes a new key, never the old one
    reread = SessionStore(old_key)
    reread["language"] = "ru"
    reread.save()
    assert reread.session_key != old_key
