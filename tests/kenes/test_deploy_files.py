"""The files in deploy/ agree with the code: every variable the settings read is in the
environment file's example, every template name is filled in, every timer has its command.
(tests/deploy/test_topology.py runs them; these checks need no service.)"""

import re
import subprocess
from pathlib import Path

import pytest
from django.core.management import get_commands

from tests.deploy.topology import DEPLOY, read_env_file, unit, unit_command, unit_environment

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = read_env_file(DEPLOY / ".env.example")
UNITS = sorted(path.name for path in (DEPLOY / "systemd").iterdir())


def variables_read_by(path: Path) -> set[str]:
    text = path.read_text()
    return {
        name
        for name in set().union(
            *re.findall(
                r"""(?:environ\.get|env_bool|env_list|getenv)\(\s*["']([A-Z][A-Z0-9_]+)["']"""
                r"""|\benv=["']([A-Z][A-Z0-9_]+)["']""",
                text,
            )
        )
        if name
    }


def test_every_variable_the_settings_read_is_in_the_example():
    read = set()
    for path in [*(ROOT / "kenes" / "settings").glob("*.py"), ROOT / "kenes" / "wsgi.py"]:
        read |= variables_read_by(path)
    assert {"SECRET_KEY", "DATABASE_URL", "S3_LIBRARY_BUCKET", "TRUSTED_PROXIES"} <= read
    set_by_units = set().union(*(unit_environment(name) for name in UNITS if ".service" in name))
    assert read - set(EXAMPLE) - set_by_units == set()


def test_the_connection_pool_is_the_registration_windows_alone():
    """DATABASE_POOL_SIZE in the environment file would pool every process's connections."""
    assert "DATABASE_POOL_SIZE" not in EXAMPLE
    assert unit_environment("kenes-registrations.service") == {"DATABASE_POOL_SIZE": "10"}
    assert all(
        "DATABASE_POOL_SIZE" not in unit_environment(name)
        for name in UNITS
        if name.endswith(".service") and name != "kenes-registrations.service"
    )


def test_the_nginx_template_names_only_what_render_fills_in_and_the_example_gives():
    template = (DEPLOY / "nginx" / "kenes.conf.template").read_text()
    used = set(re.findall(r"\$\{([A-Z0-9_]+)\}", template))
    rendered = set(re.findall(r"\$\{([A-Z0-9_]+)\}", (DEPLOY / "nginx" / "render.sh").read_text()))
    assert used == rendered
    assert used - set(EXAMPLE) == set()


def test_render_refuses_to_write_a_site_with_a_name_missing(tmp_path):
    values = dict(EXAMPLE)
    del values["KENES_WEB_2"]
    env_file = tmp_path / "kenes.env"
    env_file.write_text("\n".join(f"{k}='{v}'" for k, v in values.items()))
    result = subprocess.run(
        [str(DEPLOY / "nginx" / "render.sh"), str(env_file)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1
    assert "KENES_WEB_2 is not set" in result.stderr


@pytest.mark.parametrize("name", [n for n in UNITS if n.endswith(".timer")])
def test_every_timer_starts_a_service_that_exists(name):
    assert (DEPLOY / "systemd" / name.replace(".timer", ".service")).exists()
    assert unit(name)["Timer"]["OnCalendar"]


@pytest.mark.parametrize("name", [n for n in UNITS if n.endswith(".service")])
def test_every_service_runs_a_command_that_exists_with_the_environment_file(name):
    service = unit(name)["Service"]
    assert service["EnvironmentFile"] == "/etc/kenes/kenes.env"
    assert service["User"] == "kenes"
    command = unit_command(name, {**EXAMPLE, "WEB_WORKERS": "4"}, instance="8001")
    assert Path(command[0]).is_relative_to(ROOT)
    if command[1:2] == ["manage.py"]:
        assert command[2] in get_commands(), command
    if service.get("Type") == "oneshot":
        assert (DEPLOY / "systemd" / name.replace(".service", ".timer")).exists()


def test_the_library_bucket_is_never_readable_without_a_signature():
    identities = (DEPLOY / "seaweedfs" / "s3.json").read_text()
    anonymous = re.search(r'"name": "anonymous",\s*"actions": \[([^\]]*)\]', identities)
    assert anonymous.group(1).strip() == '"Read:${S3_MEDIA_BUCKET}"'
