"""Carried speech within a paragraph that no reporting clause names: a quotation led into by the
reporter's sentence about its speaker, the points of a list someone gave, and speech printed
without quotation marks.

``He goes on to contrast unity with division. “Our answer is ...”``: the quotation is his
(the lead-in's person, ``leads.lead_claim``). ``Frieden outlined four tasks. First, test everyone.
Second, ...``: each point is Frieden's. ``The president said Prime Minister you have a fine
reputation. You are a terrific guy. I will visit soon.``: a readout printing someone's words
without marks goes on while it speaks in the first or second person. ``Though “the devil's in the
details,” “the angel is in the policy.”`` after Romney's words: the words quoted within the
reporter's sentence are still Romney's. ``continuation.carry`` runs these per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping, Sequence

from retrieval.attribution.quotes import QUOTE_MIN_WORDS, QUOTED, QuoteView
from retrieval.lexicon import words
from retrieval.models import Attribution

__all__ = ["leads_into", "carry_within", "after_lead", "enumerated_points", "unmarked_speech", "partial_quotes"]

_FIRST_WORD = re.compile(r"([^\W\d_]+),")
# Words of the first or second person: the speaker's own voice (never "US", the country).
# A word inside a compound ("hold-your-nose vote") is no one's voice.
_PERSON = re.compile(r"(?<![\w-])(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)(?![\w-])")
# "... said Prime Minister you have ...": the reported words address someone, so they are the
# speaker's own words printed without marks, not a report of them.
_ADDRESS = re.compile(r"(?<![\w-])[Yy]our?(?![\w-])")
# A capitalised word outside the quotation: a name the sentence brings in ("Ravi Shah, ... is
# accused of “...”"), so the words quoted may be someone else's.
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")
# A word hidden in a quotation, and a quoted fragment (quoted words in a row, counted by spaces:
# “show-me-your-papers” is one).
_QUOTED_RUN = re.compile(f"{QUOTED}+")
_QUOTED_RUN_SPAN = re.compile(f"{QUOTED}[{QUOTED}\\s]*{QUOTED}|{QUOTED}")
# The speaker named in a sentence that quotes them is its subject, within its first words
# ("Further, the FBI noticed “...”"); named later, the sentence is about them.
SUBJECT_WORDS = 3
# "the", "of", "a": short lower-case words of a speaker's mention ("the council") name no one.
SHORT_WORD = 3
# Sentences in the third person that unmarked speech may hold between two in the first or second
# ("Your country is amazing. | Pakistanis are very intelligent. | I am ready to help.").
MAX_THIRD_PERSON_RUN = 1


def _continued(source: Attribution) -> Attribution:
    return replace(source, kind="CONTINUATION", resolution="continuation")


def leads_into(view: QuoteView) -> bool:
    """The sentence opens a quotation of its own, so the sentence before it may lead into it
    ("He was unmoved. | “That is nonsense.”")."""
    return view.opens_with_quote and view.quoted_words >= QUOTE_MIN_WORDS and not view.opens_with_title and not view.open_at_start


def carry_within(
    members: Sequence[int],
    views: Sequence[QuoteView],
    own: Sequence[Attribution | None],
    texts: Sequence[str],
    out: list[Attribution | None],
    leads: Mapping[int, Attribution],
    before: int | None,
) -> None:
    """Every rule of this module over one paragraph, in order, filling ``out`` in place
    (``before``: the last sentence of the paragraph before, if any)."""
    after_lead(members, views, out, leads)
    enumerated_points(members, views, out)
    unmarked_speech(members, views, own, out)
    partial_quotes(members, views, texts, out, before)


def after_lead(members: Sequence[int], views: Sequence[QuoteView], out: list[Attribution | None], leads: Mapping[int, Attribution]) -> None:
    """“...” with no clause right after a reporter's sentence about someone, in one paragraph
    ("He goes on to contrast unity with division. “Our answer is ...”"): that person's words.

    Args:
        members: the paragraph's sentence numbers.
        views: each sentence's quotation view.
        out: the attributions so far, filled in place.
        leads: the lead-in's person by sentence number.
    """
    for previous, k in zip(members, members[1:]):
        if out[k] is None and out[previous] is None and previous in leads and leads_into(views[k]):
            out[k] = _continued(leads[previous])


def enumerated_points(members: Sequence[int], views: Sequence[QuoteView], out: list[Attribution | None]) -> None:
    """A point of a list opened by an ordinal and a comma ("Frieden outlined four tasks. | First,
    test everyone. | Second, ..."), with no clause of its own, goes on the speaker of the sentence
    before it in the paragraph (the list's announcement or the point before).

    Args:
        members: the paragraph's sentence numbers.
        views: each sentence's quotation view.
        out: the attributions so far, filled in place.
    """
    for previous, k in zip(members, members[1:]):
        source = out[previous]
        if out[k] is None and source is not None:
            first = _FIRST_WORD.match(views[k].masked.lstrip())
            if first is not None and first.group(1).lower() in words("enumeration_openers.txt"):
                out[k] = _continued(source)


def unmarked_speech(members: Sequence[int], views: Sequence[QuoteView], own: Sequence[Attribution | None], out: list[Attribution | None]) -> None:
    """Speech printed without quotation marks: a reporting clause whose words address someone
    ("Trump said Prime Minister you have a very good reputation.") opens it, and the sentences
    after it in the paragraph with no clause of their own and no quotation are the speaker's
    while they speak in the first or second person ("You are a terrific guy. I will come.").

    Args:
        members: the paragraph's sentence numbers.
        views: each sentence's quotation view.
        own: each sentence's own attribution.
        out: the attributions so far, filled in place.
    """
    source: Attribution | None = None
    pending: list[int] = []  # third-person sentences since the last one in the speaker's voice
    for k in members:
        view, claimed = views[k], own[k]
        if claimed is not None:
            source, pending = (claimed if _addresses(view.masked, claimed) else None), []
            continue
        if source is None or view.quoted_words or out[k] is not None:
            source, pending = None, []
            continue
        if not _PERSON.search(view.masked):
            pending.append(k)
            if len(pending) > MAX_THIRD_PERSON_RUN:
                source, pending = None, []
            continue
        for n in (*pending, k):
            out[n] = _continued(source)
        pending = []


def _addresses(masked: str, attribution: Attribution) -> bool:
    """A clause naming its speaker first ("X said ...") in a sentence with no quotation, whose
    words after the cue speak to someone ("you", "your")."""
    if attribution.kind != "SV" or not attribution.cue or '"' in masked:
        return False
    at = masked.find(attribution.cue)
    return at >= 0 and _ADDRESS.search(masked, at + len(attribution.cue)) is not None


def partial_quotes(
    members: Sequence[int], views: Sequence[QuoteView], texts: Sequence[str], out: list[Attribution | None], before: int | None
) -> None:
    """A reporter's sentence with no clause of its own that quotes someone's words within it
    ("Though “the devil's in the details,” “the angel is in the policy.”"), right after a
    sentence giving someone's words, quotes the same speaker. Not when it brings in a name of
    its own ("The email from Jon Fine sought “...”"), names the speaker past its opening words
    ("One excuse unavailable to Fox News is that “...”": a sentence about them), or echoes words
    the sentence before quoted ("at a time when “contacts with the public” are ...").

    Args:
        members: the paragraph's sentence numbers.
        views: each sentence's quotation view.
        texts: each sentence's text.
        out: the attributions so far, filled in place.
        before: the last sentence of the paragraph before, if any.
    """
    for position, k in enumerate(members):
        previous = members[position - 1] if position else before
        source = out[previous] if previous is not None else None
        view = views[k]
        if out[k] is not None or source is None or source.resolution == "unresolved" or previous is None:
            continue
        if view.opens_with_quote or view.open_at_start or view.quoted_words < QUOTE_MIN_WORDS:
            continue
        if max(len(_QUOTED_RUN.findall(m.group())) for m in _QUOTED_RUN_SPAN.finditer(view.masked)) < QUOTE_MIN_WORDS:
            continue  # words such as “ambassador,” “attack” and “talking points”: terms, not speech
        if _names_anyone_else(view.masked, source) or _echoes(texts[k], view.masked, texts[previous]):
            continue
        out[k] = _continued(source)


def _names_anyone_else(masked: str, source: Attribution) -> bool:
    """The reporter's words bring in a capitalised name that is not the speaker's, or name the
    speaker past the sentence's opening words."""
    named = {w for w in (*source.speaker.split(), *source.mention.split()) if not (w.islower() and len(w) <= SHORT_WORD)}
    for n, raw in enumerate(masked.split()):
        word = raw.strip(",.;:!?()—–-").removesuffix("’s").removesuffix("'s")
        if word in named:
            if n >= SUBJECT_WORDS:
                return True
        elif n and word != "I" and _CAPITALISED.match(word):
            return True  # the sentence's first word is capitalised anyway
    return False


def _echoes(text: str, masked: str, before: str) -> bool:
    """Every quoted fragment of the sentence is written in the sentence before it too."""
    fragments = [text[m.start() : m.end()] for m in _QUOTED_RUN_SPAN.finditer(masked)]
    return bool(fragments) and all(fragment in before for fragment in fragments)
