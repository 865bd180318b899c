"""The deadlines' calendar entries follow what changes them (`deadlines`): a measure saved or
deleted, a progress report (the status the item shows), a plan (published or not, its address),
an area (its title is the item's category), the tracker page (the items' addresses)."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from feeds.services import feeds_changed

from .deadlines import entries_forget, entries_refresh_later
from .models import ActionPlanIndexPage, Area, Measure, Plan, ProgressReport


def on_measure_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        entries_refresh_later(measure_ids=[instance.pk])


def on_measure_deleted(sender, instance, **kwargs):
    entries_forget(keys=[instance.calendar_key])


def on_report_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        entries_refresh_later(measure_ids=[instance.measure_id])


def on_plan_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        entries_refresh_later(plan_ids=[instance.pk])


def on_area_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.plan_id:
        entries_refresh_later(plan_ids=[instance.plan_id])


def on_tracker_published(sender, instance, **kwargs):
    entries_refresh_later(plan_ids=list(Plan.objects.values_list("pk", flat=True)))


def on_feeds_changed(sender, **kwargs):
    feeds_changed()


def register_signal_handlers():
    post_save.connect(on_measure_saved, sender=Measure, dispatch_uid="kenes-plan-measure-saved")
    post_delete.connect(
        on_measure_deleted, sender=Measure, dispatch_uid="kenes-plan-measure-deleted"
    )
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(
            on_report_changed, sender=ProgressReport, dispatch_uid=f"kenes-plan-report-{name}"
        )
    post_save.connect(on_plan_saved, sender=Plan, dispatch_uid="kenes-plan-saved")
    post_delete.connect(on_feeds_changed, sender=Plan, dispatch_uid="kenes-plan-deleted")
    post_save.connect(on_area_saved, sender=Area, dispatch_uid="kenes-plan-area-saved")
    page_published.connect(
        on_tracker_published, sender=ActionPlanIndexPage, dispatch_uid="kenes-plan-tracker"
    )
    page_unpublished.connect(
        on_feeds_changed, sender=ActionPlanIndexPage, dispatch_uid="kenes-plan-tracker-gone"
    )
