"""Colon attributions: a transcript turn (``PENCE: We will ...``) or a headline (``Sanders: ...``).

A name before a colon opening the sentence is its speaker, unless the words before the colon are
a label ("Update:", "Editor’s note:", "Two questions:").
"""

from __future__ import annotations

import re

from retrieval.attribution.claims import Claim
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.quotes import QUOTED

__all__ = ["colon_claim"]

# "PENCE: ...", "Sanders: ...", and a list item "- Tim Dams, Screen International: Film - ...".
_COLON_SPEAKER = re.compile(
    r"\s*(?:[-–•*][ \t]+)?[\"“]?\s*((?:[A-Z][\w.’'\-]*\s+){0,2}[A-Z][\w.’'\-]*)(?P<affiliation>[ \t]*,[ \t]*[^:,\n]{1,40})?\s*:\s+\S"
)
# "A: ..." or "Q: ..." is a one-letter label, not a speaker's name.
MIN_COLON_NAME_LETTERS = 2
# "Tim Dams, Screen International:": a name before an affiliation is a full name, two words or more.
MIN_AFFILIATED_NAME_WORDS = 2


def colon_claim(text: str, masked: str) -> Claim | None:
    """``PENCE: We will ...`` (transcript) or ``Sanders: Clinton needs to ...`` (headline)."""
    if masked.lstrip()[:1] == QUOTED:
        return None  # inside someone else's quotation
    m = _COLON_SPEAKER.match(text)
    if m is None:
        return None
    name = m.group(1)
    if m.group("affiliation") and len(name.split()) < MIN_AFFILIATED_NAME_WORDS:
        return None  # "Sen, however: ..." — only a full name takes an affiliation after a comma
    first, _, rest = name.partition(" ")
    verb = lexicon().verbs.get(first.lower())
    if verb is not None and verb.finite and verb.invert and rest:
        # "Said Timme: “We're warriors.”": an inverted clause opening the sentence, not a label.
        return Claim(m.start(1) + len(first) + 1, m.end(1), first, "SVQ")
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < MIN_COLON_NAME_LETTERS:
        return None
    if all(ch.isupper() for ch in letters) and name.lower() in lexicon().words["label"]:
        return None  # "UPDATE: ...", "CORRECTION: ...": a label in capitals is still a label
    if not all(ch.isupper() for ch in letters):
        # A title-case name, not a label ("Update:", "Editor’s note:", "Two questions:").
        words = lexicon().words
        tokens = name.split()
        if any(w.lower() in words["label"] or w.lower() in words["determiner"] or w.lower() in words["preposition"] for w in tokens):
            return None
        if any(w.endswith(("’s", "'s")) or not w[0].isupper() for w in tokens):
            return None
    return Claim(m.start(1), m.end(1), ":", "COLON")

