"""The sections of "My account", gathered from the apps that keep something for the person.

`accounts` sits below the apps whose sections My account shows (organisations, events, the
personal calendar), so it cannot know them. Each registers a function with Wagtail's hook
registry, in its `wagtail_hooks.py`, that gives the section for the request (a
`core.panels.Panel`, or None to show nothing):

    @hooks.register(ACCOUNT_PANEL_HOOK)
    def my_events_panel(request): return MyEventsPanel(request, ...)

Sections are shown by their `order`, before the account's own (My data, Profile).
"""

from wagtail import hooks

from core.panels import Panel, ordered

ACCOUNT_PANEL_HOOK = "register_account_panel"


def account_panels(request) -> list[Panel]:
    return ordered(make(request) for make in hooks.get_hooks(ACCOUNT_PANEL_HOOK))
