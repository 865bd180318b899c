"""A member comments on an article, a moderator publishes it and responds in the admin (with
their second factor), and the member sees the response and gets the email."""

import pytest
from django.core import mail

from consultations.models import Comment
from consultations.parsing import split_draft
from consultations.services import version_import, version_publish
from tests.accounts.test_two_factor import current_code, with_totp
from tests.factories import (
    PASSWORD,
    RUSSIAN_DRAFT,
    make_consultation,
    make_consultation_index,
    site_homes,
    staff_user,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sign_in(page, email):
    page.goto("/ru/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()


def test_comment_moderation_and_response(page):
    homes = site_homes()
    index = make_consultation_index(homes["kk"])
    translate(index, "ru", title="Обсуждения")
    consultation = make_consultation(index, title="Қоғамдық кеңестер туралы")
    russian = translate(consultation, "ru", title="Об общественных советах")
    version = version_import(
        consultation=consultation, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    version_publish(version=version, note="", by=None)
    member = verified_member(email="dana@ngo.kz", full_name="Дана Серікова")
    member.preferred_language = "ru"
    member.save()
    moderator = staff_user("Moderators", email="moderator@kenes.kz", preferred_language="ru")
    secret = with_totp(moderator)

    # The member comments on article 2 from its "Comment" button, by keyboard.
    sign_in(page, member.email)
    page.goto(russian.url)
    button = page.locator("#draft-heading ~ section a.button").nth(1)
    button.focus()
    page.keyboard.press("Enter")
    page.locator("#id_remark").fill("Предлагаем закрепить открытость заседаний.")
    page.locator("#id_justification").fill("Практика других стран.")
    page.locator("form.form button[type=submit]").click()
    assert "модератор" in page.locator("main").inner_text().lower()
    page.goto("/ru/accounts/me/")
    page.get_by_role("button", name="Выйти", exact=True).click()

    # The moderator publishes it and records the response.
    sign_in(page, moderator.email)
    page.locator("#id_code").fill(current_code(secret))
    page.locator("form.form button[type=submit]").first.click()
    page.goto("/admin/consultations/moderation/")
    page.locator("button[form^='publish-']").click()
    comment = Comment.objects.get()
    assert comment.status == "published"
    page.goto("/admin/consultations/moderation/?status=published")
    page.locator(f"#tick-{comment.pk}").check()
    page.locator("#id_decision").select_option("accepted")
    page.locator("#id_reasoning").fill("Учтено: статья 2 дополнена.")
    page.locator("#response button[type=submit]").click()
    assert comment.__class__.objects.get().response.decision == "accepted"

    # The member reads the response and has it by email.
    page.context.clear_cookies()
    page.goto(russian.url + "comments/")
    assert "Учтено: статья 2 дополнена." in page.locator("main").inner_text()
    response_mail = [m for m in mail.outbox if m.to == [member.email]][-1]
    assert "Учтено: статья 2 дополнена." in response_mail.body
