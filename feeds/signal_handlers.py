"""Public feeds are built again after anything they show changes. Each app tells `feeds` of
its own pages (published: `services.entry_refresh`; gone: `services.entry_touch`) and of the
names its items show; here, what concerns every page: moves and view restrictions."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

from .services import feeds_changed


def on_feeds_changed(sender, **kwargs):
    feeds_changed()


def register_signal_handlers():
    post_page_move.connect(on_feeds_changed, dispatch_uid="kenes-feeds-move")
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(
            on_feeds_changed, sender=PageViewRestriction, dispatch_uid=f"kenes-feeds-view-{name}"
        )
