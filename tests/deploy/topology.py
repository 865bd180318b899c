"""The production topology on loopback, built from the files in deploy/ as an operator would:
the environment file (deploy/.env.example's variables), nginx's site rendered by
deploy/nginx/render.sh, and each process started with the ExecStart line of its systemd unit
(deploy/systemd), with /srv/kenes standing for this checkout.
"""

import configparser
import os
import re
import shlex
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

import requests
from bs4 import BeautifulSoup

from tests.services import ROOT, answers, need, stop, wait_until

DEPLOY = ROOT / "deploy"
UNITS = DEPLOY / "systemd"
INSTALL_DIR = "/srv/kenes"  # where the units expect the checkout


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines, as systemd's EnvironmentFile= and a POSIX shell both read them."""
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def write_env_file(path: Path, values: dict[str, str]) -> Path:
    lines = []
    for name, value in values.items():
        if re.search(r"[\s<>]", value):  # a shell would split it: quote it for both readers
            value = "'" + value.replace("'", "'\\''") + "'"
        lines.append(f"{name}={value}")
    path.write_text("\n".join(lines) + "\n")
    return path


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # systemd's keys are case-sensitive
    parser.read(UNITS / name)
    return parser


def unit_command(name: str, environment: dict[str, str], *, instance: str = "") -> list[str]:
    """The unit's ExecStart as systemd would run it: %i is the instance, ${NAME} and $NAME come
    from the environment file, and /srv/kenes is this checkout."""
    line = unit(name)["Service"]["ExecStart"]
    line = line.replace("%i", instance).replace(INSTALL_DIR, str(ROOT))
    line = re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: environment[m.group(1) or m.group(2)], line)
    return shlex.split(line)


def unit_environment(name: str) -> dict[str, str]:
    """The unit's own Environment= settings (NAME=value, space-separated). systemd lets the
    EnvironmentFile= override them."""
    line = unit(name)["Service"].get("Environment", "")
    return dict(item.split("=", 1) for item in shlex.split(line))


def process_environment(values: dict[str, str]) -> dict[str, str]:
    """What a unit's process sees: the environment file and a PATH, nothing of the test's own
    settings (pytest-django's DJANGO_SETTINGS_MODULE, a DATABASE_URL...)."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": "/tmp",
        "LANG": "C.UTF-8",
        **values,
    }


@dataclass
class Processes:
    folder: Path
    running: dict[str, subprocess.Popen] = field(default_factory=dict)

    def start(self, name: str, command: list[str], environment: dict[str, str]):
        log = (self.folder / f"{name}.log").open("ab")
        self.running[name] = subprocess.Popen(
            command,
            cwd=ROOT,
            env=process_environment(environment),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self.running[name]

    def log(self, name: str) -> str:
        return (self.folder / f"{name}.log").read_text(errors="replace")[-4000:]

    def stop(self, name: str, *, timeout: float = 40):
        process = self.running.pop(name, None)
        if process is not None:
            stop(process, timeout=timeout)

    def stop_all(self):
        for name in list(self.running):
            self.stop(name, timeout=10)


def manage(environment: dict[str, str], *args: str, check=True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "manage.py", *args],
        cwd=ROOT,
        env=process_environment(environment),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    openssl = need("openssl", "apt-get install openssl")
    certificate, key = folder / "tls.crt", folder / "tls.key"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(key),
            "-out",
            str(certificate),
        ],
        check=True,
        capture_output=True,
    )
    return certificate, key


def start_nginx(folder: Path, env_file: Path, processes: Processes) -> None:
    """nginx as Debian ships it, with the site that deploy/nginx/render.sh writes from the
    environment file, in a prefix of its own (no root needed, nothing in /etc touched)."""
    nginx = need("nginx", "apt-get install nginx (CI installs it)")
    need("envsubst", "apt-get install gettext-base")
    site = subprocess.run(
        [str(DEPLOY / "nginx" / "render.sh"), str(env_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    (folder / "kenes.conf").write_text(site)
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / "temp" / sub).mkdir(parents=True, exist_ok=True)
    user = f"user {os.environ.get('USER', 'root')};" if os.geteuid() == 0 else ""
    mime_types = Path("/etc/nginx/mime.types")
    (folder / "nginx.conf").write_text(
        f"""{user}
worker_processes 2;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log;
events {{ worker_connections 512; }}
http {{
    {"include " + str(mime_types) + ";" if mime_types.exists() else ""}
    default_type application/octet-stream;
    client_body_temp_path {folder}/temp/body;
    proxy_temp_path {folder}/temp/proxy;
    fastcgi_temp_path {folder}/temp/fastcgi;
    uwsgi_temp_path {folder}/temp/uwsgi;
    scgi_temp_path {folder}/temp/scgi;
    include {folder}/kenes.conf;
}}
"""
    )
    test = subprocess.run(
        [nginx, "-t", "-p", str(folder), "-c", str(folder / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert test.returncode == 0, test.stderr
    processes.start(
        "nginx",
        [nginx, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
        {},
    )


def wait_for_http(url: str, *, timeout: float = 60) -> None:
    wait_until(lambda: answers(url) is not None, timeout=timeout, what=url)


class Browser(requests.Session):
    """A visitor's browser against the site through nginx: cookies, and the Referer a browser
    sends with a form (Django's CSRF check over HTTPS wants it)."""

    def __init__(self, base: str):
        super().__init__()
        self.base = base
        self.verify = False  # the test's self-signed certificate

    def request(self, method, url, **kwargs):
        kwargs.setdefault("timeout", 30)
        kwargs.setdefault("verify", False)  # else REQUESTS_CA_BUNDLE would override the session
        return super().request(method, urljoin(self.base, url), **kwargs)

    def submit(self, page: str, data: dict, *, files=None, choose=None) -> requests.Response:
        """Fill in the page's form (the one `choose(form)` picks, else the first POST form) as
        the page gives it, with `data` over it, and send it."""
        response = self.get(page)
        assert response.status_code == 200, (page, response.status_code)
        soup = BeautifulSoup(response.text, "html.parser")
        forms = [f for f in soup.find_all("form") if f.get("method", "get").lower() == "post"]
        form = next(f for f in forms if choose is None or choose(f))
        fields: dict[str, str | list[str]] = {}
        for element in form.find_all(["input", "select", "textarea"]):
            name = element.get("name")
            if not name or element.get("type") in ("submit", "button", "file"):
                continue
            if element.name == "select":
                chosen = element.find_all("option", selected=True)
                if element.has_attr("multiple"):
                    fields[name] = [option.get("value", "") for option in chosen]
                else:  # as a browser: the selected option, else the first
                    option = chosen[0] if chosen else element.find("option")
                    fields[name] = option.get("value", "") if option else ""
            elif element.get("type") in ("checkbox", "radio"):
                if element.has_attr("checked"):
                    fields[name] = element.get("value", "on")
            elif element.name == "textarea":
                fields[name] = element.get_text()
            else:
                fields[name] = element.get("value", "")
        fields.update(data)
        action = urljoin(response.url, form.get("action") or response.url)
        return self.post(action, data=fields, files=files, headers={"Referer": response.url})


def static_root() -> Path:
    """The static files as `make install` left them (hashed names, manifest, compressed), which
    `make test` runs first."""
    built = ROOT / "var" / "static"
    assert (built / "staticfiles.json").exists(), "run `make install` first"
    return built
