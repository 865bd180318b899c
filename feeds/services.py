"""Changes to calendar entries and personal feed tokens."""

import hashlib
import json

from django.db import transaction
from django.utils import timezone, translation

from core import generations
from core.parameters import is_plain_key

from . import ical
from .models import LOOKUP_LENGTH, CalendarEntry, FeedToken, new_lookup, new_secret


def _digest(value) -> str:
    return hashlib.sha256(json.dumps(value, default=str).encode()).hexdigest()[:16]


def _fingerprint(page, fingerprint) -> list[str]:
    """[when, where and status; the whole item as the page's language shows it], as digests."""
    with translation.override(page.locale.language_code):
        schedule, everything = fingerprint(page, url=page.get_full_url() or "")
    return [_digest(schedule), _digest(everything)]


def _entry_for_update(kind: str, translation_key) -> CalendarEntry:
    """The entry, made if need be (get_or_create survives a twin made at the same moment),
    locked so that two publications compare and count one after the other."""
    CalendarEntry.objects.get_or_create(kind=kind, translation_key=translation_key)
    return CalendarEntry.objects.select_for_update().get(kind=kind, translation_key=translation_key)


def _published_before(page) -> bool:
    """Was this page live before this publication (so calendars may hold an older copy)?"""
    first, last = page.first_published_at, page.last_published_at
    return first is not None and last is not None and (last - first).total_seconds() > 1


def entry_refresh(*, kind: str, pages, fingerprint) -> CalendarEntry | None:
    """After a page of a translation group is published: compare what calendars would show
    of each live page with what they showed before. A change of time, place or status raises
    the SEQUENCE; any change moves LAST-MODIFIED. Publishing without a change moves nothing,
    so feeds keep their ETag and clients are not made to re-read anything.

    `fingerprint(page, url=...)` is the app's: (what raises the SEQUENCE when it changes,
    everything a calendar shows of the page), both plain data (see `events.ical`).

    The entry returned says whether the SEQUENCE moved (`schedule_changed`). A page that was
    live before its entry existed (published before calendars were added) counts as changed:
    nobody knows what calendars hold of it."""
    pages = list(pages)
    if not pages:
        return None
    new = {str(page.pk): _fingerprint(page, fingerprint) for page in pages}
    with transaction.atomic():
        entry = _entry_for_update(kind, pages[0].translation_key)
        entry.schedule_changed = False
        old = entry.fingerprints
        if new == old:
            return entry
        entry.schedule_changed = any(
            old[str(page.pk)][0] != new[str(page.pk)][0]
            if str(page.pk) in old
            else _published_before(page)
            for page in pages
        )
        if entry.schedule_changed:
            entry.sequence += 1
        entry.fingerprints = new
        entry.modified_at = timezone.now()
        entry.save(update_fields=["sequence", "fingerprints", "modified_at"])
        feeds_changed()
    return entry


def entry_touch(*, kind: str, translation_key) -> None:
    """A page left the site (unpublished or deleted): feeds built before are out of date."""
    CalendarEntry.objects.filter(kind=kind, translation_key=translation_key).update(
        modified_at=timezone.now()
    )
    feeds_changed()


# --- the version of the public feeds ------------------------------------------------------

GENERATION_KEY = "kenes-feeds-generation"


def feeds_changed() -> None:
    """Something a public feed shows changed: every feed is built again at its next poll
    after the commit (core/generations.py)."""
    generations.bump(GENERATION_KEY)


def feeds_generation(*also: str):
    """(a name for the current state of the feeds, when it began): one cache read, which
    brings the values of the keys `also` too ((generation, began), {key: value})."""
    return generations.current(GENERATION_KEY, *also)


def entries_for(kind: str, pages) -> dict:
    """{translation key: entry} for the pages, in one query. A page published before feeds
    existed and never since has no entry yet: it gets one that says "as published"."""
    keys = {page.translation_key for page in pages}
    entries = CalendarEntry.objects.filter(kind=kind, translation_key__in=keys)
    # without what the item showed when it last changed (`entry_refresh` reads it, for update)
    found = {entry.translation_key: entry for entry in entries.defer("fingerprints")}
    for page in pages:
        if page.translation_key not in found:
            found[page.translation_key] = CalendarEntry(
                kind=kind,
                translation_key=page.translation_key,
                # never "now": the same feed must give the same bytes (and ETag) each time
                modified_at=page.last_published_at
                or page.first_published_at
                or ical.NEUTRAL_ENTRY.modified_at,
            )
    return found


# --- personal feed tokens -------------------------------------------------------------------


def token_of(user) -> FeedToken | None:
    return FeedToken.objects.filter(user=user).first()


def token_issue(*, user) -> FeedToken:
    """A new secret address for the person's feed; the previous one stops working at once."""
    with transaction.atomic():
        token, created = FeedToken.objects.select_for_update().get_or_create(user=user)
        if not created:
            token.lookup = new_lookup()
            token.secret = new_secret()
            token.created_at = timezone.now()
            token.save(update_fields=["lookup", "secret", "created_at"])
    return token


def token_revoke(*, user) -> None:
    FeedToken.objects.filter(user=user).delete()


def token_owner(token: str):
    """The person whose feed the token opens, or None: unknown, revoked or malformed."""
    if len(token) <= LOOKUP_LENGTH or not is_plain_key(token, max_length=100):
        return None
    found = FeedToken.objects.select_related("user").filter(lookup=token[:LOOKUP_LENGTH]).first()
    if found is None or not found.matches(token) or not found.user.is_active:
        return None
    return found.user
