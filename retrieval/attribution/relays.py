"""Relayed quotations: "“...,” Graveley said, the Washington Post reports."

A publisher that credits another outlet's reporting paragraph by paragraph closes each sentence
with ", the Post reports." When the sentence is a quotation closed by its speaker's own clause
("“...,” Graveley said", "“...,” said Graveley") before that close, the words are the quoted
person's and the close only says where they were reported: that clause governs (the person speaks,
and the quotation after the sentence goes on with them), and the outlet is an outer source, a
``via``. Reported speech without quotation marks ("Kizer said Volar told her she owed him, the
Post reports") stays the outlet's report, as PolNeAR's annotators read it ("The Trump campaign
said ..., CNN reported": CNN), and so does a sentence whose only clause is the close.
"""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.claims import Claim
from retrieval.attribution.cues import detect_all
from retrieval.attribution.quotes import mask_paragraph
from retrieval.lexicon import words

__all__ = ["MAX_CLOSE_WORDS", "QUOTED_KINDS", "relaying", "governing"]

# ", the Post reported on Tuesday.": at most this many words after the verb of a closing clause.
MAX_CLOSE_WORDS = 3
# The layouts of a quotation closed by its speaker's clause: "“...,” X said" and "“...,” said X".
QUOTED_KINDS = frozenset({"QSV", "QVS"})


def relaying(text: str, claim: Claim) -> bool:
    """``claim`` is a closing ", X reports." clause (``relay_verbs.txt``): after a comma, with
    its verb and at most a few words of circumstance before the sentence ends."""
    if claim.cue.lower() not in words("relay_verbs.txt") or not text[: claim.start].rstrip().endswith(","):
        return False
    at = text.find(claim.cue, claim.end)
    if at < 0:
        return False
    return len(text[at + len(claim.cue) :].split()) <= MAX_CLOSE_WORDS


def governing(text: str, claims: Sequence[Claim]) -> Claim:
    """The clause that names the sentence's speaker: ``claims[0]`` (the cue rules' choice), unless
    it is a relaying close after a quotation's own closing clause; then that clause, as the cue
    rules choose it in the sentence without its close (", Graveley said" in "“...,” Graveley
    said, the Post reports")."""
    main = claims[0]
    before = {(c.start, c.end): c for c in claims[1:] if c.end <= main.start and c.kind in QUOTED_KINDS}
    if not before or not relaying(text, main):
        return main
    cut = text[: text.rindex(",", 0, main.start)].rstrip() + "."
    own = detect_all(cut, mask_paragraph([cut], False)[0].masked)
    return before.get((own[0].start, own[0].end), main) if own else main
