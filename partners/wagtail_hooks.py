from wagtail import hooks

from .admin_views import OrganisationViewSet


@hooks.register("register_admin_viewset")
def register_organisation_viewset():
    return OrganisationViewSet("partners_organisation")
