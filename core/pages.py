"""What page models of several apps share."""

from importlib import import_module

from django.utils.functional import SimpleLazyObject


def views_of(module: str):
    """The views module `module`, imported when a page first uses it.

    The one seam between a Wagtail page model and the views behind its routes and context:
    those views import the page's models (to query and to type them), so the models module
    cannot import them when it loads. A page names its views module once, at the top of its
    models module (`views = views_of("events.views")`), and each route stays one line that
    hands the request to a view (parse, call a service, render).
    """
    return SimpleLazyObject(lambda: import_module(module))
