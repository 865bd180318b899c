"""A part of a page that another app contributes: a section of "My account", a box on an
event page. Lower apps offer the place (a Wagtail hook that returns panels) and render what
they are given; higher apps register panels, so the lower app never imports them.

A panel is a template and its context, rendered with the request (so `{% csrf_token %}`,
`{% url %}` and the context processors work). In a template, `{{ panel.render }}`.
"""

from django.template.loader import render_to_string
from django.utils.safestring import SafeString


class Panel:
    template_name: str = ""
    order: int = 100  # panels are shown by ascending order
    # Where a page lists its panels ("On this page" in My account): the panel's heading, and
    # the id of its section in the template. A panel without them is not listed.
    heading: str = ""
    anchor: str = ""

    def __init__(self, request, **context):
        self.request = request
        self.context = context

    def get_context_data(self) -> dict:
        return dict(self.context)

    def render(self) -> SafeString:
        return render_to_string(self.template_name, self.get_context_data(), request=self.request)


def ordered(panels) -> list[Panel]:
    """The panels given (None left out), by their order."""
    return sorted((panel for panel in panels if panel is not None), key=lambda panel: panel.order)
