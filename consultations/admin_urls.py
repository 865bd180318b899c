"""Editors' screens for drafts, under /admin/consultations/ (namespace `consultations_admin`,
included by the `register_admin_urls` hook, behind Wagtail's admin sign-in)."""

from django.urls import path

from . import admin_views

app_name = "consultations_admin"

urlpatterns = [
    path("moderation/", admin_views.ModerationQueueView.as_view(), name="moderation"),
    path("moderation/respond/", admin_views.RespondView.as_view(), name="respond"),
    path(
        "moderation/<int:comment_id>/<slug:action>/",
        admin_views.ModerationActionView.as_view(),
        name="moderate",
    ),
    path(
        "moderation/<slug:kind>/<int:pk>/<slug:action>/",
        admin_views.KindModerationActionView.as_view(),
        name="moderate_kind",
    ),
    path("<int:pk>/draft/", admin_views.DraftView.as_view(), name="draft"),
    path("<int:pk>/report/", admin_views.ReportView.as_view(), name="report"),
    path("<int:pk>/draft/<int:number>/", admin_views.VersionView.as_view(), name="version"),
    path(
        "<int:pk>/draft/<int:number>/<slug:key>/",
        admin_views.ElementView.as_view(),
        name="element",
    ),
]
