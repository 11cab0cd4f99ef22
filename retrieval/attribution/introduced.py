"""Bodies introduced by their kind: "The nonprofit Appalachian Voices has conducted tests ...:
“...,” the group said."

A body whose name carries no word of its kind ("Appalachian Voices", "RIP Medical Debt", "Common
Cause") is often introduced by a kind noun before its name ("the nonprofit", "the watchdog group")
in a sentence that reports no words of its own, so no clause makes it a speaker. A description by a
generic head ("the group", "the organization", "the company") that no named body fits goes to the
latest body so introduced in its own sentence or the one before (``INTRO_GAP``), when the kind fits
the head (``body_kinds.tsv``). Pure look-up for ``organisations.described_body``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from retrieval.attribution.lexicon import lexicon
from retrieval.lexicon import lines

__all__ = ["INTRO_GAP", "introduced_body"]

# "The non-profit RIP Medical Debt has worked ... “...,” says the organization.": the sentence
# introducing the body and the next one.
INTRO_GAP = 1
_NAME = r"[A-Z][\w’'&\-]*(?:[ \t]+(?:(?:of|for|&)[ \t]+)?[A-Z][\w’'&\-]*)*"


@lru_cache(maxsize=1)
def _kinds() -> dict[str, re.Pattern[str]]:
    """Head -> the pattern of "the [modifier] KIND Name" for the kinds that fit it."""
    out: dict[str, re.Pattern[str]] = {}
    for line in lines("body_kinds.tsv"):
        head, _, kinds = line.partition("\t")
        alternatives = "|".join(re.escape(k) for k in sorted(kinds.split(), key=len, reverse=True))
        out[head.strip()] = re.compile(rf"\b[Tt]he[ \t]+(?:[a-z\-]+[ \t]+)?(?:{alternatives})[ \t]+(?P<name>{_NAME})")
    return out


def introduced_body(head: str, masked: Sequence[str], index: int) -> str | None:
    """The body "the group" (``head``) in sentence ``index`` goes back to, or None."""
    pattern = _kinds().get(head)
    if pattern is None:
        return None
    for j in range(index, max(-1, index - 1 - INTRO_GAP), -1):
        if j >= len(masked):
            continue
        names = [name for m in pattern.finditer(masked[j]) if (name := _body_name(m.group("name"))) is not None]
        if names:
            return names[-1]
    return None


def _body_name(run: str) -> str | None:
    """The run as a body's name ("Appalachian Voices"), or None when it opens with a title, a
    first name or a day ("the group President Ames", "the firm Tuesday"): a person or a time."""
    words = run.removesuffix("’s").removesuffix("'s").split()
    lex = lexicon()
    first = words[0].lower()
    if first in lex.titles or first in lex.first_names or first in lex.words["time"]:
        return None
    return " ".join(words)
