"""Other spellings of a question's word: British and American ("criticised" ~ "criticized",
"labour" ~ "labor", "defence" ~ "defense") and a compound's other number ("congresswomen" ~
"congresswoman").

The stemmer joins a word's forms but not its spellings: "criticised" is ``criticis`` and
"criticized" ``critic``, so a question written in one spelling shares no term with an article
written in the other, and the related-words table, keyed by WordNet's American lemmas, has no row
for the British one. The endings are data (``lexicon/spelling_endings.tsv``), read on stems; a
variant stands in only when the articles hold it (``related.term_groups``), so a rule that makes
a non-word ("promis" -> "promize") does nothing.
"""

from __future__ import annotations

import functools

from retrieval.index.terms import tokenize
from retrieval.lexicon import lines

__all__ = ["spelling_variants", "MIN_STEM"]

# Letters a stem keeps before its ending: "tour" is no "tor", "man" no "men".
MIN_STEM = 3


@functools.cache
def _endings() -> tuple[tuple[str, str], ...]:
    rows = (line.split("\t") for line in lines("spelling_endings.tsv"))
    return tuple((row[0].strip(), row[1].strip()) for row in rows if len(row) >= 2)


@functools.cache
def spelling_variants(term: str) -> tuple[str, ...]:
    """Index terms of ``term`` spelled the other way ("criticis" -> "critic", "labour" ->
    "labor", "congresswomen" -> "congresswoman"); () for a number, a phrase or a word no rule
    fits. Each variant is one term and differs from ``term``."""
    if "_" in term or not term.isalpha():
        return ()
    out: list[str] = []
    for stem_ending, written in _endings():
        if term.endswith(stem_ending) and len(term) - len(stem_ending) >= MIN_STEM:
            found = tokenize(term[: len(term) - len(stem_ending)] + written)
            if len(found) == 1 and found[0] != term and found[0] not in out:
                out.append(found[0])
    return tuple(out)
