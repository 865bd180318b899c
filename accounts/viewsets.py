from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .admin_forms import KenesUserCreationForm, KenesUserEditForm


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return KenesUserEditForm if for_update else KenesUserCreationForm
