"""Ranking: a small learned scorer that picks which person a "he"/"she" refers to.

The rules in ``salience.rule_pick`` name one person; this module lists every person who could be
meant (people named in the last sentences, speakers heard so far), describes each by a few
numbers (how recently they spoke, were named or opened a sentence, whether the rules picked them,
whether their gender is known to fit) and keeps the one a linear model scores highest. The
weights are data (``retrieval/lexicon/pronoun_ranker.tsv``), fitted on PolNeAR's train split by
``evals/train_pronoun_ranker.py``; with no weights the rules' pick stands. Deterministic: a
fixed feature order; the rules' pick stands unless the model scores another person clearly
higher (``MIN_OVERRIDE``), and always when it opens the pronoun's own sentence; ties go to the
candidate listed first. A pronoun the model gives to someone else teaches no gender.
"""

from __future__ import annotations

import math
from operator import mul
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Sequence

from retrieval.attribution.people import Person
from retrieval.attribution.salience import MAX_PRONOUN_GAP, Pick, PronounAt
from retrieval.lexicon import lines

__all__ = ["FEATURES", "Candidate", "candidates", "rank", "recording", "weights"]

FEATURES = (
    "rule_pick",  # the rules chose this person
    "last_speaker",  # the latest clause of the article is theirs
    "last_fitting_speaker",  # the latest person (or unnamed source) speaking is them
    "spoke",  # they spoke within the look-back
    "spoke_gap",  # log(1 + sentences since they last spoke)
    "spoke_here",  # an earlier clause of this very sentence is theirs
    "speakers_since",  # log(1 + other speakers heard since they last spoke)
    "mention_gap",  # log(1 + sentences since they were last named)
    "mention_here",  # named in this sentence
    "mention_previous",  # named in the sentence before
    "subject_gap",  # log(1 + sentences since they last opened a sentence)
    "subject_here",  # they open this sentence and the pronoun does not
    "subject_previous",  # they open the sentence before
    "subject_after_speech",  # they opened a sentence after the last clause anyone spoke
    "mentions",  # log(1 + times named so far)
    "gender_known",  # their gender is known and fits the pronoun
    "named_person",  # a person the article names (not an unnamed source or a bare word)
    "full_name",  # named with first name and surname
    "unnamed",  # an unnamed source ("an official")
    "described",  # a title or role is known for them
    "first_previous",  # the first person named in the sentence before
    "first_here",  # the first person named in this sentence, which the pronoun does not open
    "bare_name",  # a single capitalised word that spoke ("Earhardt asked"), not known as a person
    "paragraph_mention",  # named earlier in the pronoun's paragraph
    "paragraph_spoke",  # spoke earlier in the pronoun's paragraph
    "paragraph_subject",  # opened a sentence earlier in the pronoun's paragraph
    "silent_subject_previous",  # opens the sentence before, and has not spoken
)
# The model overrides the rules' pick only when it scores another person this much higher. The
# rules read a person who opens a sentence after the last speaker ("Paul Devane, the board
# chairman, was more hopeful") as the likelier "he"; PolNeAR's gold, the nearest source of any
# attribution, often agrees through cues the speaker history never sees, so the model alone leans
# too far to the last speaker (it costs sentences in evals/news and evals/wire). On the fifth of
# train's articles held out while fitting: rules 0.916, model alone 0.937, with this margin 0.926.
MIN_OVERRIDE = 1.5
# Beyond the look-back, a gap counts as this many sentences.
FAR = MAX_PRONOUN_GAP + 1
_WEIGHTS_FILE = "pronoun_ranker.tsv"


@dataclass(frozen=True, slots=True)
class Candidate:
    pick: Pick
    features: tuple[float, ...]


@lru_cache(maxsize=1)
def weights() -> tuple[float, ...] | None:
    """The model's weights in ``FEATURES`` order, or None when the file lists none."""
    try:
        rows = dict(line.split("\t") for line in lines(_WEIGHTS_FILE))
    except FileNotFoundError:
        return None
    if set(rows) != set(FEATURES):
        return None  # a file fitted for other features would score nonsense
    return tuple(float(rows[name]) for name in FEATURES)


def _gap(seen: int, index: int) -> float:
    return math.log1p(index - seen) if seen >= 0 else math.log1p(FAR)


def _last(pool: Sequence[int], index: int, same: bool = False) -> int:
    return max([m for m in pool if m < index or (same and m == index)], default=-1)


def _first(people: Sequence[Person], index: int) -> Person | None:
    """The person named first in sentence ``index``."""
    placed = [(p.first_at[index], n) for n, p in enumerate(people) if index in p.first_at]
    return people[min(placed)[1]] if placed else None


def candidates(at: PronounAt, pick: Pick | None, paragraph_of: Sequence[int] = ()) -> list[Candidate]:
    """Everyone a "he"/"she" in sentence ``index`` could refer to, with their features.
    ``paragraph_of``: each sentence's paragraph number (empty: not known)."""
    people, history, learned, gender, index, at_start = at.people, at.history, at.learned, at.gender, at.index, at.at_start
    here, opened_here = _paragraph_opening(paragraph_of, index)
    recent = [h for h in history if index - h[4] <= MAX_PRONOUN_GAP]
    last_said: dict[str, int] = {}
    order: dict[str, int] = {}
    for n, (speaker, *_, said) in enumerate(recent):
        last_said[speaker], order[speaker] = said, n
    fitting = [h for h in recent if h[1] in ("person", "unnamed", "name") and (h[2] or learned.get(h[0])) in (None, gender)]
    last_fitting = fitting[-1][0] if fitting else None
    anyone_said = recent[-1][4] if recent else -1
    found = _options(at, pick, fitting)
    spoke_here = {h[0] for h in recent if opened_here <= h[4] <= index}
    first_before = _first(people, index - 1)
    first_here = _first(people, index) if not at_start else None
    out = []
    for name, (option, person, cls) in found.items():
        said = last_said.get(name, -1)
        mentions = person.mentions if person else []
        subjects = person.subject_of if person else []
        seen = _last(mentions, index, same=True)
        opened = _last(subjects, index)
        known = (person.gender if person else option.gender) or learned.get(name)
        values = (
            float(pick is not None and name == pick.name),
            float(bool(recent) and recent[-1][0] == name),
            float(name == last_fitting),
            float(said >= 0),
            _gap(said, index),
            float(said == index),
            math.log1p(len([n for n in order.values() if n > order[name]])) if name in order else math.log1p(FAR),
            _gap(seen, index),
            float(index in mentions),
            float(index - 1 in mentions),
            _gap(opened, index),
            float(not at_start and index in subjects),
            float(index - 1 in subjects),
            float(opened > anyone_said),
            math.log1p(len([m for m in mentions if m <= index])),
            float(known == gender),
            float(person is not None),
            float(person is not None and bool(person.key[0])),
            float(cls == "unnamed"),
            float(bool(option.description)),
            float(person is not None and person is first_before),
            float(person is not None and person is first_here),
            float(cls == "name"),
            float(here is not None and any(opened_here <= m < index for m in mentions)),
            float(here is not None and name in spoke_here),
            float(here is not None and any(opened_here <= m < index for m in subjects)),
            float(index - 1 in subjects and said < 0),
        )
        if pick is not None and name == pick.name:
            option = pick  # keep what the rules learned from their own pick
        out.append(Candidate(option, values))
    return out


def _paragraph_opening(paragraph_of: Sequence[int], index: int) -> tuple[int | None, int]:
    """The pronoun's paragraph number (None: not known) and its first sentence."""
    here = paragraph_of[index] if index < len(paragraph_of) else None
    opened_here = index
    while here is not None and opened_here > 0 and paragraph_of[opened_here - 1] == here:
        opened_here -= 1
    return here, opened_here


def _options(at: PronounAt, pick: Pick | None, fitting: Sequence[tuple]) -> dict[str, tuple[Pick, Person | None, str]]:
    """Whom the pronoun may be: people named lately who fit it, speakers heard lately who fit it,
    and the rules' own pick; each with its person (if named) and its kind."""
    found: dict[str, tuple[Pick, Person | None, str]] = {}
    for person in at.people:
        fits = (person.gender or at.learned.get(person.name)) in (None, at.gender)
        if fits and at.index - _last(person.mentions, at.index, same=True) <= MAX_PRONOUN_GAP:
            found[person.name] = (Pick(person.name, person.description, person.gender), person, "person")
    for speaker, cls, known, description, _said in fitting:
        if speaker not in found:
            found[speaker] = (Pick(speaker, description, known, remember=cls != "unnamed"), None, cls)
    if pick is not None and pick.name not in found:
        found[pick.name] = (pick, None, "person")
    return found


_recorder: list | None = None
_trial: tuple[float, ...] | None = None


@contextmanager
def recording(model: Sequence[float] | None = None) -> Iterator[list]:
    """Collect (sentence, pronoun gender, candidates) for every ranked pronoun, for training,
    while ``model`` (weights in ``FEATURES`` order; None: the rules alone) makes the choices."""
    global _recorder, _trial
    _recorder, _trial = [], tuple(model) if model is not None else None
    try:
        yield _recorder
    finally:
        _recorder, _trial = None, None


def rank(at: PronounAt, pick: Pick | None, paragraph_of: Sequence[int] = ()) -> Pick | None:
    """The candidate the model scores highest, or the rules' ``pick`` when there are no weights."""
    model = weights() if _recorder is None else _trial
    if (model is None and _recorder is None) or (pick is not None and pick.firm):
        return pick  # "Ed Rendell, who ..., agreed ..., he said": the sentence's own subject stands
    options = candidates(at, pick, paragraph_of)
    if _recorder is not None:
        _recorder.append((at.index, at.gender, options))
    if model is None or len(options) < 2:
        return pick
    scored = [(sum(map(mul, model, o.features)), -n, o) for n, o in enumerate(options)]  # the same sum, in the same order
    best_score, _, best = max(scored, key=lambda t: t[:2])
    rules_score = next((score for score, _, o in scored if o.features[0]), None)
    if rules_score is not None and best_score - rules_score <= MIN_OVERRIDE:
        return pick
    return best.pick
