"""Staff screens of the action plan under /admin/action-plan/ (namespace `actionplan_admin`,
included by the `register_admin_urls` hook, behind Wagtail's admin sign-in)."""

from django.urls import path

from . import admin_views

app_name = "actionplan_admin"

urlpatterns = [
    path("import/", admin_views.ImportView.as_view(), name="import"),
    path("import/confirm/", admin_views.ImportConfirmView.as_view(), name="import_confirm"),
    path("import/template.xlsx", admin_views.ImportTemplateView.as_view(), name="import_template"),
]
