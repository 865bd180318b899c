"""The places on consultation pages that other apps fill, as Wagtail hooks (registered in their
`wagtail_hooks.py`), so that `consultations` never imports the apps above it.

- `CONSULTATION_PAGE_PANEL_HOOK`: `fn(request, consultation) -> core.panels.Panel | None`, a
  box on the consultation's page below its documents (the action plan's measures the
  consultation implements). `consultation` is the consultation's original page (see
  `ConsultationPage.canonical`).
"""

CONSULTATION_PAGE_PANEL_HOOK = "register_consultation_page_panel"
