"""Plural groups: "Three firefighters", "Democrats", and "One of them" referring back to one.

Pure helpers for ``resolve.Resolver``: whether a phrase names people in the plural, whether a
phrase is a partitive ("one of them", "a few of those"), and how the partitive is written once
its group is known ("one of the three firefighters").
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.attribution.lexicon import lexicon

__all__ = ["partitive", "partitive_name", "plural_group"]


def plural_group(text: str) -> bool:
    """People in the plural, not a body: "Three firefighters", "Democrats" (not "The Post", "Kudos")."""
    words = text.split()
    if not words:
        return False
    last = words[-1].lower()
    if len(words) > 1 and words[-1][:1].isupper():
        return False  # "Harbour Foods", "the Friends of the Vell Museum": a name
    return lexicon().groups.get(last) == "group" or (last.endswith("s") and not last.endswith("ss") and last not in lexicon().groups)


@lru_cache(maxsize=1)
def _partitive() -> re.Pattern[str]:
    words = lexicon().words
    quantities = "|".join(map(re.escape, sorted(words["partitive"])))
    groups = "|".join(map(re.escape, sorted(words["partitive_of"])))
    return re.compile(rf"(?i)({quantities}) of (?:{groups})")


def partitive(name: str) -> str | None:
    """The quantity of "One of them" / "a few of those" (``function_words.tsv``), else None."""
    m = _partitive().fullmatch(" ".join(name.split()))
    return m.group(1) if m is not None else None


def partitive_name(quantity: str, group: str) -> str:
    """ "One" of "Three firefighters" -> "One of the three firefighters"; a capitalised group
    ("Democrats", ``proper_groups.txt``) keeps its capital."""
    first, _, rest = group.partition(" ")
    if first.lower() in ("the", "these", "those"):
        group = rest
    head = group.split()[0]
    if head.lower() not in lexicon().proper_groups:
        group = head.lower() + group[len(head) :]
    return f"{quantity} of the {group}"
