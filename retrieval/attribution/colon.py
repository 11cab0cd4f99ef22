"""Colon attributions: a transcript turn (``PENCE: We will ...``) or a headline (``Sanders: ...``).

A name before a colon opening the sentence is its speaker, unless the words before the colon are
a label ("Update:", "Editor’s note:", "Two questions:"); a label naming whose words follow
("What she's saying: “...”", "From Jo Bloggs writing at the Post:") names its speaker. A sentence that ends in a colon right
before a quoted paragraph introduces it (``Smith did not deny the claims in a statement:``): its
subject, when it can speak, is the speaker (``introducing_claim``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from retrieval.attribution.claims import Claim
from retrieval.attribution.colon_contents import says_nothing
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.cue_checks import can_speak
from retrieval.attribution.person import Person
from retrieval.attribution.quotes import QUOTED
from retrieval.attribution.subjects import sentence_subject
from retrieval.attribution.tokens import Token
from retrieval.lexicon import words as word_list

__all__ = ["colon_claim", "introducing_claim", "named_before_colon"]

# "PENCE: ...", "Sanders: ...", a list item "- Tim Dams, Screen International: Film - ...", a name
# with a particle ("Mayor Bill de Blasio: ...") and one with its party in brackets, the quotation
# right after the colon ("Rep. Jo Bloggs (R-Ohio):“We ...").
_COLON_LAYOUT = (
    r"\s*(?:[-–•*][ \t]+)?[\"“]?\s*((?:[A-Z][\w.’'\-]*\s+(?:(?:{particles})\s+)?){{0,2}}[A-Z][\w.’'\-]*)"
    r"(?P<affiliation>[ \t]*,[ \t]*[^:,\n]{{1,40}})?(?:[ \t]*\([A-Z][^()\n]{{0,20}}\))?\s*:(?:\s+\S|[“\"‘'])"
)


# A round-up's item after its heading and a dash, the quotation right after the colon
# ("POLLS WERE NOT WRONG - Jo Bloggs: “Although the polls ...").
_DASHED_LAYOUT = r"[ \t][-–—][ \t]+((?:[A-Z][\w.’'\-]*\s+(?:(?:{particles})\s+)?){{0,2}}[A-Z][\w.’'\-]*)(?P<affiliation>)\s*:\s*[“\"‘']"


@lru_cache(maxsize=1)
def _colon_speaker() -> re.Pattern[str]:
    return re.compile(_COLON_LAYOUT.format(particles="|".join(sorted(lexicon().words["name_particle"]))))


@lru_cache(maxsize=1)
def _dashed_speaker() -> re.Pattern[str]:
    return re.compile(_DASHED_LAYOUT.format(particles="|".join(sorted(lexicon().words["name_particle"]))))


# "What she's saying: “...”", "What Pelosi said:": a label naming whose words follow. "What
# they're saying:" is left alone: it opens a round-up whose items name their own sources.
_SAYING_LABEL = re.compile(
    r"\s*What[ \t]+(?P<who>[Hh]e|[Ss]he|[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,2})"
    r"(?:[’']s|[ \t]+(?:is|was|has))?[ \t]+(?P<cue>saying|said|says|told|tells|wrote|writes)\b[^:\n]{0,40}:[ \t]*\S"
)

# "From David Olson writing at Newsday:", "And from pastor Shannon Wright, a Baltimore Republican:
# “...”": a round-up's label naming whose words follow, the first capitalised run its speaker. The
# colon ends the sentence or opens a quotation ("From Monday: shops open" names no one).
_FROM_LABEL = re.compile(r"\s*(?:And[ \t]+)?[Ff]rom[ \t]+(?P<phrase>[^:,\n]{1,60})(?:,[^:\n]{0,80})?:[ \t]*(?:$|[“\"‘'])")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.’'\-]*(?:[ \t]+(?:(?:of|for|the)[ \t]+)?[A-Z][\w.’'\-]*)*")

# "A: ..." or "Q: ..." is a one-letter label, not a speaker's name.
MIN_COLON_NAME_LETTERS = 2
# "Tim Dams, Screen International:": a name before an affiliation is a full name, two words or more.
MIN_AFFILIATED_NAME_WORDS = 2


def colon_claim(text: str, masked: str) -> Claim | None:
    """``PENCE: We will ...`` (transcript) or ``Sanders: Clinton needs to ...`` (headline)."""
    if ":" not in text or masked.lstrip()[:1] == QUOTED:  # no colon: no label (the cheap test first)
        return None  # inside someone else's quotation
    said = _SAYING_LABEL.match(text)
    if said is not None:
        return Claim(said.start("who"), said.end("who"), said.group("cue"), "SVQ")
    source = _FROM_LABEL.match(text.rstrip())
    if source is not None:
        name = _CAPITALISED_RUN.search(source.group("phrase"))
        if name is None:
            return None  # "From left: ..."
        return Claim(source.start("phrase") + name.start(), source.start("phrase") + name.end(), "from", "SVQ")
    m = _colon_speaker().match(text)
    if m is None and (" - " in text or " – " in text or " — " in text):
        m = _dashed_speaker().search(text)
        if m is not None and masked[m.start(1)] == QUOTED:
            return None  # "“We met - Jo Bloggs: ...”": inside a quotation
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
        if any(w.endswith(("’s", "'s")) or not (w[0].isupper() or w in words["name_particle"]) for w in tokens):
            return None
    if says_nothing(text[text.index(":", m.end(1)) + 1 :]):
        return None  # "Clinton: 547.", "Twitter: @jobloggs.", "Iowa: Tim Albrecht, Brad Anderson, ..."
    return Claim(m.start(1), m.end(1), ":", "COLON")


def introducing_claim(masked: str, toks: Sequence[Token]) -> Claim | None:
    """``Smith did not deny the claims in a statement to the Ledger:`` before a paragraph that
    opens with a quotation (the caller checks that): the sentence's subject introduces the
    quotation, whatever its verb, so it is the speaker; a subject that cannot speak ("The rules
    are:") introduces no one's words."""
    if not masked.rstrip().endswith(":"):
        return None
    span = sentence_subject(toks)
    if span is None or not can_speak(toks[span.last]) or span.last + 1 >= len(toks):
        return None
    after = toks[span.last + 1]
    lex = lexicon()
    verb_like = after.text == "," or after.lower in lex.words["aux"] or after.lower in lex.verbs or after.lower.endswith(("ed", "s"))
    if not verb_like:
        return None  # "Partial transcript as follows:": a capitalised adjective, then its noun
    return Claim(toks[span.first].start, toks[span.last].end, ":", "SVQ")


# "... doesn't surprise Republican pollster Daron Shaw: “...”", "Pollsters agree - Carl Bialik:
# “...”": a capitalised run of up to four words right before a colon that opens a quotation.
# "by DNAinfo's Eddie Small:": a byline's "by" stands this many characters before the name, at most.
BYLINE_REACH = 40
_NAME_BEFORE_QUOTE = re.compile(r"((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*)[ \t]*:[ \t]*[“\"‘']")


def named_before_colon(text: str, masked: str, people: Sequence[Person]) -> tuple[int, int] | None:
    """The character span of a person named right before a colon that opens a quotation, in a
    sentence with no reporting clause ("The surge doesn't surprise pollster Daron Shaw: “...”",
    "More from Blumenthal and Cohen: “...”"): the person whose words the quotation gives. The
    run must end in the full name of someone the article names, or be their surname alone, and
    the quotation must end the sentence."""
    for m in _NAME_BEFORE_QUOTE.finditer(text):
        if masked[m.start(1)] == QUOTED:
            continue  # a colon inside someone's quotation
        if not _ends_sentence(text, masked, m.end()):
            continue  # “Make America Great Again” hats were everywhere: a slogan in the reporter's sentence
        run = m.group(1)
        governing = text[: m.start(1)].split()[-1:]
        if governing and governing[0].lower() in word_list("tail_prepositions.txt") and governing[0].lower() != "from":
            continue  # "united in their praise for Melania Trump: “Elegant.”": words about her ("from X:" is a source)
        if any(w.lower() == "by" for w in text[max(0, m.start(1) - BYLINE_REACH) : m.start(1)].split()[-2:]):
            continue  # "“Pop-up art show ...,” by DNAinfo's Eddie Small: “...”": a byline before an excerpt
        for person in people:
            if not person.key[0]:
                continue
            if run == person.name or run.endswith(" " + person.name):
                return m.end(1) - len(person.name), m.end(1)
            if run.lower() == person.surname:
                return m.start(1), m.end(1)
    return None


def _ends_sentence(text: str, masked: str, start: int) -> bool:
    """The quotation opening at ``start`` ends the sentence: no word of the reporter's follows
    it, or it closes on a full stop, so that what follows is a new sentence run on."""
    at = start
    while at < len(masked) and (masked[at] == QUOTED or masked[at].isspace()):
        at += 1
    if not re.search(r"[^\W_]", masked[at + 1 :]):
        return True
    before = text[start:at].rstrip()
    return before[-1:] in (".", "?", "!", "…")
