"""A speech noun's words are its own phrase: what a ``NOMINAL`` attribution may answer for.

"CBS fired anchor Charlie Rose last year amid allegations of sexual harassment from multiple
women" attributes to the women only "allegations of sexual harassment"; the rest is the writer's.
Such a sentence answers a question only when its noun's phrase (from the speech noun to its
source) holds a word the question asked or a stand-in for one: "who alleged sexual harassment?"
is answered by it, "who commented on Charlie Rose's firing?" is not.
"""

from __future__ import annotations

import re
from typing import Collection

import numpy as np

from retrieval.answer.search import Ranked
from retrieval.index.library import Searcher
from retrieval.index.terms import tokenize

__all__ = ["noun_phrase", "own_phrases", "NOMINAL_KIND"]

NOMINAL_KIND = "NOMINAL"  # the layout ``attribution.nominal`` names a speech noun's source with


def noun_phrase(text: str, cue: str | None, mention: str) -> str | None:
    """The words from the speech noun (the cue's first word) to the end of its source's mention,
    None when either cannot be found in ``text``."""
    if not cue or not mention:
        return None
    noun = cue.split()[0]
    end = text.rfind(mention)
    if end < 0:
        return None
    starts = [m.start() for m in re.finditer(rf"\b{re.escape(noun)}\b", text[:end], re.I)]
    return text[starts[-1] : end + len(mention)] if starts else None


def own_phrases(library: Searcher, ranked: Ranked, terms: Collection[str], look: int) -> Ranked:
    """``ranked`` without the nominal attributions among its first ``look`` kept sentences whose
    noun phrase holds none of ``terms`` (nor the sentence's stand-ins); the rest unread."""
    keep = np.ones(len(ranked), bool)
    kept = 0
    for j, i in enumerate(ranked.indices.tolist()):
        if kept >= look:
            break
        a = library.attribution(int(i))
        if a is not None and a.kind == NOMINAL_KIND:
            phrase = noun_phrase(library.text(int(i)), a.cue, a.mention)
            wanted = set(terms) | {p for term, _ in ranked.stand_ins[j] for p in term.split("_")}
            keep[j] = phrase is None or bool(wanted.intersection(tokenize(phrase)))
        kept += int(keep[j])
    return ranked if keep.all() else ranked.where(keep)
