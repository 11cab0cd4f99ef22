"""Replies: "he responded" after someone else's words is the one they spoke to, not themselves.

"“Do you owe her an apology?” Kelly asked Pompeo. “I agreed to come on your show to talk about
Iran,” he responded." and "“You worked for a company that fixed prices,” said Appelbaum. “No,
I worked for a consulting company ...,” he responded.": a pronoun whose cue reports a reply
(``reply_verbs.txt``) goes to the person the sentence before spoke to, else, in an exchange, to
the speaker before the last one; it never goes back to the last speaker.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.person import Person
from retrieval.lexicon import words
from retrieval.models import Attribution

__all__ = ["EXCHANGE_GAP", "is_reply", "replied", "replier"]

# "Buttigieg said ... Appelbaum said ... he responded": the other side of an exchange spoke at
# most this many sentences before the reply.
EXCHANGE_GAP = 3


def is_reply(cue: str | None) -> bool:
    """The cue reports a reply ("responded", "replied", "shot back" is not one of them)."""
    return bool(cue) and cue.split()[0].lower() in words("reply_verbs.txt")


def _fits(person_gender: str | None, gender: str) -> bool:
    return person_gender is None or person_gender == gender


def replier(people: Sequence[Person], before: Sequence[Attribution | None], picked: str, gender: str, index: int) -> Person | None:
    """Who replied in sentence ``index``: the one person of a fitting gender the sentence before
    spoke to, else, when the pronoun's rules picked ``picked``, the last speaker, the speaker
    before them; None when the pick stands.

    Args:
        people: the article's people.
        before: the attributions of the sentences before ``index``, in order.
        picked: the speaker the pronoun resolved to; gender: the pronoun's.
    """
    last = before[-1] if before else None
    if last is None:
        return None
    spoken_to = [p for p in people if index - 1 in p.addressed and p.name != last.speaker and _fits(p.gender, gender)]
    if len(spoken_to) == 1:
        return spoken_to[0] if spoken_to[0].name != picked else None
    if last.speaker != picked:
        return None
    by_name = {p.name: p for p in people}
    for attribution in reversed(before[-EXCHANGE_GAP:]):
        if attribution is not None and attribution.speaker != picked:
            other = by_name.get(attribution.speaker)
            return other if other is not None and _fits(other.gender, gender) else None
    return None


def replied(attribution: Attribution | None, people: Sequence[Person], before: Sequence[Attribution | None], index: int) -> Attribution | None:
    """``attribution`` with the one who replied as its speaker (``replier``), when it is a
    "he"/"she" whose cue reports a reply; else as it is."""
    if attribution is None or attribution.resolution != "pronoun" or not is_reply(attribution.cue):
        return attribution
    gender = lexicon().pronoun_genders.get(attribution.mention.lower())
    who = replier(people, before, attribution.speaker, gender, index) if gender else None
    return attribution if who is None else replace(attribution, speaker=who.name, description=who.description)
