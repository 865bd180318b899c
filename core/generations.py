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


def current(key: str, *also: str) -> tuple[str, datetime.datetime] | tuple:
    """(the generation's name, when it began): one cache read. With `also` (other keys of
    the same cache), their values come in the same read: (generation, {key: value})."""
    found = cache.get_many([key, *also])
    generation = found.pop(key, None)
    if generation is None:  # a fresh cache: start one now
        cache.add(key, (uuid.uuid4().hex, timezone.now()), None)
        generation = cache.get(key)
    return (generation, found) if also else generation


def current_transaction() -> tuple[bool, str | None]:
    """(inside a transaction that will commit, a name for it). The name tells apart the
    transactions that a test runs inside its own (their savepoints); a real one has none,
    and Django forgets its commit hooks once it ends."""
    index = None  # of the outermost block: the one that commits
    for position, block in enumerate(connection.atomic_blocks):
        if block._from_testcase:  # a test's: what is inside it is what would commit
            index = None
        elif index is None:
            index = position
    if index is None:
        return False, None
    return True, connection.savepoint_ids[index - 1] if index else None


def once_at_commit(name: str, run, **collected) -> None:
    """`run(state)` once when the current transaction commits (at once outside one), however
    many times the transaction asks for it. Each ask adds its `collected` values to the sets
    of the same names in `state` (the measures a transaction touched, say), so the one run
    sees them all."""
    inside, transaction_name = current_transaction()
    for _savepoints, callback, _robust in connection.run_on_commit if inside else ():
        state = getattr(callback, "once_at_commit", None)
        if state and state["name"] == name and state["transaction"] == transaction_name:
            if not state["done"]:  # (a test's commit hooks stay listed once they have run)
                for key, values in collected.items():
                    state[key].update(values)
                return  # due at this commit (a savepoint rolled back drops it: not then)
    state = {"name": name, "transaction": transaction_name, "done": False}
    state.update({key: set(values) for key, values in collected.items()})

    def call():
        state["done"] = True
        run(state)

    call.once_at_commit = state
    transaction.on_commit(call)


def bump(key: str) -> None:
    """Start a new generation of `key` when the current transaction commits (at once outside
    one), once per transaction."""
    once_at_commit(key, lambda _state: cache.set(key, (uuid.uuid4().hex, timezone.now()), None))
