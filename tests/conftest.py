import atexit
import contextlib
import io
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.db.models.signals import post_delete, post_save
from django.test import override_settings
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.signal_handlers import (
    connect_reference_index_signal_handlers,
    disconnect_reference_index_signal_handlers,
)

from tests.factories import (
    make_event_index,
    make_news_index,
    make_site,
    remove_site,
    site_homes,
    translate,
)


@pytest.hookimpl(optionalhook=True)  # a hook of xdist's: pytest without it runs too
def pytest_xdist_make_scheduler(config, log):
    """Tests go to whichever worker is free, one by one, in pytest-django's order (database
    tests, then transactional ones, which empty the database when they end), except the
    production topology's module (tests/deploy), which one worker runs whole: it starts nginx,
    two app servers and an object store once for all its tests, and holds no test of the
    Django test database. (xdist's own `loadgroup` does not group here, and `loadfile` would
    run a file's transactional tests before the next file's database tests: a module of
    database tests run whole would too, if it held a transactional one.)"""
    from xdist.scheduler import LoadScopeScheduling  # noqa: PLC0415 - only with xdist

    class Scheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            return "tests/deploy/" if nodeid.startswith("tests/deploy/") else nodeid

    return Scheduling(config, log)


def uses_the_database(item) -> bool:
    fixtures = getattr(item, "fixturenames", ())
    return item.get_closest_marker("django_db") is not None or any(
        name in fixtures for name in ("db", "transactional_db", "live_server")
    )


def uses_the_demo(item) -> bool:
    return "demo_site" in getattr(item, "fixturenames", ())


@pytest.hookimpl(trylast=True)  # after pytest-django has put the database tests first
def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` need PostgreSQL. On SQLite they skip with the reason; `make
    test` runs the suite again on PostgreSQL when TEST_DATABASE_URL is set, as CI does. That
    second run leaves out the tests that use no database: the first one ran them.

    The tests that read the demo site come first, one after the other, so that each worker
    seeds it once (`DemoSite`) rather than once for each module it meets them in."""
    items[:] = sorted(items, key=lambda item: not uses_the_demo(item))
    if connection.vendor == "postgresql":
        kept = [item for item in items if uses_the_database(item)]
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept
        return
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(
                pytest.mark.skip(
                    reason="needs PostgreSQL: run with DATABASE_URL=postgres://... "
                    "(make test does when TEST_DATABASE_URL is set)"
                )
            )


@contextlib.contextmanager
def indexes_off():
    """Wagtail keeps its search index and its reference index (where a document or page is
    used) up to date after every save: a third of the time of a test that builds pages.

    With AUTO_UPDATE off the search backends skip the update, but modelsearch's signal
    handlers still run a task for every save of an indexed model, which reads the row again
    (7% of seeding the demo site): they are disconnected too, as the reference index's are."""
    backends = {
        name: {**backend, "AUTO_UPDATE": False}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    if _indexes_off_depth[0]:  # within another (the demo site's, within each test's)
        yield
        return
    indexed = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    disconnect_reference_index_signal_handlers()
    for model in indexed:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    _indexes_off_depth[0] += 1
    try:
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            yield
    finally:
        _indexes_off_depth[0] -= 1
        for model in indexed:
            post_save.connect(post_save_signal_handler, sender=model)
            post_delete.connect(post_delete_signal_handler, sender=model)
        connect_reference_index_signal_handlers()


_indexes_off_depth = [0]


@pytest.fixture(autouse=True)
def _indexes(request):
    """Tests that search the site or count usages say so with the `indexes` marker; for the
    others, Wagtail's indexes stay as they are."""
    if request.node.get_closest_marker("indexes"):
        yield
        return
    with indexes_off():
        yield


@contextlib.contextmanager
def made_once(django_db_blocker):
    """For a module-scoped fixture: rows made once for the module's tests, which only read
    them (each test still runs in its own transaction, rolled back), and rolled back when the
    module ends, so no other module sees them."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth's rate limits count in the cache, and pages are kept in another: every test
    starts from zero."""
    for alias in ("default", "pages"):
        caches[alias].clear()
    yield
    for alias in ("default", "pages"):
        caches[alias].clear()


# The SQLite test database as the session set it up (every migration, then `make_site`),
# before any test changed it: a copy is a second's work, migrating half a minute's.
MIGRATED_SQLITE = Path(tempfile.mkdtemp(prefix="kenes-test-db-")) / "migrated.sqlite3"
atexit.register(shutil.rmtree, MIGRATED_SQLITE.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """After the migrations, the site most tests start from (home pages in kk, ru and en),
    made once for each test database rather than for every test. It is part of what a
    transactional test's flush restores (the serialized rows), like the data migrations'.
    A run without database tests has no test database: nothing is made (else it would be
    made in the database of the settings)."""
    if not any(map(uses_the_database, request.session.items)):
        return
    with django_db_blocker.unblock(), indexes_off():
        make_site()
        for database in connections.all():
            if hasattr(database, "_test_serialized_contents"):
                database._test_serialized_contents = database.creation.serialize_db_to_string()
        if connection.vendor == "sqlite":  # a copy for tests that start another process
            connection.ensure_connection()
            with sqlite3.connect(MIGRATED_SQLITE) as copy:
                connection.connection.backup(copy)


@pytest.fixture
def homes(db):
    """The site's home page in kk (the root), ru and en."""
    return site_homes()


@pytest.fixture
def news_indexes(homes):
    titles = {"kk": "Жаңалықтар", "ru": "Новости", "en": "News"}
    kk_index = make_news_index(homes["kk"], title=titles["kk"])
    indexes = {"kk": kk_index}
    for code in ("ru", "en"):
        indexes[code] = translate(kk_index, code, title=titles[code])
    return indexes


def require(env_var: str) -> bool:
    return os.environ.get(env_var, "") not in {"", "0", "false", "no"}


@pytest.fixture
def event_index(homes):

    return make_event_index(homes["kk"])


class DemoSite:
    """The demo site of `seed_demo`, seeded in an outer transaction the first time a test
    asks for it, and kept while the tests that follow ask for it too (they only read it;
    each still runs in its own transaction, rolled back). Rolled back before the first test
    that does not ask for it, so no other test sees it. Seeding takes seconds, and the demo
    tests come first (`pytest_collection_modifyitems`): once per worker, not once a module."""

    def __init__(self):
        self.outer = None
        self.blocker = None

    def enter(self, blocker):
        if self.outer is not None:
            return
        with blocker.unblock():
            outer = transaction.atomic()
            outer.__enter__()
            try:
                with indexes_off():
                    remove_site()  # seed_demo builds its own
                    call_command("seed_demo", force=True, stdout=io.StringIO())
            except BaseException:
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)
                raise
        self.outer, self.blocker = outer, blocker

    def leave(self):
        if self.outer is None:
            return
        outer, self.outer = self.outer, None
        with self.blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


DEMO_SITE = DemoSite()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before a test that does not read the demo (the previous test's own fixtures are gone
    by now), the demo is rolled back."""
    if not uses_the_demo(item):
        DEMO_SITE.leave()
    elif "transactional_db" in item.fixturenames or "live_server" in item.fixturenames:
        raise pytest.UsageError(f"{item.nodeid}: the demo site is for tests that only read it")


@pytest.fixture(scope="session")
def _demo_site_session(django_db_setup):
    yield DEMO_SITE
    DEMO_SITE.leave()  # before the test databases go


@pytest.fixture(scope="module")
def demo_site(_demo_site_session, django_db_blocker):
    """The demo site of `seed_demo` (see `DemoSite`), for tests that only read it. Module
    scoped so that it is there before each test's own transaction begins."""
    _demo_site_session.enter(django_db_blocker)
    return _demo_site_session
