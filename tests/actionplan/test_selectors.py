"""The figures, computed from the statuses as of a date (actionplan/selectors.py)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from actionplan.models import Measure, ProgressReport
from actionplan.selectors import headline_shares, percent_of, plan_figures, quarter_ends
from actionplan.services import is_contested, measure_contested_refresh
from tests.actionplan.conftest import AS_OF
from tests.factories import report_progress

pytestmark = pytest.mark.django_db
D = datetime.date


def figures_of(world, as_of=AS_OF):
    with translation.override("en"):
        return plan_figures(plan=world["plan"], as_of=as_of)


def test_the_plan_is_40_percent_implemented_as_of_10_january_2011(world):
    figures = figures_of(world)
    assert (figures.total, figures.overall.implemented, figures.overall.counted) == (11, 4, 10)
    assert figures.overall.percent == 40
    assert [(s.label, s.implemented, s.counted) for s in figures.by_area] == [
        ("Improvement of legislation", 3, 6),
        ("Rights of socially vulnerable groups", 1, 4),
    ]
    assert [(s.label, s.implemented, s.counted, s.percent) for s in figures.by_body] == [
        ("Ministry of Justice", 3, 3, 100),
        ("Ministry of Labour", 2, 4, 50),
    ]
    assert {value: count for value, _label, count in figures.by_status} == {
        "not-started": 2,
        "in-progress": 2,
        "implemented": 4,
        "partly-implemented": 1,
        "not-implemented": 1,
        "cancelled": 1,
    }
    assert [m.number for m in figures.overdue] == ["1.8", "1.10"]
    assert figures.overdue_count == 2
    assert figures.contested == []


def test_the_series_by_quarter_runs_from_adoption_to_the_date(world):
    figures = figures_of(world)
    assert [(s.label, s.implemented, s.counted) for s in figures.by_quarter] == [
        ("Q2 2009", 0, 11),
        ("Q3 2009", 0, 11),
        ("Q4 2009", 1, 11),  # 1.4, implemented then
        ("Q1 2010", 2, 11),  # 1.1 too
        ("Q2 2010", 1, 10),  # 1.1 implemented, 1.4 only partly, 1.6 cancelled
        ("Q3 2010", 1, 10),
        ("Q4 2010", 3, 10),  # 1.2 on the quarter's last day, 1.7
        ("Q1 2011", 4, 10),  # as of 10 January: the headline figure
    ]
    assert figures.by_quarter[-1].key == AS_OF
    assert figures.by_quarter[-1].percent == figures.overall.percent


def test_figures_move_with_the_date(world):
    before = figures_of(world, D(2011, 1, 9))
    assert (before.overall.implemented, before.overall.counted) == (3, 10)  # 1.3 not yet
    later = figures_of(world, D(2012, 6, 1))
    assert (later.overall.implemented, later.overall.counted) == (6, 10)  # 1.5 and 1.11
    assert later.overdue_count == 2  # 1.8, 1.10 still; 1.5 done
    before_adoption = figures_of(world, D(2009, 1, 1))
    assert before_adoption.by_quarter == []
    assert before_adoption.overall.percent == 0


def test_headline_shares_match_the_dashboard_for_several_plans(world):
    shares = headline_shares(plans=[world["plan"]], as_of=AS_OF)
    assert shares[world["plan"].pk].percent == 40


def test_percentages_round_half_up():
    assert [percent_of(*pair) for pair in [(4, 10), (1, 3), (2, 3), (1, 8), (0, 0)]] == [
        40,
        33,
        67,
        13,
        0,
    ]


def test_quarter_ends_cover_both_ends():
    assert quarter_ends(D(2009, 5, 5), D(2010, 1, 1)) == [
        D(2009, 6, 30),
        D(2009, 9, 30),
        D(2009, 12, 31),
        D(2010, 3, 31),
    ]


def test_a_measure_is_contested_when_a_published_assessment_disagrees(world):
    assert not is_contested(official="implemented", assessed=[])
    assert not is_contested(official="implemented", assessed=["implemented"])
    assert is_contested(official="implemented", assessed=["implemented", "partly-implemented"])
    nine = world["measures"][9]  # officially not implemented
    assert measure_contested_refresh(measure=nine, assessed=["in-progress"]) is True
    assert Measure.objects.get(pk=nine.pk).contested
    figures = figures_of(world)
    assert [m.number for m in figures.contested] == ["1.9"]
    assert measure_contested_refresh(measure=nine, assessed=["not-implemented"]) is False
    assert not Measure.objects.get(pk=nine.pk).contested


def test_progress_is_refused_for_a_future_date_or_without_text(world):
    measure = world["measures"][8]
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as future:
        report_progress(measure, "implemented", tomorrow)
    assert "reported_on" in future.value.message_dict
    with pytest.raises(ValidationError) as empty:
        report_progress(measure, "implemented", D(2011, 1, 1), text="")
    assert "done_kk" in empty.value.message_dict
    with pytest.raises(ValidationError):
        report_progress(measure, "finished", D(2011, 1, 1))
    assert not ProgressReport.objects.filter(measure=measure).exists()
