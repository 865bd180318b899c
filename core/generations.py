"""Generations: a name for the current state of what a family of cached answers shows (the
public pages, the public feeds), kept in the cache all workers share. A change starts a new
generation, and an answer kept under an older one is made again.

A change starts its generation once its transaction commits, and only once however many rows
the transaction wrote: a registration writes two or three, a publish a dozen. Never earlier:
an answer made from the data before the commit under the new generation would be kept as
current, and inside the transaction the cache's row would stay locked until the commit (the
database cache writes through the same connection), which makes two transactions that lock
other rows in the other order wait for each other.
"""

import datetime
import uuid

from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone


def current(key: str) -> tuple[str, datetime.datetime]:
    """(the generation's name, when it began): one cache read."""
    generation = cache.get(key)
    if generation is None:  # a fresh cache: start one now
        cache.add(key, (uuid.uuid4().hex, timezone.now()), None)
        generation = cache.get(key)
    return generation


def bump(key: str) -> None:
    """Start a new generation of `key` when the current transaction commits (at once outside
    one), once per transaction."""
    transaction_block = None  # the outermost block: the one that commits
    for block in connection.atomic_blocks:
        if block._from_testcase:  # a test's: what is inside it is what would commit
            transaction_block = None
        elif transaction_block is None:
            transaction_block = block
    due = getattr(transaction_block, "kenes_generations", {})
    if key in due and any(callback is due[key] for _, callback, _ in connection.run_on_commit):
        return  # already due at this commit (and not dropped by a savepoint rolled back)

    def start():
        cache.set(key, (uuid.uuid4().hex, timezone.now()), None)

    start.generation_key = key
    transaction.on_commit(start)
    if transaction_block is not None:
        transaction_block.kenes_generations = {**due, key: start}
