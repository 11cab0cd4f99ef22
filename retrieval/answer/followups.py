"""Follow-ups: a reply in a conversation, read against the last answer, becomes a full question.

People go on a conversation the way they would with a person: "what else did he say?" (the
last speaker), "and about the troops?" (the same speaker or question, a new topic), "more" (the
next quotes of the same question), "who else?" (other speakers on the same topic). Each such
reply is rewritten here into the question actually asked, with where to start ("more") and
whom to leave out ("who else?"); anything else is not a follow-up and is asked as it is.
Pure functions of the previous ``Answer`` and the text; the front ends keep the context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from retrieval.lexicon import lines, words
from retrieval.results import Answer

__all__ = ["FollowUp", "FollowUpKind", "read_follow_up", "last_speaker", "wanted", "narrow", "MAX_FETCH"]

FollowUpKind = Literal["more", "speaker", "topic", "others"]

# Leaving speakers out ("who else?") needs room for their quotes among the ranked ones.
_HEADROOM_PER_EXCLUDED = 1  # one page of quotes more for each speaker left out
MAX_FETCH = 500  # never ask the engine for more quotes than this for one page

_SPEECH = r"(?:say|said|tell|told|think|thought|add|added|claim|claimed|mention|mentioned|talk\s+about)"
_PERSON = r"(?P<who>[A-Za-z][\w.'’ -]*?)"
_TOPIC = r"(?:\s+(?:about|on|regarding|concerning)\s+(?P<topic>.+))?"
# "what else did he say (about X)?", "what else has Quell said?", "did she say anything else?"
_SPEAKER_RULES = (
    re.compile(rf"^what\s+else\s+(?:did|does|has|have|do)\s+{_PERSON}\s+{_SPEECH}{_TOPIC}$", re.I),
    re.compile(rf"^(?:did|has|does)\s+{_PERSON}\s+{_SPEECH}\s+anything\s+else{_TOPIC}$", re.I),
    # a pronoun in a "what did he say (about X)?" question stands for the last speaker
    re.compile(rf"^what\s+(?:did|does|has|have|do)\s+(?P<who>he|she|they|him|her)\s+{_SPEECH}{_TOPIC}$", re.I),
)
# "and about the troops?", "what about the troops?", "how about X", "on the budget?"
_TOPIC_RULE = re.compile(r"^(?:and\s+|but\s+)?(?:(?:what|how)\s+)?(?:about|on|regarding)\s+(?P<topic>.+)$", re.I)
# "who else?", "who else said that?", "anyone else on the pier?"
_OTHERS_RULE = re.compile(
    r"^(?:and\s+)?(?:who|anyone|anybody|someone|somebody)\s+else"
    r"(?:\s+(?:said|say|says|talked|spoke|commented|mentioned|is\s+quoted|was\s+quoted))?"
    r"(?:\s+(?:that|this|so|it))?"
    r"(?:\s+(?:about|on|regarding)\s+(?P<topic>.+))?$",
    re.I,
)
_EDGES = re.compile(r"^[\s,.;:!?¿¡\"“”'‘’]+|[\s,.;:!?\"“”'‘’]+$")


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A reply read as a follow-up: the question actually asked, from where, leaving out whom."""

    question: str
    kind: FollowUpKind
    offset: int = 0  # quotes of ``question`` already shown ("more" starts after them)
    exclude: tuple[str, ...] = ()  # speakers whose quotes are left out ("who else?")


def read_follow_up(previous: Answer, text: str) -> FollowUp | None:
    """The follow-up ``text`` asks, given the conversation's last answer; None when it is a new question.

    Args:
        previous: The last answer in the conversation (its ``question`` is the one it asked).
        text: The reply, Slack markup already removed.

    Returns:
        The rewritten question, or None: a reply that names its own subject and topic is asked as it is.
    """
    said = _EDGES.sub("", " ".join(text.split()))
    if not said:
        return None
    if said.lower() in _more_phrases():
        return FollowUp(previous.question, "more", previous.offset + len(previous.answers))
    for rule in _SPEAKER_RULES:
        match = rule.fullmatch(said)
        if match:
            return _speaker(previous, match.group("who"), match.group("topic"))
    match = _OTHERS_RULE.fullmatch(said)
    if match:
        topic = _clean(match.group("topic")) or _topic_of(previous)
        if not topic:
            return None
        left_out = tuple(dict.fromkeys(q.speaker for q in previous.answers if q.speaker))
        return FollowUp(f"who said {topic}?", "others", 0, left_out)
    match = _TOPIC_RULE.fullmatch(said)
    if match and _clean(match.group("topic")):
        return FollowUp(_on_topic(previous, _clean(match.group("topic"))), "topic")
    return None


def last_speaker(previous: Answer) -> str | None:
    """Who "he", "she" or "they" means after ``previous``: the speaker asked about, else the first one quoted."""
    if previous.intent == "what_did_say" and previous.subject:
        named = [q.speaker for q in previous.answers if q.speaker]
        return named[0] if named else previous.subject
    return next((q.speaker for q in previous.answers if q.speaker), None)


def wanted(follow: FollowUp, top: int) -> int:
    """How many ranked quotes to ask the engine for, so ``narrow`` can fill one page of ``top``."""
    return min(MAX_FETCH, (follow.offset + top) * (1 + _HEADROOM_PER_EXCLUDED * len(follow.exclude)))


def narrow(answer: Answer, follow: FollowUp, top: int, typed: str) -> Answer:
    """The page of ``answer`` the follow-up asked for: speakers left out, earlier quotes skipped.

    Args:
        answer: The engine's answer to ``follow.question``, asked for ``wanted(follow, top)`` quotes.
        follow: The follow-up it answers.
        top: Most quotes on the page.
        typed: The words the person typed, kept in ``Answer.follow_up``.
    """
    left_out = {name.casefold() for name in follow.exclude}
    kept = [q for q in answer.answers if not (q.speaker and q.speaker.casefold() in left_out)]
    removed = len(answer.answers) - len(kept)
    page = kept[follow.offset : follow.offset + top]
    message = answer.message
    if answer.answers and not page:
        message = (
            f"No one else is quoted about “{follow.question[len('who said '):].rstrip('?')}” in the articles."
            if follow.kind == "others"
            else f"That was all: there are no more quotes for “{follow.question}”."
        )
    return answer.model_copy(
        update={
            "answers": page,
            "total": max(answer.total - removed, len(kept)),
            "offset": follow.offset,
            "follow_up": typed,
            "message": message,
        }
    )


def _speaker(previous: Answer, who: str, topic: str | None) -> FollowUp | None:
    name = last_speaker(previous) if who.lower() in _pronouns() else who.strip()
    if not name:
        return None
    topic = _clean(topic)
    question = f"what did {name} say about {topic}?" if topic else f"what did {name} say?"
    # "what else did he say?" right after "what did X say?": the next quotes of the same question.
    if question == previous.question and previous.intent == "what_did_say":
        return FollowUp(question, "more", previous.offset + len(previous.answers))
    return FollowUp(question, "speaker")


def _on_topic(previous: Answer, topic: str) -> str:
    """The previous question about a new topic: same speaker, or same kind of question."""
    if previous.intent == "what_did_say":
        speaker = last_speaker(previous)
        if speaker:
            return f"what did {speaker} say about {topic}?"
    if previous.intent == "who_said":
        return f"who said {topic}?"
    if previous.intent == "how_many":
        return f"how many {topic}?"
    return topic


def _topic_of(previous: Answer) -> str | None:
    if previous.topic:
        return previous.topic
    return previous.question if previous.intent == "search" else None


def _clean(text: str | None) -> str:
    return _EDGES.sub("", text or "")


def _more_phrases() -> frozenset[str]:
    return frozenset(line.lower() for line in lines("followup_more.txt"))


def _pronouns() -> frozenset[str]:
    return words("followup_pronouns.txt")
