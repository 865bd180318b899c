from django.urls import path

from . import member_views, views

app_name = "partners"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:pk>/", views.profile, name="profile"),
    path("register/", views.register, name="register"),
    path("join/", member_views.join, name="join"),
    path("<int:pk>/join/", member_views.join_listed, name="join_listed"),
    path("<int:pk>/leave/", member_views.leave, name="leave"),
    path("manage/<int:pk>/", member_views.manage, name="manage"),
    path("manage/<int:pk>/invite/", member_views.invite, name="invite"),
    path("invitations/<str:token>/", member_views.invitation, name="invitation"),
    path(
        "manage/<int:pk>/members/<int:membership_pk>/<slug:action>/",
        member_views.member_action,
        name="member_action",
    ),
]
