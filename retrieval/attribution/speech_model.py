"""A learned reader of reported speech the rules miss, applied only where they give no speaker.

The rules read speech by its cues; a sentence whose wording they do not know ("Lawyer Pat
Cipollone concluded Monday's session with Republicans' argument that ...") is left with no
speaker. This stage scores each such sentence with a linear model over cheap features
(``speech_features``); when the probability of "someone is speaking here" passes ``THRESHOLD``
the speaker is chosen from what the rules already read (``speech_speakers``), or none. It never
touches a sentence the rules attribute, and its attributions carry their own kind, ``KIND``.
The weights are data (``retrieval/lexicon/speech_model.tsv``), fitted by
``evals/train_speech_model.py``; with no weights file the stage does nothing. Deterministic:
a fixed sum over sorted features.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator, Mapping, Sequence

from retrieval.attribution.people import Person
from retrieval.attribution.quotes import QuoteView
from retrieval.attribution.resolve import Resolver
from retrieval.attribution.speech_features import Context, features
from retrieval.attribution.speech_ranker import rank, ranker_weights
from retrieval.attribution.speech_speakers import ORDER, Candidates, candidates, choose
from retrieval.attribution.tokens import Token, tokenize
from retrieval.lexicon import lines
from retrieval.models import Attribution, Sentence

__all__ = ["KIND", "THRESHOLD", "RANK_THRESHOLD", "RANK_FLOOR", "weights", "name_probability", "probability", "recording", "speak_unclaimed"]

KIND = "SPEECH_MODEL"
# The probability of speech a sentence needs before it is given a speaker: chosen for the net
# sentences right over every left-out news set (evals/train_speech_model.py), never for one.
THRESHOLD = 0.95
# With the ranker's weights (``speech_ranker``): the probability the chosen name must have, and
# the speech probability a sentence needs before its names are scored; chosen the same way.
RANK_THRESHOLD = 0.9
RANK_FLOOR = 0.9
_WEIGHTS_FILE = "speech_model.tsv"
_RESOLUTION = {"person": "direct", "previous": "continuation", "paragraph": "continuation", "phrase": "role", "named": "direct", "following": "continuation"}

_recorder: list | None = None
# (weights, threshold, how to choose): the readings in an order, or (ranker weights, floor).
_trial: tuple[Mapping[str, float], float, tuple[str, ...] | tuple[Mapping[str, float], float]] | None = None


@lru_cache(maxsize=1)
def weights() -> dict[str, float] | None:
    """Feature -> weight from the shipped file, or None when there is none."""
    try:
        return {name: float(value) for name, value in (line.split("\t") for line in lines(_WEIGHTS_FILE))}
    except FileNotFoundError:
        return None


def name_probability(logit: float) -> float:
    """The logistic of ``logit``: the ranker's probability that a name is the speaker, and the
    model's that someone speaks (0.0 where ``exp`` would overflow)."""
    return 1.0 / (1.0 + math.exp(-logit)) if logit > -700 else 0.0


def probability(found: Sequence[str], model: Mapping[str, float]) -> float:
    """The model's probability that someone is speaking, for a sentence's sorted features."""
    get = model.get
    return name_probability(sum([get(name, 0.0) for name in found]))  # in the features' sorted order: the same sum every time


@contextmanager
def recording(trial: tuple[Mapping[str, float], float, tuple[str, ...] | tuple[Mapping[str, float], float]] | None = None) -> Iterator[list]:
    """Collect (document, sentence, features, candidates) for every sentence the rules leave with
    no speaker, for training. With ``trial`` (weights, threshold, and an order of the readings or
    (ranker weights, floor)) those make the choices; without it the rules' output stands."""
    global _recorder, _trial
    _recorder, _trial = [], trial
    try:
        yield _recorder
    finally:
        _recorder, _trial = None, None


def speak_unclaimed(
    out: Sequence[Attribution | None],
    sentences: Sequence[Sentence],
    views: Sequence[QuoteView],
    tokenized: Sequence[list[Token] | None],
    people: Sequence[Person],
    resolver: Resolver,
) -> tuple[Attribution | None, ...]:
    """``out`` with a speaker for each sentence the rules left without one that the model reads
    as reported speech and whose speaker it can choose (see the module's docstring)."""
    model, threshold, how = _trial if _trial is not None else _shipped()
    if model is None and _recorder is None:
        return tuple(out)
    floor = how[1] if how and not isinstance(how[0], str) else threshold
    subjects = {k for p in people for k in (*p.subject_of, *p.opens_clause)}
    result = list(out)
    for i, given in enumerate(out):
        if given is not None:
            continue
        found = features(sentences[i].text, views[i], _context(i, out, sentences, subjects))
        p = probability(found, model) if model is not None else 0.0
        if _recorder is None and p < floor:
            continue
        read = _candidates(i, out, sentences, views, tokenized, people, resolver)
        if _recorder is not None:
            _recorder.append((sentences[i].document, i, found, read))
            if _trial is None:
                continue
        chosen = _choose(read, p, threshold, how)
        if chosen is not None:
            result[i] = Attribution(chosen[0], chosen[0], None, None, KIND, _RESOLUTION[chosen[1]])  # type: ignore[arg-type]
    return tuple(result)


def _shipped() -> tuple:
    ranker = ranker_weights()
    return (weights(), RANK_THRESHOLD, (ranker, RANK_FLOOR)) if ranker is not None else (weights(), THRESHOLD, ORDER)


def _choose(read: Candidates, p: float, threshold: float, how: tuple) -> tuple[str, str] | None:
    """(speaker, reading) for a sentence of speech probability ``p``, or None."""
    if how and isinstance(how[0], str):
        return choose(read, how) if p >= threshold else None
    ranker, floor = how
    best = rank(read, p, ranker) if p >= floor else None
    return (best[0], best[1]) if best is not None and name_probability(best[2]) >= threshold else None


def _context(i: int, out: Sequence[Attribution | None], sentences: Sequence[Sentence], subjects: set[int]) -> Context:
    paragraph = sentences[i].paragraph
    return Context(
        previous_speech=i > 0 and out[i - 1] is not None,
        next_speech=i + 1 < len(out) and out[i + 1] is not None,
        same_paragraph_before=i > 0 and sentences[i - 1].paragraph == paragraph,
        paragraph_first=i == 0 or sentences[i - 1].paragraph != paragraph,
        paragraph_last=i + 1 == len(out) or sentences[i + 1].paragraph != paragraph,
        person_subject=i in subjects,
    )


def _candidates(
    i: int, out: Sequence[Attribution | None], sentences: Sequence[Sentence], views: Sequence[QuoteView],
    tokenized: Sequence[list[Token] | None], people: Sequence[Person], resolver: Resolver,
) -> Candidates:
    """The speaker readings of sentence ``i``; the sentence before's speaker counts when it is in
    the same paragraph or the sentence goes on a quotation left open before it."""
    before = out[i - 1] if i else None
    goes_on = i > 0 and (sentences[i - 1].paragraph == sentences[i].paragraph or views[i].open_at_start)
    toks = tokenized[i] if tokenized[i] is not None else tokenize(views[i].masked)
    paragraph = None
    for k in range(i - 1, -1, -1):
        if sentences[k].paragraph != sentences[i].paragraph:
            break
        if out[k] is not None and out[k].speaker:  # type: ignore[union-attr]
            paragraph = out[k].speaker  # type: ignore[union-attr]
            break
    after = out[i + 1] if i + 1 < len(out) and sentences[i + 1].paragraph == sentences[i].paragraph else None
    return candidates(
        i, toks, sentences[i].text, people, resolver, before.speaker if before is not None and goes_on else None,
        paragraph, after.speaker if after is not None else None,
    )
