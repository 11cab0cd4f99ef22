"""A person named in the reporter's few words after a quotation that a comma closes.

``“We hear a lot about trust,” commented Conservation Colorado director Pete Maysmith.``,
``“...,” argued, Alan Dershowitz, the president's lawyer.``, ``“—Clichés,” another delegate,
Maggie Maloney, broke in.``, ``“Bernie and beyond,” as Fabian described their efforts.``: the
comma inside the closing mark says the quotation is the object of the clause after it, so when
the cue rules read no clause there, the person that clause names is the speaker. The words after
the quotation must be short, hold no other quotation, and name the person as no object of a
preposition (``“...,” the union wrote to Jo Bloggs`` is not Bloggs speaking).
"""

from __future__ import annotations

import re
from typing import Sequence

from retrieval.attribution.person import Person
from retrieval.attribution.quotes import QUOTED, QuoteView
from retrieval.lexicon import words

__all__ = ["tail_name"]

# "..., is how Ryan Tarkowski, a spokesman for the state police, explained the encounter.": the
# reporter's words after the quotation hold at most this many words; more is a sentence of its own.
MAX_TAIL_WORDS = 20
# The punctuation a quotation that is the object of a following clause ends on, inside its mark.
_CLOSING_PUNCTUATION = frozenset(",?!—–")
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")


def tail_name(text: str, view: QuoteView, people: Sequence[Person]) -> tuple[int, int] | None:
    """The character span of the person named after the sentence's opening quotation, or None.

    Args:
        text: the sentence.
        view: its quotation view (``masked`` hides the quoted words).
        people: the people the article names in full (``people.scan_people``).
    """
    if not view.opens_with_quote or view.opens_with_title or view.open_at_start or view.open_at_end:
        return None
    masked = view.masked
    start = len(masked) - len(masked.lstrip())
    end = start
    while end < len(masked) and (masked[end] == QUOTED or not masked[end].isalnum()):
        end += 1  # past the quotation and its closing marks
    quoted = text[start:end].rstrip()
    if QUOTED in masked[end:] or not any(ch in _CLOSING_PUNCTUATION for ch in quoted[-3:]):
        return None
    tail = text[end:]
    if len(tail.split()) > MAX_TAIL_WORDS:
        return None
    found = _first_person(tail, people)
    return (end + found[0], end + found[1]) if found is not None else None


def _first_person(tail: str, people: Sequence[Person]) -> tuple[int, int] | None:
    """The first full name or surname of someone the article names in full, not after a
    preposition; one whose first name gives a gender ("Pete Maysmith") before one it does not
    ("Conservation Colorado executive director Pete Maysmith": a body read as a name)."""
    named = [p for p in people if p.key[0]]
    prepositions = words("tail_prepositions.txt")
    tokens = list(_WORD.finditer(tail))
    found: list[tuple[bool, int, int]] = []
    governed = False  # inside a name that a preposition governs ("to Jane Roe")
    for n, match in enumerate(tokens):
        word = match.group().rstrip(".").removesuffix("’s").removesuffix("'s")
        if not word[:1].isupper():
            governed = False
            continue
        governed = governed or (n > 0 and tokens[n - 1].group().lower() in prepositions)
        if governed:
            continue
        full = next((p for p in named if tail.startswith(p.name, match.start())), None)
        if full is not None:
            found.append((full.gender is not None, match.start(), match.start() + len(full.name)))
            continue
        bearers = [p for p in named if p.surname == word.lower()]
        if bearers:
            found.append((any(p.gender is not None for p in bearers), match.start(), match.start() + len(word)))
    best = next((f for f in found if f[0]), found[0] if found else None)
    return (best[1], best[2]) if best is not None else None
