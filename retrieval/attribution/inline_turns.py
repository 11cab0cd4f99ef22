"""A transcript run into one paragraph: after a turn's label ("Barr: ..."), the sentences with no
speaker of their own are that turn's, up to the next label.

    Barr: Because I think people have to find out what the government was doing. If we're
    worried about foreign influence, we should be worried about this too. Hemmer: Why?

An excerpt of an interview or a briefing pasted from a transcript often loses its line breaks
(CNS News, Snopes): the labels stand inside one paragraph, and only the sentence each opens
carries it (kind ``COLON``). A paragraph counts as such a transcript when it opens with a turn
and holds at least two; a single "Sanders: ..." headline or label in a paragraph of narration
gives nothing to the sentences after it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from retrieval.models import Attribution

__all__ = ["inline_turns", "MIN_TURNS"]

# Turns in one paragraph that make it a transcript run together.
MIN_TURNS = 2


def inline_turns(paragraphs: Sequence[Sequence[int]], out: Sequence[Attribution | None]) -> list[Attribution | None]:
    """``out`` with each unattributed sentence of a run-together transcript given its turn's speaker.

    Args:
        paragraphs: sentence numbers by paragraph, in order.
        out: each sentence's attribution so far.
    """
    result = list(out)
    for members in paragraphs:
        turns = [k for k in members if _is_turn(result[k])]
        if len(turns) < MIN_TURNS or turns[0] != members[0]:
            continue
        current: Attribution | None = None
        for k in members:
            given = result[k]
            if _is_turn(given):
                current = given
            elif given is None and current is not None:
                result[k] = replace(current, kind="CONTINUATION", resolution="continuation")
    return result


def _is_turn(attribution: Attribution | None) -> bool:
    return attribution is not None and attribution.kind == "COLON"
