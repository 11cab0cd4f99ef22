"""Names cut at a joiner: "Small Arms Analytics | & Forecasting", "the Center for Systems
Science and Engineering | at Johns Hopkins University".

The cue rules end a speaker phrase at a preposition or an ampersand, so a body whose name holds
one is read short: "Small Arms Analytics" (& Forecasting), "U.N. Intergovernmental Panel" (on
Climate Change), "Center for Systems Science and Engineering" (at Johns Hopkins University). When an organisation's phrase of two words
or more is followed in its sentence by a joiner (``_JOINERS``) and a run of capitalised words, the
run is more of the name and the speaker is the whole of it. A day or a month after the joiner
("Microsoft Research on Tuesday said") is a time, a first name a person: neither extends it. A
capitalised run read as a person's name runs on only as ``_BODY_JOINERS`` says.
"""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.speakers import Phrase

__all__ = ["whole_name"]

# "in" is left out: after a body's name it mostly tells where the body is ("University Health in
# San Antonio tweeted"), seldom more of its name.
_JOINERS = ("on", "at", "of", "for", "&")
# A run of capitalised words read as a person's name ("Small Arms Analytics") runs on only after
# an ampersand, which a person's name never holds, and only when it opens with no first name or
# title: "Dana Wolfe on Twitter", "Rep. John Lewis of Georgia" stay as written.
_BODY_JOINERS = ("&",)
_RUN = r"[A-Z][\w.’'\-]*(?:[ \t]+(?:(?:of|for|on|and|&)[ \t]+)?[A-Z][\w.’'\-]*)*"
_WORDS_OF_NAME = frozenset({"of", "for", "and", "the", "&", "on", "in", "at"})


def whole_name(phrase: Phrase, sentence: str, appositive: str | None) -> tuple[Phrase, str | None]:
    """``phrase`` with its name run on to the whole name ``sentence`` writes, and ``appositive``
    cleared when it was that run ("on Climate Change"); both as they were otherwise."""
    words = phrase.name.split()
    if phrase.kind not in ("organisation", "person") or len(words) < 2 or not all(w[:1].isupper() or w.lower() in _WORDS_OF_NAME for w in words[1:]):
        return phrase, appositive
    lex = lexicon()
    opening = words[0].lower()
    if phrase.kind == "person" and (opening in lex.first_names or opening in lex.titles or opening.rstrip(".") in lex.titles):
        return phrase, appositive
    joiners = "|".join(re.escape(j) for j in (_JOINERS if phrase.kind == "organisation" else _BODY_JOINERS))
    found = re.search(rf"{re.escape(phrase.name)}[ \t]+(?P<tail>(?:{joiners})[ \t]+(?:the[ \t]+)?(?P<run>{_RUN}))", sentence)
    if found is None:
        return phrase, appositive
    first = found.group("run").split()[0].lower().rstrip(".,")
    if first in lex.words["time"] or first in lex.first_names or first in lex.titles:
        return phrase, appositive
    tail = found.group("tail").rstrip(".,")
    rest = appositive if appositive is None or appositive.strip(" ,") != tail else None
    return replace(phrase, name=f"{phrase.name} {tail}"), rest
