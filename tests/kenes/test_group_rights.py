"""Each staff group has the admin rights its job needs and no more: a matrix of groups ×
admin sections, each cell opened by a member of the group (with two-factor, as staff are)."""

import pytest

from tests.accounts.test_two_factor import with_totp
from tests.factories import make_material, staff_user

pytestmark = pytest.mark.django_db

SECTIONS = {
    "pages": "/admin/pages/",
    "documents": "/admin/documents/",
    "images": "/admin/images/",
    "comments": "/admin/consultations/moderation/",
    "events": "/admin/events/",
    "organisations": "/admin/partners_organisation/",
    "users": "/admin/users/",
    "action plan": "/admin/action-plan/measures/",
    "progress reports": "/admin/action-plan/progress/add/",
}
# What each group's job needs: editors publish pages and keep the library; moderators answer
# comments; event managers run registrations and upload their events' materials; commission
# administrators verify organisations; the action plan's secretariat records its progress.
MATRIX = {
    "Editors": {"pages", "documents", "images", "action plan"},
    "Moderators": {"comments"},
    "Event managers": {"events", "documents"},
    "Commission administrators": {"organisations"},
    "Action plan secretariat": {"action plan", "progress reports"},
}


def opens(client, url) -> bool:
    response = client.get(url)
    return response.status_code == 200


@pytest.mark.parametrize("group", list(MATRIX))
def test_each_group_opens_only_the_sections_its_job_needs(client, homes, group):
    person = staff_user(group)
    with_totp(person)
    client.force_login(person)
    assert client.get("/admin/").status_code == 200
    allowed = {name for name, url in SECTIONS.items() if opens(client, url)}
    assert allowed == MATRIX[group]


def test_moderators_cannot_open_a_library_document_not_even_the_staff_only_one(client, homes):
    material = make_material(title="Внутренние правила модерации", access="staff")
    moderator = staff_user("Moderators")
    with_totp(moderator)
    client.force_login(moderator)
    for url in (f"/admin/documents/edit/{material.pk}/", "/admin/documents/multiple/add/"):
        assert client.get(url).status_code == 302  # Wagtail: back to the dashboard
    editor = staff_user("Editors")
    with_totp(editor)
    client.force_login(editor)
    assert client.get(f"/admin/documents/edit/{material.pk}/").status_code == 200


def test_event_managers_upload_materials_and_change_only_their_own(client, homes):
    """The event's materials screen sends event managers to Documents to upload: they may
    add a material and change what they uploaded, not the rest of the library."""
    someone_elses = make_material(title="Доклад 2015", access="public")
    manager = staff_user("Event managers")
    with_totp(manager)
    client.force_login(manager)
    assert client.get("/admin/documents/multiple/add/").status_code == 200
    assert client.get(f"/admin/documents/edit/{someone_elses.pk}/").status_code == 302
    own = make_material(title="Слайдтар", uploaded_by_user=manager)
    assert client.get(f"/admin/documents/edit/{own.pk}/").status_code == 200
