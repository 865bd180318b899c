"""An NGO member assesses a measure (issue 17, part 2A), a moderator publishes it in the
shared moderation queue (with their second factor), and the dashboard lists the measure as
contested: the NGO says "partly implemented" where the official status is "implemented"."""

import datetime

import pytest

from actionplan.models import Assessment
from tests.accounts.test_two_factor import current_code, with_totp
from tests.factories import (
    PASSWORD,
    add_measures,
    make_action_plan_tracker,
    make_plan,
    report_progress,
    site_homes,
    staff_user,
    translate,
    verified_member,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sign_in(page, email):
    page.goto("/en/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()


def test_an_ngo_assessment_published_by_a_moderator_makes_the_measure_contested(page):
    homes = site_homes()
    tracker = make_action_plan_tracker(homes["kk"])
    translate(tracker, "en", title="National Action Plan", slug="action-plan")
    plan = make_plan()
    measure = add_measures(plan, 1)[0]
    report_progress(measure, "implemented", datetime.date(2010, 3, 1))
    member = verified_member(email="dana@ngo.kz", full_name="Dana Serikova")
    member.preferred_language = "en"
    member.save()
    moderator = staff_user("Moderators", email="moderator@kenes.kz", preferred_language="en")
    secret = with_totp(moderator)

    # The member assesses measure 1.1 from its page.
    sign_in(page, member.email)
    page.goto("/en/action-plan/2009-2012/measures/1-1/")
    page.get_by_role("link", name="Assess this measure").click()
    page.locator("#id_assessed_status").select_option("partly-implemented")
    page.locator("#id_observed").fill("Only two regions of fourteen apply the new rule.")
    page.locator("#id_links").fill("https://example.org/monitoring-2010")
    page.locator("form.form button[type=submit]").click()
    assert "moderator" in page.locator("main").inner_text()
    assert Assessment.objects.get().status == "pending"
    page.context.clear_cookies()

    # The moderator publishes it in the moderation queue, among assessments.
    sign_in(page, moderator.email)
    page.locator("#id_code").fill(current_code(secret))
    page.locator("form.form button[type=submit]").first.click()
    page.goto("/admin/consultations/moderation/")
    page.locator("#id_kind").select_option("assessments")
    page.locator("form[role=search] button[type=submit]").click()
    page.locator("form[action$='/publish/'] button[type=submit]").click()
    assert Assessment.objects.get().status == "published"

    # Anyone sees the measure contested on the dashboard, and the NGO's view on its page.
    page.context.clear_cookies()
    page.goto("/en/action-plan/2009-2012/")
    contested = page.locator("section[aria-labelledby=contested-heading]")
    assert "1.1" in contested.inner_text()
    page.goto("/en/action-plan/2009-2012/measures/1-1/")
    section = page.locator("section.ngo-assessments").inner_text()
    assert "Only two regions of fourteen" in section and "Partly implemented" in section
