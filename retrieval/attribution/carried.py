"""Carried speech within a paragraph that no reporting clause names: a quotation led into by the
reporter's sentence about its speaker, and the points of a list someone gave.

``He goes on to contrast unity with division. “Our answer is ...”``: the quotation is his
(the lead-in's person, ``leads.lead_claim``). ``Frieden outlined four tasks. First, test everyone.
Second, ...``: each point is Frieden's. ``continuation.carry`` runs these per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping, Sequence

from retrieval.attribution.quotes import QUOTE_MIN_WORDS, QuoteView
from retrieval.lexicon import words
from retrieval.models import Attribution

__all__ = ["leads_into", "after_lead", "enumerated_points"]

_FIRST_WORD = re.compile(r"([^\W\d_]+),")


def _continued(source: Attribution) -> Attribution:
    return replace(source, kind="CONTINUATION", resolution="continuation")


def leads_into(view: QuoteView) -> bool:
    """The sentence opens a quotation of its own, so the sentence before it may lead into it
    ("He was unmoved. | “That is nonsense.”")."""
    return view.opens_with_quote and view.quoted_words >= QUOTE_MIN_WORDS and not view.opens_with_title and not view.open_at_start


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
    openers = words("enumeration_openers.txt")
    for previous, k in zip(members, members[1:]):
        source = out[previous]
        if out[k] is None and source is not None:
            first = _FIRST_WORD.match(views[k].masked.lstrip())
            if first is not None and first.group(1).lower() in openers:
                out[k] = _continued(source)
