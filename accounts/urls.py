from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("me/", views.my_account, name="my_account"),
    path("me/export/", views.export, name="export"),
    path("me/delete/", views.delete, name="delete"),
]
