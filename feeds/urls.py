"""Public feeds, under each language's prefix (see kenes/urls.py for the personal one)."""

from django.urls import path

from . import views

app_name = "feeds"

urlpatterns = [
    path("events.ics", views.events_feed, name="events"),
    path("events/<slug:kind>.ics", views.events_feed, name="events_of_kind"),
    path("consultations.ics", views.consultations_feed, name="consultations"),
]
