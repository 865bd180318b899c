import os

import pytest
from django.core.cache import cache
from django.db import connection

from tests.factories import make_news_index, make_site, translate


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` need PostgreSQL. On SQLite they skip with the reason; `make
    test` runs the suite again on PostgreSQL when TEST_DATABASE_URL is set, as CI does."""
    for item in items:
        if "postgres" in item.keywords and connection.vendor != "postgresql":
            item.add_marker(
                pytest.mark.skip(
                    reason="needs PostgreSQL: run with DATABASE_URL=postgres://... "
                    "(make test does when TEST_DATABASE_URL is set)"
                )
            )


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth's rate limits count in the cache: every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def homes(db):
    """The site's home page in kk (the root), ru and en."""
    return make_site()


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
    from tests.factories import make_event_index

    return make_event_index(homes["kk"])
