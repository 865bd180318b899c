from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts.admin_views import KenesAccountView
from actionplan import assessment_views as actionplan_assessment_views
from actionplan import feeds as actionplan_feeds
from consultations import account_views as consultation_account_views
from consultations import feeds as consultation_feeds
from consultations import views as consultation_views
from events import account_views as event_account_views
from events import feeds as event_feeds
from feeds import views as feed_views
from kenes import views
from kenes.sitemaps import AllLanguagesSitemap
from library import views as library_views

handler500 = "kenes.views.server_error"

# Every way of signing in goes through allauth, which asks for the second factor.
to_allauth_login = RedirectView.as_view(pattern_name="account_login", query_string=True)

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
    path("admin/login/", to_allauth_login),
    path(
        "admin/account/",
        require_admin_access(KenesAccountView.as_view()),
        name="wagtailadmin_account",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # the document view, with the cache headers each material's access needs
    path(
        "documents/<int:document_id>/<str:document_filename>",
        library_views.serve,
        name="wagtaildocs_serve",
    ),
    path("documents/", include(wagtaildocs_urls)),
    # no language prefix: the person's own language is used; the token is the only secret
    path("feeds/personal/<str:token>.ics", feed_views.personal_feed, name="personal_feed"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # images only, as the proxy in production: nothing else under MEDIA_ROOT is public
    for folder in ("images/", "original_images/"):
        urlpatterns += static(
            settings.MEDIA_URL + folder, document_root=settings.MEDIA_ROOT / folder
        )

# The public calendar feeds (`feeds:…`), each served by the app whose items it holds.
feed_patterns = [
    path("events.ics", event_feeds.events_feed, name="events"),
    path("events/<slug:kind>.ics", event_feeds.events_feed, name="events_of_kind"),
    path("consultations.ics", consultation_feeds.consultations_feed, name="consultations"),
    path("action-plan.ics", actionplan_feeds.action_plan_feed, name="action_plan"),
]

urlpatterns += i18n_patterns(
    path("accounts/me/calendar/", feed_views.personal_feed_address, name="personal_feed_address"),
    # My account's full lists, each served by the app whose things it lists
    path("accounts/me/events/", event_account_views.my_registrations, name="my_registrations"),
    path("accounts/me/comments/", consultation_account_views.my_comments, name="my_comments"),
    path("accounts/me/following/", consultation_account_views.my_following, name="my_following"),
    path(
        "accounts/me/action-plan/",
        actionplan_assessment_views.my_following,
        name="my_plan_following",
    ),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("search/", views.search, name="search"),
    path("partners/", include("partners.urls")),
    path("feeds/", include((feed_patterns, "feeds"))),
    path("unsubscribe/<str:token>/", consultation_views.unsubscribe, name="unsubscribe"),
    path(
        "action-plan/unsubscribe/<str:token>/",
        actionplan_assessment_views.unsubscribe,
        name="actionplan_unsubscribe",
    ),
    # Wagtail's front-end login (for private pages) is Django's plain LoginView: it would skip
    # email verification, the second factor and the rate limits. allauth's login does not.
    path("_util/login/", to_allauth_login),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
