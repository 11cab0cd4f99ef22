""""How long" and "how soon": questions whose answer is a span of time, counted in its units.

"how long did Dorn serve on the force?" is answered by "Dorn retired from the police force after
38 years", "how soon will people get cash?" by "in the next two weeks", "how much time do
candidates spend calling donors?" by "25 hours a week": a count whose own noun is a unit of time
(``duration_units.txt``). The adjective is the dimension asked, not a topic
word: the answer seldom says "long" or "soon". A bare number ("after 38") is no span of time.
"""

from __future__ import annotations

import functools

from retrieval.index.terms import tokenize
from retrieval.lexicon import words

__all__ = ["DURATION_ASKS", "TIME_NOUNS", "asks_duration", "asks_time", "duration_terms", "is_duration"]

# The words after "how" that ask for a span of time.
DURATION_ASKS = frozenset({"long", "soon"})
# The nouns after "how much" that ask for a span of time: "how much time", never "how much
# overtime pay" (the noun must open the topic).
TIME_NOUNS = frozenset({"time"})


def asks_duration(verb: str | None) -> bool:
    """Whether a "how ..." question's word after "how" asks for a span of time."""
    return (verb or "").lower() in DURATION_ASKS


def asks_time(verb: str | None, topic: str | None) -> bool:
    """Whether "how much ..." asks for a span of time: its topic opens with a noun of
    ``TIME_NOUNS`` ("how much **time** do candidates spend ...?")."""
    first = (topic or "").split(maxsplit=1)[:1]
    return (verb or "").lower() == "much" and bool(first) and first[0].lower() in TIME_NOUNS


@functools.cache
def duration_terms() -> frozenset[str]:
    """The units of time as index terms."""
    return frozenset(t for w in words("duration_units.txt") for t in tokenize(w))


def is_duration(figure: str) -> bool:
    """Whether a figure ("38 years", "two weeks") counts units of time."""
    return bool(set(tokenize(figure)) & duration_terms())
