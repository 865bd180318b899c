"""The library in the Wagtail admin.

An editor uploads materials: files are judged by their content, so a web page renamed `.pdf`,
an SVG with a script, a program or a file over the size limit is refused with a message saying
why and nothing is stored; a real PDF with a messy name is stored under a clean one.

An event manager sends an event's materials to its participants from the event's "Materials"
screen: one email per participant, in their language, once per new material.
"""

import os
import re
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.messages import get_messages
from django.core import mail
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection, UploadedFile
from wagtail.users.models import UserProfile

from events.models import Registration
from library.models import Announcement, Material
from tests.accounts.test_two_factor import with_totp
from tests.factories import (
    UserFactory,
    make_event,
    make_library,
    make_material,
    make_pdf,
    staff_user,
    translate,
    translated,
)

pytestmark = pytest.mark.django_db

HTML_REFUSED = (
    "This file is a web page (HTML), which could run code in visitors' browsers. "
    "Upload a PDF or an office document instead."
)
SVG_REFUSED = "SVG images can carry scripts and are not accepted. Upload PNG or JPEG."
PROGRAM_REFUSED = "Programs and scripts are not accepted."

HTML = b"<html><head><title>Report</title></head><body><script>alert(document.cookie)</script>"
SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.cookie)</script></svg>"
)


def admin_user(group=None, **fields):
    """Staff with two-factor authentication, reading the admin in English."""
    user = staff_user(group, **fields)
    with_totp(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def editor(client):
    user = admin_user(is_superuser=True)
    client.force_login(user)
    return user


def stored_files() -> set[str]:
    storage = storages["library"]
    if not storage.exists("documents"):
        return set()
    return set(storage.listdir("documents")[1])


def upload(client, name, content, **fields):
    data = {
        "title": "Адам құқықтары",
        "file": SimpleUploadedFile(name, content),
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
        "description": "",
        "language": "kk",
        "translation_of": "",
        "kind": "handbook",
        "published_on": "",
        "source": "",
        "access": "public",
        "event": "",
        "is_listed": "on",
        **fields,
    }
    return client.post(reverse("wagtaildocs:add"), data)


def file_errors(response) -> list[str]:
    """The errors shown under the file field."""
    assert response.status_code == 200  # the form again, not a redirect
    with translation.override("en"):
        errors = [" ".join(str(error).split()) for error in response.context["form"].errors["file"]]
    page = " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())
    for error in errors:
        assert error in page
    return errors


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("report.pdf", HTML, HTML_REFUSED, id="web page renamed .pdf"),
        pytest.param("drawing.svg", SVG, SVG_REFUSED, id="SVG"),
        pytest.param("logo.png", SVG, SVG_REFUSED, id="SVG renamed .png"),
        pytest.param("setup.pdf", b"MZ\x90\x00" + b"\x00" * 200, PROGRAM_REFUSED, id="program"),
    ],
)
def test_dangerous_files_are_refused_and_nothing_is_stored(client, editor, name, content, message):
    before = stored_files()

    response = upload(client, name, content)

    assert file_errors(response) == [message]
    assert Material.objects.count() == 0
    assert stored_files() == before


@override_settings(LIBRARY_MAX_UPLOAD_SIZE=1000)
def test_a_file_over_the_limit_is_refused(client, editor):
    pdf = make_pdf()
    before = stored_files()

    response = upload(client, "handbook.pdf", pdf)

    with translation.override("en"):
        size, limit = filesizeformat(len(pdf)), filesizeformat(1000)
    message = f"The file is {size}; the limit is {limit}."
    assert file_errors(response) == [message.replace("\xa0", " ")]
    assert Material.objects.count() == 0
    assert stored_files() == before


def test_a_pdf_with_a_messy_name_is_stored_under_a_clean_one(client, editor):
    pdf = make_pdf("Адам құқықтары")

    response = upload(client, "../Адам құқықтары (2024).PDF", pdf, access="members")

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtaildocs:index")
    material = Material.objects.get()
    assert re.fullmatch(r"documents/Адам_құқықтары_2024(_\w{7})?\.pdf", material.file.name)
    assert material.access == "members"
    assert material.uploaded_by_user == editor
    with material.open_file() as stored:
        assert stored.read() == pdf
    assert os.path.dirname(storages["library"].path(material.file.name)) == storages[
        "library"
    ].path("documents")


def test_replacing_a_file_with_a_web_page_is_refused_and_the_old_file_kept(client, editor):
    material = make_material(title="Адам құқықтары", filename="adam.pdf")
    with material.open_file() as stored:
        original = stored.read()
    data = {
        "title": material.title,
        "file": SimpleUploadedFile("report.pdf", HTML),
        "collection": material.collection_id,
        "tags": "",
        "description": "",
        "language": "kk",
        "translation_of": "",
        "kind": "handbook",
        "published_on": "",
        "source": "",
        "access": "public",
        "event": "",
        "is_listed": "on",
    }

    response = client.post(reverse("wagtaildocs:edit", args=[material.pk]), data)

    assert file_errors(response) == [HTML_REFUSED]
    material.refresh_from_db()
    with material.open_file() as stored:
        assert stored.read() == original


def test_a_material_for_participants_needs_its_event(client, editor):
    response = upload(client, "slides.pdf", make_pdf(), access="participants")

    assert response.status_code == 200
    with translation.override("en"):
        assert [str(error) for error in response.context["form"].errors["event"]] == [
            "Choose the event whose participants may download this material."
        ]
    assert Material.objects.count() == 0


# --- Several files at once --------------------------------------------------------------------


def upload_several(client, name, content):
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile(name, content), "collection": ""},
    )
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("report.pdf", HTML, HTML_REFUSED, id="web page renamed .pdf"),
        pytest.param("logo.png", SVG, SVG_REFUSED, id="SVG renamed .png"),
    ],
)
def test_dangerous_files_are_refused_by_the_multiple_uploader(
    client, editor, name, content, message
):
    before = stored_files()

    answer = upload_several(client, name, content)

    assert answer == {"success": False, "error_message": message}
    assert Material.objects.count() == 0
    assert UploadedFile.objects.count() == 0
    assert stored_files() == before


def test_multiple_uploader_stores_a_pdf_under_a_clean_name(client, editor):
    """Several files at once carry only their title: each becomes a material at once, with
    the safe defaults (members only), in the library's storage; nothing waits in MEDIA_ROOT
    under a guessable name."""
    pdf = make_pdf("Адам құқықтары")

    answer = upload_several(client, "../Адам құқықтары (2024).PDF", pdf)

    assert answer["success"] is True
    assert UploadedFile.objects.count() == 0
    material = Material.objects.get(pk=answer["doc_id"])
    assert re.fullmatch(r"documents/Адам_құқықтары_2024(_\w{7})?\.pdf", material.file.name)
    assert material.access == "members" and material.language == "kk"
    with material.open_file() as stored:
        assert stored.read() == pdf


# --- Sending an event's materials to its participants ----------------------------------------


@pytest.fixture
def seminar(homes, event_index):
    """A past seminar in Kazakh and Russian with its slides, the library in both languages,
    and one person of each registration status."""
    library = make_library(homes["kk"])
    libraries = {"kk": library, "ru": translate(library, "ru", title="Библиотека")}
    event = make_event(event_index, title="Семинар Шымкент", slug="shymkent", starts_in_days=-2)
    translate(event_index, "ru", title="Мероприятия")
    translate(event, "ru", title="Семинар в Шымкенте")
    people = {
        "confirmed": UserFactory(preferred_language="ru"),
        "attended": UserFactory(preferred_language="kk"),
        "waitlisted": UserFactory(preferred_language="ru"),
        "cancelled": UserFactory(preferred_language="kk"),
    }
    for status, person in people.items():
        Registration.objects.create(event=event, person=person, status=status)
    slides = make_material(
        title="Слайдтар", access="participants", event=event, filename="slides.pdf"
    )
    return {"event": event, "libraries": libraries, "people": people, "materials": [slides]}


def materials_url(event):
    return reverse("library_admin:event_materials", args=[event.pk])


def messages_of(response):
    return [(message.level_tag, message.message) for message in get_messages(response.wsgi_request)]


def send(client, event, capture):
    """Press "Send" (the emails go once the request's transaction commits); the screen is then
    shown again, with the message."""
    with capture(execute=True):
        response = client.post(materials_url(event))
    if response.status_code == 302 and response["Location"] == materials_url(event):
        client.get(response["Location"])  # shows, and so uses up, the message
    return response


@pytest.fixture
def manager(client):
    user = admin_user("Event managers")
    client.force_login(user)
    return user


def test_manager_sees_the_materials_and_the_participants(client, manager, seminar):
    response = client.get(materials_url(seminar["event"]))

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = [[cell.get_text() for cell in row.select("td")] for row in soup.select("tbody tr")]
    assert rows == [["Слайдтар", "Қазақша", "Participants of one event"]]
    assert " ".join(soup.select_one("main form p").get_text().split()) == (
        "Email the list of materials to the 2 participants (confirmed or checked in), "
        "each in their language."
    )


def test_each_participant_gets_one_email_in_their_language(
    client, manager, seminar, django_capture_on_commit_callbacks
):
    mail.outbox.clear()

    response = send(client, seminar["event"], django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == materials_url(seminar["event"])
    assert messages_of(response) == [("success", "The materials are being sent to 2 participants.")]
    people = seminar["people"]
    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == sorted([people["confirmed"].email, people["attended"].email])
    assert len(mail.outbox) == 2
    slides = seminar["materials"][0]
    for status, code, title in [
        ("confirmed", "ru", "Семинар в Шымкенте"),
        ("attended", "kk", "Семинар Шымкент"),
    ]:
        message = by_address[people[status].email]
        assert message.subject == translated(code, "Materials of “%(title)s”") % {"title": title}
        library_link = f"http://testserver/{code}/library/{slides.pk}/"
        assert f"- Слайдтар (PDF): {library_link}" in message.body.splitlines()
    announcement = Announcement.objects.get()
    assert announcement.recipients == 2
    assert announcement.sent_by == manager
    assert list(announcement.materials.all()) == [slides]


def test_sending_again_needs_a_new_material(
    client, manager, seminar, django_capture_on_commit_callbacks
):
    event = seminar["event"]
    send(client, event, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    again = send(client, event, django_capture_on_commit_callbacks)

    sent_at = Announcement.objects.get().sent_at
    today = sent_at.astimezone(ZoneInfo(settings.TIME_ZONE)).date().isoformat()
    assert messages_of(again) == [
        (
            "error",
            f"These materials were already sent on {today}. Add new ones to send again.",
        )
    ]
    assert mail.outbox == []
    assert Announcement.objects.count() == 1

    make_material(title="Қорытынды", access="participants", event=event, filename="summary.pdf")
    after_new_material = send(client, event, django_capture_on_commit_callbacks)

    assert messages_of(after_new_material)[0][0] == "success"
    assert len(mail.outbox) == 2
    assert Announcement.objects.count() == 2


def test_an_event_without_materials_has_nothing_to_send(
    client, manager, event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, title="Дөңгелек үстел")
    Registration.objects.create(event=event, person=UserFactory(), status="confirmed")
    mail.outbox.clear()

    response = send(client, event, django_capture_on_commit_callbacks)

    assert messages_of(response) == [
        ("error", "This event has no materials yet. Upload them first.")
    ]
    assert mail.outbox == []


@pytest.mark.parametrize("who", ["anonymous", "editor without the permission"])
def test_people_without_the_permission_cannot_send(
    client, seminar, who, django_capture_on_commit_callbacks
):
    if who != "anonymous":
        client.force_login(admin_user("Editors"))
    mail.outbox.clear()

    opened = client.get(materials_url(seminar["event"]))
    sent = send(client, seminar["event"], django_capture_on_commit_callbacks)

    for response in (opened, sent):
        assert response.status_code == 302
        if who == "anonymous":
            assert response["Location"].startswith("/kk/accounts/login/?next=/admin/")
        else:
            assert response["Location"] == "/admin/"
    assert mail.outbox == []
    assert Announcement.objects.count() == 0


def test_deleting_a_material_in_the_admin_deletes_its_file(
    client, homes, django_capture_on_commit_callbacks
):
    material = make_material(access="members")
    name = material.file.name
    assert storages["library"].exists(name)
    client.force_login(admin_user(is_superuser=True))
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail deletes it in a task
        response = client.post(reverse("wagtaildocs:delete", args=[material.pk]))
    assert response.status_code == 302
    assert not storages["library"].exists(name)
