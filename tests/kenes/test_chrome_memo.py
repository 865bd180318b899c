"""Each worker keeps what every page's header and footer show for the current generation of
the pages (`kenes_tags._kept`). With threads, a request that read the menu before a change
must not leave it in the memo of the generation the change started."""

import threading

import pytest
from django.test import RequestFactory
from django.utils import translation

from core import generations
from core.page_cache import GENERATION_KEY as PAGE_GENERATION_KEY
from kenes.templatetags import kenes_tags
from tests.factories import committed


@pytest.mark.django_db
def test_what_a_request_read_before_a_change_is_not_kept_for_the_next_generation():
    request = RequestFactory().get("/kk/")
    reading, release = threading.Event(), threading.Event()
    slow = {}

    def read_before_the_change():
        reading.set()
        release.wait(10)
        return "the menu before"

    def slow_request():  # a thread that read the generation, then the menu, before the change
        with translation.override("kk"):  # (a thread's language is its own: the same key)
            slow["value"] = kenes_tags._kept(request, "menu", read_before_the_change)

    thread = threading.Thread(target=slow_request)
    thread.start()
    try:
        assert reading.wait(10)
        with committed():
            generations.bump(PAGE_GENERATION_KEY)  # the change commits: a new generation
        with translation.override("kk"):
            assert kenes_tags._kept(request, "menu", lambda: "the menu after") == "the menu after"
    finally:
        release.set()
        thread.join(10)
    assert not thread.is_alive()
    assert slow["value"] == "the menu before"  # that request shows what it read
    # and the next request of the new generation, what the change made
    with translation.override("kk"):
        assert kenes_tags._kept(request, "menu", lambda: "read again") == "the menu after"
