"""A plan with a known history, for the figures, the pages and their queries.

As of 10 January 2011, 4 of the 10 measures counted are implemented (40%), as the
Commission's secretary said of the real plan (seed 000): 1.1, 1.2, 1.3 (on that very day) and
1.7 (two reports the same day, the later one counts); 1.4 was implemented and then only partly;
1.5 only the next day; 1.6 is cancelled and not counted; 1.8 has no report (not started);
1.9 is not implemented, 1.10 in progress and 1.11 implemented only in 2012. Overdue that day:
1.8 and 1.10. Areas: legislation (1.1-1.3, 1.8, 1.9, 1.11: 3 of 6) and vulnerable groups (1.4-1.7,
1.10: 1 of 4). Bodies: justice (1.1-1.3: 3 of 3) and labour (1.3-1.5, 1.7: 2 of 4).
"""

import datetime

import pytest

from actionplan.models import MeasureRecommendation, Recommendation
from tests.factories import (
    add_measures,
    make_action_plan_tracker,
    make_plan,
    report_progress,
    state_body,
    translate,
)

D = datetime.date
AS_OF = D(2011, 1, 10)
LATE = D(2012, 12, 31)


@pytest.fixture
def tracker(homes):
    page = make_action_plan_tracker(homes["kk"])
    translate(page, "en", title="National Action Plan", slug="action-plan")
    return page


@pytest.fixture
def world(tracker):
    plan = make_plan(
        areas=[
            ("Заңнаманы жетілдіру", "Improvement of legislation"),
            ("Әлеуметтік осал топтардың құқықтары", "Rights of socially vulnerable groups"),
        ]
    )
    legislation, vulnerable = plan.areas.order_by("sort_order")
    justice = state_body("Әділет министрлігі", name_en="Ministry of Justice")
    labour = state_body("Еңбек министрлігі", name_en="Ministry of Labour")

    def measure(n, area, bodies=(), deadline=LATE):
        return add_measures(plan, 1, start=n, area=area, bodies=bodies, deadline=deadline)[0]

    m = {
        1: measure(1, legislation, [justice], D(2010, 1, 1)),
        2: measure(2, legislation, [justice]),
        3: measure(3, legislation, [justice, labour]),
        4: measure(4, vulnerable, [labour]),
        5: measure(5, vulnerable, [labour], D(2011, 6, 30)),
        6: measure(6, vulnerable),
        7: measure(7, vulnerable, [labour]),
        8: measure(8, legislation, deadline=D(2010, 6, 30)),
        9: measure(9, legislation),
        10: measure(10, vulnerable, deadline=D(2010, 12, 31)),
        11: measure(11, legislation),
    }
    history = [
        (1, "implemented", D(2010, 3, 1)),
        (2, "in-progress", D(2009, 6, 1)),
        (2, "implemented", D(2010, 12, 31)),
        (3, "implemented", AS_OF),
        (4, "implemented", D(2009, 12, 1)),
        (4, "partly-implemented", D(2010, 6, 1)),
        (5, "in-progress", D(2010, 1, 1)),
        (5, "implemented", D(2011, 1, 11)),
        (6, "cancelled", D(2010, 5, 1)),
        (7, "in-progress", D(2010, 10, 10)),
        (7, "implemented", D(2010, 10, 10)),
        (9, "not-implemented", D(2010, 12, 1)),
        (10, "in-progress", D(2010, 2, 1)),
        (11, "implemented", D(2012, 5, 1)),
    ]
    for n, status, on in history:
        report_progress(m[n], status, on)
    upr = Recommendation.objects.create(
        mechanism="upr", symbol="A/HRC/14/10", text_en="Strengthen the Ombudsman."
    )
    treaty = Recommendation.objects.create(
        mechanism="treaty-body", symbol="CAT/C/KAZ/CO/2", text_en="Define torture."
    )
    MeasureRecommendation.objects.create(measure=m[1], recommendation=upr)
    MeasureRecommendation.objects.create(measure=m[4], recommendation=treaty)
    return {
        "plan": plan,
        "measures": m,
        "areas": (legislation, vulnerable),
        "bodies": (justice, labour),
        "tracker": tracker,
        "url": "/en/action-plan/2009-2012/",
    }
