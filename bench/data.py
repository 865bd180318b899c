"""The bench's data set, added to a database that has the demo site (`seed_demo`): many
events, a consultation with many comments, and a seminar with few seats and many people
signed in to storm it. Run in the site's Django (see bench/run.py)."""

import datetime
import json
import uuid

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.utils import timezone

from accounts.models import User
from consultations.models import Comment, ConsultationPage
from core.sessions import SessionStore
from events.models import EventIndexPage, EventPage


def add_events(count: int) -> str:
    """`count` events in Kazakh and Russian; the address of the first."""
    index = EventIndexPage.objects.get(locale__language_code="kk")
    start = timezone.now() + datetime.timedelta(days=3)
    run = uuid.uuid4().hex[:6]
    first = None
    for n in range(count):
        event = index.add_child(
            instance=EventPage(
                title=f"Семинар {n}: адам құқықтары",
                slug=f"bench-{run}-{n}",
                kind="seminar",
                start=start + datetime.timedelta(hours=n),
                end=start + datetime.timedelta(hours=n + 2),
                intro="Оқыту семинары: адам құқықтарын қорғау тетіктері.",
                venue="Астана",
                languages=["kk", "ru"],
            )
        )
        first = first or event
    return first.url


def add_comments(count: int) -> str:
    """`count` more published comments on the demo's open consultation; its address."""
    model = Comment.objects.filter(status=Comment.Status.PUBLISHED).order_by("pk").first()
    consultation = ConsultationPage.objects.get(pk=model.consultation_id)
    Comment.objects.bulk_create(
        Comment(
            consultation=consultation,
            version=model.version,
            element=model.element,
            author=model.author,
            author_name=model.author_name,
            remark=f"Предлагаем уточнить формулировку, замечание {n}.",
            language="ru",
            status=Comment.Status.PUBLISHED,
            published_at=timezone.now(),
        )
        for n in range(count)
    )
    return consultation.url


def storm_event(seats: int) -> EventPage:
    index = EventIndexPage.objects.get(locale__language_code="kk")
    start = timezone.now() + datetime.timedelta(days=10)
    return index.add_child(
        instance=EventPage(
            title="Дөңгелек үстел: шторм",
            slug=f"storm-{uuid.uuid4().hex[:6]}",
            kind="round-table",
            start=start,
            end=start + datetime.timedelta(hours=2),
            intro="Орындар аз.",
            capacity=seats,
            access=EventPage.Access.SIGNED_IN,
            languages=["kk"],
        )
    )


def signed_in_people(count: int) -> list[str]:
    """`count` verified people, each with a session: the cookies their browsers send."""
    password = "!"  # no password: they only ever come with their session
    people = User.objects.bulk_create(
        User(
            email=f"storm-{uuid.uuid4().hex[:10]}@bench.example.kz",
            full_name=f"Қатысушы {n}",
            password=password,
        )
        for n in range(count)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=person, email=person.email, verified=True, primary=True)
        for person in people
    )
    cookies = []
    for person in people:
        session = SessionStore()
        session[SESSION_KEY] = str(person.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = person.get_session_auth_hash()
        session.create()
        cookies.append(session.session_key)
    return cookies


def build(*, events: int, comments: int, storm: int, seats: int) -> str:
    sample_event = add_events(events)
    consultation_url = add_comments(comments)
    event = storm_event(seats)
    return json.dumps(
        {
            "consultation": consultation_url,
            "event": event.url,
            "event_id": event.pk,
            "sessions": signed_in_people(storm),
            "sample_event": sample_event,
        }
    )
