"""What calendars add to the places lower apps offer: "My calendar" in My account (the
person's own feed address), and that address in the person's data."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.panels import ACCOUNT_PANEL_HOOK
from accounts.personal_data import PERSONAL_DATA_HOOK, PersonalData
from core.links import absolute_url
from core.panels import Panel

from .services import token_of


def personal_feed_path(token) -> str:
    return reverse("personal_feed", args=[token.token])


class MyCalendarPanel(Panel):
    template_name = "feeds/includes/account_calendar.html"
    order = 50
    heading = _("My calendar")
    anchor = "calendar"


@hooks.register(ACCOUNT_PANEL_HOOK)
def my_calendar_panel(request):
    feed_token = token_of(request.user)
    return MyCalendarPanel(
        request,
        feed_token=feed_token,
        personal_feed_url=(
            request.build_absolute_uri(personal_feed_path(feed_token)) if feed_token else None
        ),
    )


def _calendar(user) -> dict | None:
    feed_token = token_of(user)
    if feed_token is None:
        return None
    return {
        "address": absolute_url(personal_feed_path(feed_token)),
        "created": feed_token.created_at.isoformat(),
    }


@hooks.register(PERSONAL_DATA_HOOK)
def calendar_part():
    return PersonalData(name="calendar", holds=["feeds.FeedToken.user"], export=_calendar)
