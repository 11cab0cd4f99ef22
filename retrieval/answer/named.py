"""One person a question names: a quote of theirs needs less of the topic's words to answer.

"what did Romney say about his voting record with the president?" is answered by "Romney noted
that he votes with Trump about 80 percent of the time", which holds "votes" and none of "record"
or "president": half the question's weight is more than a speaker's own words often repeat. The
question has already said whose quote it wants, and among that one person's few quotes a sentence
holding a specific word of the topic is most likely the one asked about. So when the passes at the
usual coverage find none of that person's quotes, their quotes holding ``NAMED_COVERAGE`` of the
topic's weight answer (the literal words only, no stand-ins, no neighbours).

Only for a person the question names by name or by their own role ("Governor Abbott", "Lufthansa's
boss"): not for a body ("the Small Business Administration"), whose quotes are many people's; not
for a body asked by its acronym ("ICE"), whose staff described by it ("former ICE acting director
Tom Homan") spoke for themselves, often years apart; not for several people quoted together
("Ilhan Omar and Rashida Tlaib"), where the sentence is as often a third person's words about them;
and never when the topic names something no article mentions ("the harvest in Tarvos", ``claims.unheld_name``):
that name is the point of the question, and a quote on the harvest elsewhere is no answer.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from retrieval.answer.claims import unheld_name
from retrieval.index.library import SpeakerInfo

__all__ = ["named_people", "NAMED_COVERAGE"]

# Share of the topic's weight a named person's quote must hold when none holds the usual half.
# On the question sets (``python3 -m evals.questions``, all eight) 0.2 answers thirteen more
# questions and refuses every no-answer question it refused before; 0.3 answers eight; 0.1 answers
# a no-answer question with a quote sharing one common word of a long topic.
NAMED_COVERAGE = 0.2

_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# "Sens. Tom Cotton and David Perdue", "Ilhan Omar & Rashida Tlaib": several people in one name.
_SEVERAL = re.compile(r"\s(?:and|&)\s|,\s")


def named_people(
    subject: str, topic: str | None, found: Sequence[int], speakers: Sequence[SpeakerInfo], bodies: Callable[[Sequence[int]], bool], frequency: Callable[[str], int]
) -> list[int]:
    """The speakers of ``found`` (those the subject names, ``speakers.SpeakerMatcher.find``) that are
    one person named by the question; empty when the subject is an acronym (a body's) or the topic
    names something the articles (``frequency``: a term's document frequency) never mention."""
    if _ACRONYM.search(subject) or unheld_name(topic, frequency) is not None:
        return []
    return [i for i in found if not bodies([i]) and not _SEVERAL.search(speakers[i].name)]
