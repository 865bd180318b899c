from django.urls import path

from . import admin_views

app_name = "library_admin"

urlpatterns = [
    path("event/<int:pk>/", admin_views.event_materials, name="event_materials"),
]
