"""Counted things read right in every language: Russian has four plural forms (1 and 21
комментарий, 3 комментария, 5 комментариев, and one for fractions), Kazakh two; every
plural message of our catalogues gives all of them, none empty."""

import re
from pathlib import Path

import polib
import pytest

BASE_DIR = Path(__file__).resolve().parents[1]
CATALOGUES = [
    (BASE_DIR / "locale" / "ru" / "LC_MESSAGES" / "django.po", 4),
    (BASE_DIR / "locale" / "kk" / "LC_MESSAGES" / "django.po", 2),
    (BASE_DIR / "locale_vendor" / "allauth" / "kk" / "LC_MESSAGES" / "django.po", 2),
    (BASE_DIR / "locale_vendor" / "django" / "kk" / "LC_MESSAGES" / "django.po", 2),
]


@pytest.mark.parametrize(
    ("path", "forms"), CATALOGUES, ids=[str(path.relative_to(BASE_DIR)) for path, _ in CATALOGUES]
)
def test_every_plural_message_has_every_form_of_the_language(path, forms):
    catalogue = polib.pofile(str(path))
    header = re.search(r"nplurals\s*=\s*(\d+)", catalogue.metadata["Plural-Forms"])
    assert int(header.group(1)) == forms
    plurals = [entry for entry in catalogue if entry.msgid_plural and not entry.obsolete]
    assert plurals  # the catalogue has plural messages to check
    incomplete = [
        entry.msgid
        for entry in plurals
        if sorted(entry.msgstr_plural) != list(range(forms))
        or not all(text.strip() for text in entry.msgstr_plural.values())
    ]
    assert incomplete == []


def test_russian_plural_forms_keep_the_placeholders_of_the_message():
    """A form that drops the number ("%(counter)s") would say "комментариев" alone."""
    catalogue = polib.pofile(str(CATALOGUES[0][0]))
    placeholder = re.compile(r"%\(\w+\)[sd]")
    lost = [
        (entry.msgid, index)
        for entry in catalogue
        if entry.msgid_plural and not entry.obsolete
        for index, text in entry.msgstr_plural.items()
        if set(placeholder.findall(entry.msgid_plural)) - set(placeholder.findall(text))
    ]
    assert lost == []
