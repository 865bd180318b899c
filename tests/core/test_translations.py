"""Translated pages share the original's facts: read-only on a translation, synchronised for
wagtail-localize, and copied on publishing as a revision that says who changed them."""

import datetime

import pytest
from wagtail.models import PageLogEntry
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from consultations.models import ConsultationPage
from core.translations import SHARED_FIELDS_ACTION, page_in
from events.models import EventPage
from tests.accounts.test_two_factor import with_totp
from tests.factories import (
    make_event,
    staff_user,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(event_index):
    translate(event_index, "ru", title="Мероприятия")
    return make_event(event_index, title="Дөңгелек үстел", capacity=30)


@pytest.fixture
def editor():
    editor = staff_user("Editors")
    with_totp(editor)
    return editor


def test_a_new_date_reaches_the_translation_as_a_revision_by_the_publisher(event, editor):
    russian = translate(event, "ru", title="Круглый стол")
    new_start = event.start + datetime.timedelta(days=7)
    event.start, event.end = new_start, new_start + datetime.timedelta(hours=3)
    event.capacity = 40
    event.save_revision(user=editor).publish(user=editor)

    russian = EventPage.objects.get(pk=russian.pk)
    assert (russian.start, russian.capacity) == (new_start, 40)
    assert russian.title == "Круглый стол"  # its own words stay
    revision = russian.latest_revision
    assert revision.user == editor
    assert revision.as_object().start == new_start
    assert russian.live_revision == revision
    assert not russian.has_unpublished_changes
    (entry,) = PageLogEntry.objects.filter(page=russian, action=SHARED_FIELDS_ACTION)
    assert entry.user == editor
    assert entry.revision == revision


def test_a_translation_with_a_draft_keeps_its_draft_with_the_new_date(event, editor):
    russian = translate(event, "ru", title="Круглый стол")
    russian.title = "Круглый стол (черновик)"
    russian.save_revision(user=editor)
    new_start = event.start + datetime.timedelta(days=2)
    event.start, event.end = new_start, new_start + datetime.timedelta(hours=3)
    event.save_revision(user=editor).publish(user=editor)

    russian = EventPage.objects.get(pk=russian.pk)
    assert russian.start == new_start  # what visitors see now
    assert russian.title == "Круглый стол"
    assert russian.has_unpublished_changes
    draft = russian.get_latest_revision_as_object()
    assert (draft.title, draft.start) == ("Круглый стол (черновик)", new_start)


def test_publishing_without_a_change_of_shared_facts_leaves_the_translations_alone(event):
    russian = translate(event, "ru", title="Круглый стол")
    revisions = russian.revisions.count()
    event.intro = "Жаңа сипаттама."
    event.save_revision().publish()
    assert EventPage.objects.get(pk=russian.pk).revisions.count() == revisions


@pytest.mark.parametrize("model", [EventPage, ConsultationPage])
def test_wagtail_localize_synchronises_the_shared_fields_and_lets_nobody_override_them(model):
    fields = {field.field_name: field for field in get_translatable_fields(model)}
    for name in model.shared_fields:
        assert isinstance(fields[name], SynchronizedField), name
        assert fields[name].overridable is False, name
    assert not isinstance(fields["title"], SynchronizedField)


def test_a_page_in_a_language_is_its_live_translation_else_the_page(event):
    assert page_in(event, "ru") == event  # not translated yet
    russian = translate(event, "ru", title="Круглый стол")
    assert page_in(event, "ru") == russian
    assert page_in(russian, "kk") == event
    EventPage.objects.get(pk=russian.pk).unpublish()
    assert page_in(event, "ru") == event


def test_shared_fields_are_read_only_on_a_translation(event_index):
    translate(event_index, "ru", title="Мероприятия")
    event = make_event(event_index)
    russian = translate(event, "ru", title="Круглый стол")
    form_class = EventPage.get_edit_handler().get_form_class()
    assert form_class(instance=russian, for_user=None).fields["capacity"].disabled
    assert form_class(instance=russian, for_user=None).fields["title"].disabled is False
    assert not form_class(instance=event, for_user=None).fields["capacity"].disabled
