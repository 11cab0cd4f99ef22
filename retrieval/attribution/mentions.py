"""Mentioned representatives: "A spokesperson for Trump Jr. provided a statement ... the
spokesperson said".

A sentence may introduce someone who speaks for another without reporting words of theirs ("A
spokesperson for Trump Jr. on Tuesday provided a statement to CQ Roll Call"), so no clause puts
them among the speakers. A later "the spokesperson said" that nothing else resolves goes back to
the latest such mention ("a"/"an", a noun of ``representative_nouns.txt``, then "for" and a
capitalised name) at most ``MENTION_GAP`` sentences before, as written there. Pure look-up for
``resolve.Resolver``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from retrieval.attribution.lexicon import lexicon
from retrieval.lexicon import words

__all__ = ["MENTION_GAP", "mentioned_representative"]

# "A spokesperson for X provided a statement. In the statement, the spokesperson said": the
# mention is at most this many sentences before the description.
MENTION_GAP = 3
_NAME = r"[A-Z][\w.’'\-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.’'\-]*)*"


@lru_cache(maxsize=1)
def _mention() -> re.Pattern[str]:
    nouns = "|".join(sorted(words("representative_nouns.txt")))
    return re.compile(rf"\b[Aa]n?[ \t]+(?:{nouns})[ \t]+for[ \t]+(?:the[ \t]+)?{_NAME}")


def mentioned_representative(name: str, head: str, masked: Sequence[str], index: int) -> str | None:
    """The mention "the spokesperson" (``name``, headed by ``head``) goes back to, or None."""
    if head not in words("representative_nouns.txt") or name.lower().split()[:1] != ["the"] or len(name.split()) != 2:
        return None
    for j in range(index - 1, max(-1, index - 1 - MENTION_GAP), -1):
        found = [_unstopped(m.group()) for m in _mention().finditer(masked[j]) if m.group().lower().split()[1] == head]
        if found:
            return found[-1]
    return None


def _unstopped(mention: str) -> str:
    """The mention without a sentence's full stop; an abbreviation keeps its own ("Trump Jr.")."""
    last = mention.rsplit(None, 1)[-1].lower()
    return mention if not mention.endswith(".") or last in lexicon().words["abbreviation"] else mention[:-1]
