"""Questions that ask about something not happening: "who said there were **no** deaths?",
"who said the apology was **insincere**?" (read as "not sincere")."""

from __future__ import annotations

import re
from typing import Sequence

from retrieval.index.terms import tokenize
from retrieval.lexicon import words

__all__ = ["negated", "negated_stem", "says_no", "MIN_NEGATED_STEM", "NEGATION_REACH"]

# "unharmed", "insincere", "irresponsible": a word's negation (``negative_prefixes.txt``); the
# rest must keep this many letters ("unharm": "harm"; "inept" is no negated "ept").
MIN_NEGATED_STEM = 4


def negated_stem(term: str) -> str | None:
    """"insincer" -> "sincer": the term without a negating prefix, None when it starts with none."""
    for prefix in sorted(words("negative_prefixes.txt"), key=len, reverse=True):
        if term.startswith(prefix) and len(term) - len(prefix) >= MIN_NEGATED_STEM:
            return term[len(prefix) :]
    return None


def negated(topic: str | None) -> bool:
    """Whether ``topic`` holds a negation word ("no", "none", "didn't")."""
    if not topic:
        return False
    negations = words("negation_words.txt")
    return any(w.strip("?.,!").lower() in negations or w.lower().endswith(("n't", "n’t")) for w in topic.split())


# A negation this many words before (or at) a matched word denies it: "suffered no casualties",
# "none of their troops in Iraq were harmed"; "to prevent more deaths" denies nothing.
NEGATION_REACH = 8
_WORDS = re.compile(r"\w+(?:['’]\w+)*")


def says_no(text: str, terms: Sequence[str] = ()) -> bool:
    """Whether a sentence says that something (one of ``terms``, when given) did not happen."""
    negations = words("negation_words.txt")
    found = _WORDS.findall(text)
    denied = [w.lower() in negations or w.lower().endswith(("n't", "n’t")) for w in found]
    if not terms:
        return any(denied)
    wanted = set(terms)
    for i, word in enumerate(found):
        if wanted.intersection(tokenize(word)) and any(denied[max(0, i - NEGATION_REACH) : i + 1]):
            return True
    return False
