"""What a library upload is, judged by its content rather than its name.

A file's name and the browser's Content-Type are whatever the uploader says; a web page renamed
`report.pdf` would otherwise be stored and, served from our domain, run its scripts in visitors'
browsers. So the first bytes decide (as the WHATWG MIME Sniffing standard and libmagic do), and
for ZIP containers the archive's member list tells DOCX from XLSX from a plain archive or a Java
program. Every upload of a material passes `validate_upload`; its file is then stored under
`clean_filename(name, detected.extension)`.

The rules are here and nowhere else: the accepted kinds (`FILE_TYPES`), what is refused and why
(`refusal_reason`), and the size limit (`settings.LIBRARY_MAX_UPLOAD_SIZE`).
"""

import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# Enough for every magic number and for a web page's opening tags.
HEAD_SIZE = 1024


@dataclass(frozen=True, slots=True)
class FileType:
    extension: str  # lowercase, without the dot: what a stored file's name ends with
    mime: str  # the Content-Type it is served with
    label: str  # the name people know it by, shown in messages


PDF = FileType("pdf", "application/pdf", "PDF")
DOCX = FileType(
    "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"
)
XLSX = FileType("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX")
PPTX = FileType(
    "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"
)
ODT = FileType("odt", "application/vnd.oasis.opendocument.text", "ODT")
ODS = FileType("ods", "application/vnd.oasis.opendocument.spreadsheet", "ODS")
PNG = FileType("png", "image/png", "PNG")
JPEG = FileType("jpg", "image/jpeg", "JPEG")
GIF = FileType("gif", "image/gif", "GIF")
WEBP = FileType("webp", "image/webp", "WebP")

# Every kind the library accepts, by extension, in the order messages list them.
FILE_TYPES = {t.extension: t for t in (PDF, DOCX, XLSX, PPTX, ODT, ODS, PNG, JPEG, GIF, WEBP)}
DOCUMENTS = frozenset({"pdf", "docx", "xlsx", "pptx", "odt", "ods"})
IMAGES = frozenset({"png", "jpg", "gif", "webp"})
# Other spellings of an extension, as file names carry them.
EXTENSION_ALIASES = {"jpeg": "jpg"}

_OOXML_FOLDERS = {"word": DOCX, "xl": XLSX, "ppt": PPTX}
_ODF_MIMETYPES = {ODT.mime: ODT, ODS.mime: ODS}
_ODF_PREFIX = b"application/vnd.oasis.opendocument."

_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # DOC, XLS and PPT before 2007
_PROGRAM_MAGICS = (
    b"MZ",  # Windows PE (.exe, .dll, .scr)
    b"\x7fELF",  # Linux and other Unix programs
    b"\xfe\xed\xfa\xce",  # Mach-O, 32-bit big-endian
    b"\xfe\xed\xfa\xcf",  # Mach-O, 64-bit big-endian
    b"\xce\xfa\xed\xfe",  # Mach-O, 32-bit little-endian
    b"\xcf\xfa\xed\xfe",  # Mach-O, 64-bit little-endian
    b"\xca\xfe\xba\xbe",  # Java class, and Mach-O universal binaries
    b"#!",  # scripts with an interpreter line
)
# zipfile raises these on damaged, encrypted or unusual archives.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    ValueError,
)
_HTML_DOCUMENT = re.compile(r"<(!doctype\s+html|html[\s>])")
_HTML_TAG = re.compile(r"<(head|body|script|iframe)[\s/>]")
_SVG_TAG = re.compile(r"<svg[\s/>]")
# An XML declaration after a byte order mark (as UTF-8 read as Latin-1, or decoded) and spaces.
_XML_DECLARATION = re.compile(r"(\ufeff|\xef\xbb\xbf)?\s*<\?xml[\s?]")

_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)
_NAME_LENGTH = 100


@dataclass(frozen=True)
class _Archive:
    names: list[str]
    first_name: str
    first_content: bytes  # the first member's opening bytes: ODF's `mimetype`


def _head(file: IO[bytes]) -> bytes:
    position = file.tell()
    try:
        file.seek(0)
        return file.read(HEAD_SIZE)
    finally:
        file.seek(position)


def _archive(file: IO[bytes]) -> _Archive | None:
    """The member list of a ZIP file, or None when it cannot be read as one."""
    position = file.tell()
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            members = archive.infolist()
            if not members:
                return _Archive(names=[], first_name="", first_content=b"")
            first = members[0]
            content = b""
            if first.filename == "mimetype" and not first.is_dir():
                with archive.open(first) as member:
                    content = member.read(100)
            return _Archive(
                names=[m.filename for m in members],
                first_name=first.filename,
                first_content=content,
            )
    except _ZIP_ERRORS:
        return None
    finally:
        file.seek(position)


def _top_folders(archive: _Archive) -> set[str]:
    return {name.split("/", 1)[0] for name in archive.names if "/" in name}


def _office_type(archive: _Archive) -> FileType | None:
    """OOXML (DOCX, XLSX, PPTX) or ODF (ODT, ODS) by the archive's parts; None otherwise,
    including for macro-enabled OOXML (DOCM, XLSM, PPTM), which is not what its name says."""
    if archive.first_name == "mimetype":
        return _ODF_MIMETYPES.get(archive.first_content.decode("ascii", "replace"))
    if "[Content_Types].xml" not in archive.names or _has_macros(archive):
        return None
    folders = _top_folders(archive)
    found = [file_type for folder, file_type in _OOXML_FOLDERS.items() if folder in folders]
    return found[0] if len(found) == 1 else None


def _is_office_container(archive: _Archive) -> bool:
    """Any ODF or OOXML package, including kinds the library does not accept (ODP, DOCM)."""
    if archive.first_name == "mimetype":
        return archive.first_content.startswith(_ODF_PREFIX)
    folders = _top_folders(archive)
    return "[Content_Types].xml" in archive.names and bool(folders & _OOXML_FOLDERS.keys())


def _has_macros(archive: _Archive) -> bool:
    return any(name.lower().endswith("vbaproject.bin") for name in archive.names)


def _is_program_archive(archive: _Archive) -> bool:
    names = set(archive.names)
    java = "META-INF/MANIFEST.MF" in names and any(n.endswith(".class") for n in names)
    android = "AndroidManifest.xml" in names or "classes.dex" in names
    return java or android


def _image_type(head: bytes) -> FileType | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    return None


def _markup(head: bytes) -> str:
    """The opening bytes as lowercase text, for finding tags in them."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace").lower()
    # Latin-1 maps every byte to one character, so ASCII tags are found in any other encoding.
    return head.decode("latin-1").lower()


def detect(file: IO[bytes]) -> FileType | None:
    """The accepted kind the file's content is, or None. The file's position is kept."""
    head = _head(file)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(_ZIP_MAGICS):
        archive = _archive(file)
        return _office_type(archive) if archive else None
    return _image_type(head)


def refusal_reason(file: IO[bytes]) -> str | None:
    """Why the file is dangerous to keep and serve, or None when it is not.

    A file that is an accepted kind by its magic number is not searched for markup: it is served
    with its own Content-Type and `nosniff`, so tags inside a PDF or a PNG never run.
    """
    head = _head(file)
    if head.startswith(_PROGRAM_MAGICS):
        return _("Programs and scripts are not accepted.")
    if head.startswith(_ZIP_MAGICS):
        archive = _archive(file)
        if archive is None:
            return None  # damaged: an unknown kind, not a danger
        if _is_office_container(archive):
            if _has_macros(archive):
                return _(
                    "Office documents with macros are not accepted. "
                    "Save it as DOCX, XLSX or PPTX without macros."
                )
            return None  # an office kind, accepted or not (ODP): the type check says which
        if _is_program_archive(archive):
            return _("Programs and scripts are not accepted.")
        return _(
            "This file is a ZIP archive, not an office document. "
            "Upload the documents inside it one by one."
        )
    if detect(file):
        return None
    text = _markup(head)
    html_message = _(
        "This file is a web page (HTML), which could run code in visitors' browsers. "
        "Upload a PDF or an office document instead."
    )
    if _HTML_DOCUMENT.search(text):
        return html_message
    if _SVG_TAG.search(text) or (_XML_DECLARATION.match(text) and "svg" in text):
        return _("SVG images can carry scripts and are not accepted. Upload PNG or JPEG.")
    if _HTML_TAG.search(text):
        return html_message
    return None


def _accepted(allowed: Iterable[str] | None) -> list[FileType]:
    if allowed is None:
        return list(FILE_TYPES.values())
    extensions = {EXTENSION_ALIASES.get(e.lower(), e.lower()) for e in allowed}
    unknown = extensions - FILE_TYPES.keys()
    if unknown:
        raise ValueError(f"Not a library file type: {', '.join(sorted(unknown))}")
    return [t for t in FILE_TYPES.values() if t.extension in extensions]


def _size(file: IO[bytes]) -> int:
    size = getattr(file, "size", None)
    if size is not None:
        return size
    position = file.tell()
    try:
        return file.seek(0, 2)
    finally:
        file.seek(position)


def _type_from_name(name: str) -> FileType | None:
    _stem, dot, extension = name.rpartition(".")
    if not dot:
        return None
    extension = extension.strip().lower()
    return FILE_TYPES.get(EXTENSION_ALIASES.get(extension, extension))


def validate_upload(
    file: IO[bytes], *, allowed: Iterable[str] | None = None, max_size: int | None = None
) -> FileType:
    """The kind of an uploaded material, or a ValidationError saying why it is refused.

    `allowed` narrows the accepted kinds by extension (e.g. `DOCUMENTS`); `max_size` in bytes
    replaces `settings.LIBRARY_MAX_UPLOAD_SIZE`. A name whose extension is another accepted kind
    than the content is refused rather than renamed: the uploader probably picked the wrong file.
    """
    accepted = _accepted(allowed)
    kinds = ", ".join(t.label for t in accepted)
    size = _size(file)
    if size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    limit = settings.LIBRARY_MAX_UPLOAD_SIZE if max_size is None else max_size
    if size > limit:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
        )
    reason = refusal_reason(file)
    if reason:
        raise ValidationError(reason, code="dangerous")
    detected = detect(file)
    if detected is None:
        if _head(file).startswith(_OLE2_MAGIC):
            raise ValidationError(
                _(
                    "This looks like an older Microsoft Office file (DOC, XLS or PPT). "
                    "Save it as DOCX, XLSX or PPTX and upload it again."
                ),
                code="unknown_type",
            )
        raise ValidationError(
            _("This kind of file is not accepted. Upload one of: %(kinds)s."),
            code="unknown_type",
            params={"kinds": kinds},
        )
    if detected not in accepted:
        raise ValidationError(
            _("%(kind)s files are not accepted here. Upload one of: %(kinds)s."),
            code="not_allowed",
            params={"kind": detected.label, "kinds": kinds},
        )
    named = _type_from_name(getattr(file, "name", None) or "")
    if named and named != detected:
        raise ValidationError(
            _(
                "The file's name says %(named)s but its content is %(actual)s. "
                "Rename it or export it again."
            ),
            code="extension_mismatch",
            params={"named": named.label, "actual": detected.label},
        )
    return detected


def _name_character(character: str) -> str:
    if unicodedata.category(character)[0] in "LM" or unicodedata.category(character) == "Nd":
        return character
    if character in "-_.":
        return character
    return "_"


def clean_filename(name: str, extension: str) -> str:
    """A safe file name for storage: Unicode letters (Kazakh and Russian titles survive),
    digits, `-`, `_` and single dots, at most 100 characters, ending in `.<extension>`,
    which should be the DETECTED kind's (`validate_upload(...).extension`)."""
    extension = re.sub(r"[^a-z0-9]", "", extension.lower())
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[/\\]", name)[-1]
    # Control and format characters, among them right-to-left overrides that make
    # `gpj.exe` look like `exe.jpg`.
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip()
    stem, dot, suffix = name.rpartition(".")
    suffix = suffix.strip().lower()
    if dot and (suffix == extension or _type_from_name(name)):
        name = stem
    name = "".join(_name_character(c) for c in name)
    name = re.sub(r"_+", "_", name)
    name = re.sub(r"\.{2,}", ".", name)
    name = name.strip("._-")
    if name.split(".", 1)[0].upper() in _WINDOWS_RESERVED:
        name = f"_{name}"
    name = name[:_NAME_LENGTH].rstrip("._-") or "document"
    return f"{name}.{extension}"
