"""Page-wide checks the tests share: well-formed, accessible HTML; no untranslated text."""

import re
from pathlib import Path

import html5lib
import polib
from bs4 import BeautifulSoup

BASE_DIR = Path(__file__).resolve().parents[1]
# HTML's valid date, or global date and time string, as the site writes them (no fractions
# of a second: "2026-12-02T09:21:56.065031+05:00" is invalid).
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z))?$")
KAZAKH_CATALOGUES = [
    BASE_DIR / "locale" / "kk" / "LC_MESSAGES" / "django.po",
    BASE_DIR / "locale_vendor" / "allauth" / "kk" / "LC_MESSAGES" / "django.po",
    BASE_DIR / "locale_vendor" / "django" / "kk" / "LC_MESSAGES" / "django.po",
]


def check_page(html: str) -> None:
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html.get("lang") in {"kk", "ru", "en"}
    assert len(soup.find_all("h1")) == 1
    assert soup.find("main", id="main") is not None
    assert soup.find("a", class_="skip-link", href="#main") is not None
    levels = [int(tag.name[1]) for tag in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, f"heading level skipped: h{before} then h{after}"
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for img in soup.find_all("img"):
        assert img.has_attr("alt")
    for time in soup.find_all("time", datetime=True):
        assert DATETIME.match(time["datetime"]), f"invalid datetime {time['datetime']!r}"
    for field in soup.find_all(["input", "select", "textarea"]):
        if field.get("type") in {"hidden", "submit", "button"}:
            continue
        labelled = field.get("aria-label") or (
            field.get("id") and soup.find("label", attrs={"for": field["id"]})
        )
        assert labelled, f"unlabelled field {field}"


def english_sentences():
    """msgids whose Kazakh differs: if one shows on a Kazakh page, a translation is missing."""
    sentences = set()
    for path in KAZAKH_CATALOGUES:
        for entry in polib.pofile(str(path)):
            text = entry.msgid.strip()
            if len(text) >= 12 and "%" not in text and "{" not in text and "<" not in text:
                sentences.add(text)
    return sentences


def visible_text(response):
    """The page's text in its own language: text marked as another language (an English
    material's title on a Kazakh page, `lang="en"`) is left out."""
    soup = BeautifulSoup(response.content, "html.parser")
    language = soup.html.get("lang") if soup.html else None
    for tag in soup.find_all(attrs={"lang": True}):
        if tag.name != "html" and tag["lang"] != language and not tag.decomposed:
            tag.decompose()
    texts = [soup.get_text(" ")]
    texts += [
        tag.get(attr, "")
        for tag in soup.find_all(True)
        for attr in ("placeholder", "title", "aria-label", "alt")
    ]
    return " ".join(" ".join(texts).split())


def english_on_page(response):
    """The English sentences of our catalogues that a (Kazakh) page shows."""
    text = visible_text(response)
    return sorted(s for s in english_sentences() if s in text)


def first_poll_after_a_change(client, url: str, **headers) -> None:
    """A feed that is out of date is answered from its previous generation, and the request
    builds the new one once it has answered (feeds.views.public_feed): the next poll gets it."""
    assert client.get(url, headers=headers).status_code in (200, 304)
