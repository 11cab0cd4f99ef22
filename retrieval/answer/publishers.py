"""Publishers a question restricts itself to: "in the Reuters articles", "what did the BBC report?".

Pure text in, the publisher named and the rest of the question out; only publishers the articles
name (their ``publisher:`` header or the page they were read from) are recognised, so "in the
Tarsk articles" stays a topic word when no publisher is called Tarsk. A publisher is named by its
full name or by its first words ("BBC" for "BBC News"), with or without "the", in any case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

__all__ = ["Source", "find_source", "names_a_source", "publisher_named"]

_THE = re.compile(r"^the\s+", re.I)
# "in the Reuters articles", "from BBC stories", "in CNN's coverage".
_IN_ARTICLES = re.compile(
    r"\s*\b(?:in|from|across)\s+(?:the\s+)?(?P<name>[\w&.’' -]+?)(?:['’]s)?\s+(?:articles?|stories|story|reports?|reporting|coverage|pieces?)\b",
    re.I,
)
# "according to Reuters", "(as reported) by the BBC", at the end of the question.
_ACCORDING = re.compile(r"\s*,?\s*\b(?:according\s+to|as\s+reported\s+by|reported\s+by|in)\s+(?:the\s+)?(?P<name>[\w&.’' -]+?)\s*(?=[?.!]*$)", re.I)
# "what did the BBC report (about X)?", "what has Reuters written on X?".
_REPORTED = re.compile(
    r"^what\s+(?:did|does|has|have)\s+(?:the\s+)?(?P<name>[\w&.’' -]+?)\s+(?:report|reported|write|written|publish|published|say|said)"
    r"(?:\s+(?:about|on|regarding)\s+(?P<topic>.+?))?[?.!]*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Source:
    publisher: str  # as the articles name it
    rest: str  # the question without the words that named it ("who said X?")


def publisher_named(words: str, publishers: Iterable[str]) -> str | None:
    """The publisher ``words`` name: its full name or its first words, "the" and case aside."""
    asked = _THE.sub("", words.strip()).casefold().split()
    if not asked:
        return None
    for publisher in sorted(set(publishers)):
        name = _THE.sub("", publisher.strip()).casefold().split()
        if name[: len(asked)] == asked:
            return publisher
    return None


def names_a_source(question: str) -> bool:
    """Whether the question has the shape of one naming a publisher, before any publisher is
    known: the articles' publishers are read only for such a question."""
    text = question.strip()
    return bool(_REPORTED.match(text) or _IN_ARTICLES.search(text) or _ACCORDING.search(text))


def find_source(question: str, publishers: Iterable[str]) -> Source | None:
    """The publisher a question restricts itself to, if it names one the articles have.

    Args:
        question: the user's words.
        publishers: the publishers of the articles (empty: nothing is recognised).

    Returns:
        The publisher and the question without the words naming it; None when none is named.
    """
    known = [p for p in publishers if p]
    if not known:
        return None
    reported = _REPORTED.match(question.strip())
    if reported and (publisher := publisher_named(reported["name"], known)):
        topic = reported["topic"]
        return Source(publisher, f"who said anything about {topic}?" if topic else "who is quoted most?")
    for pattern in (_IN_ARTICLES, _ACCORDING):
        for match in pattern.finditer(question):
            publisher = publisher_named(match["name"], known)
            if publisher:
                rest = question[: match.start()] + " " + question[match.end() :]
                return Source(publisher, re.sub(r"\s+([?.!,])", r"\1", " ".join(rest.split())).strip(" ,"))
    return None
