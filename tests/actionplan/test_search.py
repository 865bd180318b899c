"""The site search finds the measures of published plans, in any language's words, and
links each to its page under the tracker in the visitor's language."""

import pytest

from actionplan.models import Measure
from tests.factories import make_plan

pytestmark = pytest.mark.django_db


def measures_found(client, language, text):
    response = client.get(f"/{language}/search/", {"q": text, "kind": "measures"})
    assert response.status_code == 200
    page = response.context["results"].page
    return [(hit.url, hit.context) for hit in page.hits] if page else []


def test_measures_are_found_by_their_words_and_link_to_their_page(client, tracker):
    plan = make_plan()
    area = plan.areas.get()
    Measure.objects.create(
        plan=plan,
        area=area,
        number="2.3",
        deadline="2010-12-31",
        text_kk="Азаптау туралы әрбір шағымды тергеу.",
        text_ru="Расследовать каждую жалобу на пытки.",
        text_en="Investigate every complaint of torture.",
        indicators_ru="Число расследованных жалоб.",
    )
    draft = make_plan(slug="2013-2016", status="draft", start_year=2013, end_year=2016)
    Measure.objects.create(
        plan=draft,
        area=draft.areas.get(),
        number="1.1",
        deadline="2014-12-31",
        text_ru="Жалобы на пытки в черновике.",
    )
    found = [("/en/action-plan/2009-2012/measures/2-3/", "National Human Rights Action Plan")]
    assert measures_found(client, "en", "complaints of torture") == found
    assert measures_found(client, "en", "пыткам") == found  # another form, another language
    assert measures_found(client, "en", "жалоб расследованных") == found
    assert measures_found(client, "kk", "шағымдар") == [
        (
            "/kk/action-plan/2009-2012/measures/2-3/",
            "Адам құқықтары саласындағы Ұлттық іс-қимыл жоспары",
        )
    ]
    assert measures_found(client, "en", "черновике") == []  # a draft plan's measure
