"""Find the prose in one paragraph of a news file, leaving out what is not prose.

Wire and web copy carries headings (“PROPOSAL TOOLS”, all-caps lines), "Advertisement",
"Reporting by ...; Editing by ...", a stray " ." after the last sentence, and section tags glued
after it ("... in Iraq. Middle East."). This module never rewrites text: it only narrows a
paragraph's ``(start, end)`` span, or drops the paragraph, so offsets keep pointing into the file.
The rules are data in ``retrieval/lexicon/boilerplate.tsv`` and ``sections.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.lexicon import lines

from retrieval.text.fixes import Span
from retrieval.text.sentences import split_spans

__all__ = ["prose_span", "is_heading"]

# A paragraph with no sentence-final punctuation and at most this many words is a heading or a
# byline ("Oil prices jump after strikes", "By Parisa Hafezi"); a longer one is prose that lost
# its final period, and is kept.
MAX_HEADING_WORDS = 12
# A section tag is a short run of capitalised words ("Middle East", "Asia Pacific").
MAX_TAG_WORDS = 4
# ...of at least two: one capitalised word alone ("Nobody.", "Yes.") is too often a real sentence.
MIN_TAG_WORDS = 2

# Sentence punctuation at the end of a line; a colon counts, since "He told reporters:" introduces
# the quotation in the next paragraph and is prose the attribution step needs.
_SENTENCE_END = re.compile(r"[.!?…:][”\"’'»)\]]*$")
# Punctuation left dangling after a finished sentence: "... their territories. ."
# (One token only, and not the last dot of a spaced ellipsis ". . . .", which is the author's.)
_STRAY_PUNCTUATION = re.compile(r"(?<!\s\.)(?<=[.!?…”\"’)])\s+[.,;:·•*-]{1,2}\s*$")
_TAG_SHAPE = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|and|of|the)){0,%d}\.?" % (MAX_TAG_WORDS - 1))
_LINE = re.compile(r"[^\r\n]+")


@lru_cache(maxsize=None)
def _rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(whole-line pattern, glued-tail pattern) built from boilerplate.tsv."""
    kinds: dict[str, list[str]] = {"line": [], "tail": []}
    for line in lines("boilerplate.tsv"):
        kind, pattern = line.split("\t", 1)
        kinds[kind].append(pattern.strip())
    whole = re.compile(r"(?:%s)" % "|".join(kinds["line"]), re.IGNORECASE)
    tail = re.compile(r"(?<=[.!?”\"’)])\s+((?:%s))\s*$" % "|".join(kinds["tail"]), re.IGNORECASE)
    return whole, tail


@lru_cache(maxsize=None)
def _sections() -> frozenset[str]:
    return frozenset(lines("sections.txt"))


@lru_cache(maxsize=None)
def _sentence_starters() -> frozenset[str]:
    return frozenset(lines("sentence_starters.txt"))


def _is_boilerplate_line(line: str) -> bool:
    return _rules()[0].fullmatch(line.strip()) is not None


def _is_all_caps(line: str) -> bool:
    # str.isupper: every cased character is upper case and there is one; checked first as it is cheap.
    return line.isupper() and sum(ch.isalpha() for ch in line) >= 2


def is_heading(line: str) -> bool:
    """True for a line that is a heading, not prose.

    Args:
        line: one line of text.

    Returns:
        True when every letter is upper case (“PROPOSAL TOOLS”), or the line is short and does not
        end a sentence (a headline, a byline, a section name).
    """
    stripped = line.strip()
    if _is_all_caps(stripped):
        return True
    return not _SENTENCE_END.search(stripped) and len(stripped.split()) <= MAX_HEADING_WORDS


def _is_section_tag(tag: str) -> bool:
    """A short Title Case run glued after the last sentence, like "Middle East."."""
    if not _TAG_SHAPE.fullmatch(tag):
        return False
    words = tag.rstrip(".").split()
    if " ".join(words) in _sections():
        return True
    capitalised = [w for w in words if w[0].isupper()]
    return len(capitalised) >= MIN_TAG_WORDS and words[0] not in _sentence_starters()


def _may_end_in_tag(chunk: str) -> bool:
    """Cheap test: do the last few words, after a sentence end, have a section tag's shape?"""
    words = chunk.rsplit(None, MAX_TAG_WORDS + 1)
    for i in range(1, len(words)):
        if _SENTENCE_END.search(words[i - 1]) and _is_section_tag(" ".join(words[i:])):
            return True
    return False


def _trim_tail(text: str, start: int, end: int) -> int:
    """New end of a paragraph once trailing stray punctuation, tags and credits are cut off."""
    while True:
        chunk = text[start:end]
        stray = _STRAY_PUNCTUATION.search(chunk)
        if stray:
            end = start + stray.start()
            continue
        credit = _rules()[1].search(chunk)
        if credit:
            end = start + credit.start()
            continue
        # Cheap shape check first; the splitter then confirms the tag really is its own sentence.
        if _may_end_in_tag(chunk):
            spans = split_spans(chunk)
            if len(spans) >= 2 and _is_section_tag(chunk[spans[-1][0] : spans[-1][1]]):
                end = start + spans[-2][1]
                continue
        return end


def prose_span(text: str, start: int, end: int) -> Span | None:
    """The prose part of one paragraph of ``text``, or None when it holds no prose.

    Args:
        text: the whole decoded file.
        start: where the paragraph starts.
        end: where it ends (exclusive).

    Returns:
        ``(start, end)`` narrowed to the prose, whitespace trimmed, or None for a heading,
        a credit line, "Advertisement" and the like.
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end)]
    lines = [(a, b) for a, b in lines if text[a:b].strip()]
    # Lines of boilerplate (or shouting) above or below the prose go; prose lines stay.
    while lines and (_is_boilerplate_line(text[slice(*lines[0])]) or _is_all_caps(text[slice(*lines[0])])):
        lines.pop(0)
    while lines and (_is_boilerplate_line(text[slice(*lines[-1])]) or _is_all_caps(text[slice(*lines[-1])])):
        lines.pop()
    if not lines:
        return None
    if len(lines) == 1 and is_heading(text[slice(*lines[0])]):
        return None
    first, last = lines[0][0], lines[-1][1]
    last = _trim_tail(text, first, last)
    while first < last and (text[first].isspace() or text[first] == "\ufeff"):
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    if not any(ch.isalnum() for ch in text[first:last]):
        return None
    return first, last
