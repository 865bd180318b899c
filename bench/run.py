"""`make bench`: the site's speed as ratios measured in one run on one machine.

It builds the data set on PostgreSQL (the demo site, then 1,000 events, a consultation with
2,000 comments, a seminar of 50 seats and 500 people signed in to storm it), serves it with
the production settings from gunicorn (2 workers), and measures with wrk, round after round,
each page against a bare view through the same middleware (bench/urls.py). The storm goes to
the registration window as its unit starts it (deploy/systemd/kenes-registrations.service),
and again to the app servers as a peer. It prints one table and, with --write, keeps it in
BENCHMARKS.md.

    make bench                         # the full run (a few minutes)
    .venv/bin/python bench/run.py --tiny   # what `make test` runs, so the bench never rots
"""

import argparse
import asyncio
import configparser
import datetime
import gzip
import http.client
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
CSRF = "benchcsrf0123456789abcdefghijklm"  # 32 characters: a CSRF secret
HEADERS = {"X-Forwarded-Proto": "https", "Host": "localhost"}


def free_port() -> int:
    import socket  # noqa: PLC0415 - one use

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SystemExit(f"manage.py {args[0]} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def fresh_database(server: str, name: str) -> str:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def get(port: int, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.request("GET", path, headers={**HEADERS, **(headers or {})})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


def wrk(port: int, path: str, *, seconds: int, headers: dict) -> tuple[float, int]:
    """Requests per second, and how many answers were not 2xx or 3xx."""
    command = ["wrk", "-t2", "-c8", f"-d{seconds}s"]
    for name, value in {**HEADERS, **headers}.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(
        [*command, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, int(bad.group(1)) if bad else 0


def storm(port: int, path: str, sessions: list[str]) -> list[tuple[float, str]]:
    """Everybody registers at the same moment; each gets (seconds to the answer, what it
    said: `told`).

    One thread holds all the connections (asyncio): the people of a real storm sit at their
    own computers, so the measuring client should take as little as it can of the two cores
    the server runs on (0.7-0.8 ms of processor time per request, where 500 threads took
    1.2-2.0 ms in the same runs)."""
    return asyncio.run(_storm(port, path, sessions))


async def _storm(port: int, path: str, sessions: list[str]) -> list[tuple[float, str]]:
    body = f"csrfmiddlewaretoken={CSRF}".encode()
    head = "".join(f"{name}: {value}\r\n" for name, value in HEADERS.items())

    async def one(session: str, started: float) -> tuple[float, str]:
        request = (
            f"POST {path} HTTP/1.1\r\n{head}"
            f"Cookie: sessionid={session}; csrftoken={CSRF}\r\n"
            f"Referer: https://localhost{path}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        ).encode() + body
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(request)
            answer = await asyncio.wait_for(reader.read(), timeout=120)  # to the close
            writer.close()
            status = told(answer)
        except (OSError, IndexError, ValueError):  # TimeoutError is an OSError
            status = "no answer"
        return time.monotonic() - started, status

    started = time.monotonic()
    return list(await asyncio.gather(*(one(session, started) for session in sessions)))


def told(answer: bytes) -> str:
    """An answer's status and, for a registration's result (events/registration_result.html),
    what it told the person."""
    status = answer.split(b" ", 2)[1].decode()
    int(status)  # a ValueError unless HTTP
    if b'role="status"' in answer:
        return status + (" a seat" if b"notice--success" in answer else " a waiting-list place")
    return status


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def cpu_seconds(master: int) -> dict:
    """Processor time used so far by the gunicorn workers and by PostgreSQL (when it runs on
    this machine), in seconds. A PostgreSQL backend that has ended (a worker's connection
    closed at CONN_MAX_AGE) is counted in its parent's time for the children it has reaped:
    without it, a run where connections ended showed less time afterwards than before."""

    def used(pid: str) -> float:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            return 0.0
        # utime, stime, and the same of the children it has waited for
        return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")

    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    postgres = [
        entry.name
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit() and _command(entry) == "postgres"
    ]
    return {
        "workers": sum(used(pid) for pid in children),
        "postgres": sum(used(pid) for pid in postgres),
    }


def _command(entry: Path) -> str:
    try:
        return (entry / "comm").read_text().strip()
    except OSError:
        return ""


def worker_memory(master: int) -> list[int]:
    """Resident memory of each gunicorn worker, in MB."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) // 1024)
    return sizes


def machine() -> str:
    cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    started = time.perf_counter()
    n = 0
    for _ in range(30_000_000):
        n += 1
    loop = time.perf_counter() - started
    return (
        f"{os.cpu_count()} cores ({cpu.group(1) if cpu else platform.processor()}), "
        f"Python {platform.python_version()}; a 30M-step Python loop took {loop:.1f} s"
    )


REGISTRATION_WINDOW = ROOT / "deploy" / "systemd" / "kenes-registrations.service"


def _unit_service(path: Path) -> configparser.SectionProxy:
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str
    unit.read(path)
    return unit["Service"]


REGISTRATION_WINDOW_ENV = dict(
    item.split("=", 1) for item in shlex.split(_unit_service(REGISTRATION_WINDOW)["Environment"])
)


def registration_window_arguments(port: int) -> list[str]:
    """gunicorn's arguments as the registration window's unit gives them (its worker class,
    connections and pool), with 2 workers on 127.0.0.1:`port`."""
    line = _unit_service(REGISTRATION_WINDOW)["ExecStart"]
    line = line.replace("${KENES_REGISTRATIONS}", f"127.0.0.1:{port}")
    line = line.replace("${REGISTRATION_WORKERS}", "2")
    arguments = shlex.split(line)[2:]  # after gunicorn and kenes.wsgi
    # Not its --max-requests: a worker recycled between two runs would start the next cold.
    # (tests/deploy/topology.py starts the unit's whole command.)
    keep = {"--bind", "--worker-class", "--workers", "--worker-connections"}
    return [
        value
        for name, argument in zip(arguments[::2], arguments[1::2], strict=True)
        if name in keep
        for value in (name, argument)
    ]


def start_server(env: dict, arguments: list[str], name: str) -> subprocess.Popen:
    log = open(f"/tmp/kenes-bench-{name}-{os.getpid()}.log", "wb")  # noqa: SIM115
    return subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "kenes.wsgi", "--timeout", "120", *arguments],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tiny", action="store_true", help="a few seconds: proves it runs")
    parser.add_argument("--server", default=os.environ.get("BENCH_PG", ""))
    parser.add_argument("--database-url", help="a database with the demo site already in it")
    parser.add_argument("--write", action="store_true", help="keep the table in BENCHMARKS.md")
    arguments = parser.parse_args()
    tiny = arguments.tiny
    events, comments, people, seats = (10, 20, 20, 5) if tiny else (1000, 2000, 500, 50)
    seconds, rounds = (1, 1) if tiny else (3, 3)  # wrk counts whole seconds
    if shutil.which("wrk") is None:
        raise SystemExit("wrk not found: apt-get install wrk")

    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": "/tmp",
        "LANG": "C.UTF-8",
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": "bench-" + "s" * 60,
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "STATIC_ROOT": str(ROOT / "var" / "static"),
        "MEDIA_ROOT": f"/tmp/kenes-bench-media-{os.getpid()}",
        "LIBRARY_ROOT": f"/tmp/kenes-bench-library-{os.getpid()}",
        "BASE_URL": "https://localhost",
        "LOG_LEVEL": "WARNING",
        "CONN_MAX_AGE": "60",
    }
    for name in (
        "S3_ENDPOINT_URL",
        "S3_ACCESS_KEY_ID",
        "S3_SECRET_ACCESS_KEY",
        "S3_MEDIA_BUCKET",
        "S3_LIBRARY_BUCKET",
    ):
        if os.environ.get(name):  # a database whose files are in an object store
            env[name] = os.environ[name]
    if arguments.database_url:
        env["DATABASE_URL"] = arguments.database_url
    else:
        server = arguments.server or "postgres://postgres@127.0.0.1:5432"
        env["DATABASE_URL"] = fresh_database(server, "kenes_bench")
        print("== migrate and the demo site", flush=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(
            {**env, "DJANGO_SETTINGS_MODULE": "kenes.settings.dev", "DEBUG": "1"},
            "seed_demo",
            "--force",
        )
    print(f"== {events} events, {comments} comments, {people} people for {seats} seats", flush=True)
    data = json.loads(
        manage(
            env,
            "shell",
            "-c",
            "from bench.data import build; "
            f"print(build(events={events}, comments={comments}, storm={people}, "
            f"seats={seats}))",
        )
        .strip()
        .splitlines()[-1]
    )

    port, window_port = free_port(), free_port()
    servers = [
        start_server(env, ["--bind", f"127.0.0.1:{port}", "--workers", "2"], "app"),
        start_server(
            {**REGISTRATION_WINDOW_ENV, **env},  # as systemd: the environment file wins
            registration_window_arguments(window_port),
            "window",
        ),
    ]
    try:
        for server_port in (port, window_port):
            for _ in range(300):
                try:
                    if get(server_port, "/bench/bare/")[0] == 200:
                        break
                except OSError:
                    time.sleep(0.1)
        report = measure(
            port,
            data,
            seconds=seconds,
            rounds=rounds,
            env=env,
            people=people,
            seats=seats,
            master=servers[0].pid,
            window=(window_port, servers[1].pid),
            tiny=tiny,
        )
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(30)
    table = render(report, events=events, comments=comments)
    print(table)
    if arguments.write:
        (ROOT / "BENCHMARKS.md").write_text(table)


def storm_run(port: int, master: int, data: dict, env: dict) -> dict:
    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as db:
        db.execute("DELETE FROM events_registration WHERE event_id = %s", [data["event_id"]])
    # the same people first send a form that does nothing (bench/urls.py): the floor
    before = cpu_seconds(master)
    floor = storm(port, "/bench/signed-in/", data["sessions"])
    busy = cpu_seconds(master)
    floor_busy = {name: seconds - before[name] for name, seconds in busy.items()}
    results = storm(port, data["event"] + "register/", data["sessions"])
    busy = {name: seconds - busy[name] for name, seconds in cpu_seconds(master).items()}
    decided = json.loads(
        manage(
            env,
            "shell",
            "-c",
            f"from bench.feeds import registrations; print(registrations({data['event_id']}))",
        )
        .strip()
        .splitlines()[-1]
    )
    return {
        "storm": results,
        "floor": floor,
        "busy": busy,
        "floor_busy": floor_busy,
        "decided": decided,
    }


def measure(port, data, *, seconds, rounds, env, people, seats, master, window, tiny) -> dict:
    uncached = {"Cookie": "sessionid=bench-no-such-session"}  # never served from the cache
    status, headers, _ = get(port, "/ru/feeds/events.ics")
    etag = headers.get("ETag", "")
    pages = {
        "home `/ru/`": "/ru/",
        "`/ru/events/`": "/ru/events/",
        "event page": data["sample_event"].replace("/kk/", "/kk/", 1),
        "`/ru/library/`": "/ru/library/",
        "`/ru/search/?q=права`": "/ru/search/?q=%D0%BF%D1%80%D0%B0%D0%B2%D0%B0",
        "`/ru/partners/`": "/ru/partners/",
        "consultation with its comments": data["consultation"],
    }
    targets = {"bare view": ("/bench/bare/", {})}
    # the tiny run (make test) loads one page each way: every page is still fetched above
    for name, path in list(pages.items())[:1] if tiny else pages.items():
        targets[f"{name}, cached"] = (path, {})
        targets[f"{name}, uncached"] = (path, uncached)
    targets["`/ru/feeds/events.ics`, 200, gzip"] = (
        "/ru/feeds/events.ics",
        {"Accept-Encoding": "gzip"},  # as calendar clients ask
    )
    targets["the same feed, 200, not compressed"] = ("/ru/feeds/events.ics", {})
    targets["the same feed, 304"] = ("/ru/feeds/events.ics", {"If-None-Match": etag})

    sizes = {}
    for name, path in pages.items():
        status, headers, body = get(port, path)
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
        get(port, path)  # kept for the cached rounds
        sizes[name] = (len(body), len(gzip.compress(body)))
    status, _, body = get(port, "/ru/feeds/events.ics")
    sizes["`/ru/feeds/events.ics`"] = (len(body), len(gzip.compress(body)))

    rates: dict[str, list[float]] = {name: [] for name in targets}
    failures = 0
    for _ in range(rounds):
        for name, (path, headers) in targets.items():
            rate, bad = wrk(port, path, seconds=seconds, headers=headers)
            rates[name].append(rate)
            failures += bad

    cold = json.loads(
        manage(env, "shell", "-c", "from bench.feeds import compare; print(compare())")
        .strip()
        .splitlines()[-1]
    )
    window_port, window_master = window
    memory = {"app servers": worker_memory(master)}
    # The storm's p99 moves by a tenth of a second from one run to the next: it runs a few
    # times, each on an event emptied again, and every run must decide exactly. Each turn
    # storms the registration window (where nginx sends the forms), then, as a peer, the app
    # servers, whose workers take one request at a time.
    # One run each first, not counted: the workers' first registrations (the window's
    # workers have served nothing yet).
    storm_run(window_port, window_master, data, env)
    storm_run(port, master, data, env)
    storms, peers = [], []
    for _ in range(2 if tiny else 3):
        storms.append(storm_run(window_port, window_master, data, env))
        peers.append(storm_run(port, master, data, env))
    memory["registration window"] = worker_memory(window_master)
    return {
        "rates": {name: statistics.median(values) for name, values in rates.items()},
        "failures": failures,
        "sizes": sizes,
        "cold": cold,
        "memory": memory,
        "storms": storms,
        "peers": peers,
        "people": people,
        "seats": seats,
    }


def summary(runs: list[dict], people: int) -> dict:
    """A storm's runs in figures: percentiles, answers, whether each run decided exactly."""
    p99 = [percentile([seconds for seconds, _ in run["storm"]], 0.99) for run in runs]
    statuses: dict[str, int] = {}
    for run in runs:
        for _, status in run["storm"]:
            statuses[status] = statuses.get(status, 0) + 1
    exact = [
        f"{d['confirmed']} confirmed, {d['waiting']} waiting, waiting-list places "
        f"1–{d['waiting']} {'in order' if d['in_order'] else 'NOT in order'}"
        for d in (run["decided"] for run in runs)
    ]

    def per_person(key: str, part: str) -> float:
        return sum(run[key][part] for run in runs) * 1000 / (people * len(runs))

    # (processor time is counted in ticks of 10 ms: a tiny run may see none)
    times_floor = "—"
    if per_person("floor_busy", "workers"):
        times_floor = f"{per_person('busy', 'workers') / per_person('floor_busy', 'workers'):.1f}×"
    median = statistics.median
    return {
        "p99": ", ".join(f"{value:.2f}" for value in p99),
        "p99_median": median(p99),
        "p50_median": median(percentile([s for s, _ in run["storm"]], 0.5) for run in runs),
        "floor99": median(percentile([s for s, _ in run["floor"]], 0.99) for run in runs),
        "floor50": median(percentile([s for s, _ in run["floor"]], 0.5) for run in runs),
        "last": max(seconds for run in runs for seconds, _ in run["storm"]),
        "statuses": statuses,
        "outcome": f"every run: {exact[0]}" if len(set(exact)) == 1 else "; ".join(exact),
        "workers": per_person("busy", "workers"),
        "postgres": per_person("busy", "postgres"),
        "floor_workers": per_person("floor_busy", "workers"),
        "floor_postgres": per_person("floor_busy", "postgres"),
        "times_floor": times_floor,
    }


def render(report: dict, *, events: int, comments: int) -> str:
    bare = report["rates"]["bare view"]
    lines = [
        "# Benchmarks",
        "",
        f"`make bench`, {datetime.date.today().isoformat()}: {machine()}. PostgreSQL, the "
        "production settings, gunicorn with 2 workers, wrk with 8 connections, medians of the "
        f"rounds. {events} events, a consultation with {comments} more comments.",
        "",
        "| what | requests/s | against the bare view |",
        "|---|---|---|",
    ]
    for name, rate in report["rates"].items():
        ratio = "1" if name == "bare view" else f"1/{bare / rate:.1f}" if rate else "—"
        lines.append(f"| {name} | {rate:,.1f} | {ratio} |")
    lines.append(f"\nAnswers other than 2xx/3xx during the load: {report['failures']}.\n")
    cold = report["cold"]
    lines += [
        "| the events feed built cold | seconds | |",
        "|---|---|---|",
        f"| Kenes ({cold['items']} items) | {cold['kenes']:.3f} | 1 |",
        f"| django-ical {cold['peer_version']} (the same items) | {cold['peer']:.3f} | "
        f"{cold['peer'] / cold['kenes']:.2f}× Kenes's time |",
        "",
    ]
    people, seats = report["people"], report["seats"]
    window, peers = summary(report["storms"], people), summary(report["peers"], people)
    lines += [
        f"Registration storm through the registration window "
        f"(deploy/systemd/kenes-registrations.service: 2 gevent workers, registrations decided "
        f"in turns), {len(report['storms'])} runs: {people} people at once for {seats} seats, "
        f"the event emptied before each run. p99 {window['p99']} s (median "
        f"{window['p99_median']:.2f} s); p50 median {window['p50_median']:.2f} s; the last "
        f"answer of any run after {window['last']:.2f} s; answers {window['statuses']}; "
        f"{window['outcome']}. Processor time per registration: {window['workers']:.1f} ms in "
        f"the workers, {window['postgres']:.1f} ms in PostgreSQL.",
        "",
        f"The same people sending, at once, a form that does nothing but sign them in, say so "
        f"and redirect (the floor of any form), before each run: p50 median "
        f"{window['floor50']:.2f} s, p99 median {window['floor99']:.2f} s; the storm's median "
        f"p99 is {window['p99_median'] / window['floor99']:.1f}× the floor's. Processor time "
        f"per form: {window['floor_workers']:.1f} ms in the workers, "
        f"{window['floor_postgres']:.1f} ms in PostgreSQL; a registration costs "
        f"{window['times_floor']} as much in the workers (a ratio that holds when the "
        "machine's speed changes between runs).",
        "",
        f"The same storm on the app servers (2 sync workers, each registration decided on its "
        f"own), after each run above: p99 {peers['p99']} s (median {peers['p99_median']:.2f} "
        f"s), {peers['p99_median'] / window['p99_median']:.2f}× the window's; answers "
        f"{peers['statuses']}; {peers['outcome']}. Processor time per registration: "
        f"{peers['workers']:.1f} ms in the workers, {peers['postgres']:.1f} ms in PostgreSQL.",
        "",
        "Memory per worker after the load: "
        + "; ".join(
            f"{name} {', '.join(f'{m} MB' for m in sizes)}"
            for name, sizes in report["memory"].items()
        )
        + ".",
        "",
        "| page | bytes | gzip |",
        "|---|---|---|",
    ]
    for name, (plain, packed) in report["sizes"].items():
        lines.append(f"| {name} | {plain:,} | {packed:,} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
