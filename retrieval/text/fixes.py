"""Corrections applied to a sentence splitter's spans where news text trips it up.

pysbd (and every other English splitter measured for quotebot) gets a few news constructions
wrong. Each rule here is a small pure function over ``(start, end)`` spans of one block of text,
so the text itself is never rewritten and offsets stay valid:

- a quotation ending in ``!`` or ``?`` and followed by its attribution is one sentence
  (“All is well!” Trump said on Twitter.);
- an initialism that ends a sentence is a boundary when a common sentence opener follows it
  (... referred to the U.N. The Security Council ...), but not before a name (U.N. Charter);
- a closing quote that pysbd hands to the next sentence (when its opening quote is in an earlier
  paragraph) goes back to the sentence it closes;
- a quotation or bracket that ends without sentence punctuation ("“Death to America” Iranians
  chanted.") does not end a sentence;
- a span holding no letter or digit (a stray " ." left in wire copy) is not a sentence;
- a full stop standing apart (" .") is a line break that news-dataset pipelines (the CNN/Daily
  Mail corpus and copies scraped the same way) turned into a stop, not a sentence's end, when the
  next word is in lower case ("the entrepreneur . received a message") or the word before it never
  ends a sentence ("My name is the . Duke of York": a determiner or a conjunction);
- a span opening with a comma or a semicolon continues the one before: pysbd ends a sentence at
  the period of a party-and-state tag ("Sen. Jo Bloggs, R-Ky., told reporters ...").

Rules are data: the verbs and openers live in ``retrieval/lexicon/``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.lexicon import lines, words

__all__ = [
    "Span",
    "correct_spans",
    "merge_quote_attributions",
    "merge_unfinished_quotes",
    "return_closing_quotes",
    "split_after_initialisms",
    "drop_empty",
    "merge_spaced_stops",
    "merge_comma_openers",
]

Span = tuple[int, int]

# A quotation closed right after "!" or "?": “All is well!”  /  "Is this the end?"
_EXCLAIMED_QUOTE_END = re.compile(r"[!?]+[”\"’']+\)?$")
# Capitalised words a speaker's name or title is made of (Trump, U.S., al-Assad, O’Brien).
_NAME_WORD = r"[A-Z][\w.’'-]*"
# Longest name-and-title run accepted before the reporting verb ("U.S. President Donald Trump said").
MAX_SPEAKER_WORDS = 5
# Closing quotes (and a straight quote followed by a space) that open a span: they close the one before.
_LEADING_CLOSERS = re.compile(r"[”’»]+|\"(?=\s|$)|'(?=\s|$)")
# A span ending in a closing quote or bracket with no sentence punctuation before it.
_UNFINISHED_QUOTE_END = re.compile(r"[^.!?…\s][”\"’'»)\]]$")
# Before a stop set apart (" ."), the characters looked at for the word it follows: longer than
# any word, so the word is whole; quotes and brackets opening that word are passed over.
_WORD_WINDOW = 40
_OPENERS = "\"“‘'("
# A multi-letter initialism with a period after each letter: U.S., U.N., D.C., U.S.A.
_INITIALISM_BEFORE_WORD = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?=\s+([A-Z]\w*)\b)")


@lru_cache(maxsize=None)
def _sentence_starters() -> frozenset[str]:
    return frozenset(lines("sentence_starters.txt"))


@lru_cache(maxsize=None)
def _attribution_after_quote() -> re.Pattern[str]:
    verbs = sorted({form for line in lines("quote_verbs.txt") for form in line.split()})
    return re.compile(rf"(?:{_NAME_WORD}\s+){{1,{MAX_SPEAKER_WORDS}}}(?:{'|'.join(verbs)})\b")


def _continues_quote(following: str) -> bool:
    """True when text after “...!” carries on the same sentence (an attribution or lower case)."""
    if not following:
        return False
    first = following[0]
    if first.islower():
        return True
    if not first.isupper():
        return False
    if following.split(None, 1)[0] in _sentence_starters():
        return False
    return _attribution_after_quote().match(following) is not None


def merge_quote_attributions(text: str, spans: list[Span]) -> list[Span]:
    """Join “...!” / "...?" with a following attribution or lower-case continuation.

    Args:
        text: the block the spans index into.
        spans: trimmed sentence spans in order.

    Returns:
        The spans with each such pair merged into one.
    """
    out: list[Span] = []
    for span in spans:
        if out:
            prev_start, prev_end = out[-1]
            gap = text[prev_end : span[0]]
            if (
                _EXCLAIMED_QUOTE_END.search(text, prev_start, prev_end)
                and gap.isspace()
                and "\n" not in gap
                and _continues_quote(text[span[0] : span[1]])
            ):
                out[-1] = (prev_start, span[1])
                continue
        out.append(span)
    return out


def split_after_initialisms(text: str, spans: list[Span]) -> list[Span]:
    """Split after an initialism (U.N., U.S.) followed by a word that opens sentences.

    Args:
        text: the block the spans index into.
        spans: trimmed sentence spans in order.

    Returns:
        The spans, some cut in two.
    """
    starters = _sentence_starters()
    out: list[Span] = []
    for start, end in spans:
        cut_from = start
        for match in _INITIALISM_BEFORE_WORD.finditer(text, start, end):
            if match.group(1) in starters and match.end() < end:
                out.append((cut_from, match.end()))
                cut_from = _skip_space(text, match.end(), end)
        out.append((cut_from, end))
    return out


def return_closing_quotes(text: str, spans: list[Span]) -> list[Span]:
    """Move closing quotes found at the start of a span to the end of the span before it.

    Args:
        text: the block the spans index into.
        spans: trimmed sentence spans in order.

    Returns:
        The spans, with ``over.`` + ``” Then ...`` turned into ``over.”`` + ``Then ...``.
    """
    out: list[Span] = []
    for start, end in spans:
        closers = _LEADING_CLOSERS.match(text, start, end)
        if out and closers and text[out[-1][1] : start] == "":
            out[-1] = (out[-1][0], closers.end())
            start = _skip_space(text, closers.end(), end)
            if start == end:
                continue
        out.append((start, end))
    return out


def merge_unfinished_quotes(text: str, spans: list[Span]) -> list[Span]:
    """Join a span ending in a quotation or bracket without final punctuation to the next one.

    Args:
        text: the block the spans index into.
        spans: trimmed sentence spans in order.

    Returns:
        The spans, with ``“Death to America”`` + ``Iranians chanted.`` merged.
    """
    out: list[Span] = []
    for span in spans:
        if out and _UNFINISHED_QUOTE_END.search(text, out[-1][0], out[-1][1]):
            gap = text[out[-1][1] : span[0]]
            if "\n" not in gap and "\r" not in gap:
                out[-1] = (out[-1][0], span[1])
                continue
        out.append(span)
    return out


def _skip_space(text: str, position: int, end: int) -> int:
    """The first non-space position from ``position`` on, at most ``end``."""
    while position < end and text[position].isspace():
        position += 1
    return position


def drop_empty(text: str, spans: list[Span]) -> list[Span]:
    """Leave out spans with no letter or digit (a stray " ." or a lone dash)."""
    return [(s, e) for s, e in spans if any(ch.isalnum() for ch in text[s:e])]


def _spaced_stop_reads_on(text: str, previous: Span, start: int) -> bool:
    """Does a span ending in a stop set apart (" .") read on into the span at ``start``?"""
    prev_start, prev_end = previous
    # Checked by hand, not with a regex ending in "$", which would scan the whole span.
    if prev_end - prev_start < 2 or text[prev_end - 1] != "." or not text[prev_end - 2].isspace():
        return False
    first = text[start : start + 1]
    if first.islower():
        return True
    if not first.isalnum():
        return False
    window = max(prev_start, prev_end - _WORD_WINDOW)
    before = text[window : prev_end - 1].rsplit(None, 1)
    if not before or len(before) == 1 and window > prev_start:
        return False  # no word, or one longer than the window
    word = before[-1].lstrip(_OPENERS)
    return word.isalpha() and word.lower() in words("unfinished_words.txt")


def merge_spaced_stops(text: str, spans: list[Span]) -> list[Span]:
    """Join a span ending in a stop set apart (" .") to the next when the sentence reads on:
    ``when he .`` + ``received a message`` and ``handed it to the .`` + ``Duke of York`` are one
    sentence each; ``the show .`` + ``The next day`` and ``the U.S .`` + ``He left`` stay two."""
    out: list[Span] = []
    for span in spans:
        if out and _spaced_stop_reads_on(text, out[-1], span[0]):
            out[-1] = (out[-1][0], span[1])
            continue
        out.append(span)
    return out


def merge_comma_openers(text: str, spans: list[Span]) -> list[Span]:
    """Join a span that opens with "," or ";" to the one before: no sentence starts there, so
    the stop before it ended an abbreviation ("Sen. Jo Bloggs, R-Ky." + ", told reporters ...")."""
    out: list[Span] = []
    for start, end in spans:
        if out and text[start] in ",;":
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


def correct_spans(text: str, spans: list[Span]) -> list[Span]:
    """Apply every correction, in an order where each sees the previous one's output."""
    spans = return_closing_quotes(text, spans)
    spans = drop_empty(text, spans)
    spans = merge_spaced_stops(text, spans)
    spans = merge_comma_openers(text, spans)
    spans = merge_unfinished_quotes(text, spans)
    spans = split_after_initialisms(text, spans)
    return merge_quote_attributions(text, spans)
