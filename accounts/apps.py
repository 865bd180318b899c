from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"
    default = True


class KenesUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with admin forms for Kenes's user model."""

    user_viewset = "accounts.viewsets.UserViewSet"
