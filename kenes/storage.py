"""Where uploaded files live when the app servers share nothing: an S3-compatible object store
(SeaweedFS, MinIO, a cloud's S3), one bucket for images and one for the library.

Settings (kenes/settings/base.py) choose it when `S3_MEDIA_BUCKET` and `S3_LIBRARY_BUCKET` are
set; otherwise files stay on local disk, as `make run` wants.

- Images and their renditions go to a bucket that anyone may read, and their addresses are the
  site's own `MEDIA_URL`: the proxy passes `/media/` to the bucket (deploy/nginx), so pages ask
  no other host for anything and the store itself need not face the internet.
- Library files go to a private bucket. Nobody reads it without a signature; the site streams a
  file only after the access checks (`library.views.serve`), and the signed addresses the
  storage can make expire within a minute.
"""

from urllib.parse import quote

from django.conf import settings
from storages.backends.s3 import S3Storage


class PublicMediaStorage(S3Storage):
    """The images' bucket, addressed through the site (`/media/<key>`), never signed."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + quote(self._normalize_name(name).lstrip("/"))
