"""Scoring rules of the PolNeAR attribution evaluation, as its README defines them.

Pure functions over plain data (gold article dicts from ``dev.jsonl``/``test.jsonl`` and
predicted lines with offsets and a speaker), kept apart from the script that runs the
pipeline so that each rule can be unit-tested on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Literal, Sequence

from evals import metrics

__all__ = [
    "SPEECH_WORDS",
    "Label",
    "Line",
    "SentenceScore",
    "Totals",
    "is_speech_cue",
    "alnum_overlap",
    "gold_labels",
    "covers",
    "names_match",
    "score_article",
    "summarise",
]

SPEECH_WORDS = frozenset(
    """acknowledge acknowledged acknowledges acknowledging add added adding adds admit admits admitted
admitting allege alleged alleges alleging announce announced announces announcing answer answered
answering answers argue argued argues arguing ask asked asking asks assert asserted asserting
asserts boast boasted boasting boasts caution cautioned cautioning cautions claim claimed claiming
claims comment commented commenting comments complain complained complaining complains concede
conceded concedes conceding conclude concluded concludes concluding condemn condemned condemning
condemns confirm confirmed confirming confirms contend contended contending contends continue
continued continues counter countered declare declared declares declaring emphasise emphasised
emphasises emphasising emphasize emphasized emphasizes emphasizing exclaim exclaimed exclaims
explain explained explaining explains insist insisted insisting insists joke joked jokes joking
lament lamented lamenting laments note noted notes noting post posted posts predict predicted
predicting predicts quip quipped quipping quips recall recalled recalling recalls recount recounted
recounting recounts reiterate reiterated reiterates reiterating remark remarked remarking remarks
repeat repeated repeating repeats replied replies reply replying report reported reporting reports
respond responded responding responds retort retorted retorting retorts said say saying says shout
shouted shouts state stated states stating stress stressed stresses stressing tell telling tells
testified testifies testify testifying told tweet tweeted tweeting tweets warn warned warning warns
write writes writing written wrote yell yelled yells""".split()
)
SPEECH_PHRASES = ("according to", "point out", "points out", "pointed out", "pointing out", "in a statement")
# A sentence shorter than this many letters/digits must be overlapped entirely instead.
MIN_OVERLAP_ALNUM = 3

Label = Literal["speech", "none", "dontcare"]
Span = tuple[int, int]


@dataclass(frozen=True)
class Line:
    """One predicted attributed sentence: offsets into the article and the speaker given."""

    start: int
    end: int
    speaker: str
    kind: str = ""
    resolution: str = ""
    mention: str = ""


@dataclass
class SentenceScore:
    """The outcome for one gold sentence."""

    span: Span
    label: Label
    outcome: Literal["tp", "fp", "fn", "tn", "dontcare"]
    gold_speakers: tuple[str, ...] = ()
    lines: tuple[Line, ...] = ()
    speaker_right: bool | None = None  # None when not scored for speaker
    attributions: tuple[dict, ...] = ()  # the gold attributions touching the sentence


@dataclass
class Totals:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0
    sentences: list[SentenceScore] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return metrics.precision(self.tp, self.fp)

    @property
    def recall(self) -> float:
        return metrics.recall(self.tp, self.fn)

    @property
    def f1(self) -> float:
        return metrics.f1(self.tp, self.fp, self.fn)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_scored if self.speaker_scored else 0.0


_WORD = re.compile(r"[\w’']+")
# "Clinton’s campaign", "Sanders’ aides": an owner's possessive before what the owner has.
_OWNED = re.compile(r"\b(\w+)(?:’s|'s|(?<=s)’|(?<=s)')(?= (?:campaign|administration|team|office|aides?|spokes(?:man|woman|person))\b)")
# Cue words are runs of letters: 'tweet_id="..."' holds the word "tweet".
_LETTERS = re.compile(r"[^\W\d_]+")


def is_speech_cue(cue_text: str) -> bool:
    """Rule 1: a speech/report cue has a listed word, a listed phrase, or is only a colon."""
    lowered = cue_text.lower()
    if lowered.strip() == ":":
        return True
    if any(phrase in lowered for phrase in SPEECH_PHRASES):
        return True
    return any(word in SPEECH_WORDS for word in _LETTERS.findall(lowered))


def _count(text: str, start: int, end: int, keep) -> int:
    return sum(1 for ch in text[start:end] if keep(ch))


def alnum_overlap(text: str, span: Span, pieces: Iterable[Span]) -> int:
    """Letters/digits of ``text`` inside ``span`` and inside any of ``pieces``."""
    s, e = span
    return sum(_count(text, max(s, ps), min(e, pe), str.isalnum) for ps, pe in pieces if max(s, ps) < min(e, pe))


def _overlaps_enough(text: str, span: Span, pieces: Sequence[Span]) -> bool:
    got = alnum_overlap(text, span, pieces)
    need = min(MIN_OVERLAP_ALNUM, _count(text, span[0], span[1], str.isalnum))
    return got > 0 and got >= need


def _touches(span: Span, pieces: Sequence[Span]) -> bool:
    return any(max(span[0], ps) < min(span[1], pe) for ps, pe in pieces)


def _spans(raw) -> list[Span]:
    return [(int(s), int(e)) for s, e in raw or []]


def gold_labels(article: dict) -> list[tuple[Span, Label, tuple[dict, ...]]]:
    """Rule 2: each gold sentence's label, with the speech attributions that make it speech."""
    text = article["text"]
    out = []
    for raw in article["sentences"]:
        span = (int(raw[0]), int(raw[1]))
        speech, other, holds_cue = [], False, False
        for attribution in article["attributions"]:
            content = _spans(attribution["content"])
            is_speech = bool(_spans(attribution["source"])) and is_speech_cue(attribution["cue_text"] or "")
            if _overlaps_enough(text, span, content):
                if is_speech:
                    speech.append(attribution)
                else:
                    other = True
            if is_speech and _touches(span, _spans(attribution["cue"])):
                holds_cue = True
        label: Label = "speech" if speech else ("dontcare" if other or holds_cue else "none")
        out.append((span, label, tuple(speech)))
    return out


def covers(text: str, sentence: Span, line: Span) -> bool:
    """Rule 3: the overlap holds half the sentence's or half the line's non-space characters."""
    lo, hi = max(sentence[0], line[0]), min(sentence[1], line[1])
    if lo >= hi:
        return False
    shared = _count(text, lo, hi, lambda ch: not ch.isspace())
    in_sentence = _count(text, sentence[0], sentence[1], lambda ch: not ch.isspace())
    in_line = _count(text, line[0], line[1], lambda ch: not ch.isspace())
    return shared > 0 and (2 * shared >= in_sentence or 2 * shared >= in_line)


def _name_words(name: str) -> list[str]:
    # The gold's ``name`` rule reduces an owner's possessive before what the owner has ("Clinton’s
    # team" -> "Clinton team"), so a name shown as the article wrote it is read the same way.
    words = [w.strip("’'").casefold() for w in _WORD.findall(_OWNED.sub(r"\1", name))]
    words = [w for w in words if w]
    # Single-letter middle initials are dropped: "Donald J. Trump" is "Donald Trump".
    return [w for i, w in enumerate(words) if len(w) > 1 or i in (0, len(words) - 1)]


def _contains(longer: list[str], shorter: list[str]) -> int:
    """Start index of ``shorter`` inside ``longer`` as a contiguous run, or -1."""
    n = len(shorter)
    for i in range(len(longer) - n + 1):
        if longer[i : i + n] == shorter:
            return i
    return -1


def names_match(predicted: str, gold: str) -> bool:
    """Rule 5's name match ("Trump" ~ "Donald Trump"; "Clinton campaign" !~ "Hillary Clinton")."""
    p, g = _name_words(predicted), _name_words(gold)
    if not p or not g:
        return False
    if len(p) >= len(g):
        return _contains(p, g) >= 0
    at = _contains(g, p)
    return at >= 0 and at + len(p) == len(g)


def score_article(article: dict, lines: Sequence[Line]) -> list[SentenceScore]:
    """Rules 2-5 for one article: every gold sentence's outcome."""
    text = article["text"]
    out = []
    for span, label, speech in gold_labels(article):
        covering = tuple(line for line in lines if covers(text, span, (line.start, line.end)))
        golds = tuple(dict.fromkeys(a["speaker"] for a in speech if a.get("speaker")))
        if label == "speech":
            outcome = "tp" if covering else "fn"
        elif label == "none":
            outcome = "fp" if covering else "tn"
        else:
            outcome = "dontcare"
        right = None
        if outcome == "tp" and golds:
            right = any(names_match(line.speaker, g) for line in covering for g in golds)
        out.append(SentenceScore(span, label, outcome, golds, covering, right, speech))
    return out


def summarise(scores: Iterable[SentenceScore]) -> Totals:
    """Rule 4 and 5 totals over many sentences."""
    totals = Totals()
    for s in scores:
        totals.sentences.append(s)
        if s.outcome == "tp":
            totals.tp += 1
        elif s.outcome == "fp":
            totals.fp += 1
        elif s.outcome == "fn":
            totals.fn += 1
        if s.speaker_right is not None:
            totals.speaker_scored += 1
            totals.speaker_right += int(s.speaker_right)
    return totals
