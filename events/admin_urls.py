"""The event managers' screens, under /admin/events/ in the `events_admin` namespace
(included by the `register_admin_urls` hook in wagtail_hooks.py, which puts Wagtail's
admin sign-in check in front of them)."""

from django.urls import path

from . import admin_views

app_name = "events_admin"

urlpatterns = [
    path("", admin_views.EventIndexView.as_view(), name="index"),
    path(
        "<int:pk>/registrations/",
        admin_views.RegistrationsView.as_view(),
        name="registrations",
    ),
    path(
        "<int:pk>/registrations/<int:registration_id>/<slug:action>/",
        admin_views.RegistrationActionView.as_view(),
        name="registration_action",
    ),
    path("<int:pk>/check-in/", admin_views.CheckInView.as_view(), name="check_in"),
    path("<int:pk>/invitations/", admin_views.InvitationsView.as_view(), name="invitations"),
]
