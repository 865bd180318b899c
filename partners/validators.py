import uuid

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

LOGO_MAX_BYTES = 1024 * 1024
LOGO_FORMATS = {"PNG", "JPEG", "WEBP"}


def validate_logo(file) -> None:
    """A logo must really be a PNG, JPEG or WebP image (read by Pillow, not by its name).
    Only new uploads are read: a stored logo was checked when it came in."""
    if getattr(file, "_committed", False):
        return
    if file.size > LOGO_MAX_BYTES:
        raise ValidationError(
            _("The logo is too large: at most 1 MB, please."), code="logo_too_large"
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("The logo must be a PNG, JPEG or WebP image."), code="logo_type"
        ) from error
    finally:
        file.seek(position)
    if image_format not in LOGO_FORMATS:
        raise ValidationError(_("The logo must be a PNG, JPEG or WebP image."), code="logo_type")


EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}


def logo_upload_to(instance, filename: str) -> str:
    """A random name with the extension of the format Pillow found, never the uploader's
    name: a PNG called "logo.pdf" is stored and served as .png."""
    file = instance.logo
    try:
        file.seek(0)
        with Image.open(file) as image:
            extension = EXTENSIONS.get(image.format, "bin")
    except (UnidentifiedImageError, OSError, ValueError):
        extension = "bin"
    finally:
        file.seek(0)
    return f"partners/logos/{uuid.uuid4().hex}.{extension}"
