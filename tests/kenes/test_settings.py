import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import Value

from accounts.models import User
from kenes.settings import base
from kenes.settings.base import env_bool
from tests.conftest import MIGRATED_SQLITE

BASE_DIR = Path(__file__).resolve().parents[2]
SECRET = "x7Vq2pL9sT4wZ8bN1mK6cR3yH5jD0fG-aE7uI2oP9lQ4sW8xC1vB6nM3zT5rY0"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", True),
        ("true", True),
        ("YES", True),
        ("on", True),
        ("0", False),
        ("", False),
        ("no", False),
        ("false", False),
    ],
)
def test_env_bool_reads_debug_style_values(monkeypatch, value, expected):
    monkeypatch.setenv("KENES_TEST_FLAG", value)
    assert env_bool("KENES_TEST_FLAG") is expected


def test_env_bool_default_when_unset(monkeypatch):
    monkeypatch.delenv("KENES_TEST_FLAG", raising=False)
    assert env_bool("KENES_TEST_FLAG") is False
    assert env_bool("KENES_TEST_FLAG", default=True) is True


def run_manage(*args, **env):
    unset = {"DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    clean.update(env)
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="kenes.settings.production",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="kenes.example.kz",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="kenes.settings.production")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def read_settings(module: str, names: str, envs: list[dict]) -> list[str]:
    """`names` of the settings `module` under each environment of `envs`, read by importing
    the module afresh in one plain Python process (no Django set-up: quick)."""
    script = (
        "import importlib, json, os, sys\n"
        "for env in json.loads(sys.argv[1]):\n"
        "    for name in ('DEBUG', 'SECRET_KEY'):\n"
        "        os.environ.pop(name, None)\n"
        "    os.environ.update(env)\n"
        f"    for loaded in [m for m in sys.modules if m.startswith('kenes.settings')]:\n"
        "        del sys.modules[loaded]\n"
        f"    settings = importlib.import_module({module!r})\n"
        f"    print(' '.join(str(getattr(settings, n)) for n in {names.split()!r}))\n"
    )
    result = subprocess.run(  # noqa: S603 - our own settings, fixed arguments
        [sys.executable, "-c", script, json.dumps(envs)],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\n")[: len(envs)]


def test_debug_is_off_unless_asked_for():
    envs = [{"SECRET_KEY": SECRET}, {"SECRET_KEY": SECRET, "DEBUG": "0"}]
    envs.append({"SECRET_KEY": SECRET, "DEBUG": "1"})
    assert read_settings("kenes.settings.base", "DEBUG", envs) == ["False", "False", "True"]


def test_postgresql_binds_parameters_on_the_server_and_sqlite_writes_in_turn():
    """On PostgreSQL, parameters go apart from the statement, and a statement a connection
    repeats is prepared (the whole suite runs so in CI's PostgreSQL pass). On SQLite, a
    transaction that writes takes the write lock when it begins."""
    envs = [
        {"SECRET_KEY": SECRET, "DATABASE_URL": "postgres://kenes@127.0.0.1:5432/kenes"},
        {"SECRET_KEY": SECRET, "DATABASE_URL": "sqlite:///kenes.sqlite3"},
    ]
    postgresql, sqlite = read_settings("kenes.settings.base", "DATABASES", envs)
    assert "'OPTIONS': {'server_side_binding': True, 'prepare_threshold': 5}" in postgresql
    assert "'transaction_mode': 'IMMEDIATE'" in sqlite and "server_side_binding" not in sqlite


@pytest.fixture
def migrated_database(request, tmp_path):
    """A file holding a migrated database with the site of `make_site`: a copy of the SQLite
    test database as the session set it up (`MIGRATED_SQLITE`, a second's work), else
    migrated anew (half a minute's: a run without database tests sets none up)."""
    database = tmp_path / "production.sqlite3"
    request.getfixturevalue("django_db_setup")
    if MIGRATED_SQLITE.exists():
        shutil.copyfile(MIGRATED_SQLITE, database)
        return database
    env = {
        "DJANGO_SETTINGS_MODULE": "kenes.settings.production",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    assert run_manage("migrate", "--noinput", "-v0", **env).returncode == 0
    made = run_manage("shell", "-c", "from tests.factories import make_site; make_site()", **env)
    assert made.returncode == 0, made.stderr
    return database


def test_production_serves_pages_from_what_the_install_left(migrated_database):
    """One production process (starting one takes seconds), on the static files `make
    install` collected (whatever the shell's settings): the home page renders with its
    hashed stylesheet, HTTPS everywhere but the health check, no `seed_demo` command."""
    env = {
        "DJANGO_SETTINGS_MODULE": "kenes.settings.production",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{migrated_database}",
    }
    # the production settings keep their cache in the database (the tests' in memory)
    assert run_manage("createcachetable", **env).returncode == 0
    script = (
        "from django.core.management import get_commands; from django.test import Client; "
        "c = Client(); page = c.get('/kk/', secure=True); "
        "print(c.get('/healthz').status_code, page.status_code,"
        " '/static/css/kenes.' in page.content.decode() and '.css' in page.content.decode(),"
        " c.get('/kk/')['Location'], 'seed_demo' in get_commands())"
    )
    result = run_manage("shell", "-c", script, **env)
    last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    assert last == "200 200 True https://testserver/kk/ False", result.stdout + result.stderr


def test_a_release_without_its_static_manifest_is_not_healthy(tmp_path):
    """Static files collected without the production storage (or not at all): the pages
    would answer 500, so the health check answers 503 and `manage.py check` fails."""
    env = {
        "DJANGO_SETTINGS_MODULE": "kenes.settings.production",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": "sqlite:///:memory:",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    check = run_manage("check", **env)
    assert check.returncode != 0
    assert "kenes.E001" in check.stderr and "staticfiles.json" in check.stderr
    script = (
        "from django.test import Client; r = Client().get('/healthz'); "
        "print(r.status_code, r.content.decode().splitlines()[0][:13])"
    )
    result = run_manage("shell", "-c", script, **env)
    assert result.stdout.strip().splitlines()[-1] == "503 static files:", result.stderr


def test_only_development_and_tests_install_the_demo():
    installed = read_settings(
        "kenes.settings.production", "INSTALLED_APPS", [{"SECRET_KEY": SECRET}]
    )
    assert "'demo'" not in installed[0] and "'events'" in installed[0]
    for module in ("kenes.settings.dev", "kenes.settings.test"):
        assert "'demo'" in read_settings(module, "INSTALLED_APPS", [{}])[0]


def test_the_production_storage_settings_survive_wagtails_deletion_task():
    """Wagtail queues a document's file deletion with the storage's options as task
    arguments, which must be JSON: a Path there made every deletion fail."""
    options = base.STORAGES["library"]["OPTIONS"]
    assert json.loads(json.dumps(options)) == options
    assert options["location"] == str(base.LIBRARY_ROOT)


@pytest.mark.django_db
def test_make_run_compresses_pages_and_calendars_and_production_leaves_it_to_nginx(
    client, settings, homes
):
    dev, production = (
        read_settings(module, "MIDDLEWARE", [{"SECRET_KEY": SECRET}])[0]
        for module in ("kenes.settings.dev", "kenes.settings.production")
    )
    assert "GZipMiddleware" in dev and "GZipMiddleware" not in production
    settings.MIDDLEWARE = ["django.middleware.gzip.GZipMiddleware", *settings.MIDDLEWARE]
    for path in ("/kk/", "/kk/feeds/events.ics"):
        response = client.get(path, headers={"accept-encoding": "gzip"})
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip", path


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_statement_a_connection_repeats_is_prepared_once():
    """Django leaves psycopg's preparing off unless the settings ask for it: they do. (The
    query's alias names it among whatever statements earlier tests left prepared.)"""

    def prepared() -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
                ["%kenes_prepared_once%"],
            )
            return cursor.fetchone()[0]

    assert prepared() == 0
    for _ in range(6):
        list(User.objects.filter(email="nobody@example.kz").annotate(kenes_prepared_once=Value(1)))
    assert prepared() == 1
