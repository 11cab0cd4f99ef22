"""Which of a sentence's speaker readings the speech model gives it: a learned ranker.

The readings (``speech_speakers.Candidates``) often disagree, and a subject phrase may name no
speaker at all ("The bridge was closed ..."). Each distinct name among them is scored by a
logistic regression over its features: which readings give it and how many agree, how the
subject phrase reads (a person, an organisation, a role, a group, unnamed) and its head noun
when the name comes from it, whether the subject is a pronoun, the name's shape (capitalised
words, how many), and the speech model's probability in tenths. Its probability is that of "this
name is the sentence's speaker" over sentences of speech and not (where no name is), so the
best-scored name is given when that passes the model's threshold. The weights are data
(``retrieval/lexicon/speech_ranker.tsv``), fitted by ``evals/train_speech_model.py``. Pure.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

from retrieval.attribution.speech_speakers import Candidates
from retrieval.lexicon import lines

__all__ = ["READINGS", "WEIGHTS_FILE", "names", "name_features", "ranker_weights", "rank"]

READINGS = ("previous", "person", "phrase", "paragraph", "named", "following")
WEIGHTS_FILE = "speech_ranker.tsv"
SPEECH_BUCKETS = 10  # the speech probability is read in tenths


@lru_cache(maxsize=1)
def ranker_weights() -> dict[str, float] | None:
    """Feature -> weight from the shipped file, or None when there is none."""
    try:
        return {name: float(value) for name, value in (line.split("\t") for line in lines(WEIGHTS_FILE))}
    except FileNotFoundError:
        return None


def names(found: Candidates) -> dict[str, tuple[str, ...]]:
    """Each distinct name the readings give -> the readings that give it, in ``READINGS`` order;
    a pronoun subject leaves only the speakers before (its person and phrase are no name)."""
    out: dict[str, list[str]] = {}
    for reading in READINGS:
        if found.pronoun and reading in ("person", "phrase", "named"):
            continue
        if (name := getattr(found, reading)) is not None:
            out.setdefault(name, []).append(reading)
    return {name: tuple(readings) for name, readings in out.items()}


def name_features(name: str, readings: tuple[str, ...], found: Candidates, rivals: int, speech: float) -> tuple[str, ...]:
    """The features of one name (see the module's docstring), sorted; ``rivals``: how many other
    names the readings give; ``speech``: the speech model's probability for the sentence."""
    out = {"bias", f"agree:{len(readings)}", f"rivals:{min(rivals, 2)}", f"speech:{min(int(speech * SPEECH_BUCKETS), SPEECH_BUCKETS - 1)}"}
    out.update("from:" + r for r in readings)
    if "phrase" in readings:
        out.add(f"kind:{found.phrase_kind}")
        out.add("head:" + found.phrase_head)
    elif found.phrase is not None:
        out.add("phrase:other")
    if found.pronoun:
        out.add("pronoun")
    words = name.split()
    out.add(f"words:{min(len(words), 3)}")
    out.add("shape:" + ("caps" if all(w[:1].isupper() for w in words) else "lower"))
    return tuple(sorted(out))


def rank(found: Candidates, speech: float, model: Mapping[str, float]) -> tuple[str, str, float] | None:
    """(name, the first reading giving it, its logit) of the best-scored name of a sentence of
    speech probability ``speech``, or None when the readings give none; ties go to the earlier
    reading."""
    given = names(found)
    best = None
    for name, readings in given.items():
        score = sum([model.get(f, 0.0) for f in name_features(name, readings, found, len(given) - 1, speech)])
        if best is None or score > best[2]:
            best = (name, readings[0], score)
    return best
