"""What changed between two versions of a draft, element by element and word by word.

Elements are matched by their key (never by position), so an article that moved or was
renumbered is still "the same article", and one that appears only in the newer version is
"added". Words are compared with difflib, in the reader's language.
"""

import difflib
import re
from dataclasses import dataclass, field

from .models import DraftElement

WORDS = re.compile(r"\s*\S+\s*|\s+")


@dataclass
class ElementChange:
    key: str
    status: str  # "added", "removed", "changed" or "unchanged"
    old: DraftElement | None
    new: DraftElement | None
    title: list = field(default_factory=list)  # [(op, text)], op: "same", "ins", "del"
    text: list = field(default_factory=list)

    @property
    def element(self) -> DraftElement:
        return self.new or self.old


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """[(op, text)] that turn `old` into `new`: "same" runs, "del" and "ins" runs of whole
    words (the spaces around a changed run stay outside it)."""
    before, after = WORDS.findall(old), WORDS.findall(new)
    result = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(
        a=before, b=after, autojunk=False
    ).get_opcodes():
        if op == "equal":
            result.append(("same", "".join(before[a1:a2])))
            continue
        removed, added = "".join(before[a1:a2]), "".join(after[b1:b2])
        tail = added if added else removed
        trailing = tail[len(tail.rstrip()) :]
        if removed.strip():
            result.append(("del", removed.strip()))
        if added.strip():
            result.append(("ins", added.strip()))
        if trailing:
            result.append(("same", trailing))
    return result


def compare(old_elements: list[DraftElement], new_elements: list[DraftElement]) -> list:
    """The changes, in the newer version's order; removed elements after the element that
    preceded them in the older version."""
    old_by_key = {e.key: e for e in old_elements}
    new_keys = {e.key for e in new_elements}
    changes = []
    for element in new_elements:
        old = old_by_key.get(element.key)
        changes.append(_change(old, element))
    # removed ones: after their old predecessor (or first)
    for index, old in enumerate(old_elements):
        if old.key in new_keys:
            continue
        previous = next((e.key for e in reversed(old_elements[:index]) if e.key in new_keys), None)
        position = next((i + 1 for i, change in enumerate(changes) if change.key == previous), 0)
        changes.insert(position, ElementChange(old.key, "removed", old, None))
    return changes


def _change(old: DraftElement | None, new: DraftElement) -> ElementChange:
    if old is None:
        return ElementChange(new.key, "added", None, new)
    title = word_diff(old.title, new.title)
    text = word_diff(old.text, new.text)
    changed = any(op != "same" for op, _ in title + text) or old.number != new.number
    return ElementChange(new.key, "changed" if changed else "unchanged", old, new, title, text)
