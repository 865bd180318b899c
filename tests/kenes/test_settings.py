import os
import subprocess
import sys
from pathlib import Path

import pytest

from kenes.settings.base import env_bool

BASE_DIR = Path(__file__).resolve().parents[2]


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
        SECRET_KEY="x7Vq2pL9sT4wZ8bN1mK6cR3yH5jD0fG-aE7uI2oP9lQ4sW8xC1vB6nM3zT5rY0",
        ALLOWED_HOSTS="kenes.example.kz",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="kenes.settings.production")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


@pytest.mark.parametrize(("debug", "expected"), [(None, "False"), ("0", "False"), ("1", "True")])
def test_debug_is_off_unless_asked_for(debug, expected):
    env = {"DEBUG": debug} if debug is not None else {}
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
        DJANGO_SETTINGS_MODULE="kenes.settings.base",
        SECRET_KEY="x7Vq2pL9sT4wZ8bN1mK6cR3yH5jD0fG-aE7uI2oP9lQ4sW8xC1vB6nM3zT5rY0",
        **env,
    )
    assert result.stdout.strip().splitlines()[-1] == expected


def test_production_redirects_to_https_but_not_the_health_check():
    script = (
        "from django.test import Client; c = Client(); "
        "print(c.get('/healthz').status_code, c.get('/kk/').status_code, c.get('/kk/')['Location'])"
    )
    result = run_manage(
        "shell",
        "-c",
        script,
        DJANGO_SETTINGS_MODULE="kenes.settings.production",
        SECRET_KEY="x7Vq2pL9sT4wZ8bN1mK6cR3yH5jD0fG-aE7uI2oP9lQ4sW8xC1vB6nM3zT5rY0",
        ALLOWED_HOSTS="testserver",
        DATABASE_URL="sqlite:///:memory:",
    )
    assert result.stdout.strip().splitlines()[-1] == "200 301 https://testserver/kk/", result.stderr
