"""Generic documents: "A lawsuit filed April 27 says ... According to the document, ...".

An article names a document by its kind ("a lawsuit filed April 27", "an affidavit detailing the
allegations") and later calls it "the document". Such a description, "the" and a generic head
(the first line of ``document_kinds.txt``), goes back to the latest document of a named kind (the
other lines) at most ``DOCUMENT_GAP`` sentences before: one that spoke, as written when it spoke
("A lawsuit filed April 27"), else the first one the reporter named in the latest sentence
naming one ("The affidavit was attached to a warrant" -> "the affidavit"). Pure look-up for ``resolve.Resolver``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from retrieval.lexicon import lines

__all__ = ["DOCUMENT_GAP", "generic_document"]

# "The affidavit was attached to a warrant ... The document says": the document named at most
# this many sentences before.
DOCUMENT_GAP = 3


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """(generic heads, kinds of document), from ``document_kinds.txt``."""
    rows = [line.lower().split() for line in lines("document_kinds.txt")]
    return frozenset(rows[0]), frozenset(w for row in rows[1:] for w in row)


@lru_cache(maxsize=1)
def _mention() -> re.Pattern[str]:
    kinds = "|".join(sorted(_heads()[1], key=len, reverse=True))
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?({kinds})\b")


def generic_document(name: str, history: Sequence[tuple], masked: Sequence[str], index: int) -> str | None:
    """The document "the document" (``name``) in sentence ``index`` stands for, or None;
    ``history`` holds (speaker, class, gender, description, sentence) per clause, in order."""
    words = name.lower().split()
    generic, kinds = _heads()
    if len(words) != 2 or words[0] != "the" or words[1] not in generic:
        return None
    for j in range(index, max(-1, index - 1 - DOCUMENT_GAP), -1):
        spoke = [speaker for speaker, _, _, _, said in history if said == j and speaker.split()[0].lower() in ("a", "an", "the") and _kind(speaker, kinds)]
        if spoke:
            return spoke[-1]
        named = [m.group(1).lower() for m in _mention().finditer(masked[j])] if j < index and j < len(masked) else []
        if named:
            return f"the {named[0]}"  # "The affidavit was attached to a warrant": the sentence's first
    return None


def _kind(speaker: str, kinds: frozenset[str]) -> bool:
    """The speaker is a document of a named kind: "A lawsuit filed April 27", "the 72-page report"."""
    return any(w.lower().strip(",.") in kinds for w in speaker.split()[1:4])
