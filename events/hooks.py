"""The places on event pages that other apps fill, as Wagtail hooks (registered in their
`wagtail_hooks.py`), so that `events` never imports the apps above it.

- `EVENT_PAGE_PANEL_HOOK`: `fn(request, event) -> core.panels.Panel | None`, a box on the
  event page below the agenda (the library's materials of the event). `event` is the
  event's original page (see `EventPage.canonical`).
- `register_events_menu_item`: an item of the admin's "Events" menu (see wagtail_hooks.py).
"""

EVENT_PAGE_PANEL_HOOK = "register_event_page_panel"
