"""Plural groups: "Three firefighters", "Democrats", and "One of them" referring back to one.

Pure helpers for ``resolve.Resolver``: whether a phrase names people in the plural, whether a
phrase is a partitive ("one of them", "a few of those"), and how the partitive is written once
its group is known ("one of the three firefighters").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence

from retrieval.attribution.lexicon import lexicon

__all__ = ["MAX_PARTITIVE_GAP", "MAX_SURNAME_WORDS", "group_referent", "partitive", "partitive_name", "plural_group", "recent_group", "together"]

# "Three firefighters were hurt. One of them said ...": "them" is a group named this many
# sentences before at most; further back it stays "One of them".
MAX_PARTITIVE_GAP = 2
# "Rodriguez Sanchez and Ramirez-Rosa": a surname in a joint name has at most this many words.
MAX_SURNAME_WORDS = 2


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


def recent_group(history: Sequence[tuple], index: int, group_subject: Callable[[int], str | None] | None) -> str | None:
    """The plural group that spoke (``history``: speaker, class, gender, description, sentence)
    or opened a sentence (``group_subject``) within ``MAX_PARTITIVE_GAP`` sentences before
    ``index``, latest first; None when there is none."""
    for speaker, cls, _, _, said in reversed(history):
        if index - said > MAX_PARTITIVE_GAP:
            break
        if cls in ("group", "organisation") and plural_group(speaker):
            return speaker
    if group_subject is None:
        return None
    for before in range(index - 1, max(index - 1 - MAX_PARTITIVE_GAP, -1), -1):
        group = group_subject(before)
        if group is not None:
            return group
    return None


def together(name: str, named: Callable[[str], str | None]) -> str | None:
    """ "Richards and Yelling" -> "Hugh Richards and Liz Yelling": each surname the person
    ``named`` gives for it, else None. A surname may be of two words ("Rodriguez Sanchez and
    Ramirez-Rosa"), and two surnames joined by a hyphen name the two people too ("the
    Grassley-Graham letter"). ("The Khans" stays as written: the family, as it is told.)"""
    parts = name.split(" and ")
    if len(parts) < 2 and " " not in name and name.count("-") == 1:
        parts = name.split("-")  # "Grassley-Graham"; "Manigault-Newman" names one person, so finds no two
    if len(parts) < 2 or not all(0 < len(part.split()) <= MAX_SURNAME_WORDS and all(w[:1].isupper() for w in part.split()) for part in parts):
        return None
    found = [named(part) for part in parts]
    if not all(found) or len(set(found)) < len(found):
        return None
    return " and ".join(found)  # type: ignore[arg-type]


def group_referent(history: Sequence[tuple], index: int, gap: int) -> tuple[str, str | None] | None:
    """ "The union said ... they said": the latest body, group or lone name heard at most ``gap``
    sentences before sentence ``index`` (speaker, description), else None; ``history`` holds
    (speaker, class, gender, description, sentence) per clause, in order."""
    for speaker, cls, _, description, said in reversed(history):
        if index - said > gap:
            return None
        if cls in ("organisation", "group", "name"):
            return speaker, description
    return None
