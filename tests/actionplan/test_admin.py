"""Who may record progress and edit the plan in the admin (Wagtail's model permissions,
granted by actionplan/migrations/0002): the permission matrix, and the forms' answers."""

import pytest

from actionplan.models import Area, Measure, Plan, ProgressReport, Recommendation
from tests.accounts.test_two_factor import with_totp
from tests.factories import (
    OrganisationFactory,
    add_measures,
    make_plan,
    staff_user,
    state_body,
    translated,
    verified_member,
)

pytestmark = pytest.mark.django_db

ADD = "/admin/action-plan/progress/add/"
SECRETARIAT = "Action plan secretariat"


def inline_management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def report_form(measure, **fields):
    return {
        "measure": str(measure.pk),
        "status": "implemented",
        "reported_on": "2011-01-05",
        "done_kk": "",
        "done_ru": "Закон принят.",
        "done_en": "",
        **inline_management("materials"),
        **inline_management("links"),
        **fields,
    }


def person(kind):
    if kind == "anonymous":
        return None
    if kind == "NGO member":
        return verified_member()
    user = staff_user("Editors" if kind == "editor" else SECRETARIAT)
    with_totp(user)
    return user


@pytest.mark.parametrize(
    "kind, may_record",
    [("anonymous", False), ("NGO member", False), ("editor", False), ("secretariat", True)],
)
def test_only_the_secretariat_records_progress(client, homes, kind, may_record):
    plan = make_plan()
    measure = add_measures(plan, 1)[0]
    user = person(kind)
    if user is not None:
        client.force_login(user)
    form = client.get(f"{ADD}?measure={measure.pk}")
    posted = client.post(f"{ADD}?measure={measure.pk}", report_form(measure))
    reports = ProgressReport.objects.filter(measure=measure)
    if may_record:
        assert form.status_code == 200
        assert f'value="{measure.pk}"' in form.content.decode()  # the measure, chosen
        assert posted.status_code == 302
        report = reports.get()
        assert (report.status, report.done_ru, report.recorded_by) == (
            "implemented",
            "Закон принят.",
            user,
        )
        assert user.has_perm("actionplan.add_progressreport")
    else:
        assert form.status_code == 302 and posted.status_code == 302
        assert not reports.exists()
        if user is not None:
            assert not user.has_perm("actionplan.add_progressreport")


def test_the_measures_list_offers_to_record_progress_to_those_who_may(client, homes):
    plan = make_plan()
    measure = add_measures(plan, 1)[0]
    link = f"{ADD}?measure={measure.pk}"
    for kind, shown in (("editor", False), ("secretariat", True)):
        client.force_login(person(kind))
        page = client.get("/admin/action-plan/measures/")
        assert page.status_code == 200
        assert (link in page.content.decode()) is shown


def test_editors_keep_the_plans_and_the_secretariat_does_not(client, homes):
    client.force_login(person("editor"))
    assert client.get("/admin/action-plan/measures/add/").status_code == 200
    assert client.get("/admin/action-plan/plans/add/").status_code == 200
    client.force_login(person("secretariat"))
    assert client.get("/admin/action-plan/measures/add/").status_code == 302
    assert client.get("/admin/action-plan/plans/add/").status_code == 302


def test_a_report_the_form_refuses_is_said_so_and_nothing_is_saved(client, homes):
    plan = make_plan()
    measure = add_measures(plan, 1)[0]
    client.force_login(person("secretariat"))
    response = client.post(ADD, report_form(measure, reported_on="2999-01-01", done_ru=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert translated("ru", "A status is recorded as of today or an earlier date.") in html
    assert translated("ru", "Write what was done in at least one language.") in html
    assert not ProgressReport.objects.exists()


def test_an_area_with_measures_is_not_deleted_from_the_plans_form(client, homes):
    plan = make_plan(areas=["Бірінші", "Екінші"])
    first, second = plan.areas.order_by("sort_order")
    add_measures(plan, 1, area=first)
    client.force_login(person("editor"))
    data = {
        "slug": plan.slug,
        "start_year": "2009",
        "end_year": "2012",
        "adopted_on": "2009-05-05",
        "status": "in-force",
        "title_kk": plan.title_kk,
        "title_ru": "",
        "title_en": "",
        "summary_kk": "",
        "summary_ru": "",
        "summary_en": "",
        **inline_management("areas", total=2, initial=2),
    }
    for n, area in enumerate((first, second)):
        data.update(
            {
                f"areas-{n}-id": str(area.pk),
                f"areas-{n}-ORDER": str(n + 1),
                f"areas-{n}-title_kk": area.title_kk,
                f"areas-{n}-title_ru": "",
                f"areas-{n}-title_en": "",
            }
        )
    data["areas-0-DELETE"] = "on"  # the first area, which has a measure
    response = client.post(f"/admin/action-plan/plans/edit/{plan.pk}/", data)
    assert response.status_code == 200
    refusal = translated("ru", "The area “%(area)s” has measures: move them to another area first.")
    assert refusal.split("%(area)s")[-1].rstrip(".") in response.content.decode()
    assert Area.objects.filter(plan=plan).count() == 2
    # the area without measures goes
    del data["areas-0-DELETE"]
    data["areas-1-DELETE"] = "on"
    response = client.post(f"/admin/action-plan/plans/edit/{plan.pk}/", data)
    assert response.status_code == 302
    assert list(Plan.objects.get().areas.all()) == [first]


def test_an_editor_adds_a_measure_with_its_bodies_partners_and_un_recommendations(client, homes):
    plan = make_plan()
    area = plan.areas.get()
    justice = state_body("Әділет министрлігі")
    ngo = OrganisationFactory()
    upr = Recommendation.objects.create(mechanism="upr", text_en="Strengthen the Ombudsman.")
    client.force_login(person("editor"))
    data = {
        "plan": str(plan.pk),
        "area": str(area.pk),
        "number": "2.10",
        "deadline": "2010-12-31",
        "text_kk": "Заң жобаларын ҮЕҰ-мен талқылау.",
        "responsible_bodies": [str(justice.pk)],
        "co_implementers": [str(ngo.pk)],
        **inline_management("recommendation_links", total=1),
        **inline_management("consultation_links"),
        **inline_management("event_links"),
        "recommendation_links-0-recommendation": str(upr.pk),
        "recommendation_links-0-ORDER": "1",
        "recommendation_links-0-id": "",
    }
    for name in ("text_ru", "text_en", "expected_result_kk", "expected_result_ru"):
        data.setdefault(name, "")
    refused = client.post(
        "/admin/action-plan/measures/add/", {**data, "responsible_bodies": [str(ngo.pk)]}
    )
    assert refused.status_code == 200 and not Measure.objects.exists()  # an NGO is no state body
    assert client.post("/admin/action-plan/measures/add/", data).status_code == 302
    measure = Measure.objects.get()
    assert (measure.number, measure.order_key) == ("2.10", "000002.000010")
    assert list(measure.responsible_bodies.all()) == [justice]
    assert list(measure.co_implementers.all()) == [ngo]
    assert [link.recommendation for link in measure.recommendation_links.all()] == [upr]
