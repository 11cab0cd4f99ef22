"""Where quotations are: masks quoted words so the cue rules see only the reporter's words.

Quote state runs across the sentences of one paragraph (a quotation may span several sentences)
and restarts at each paragraph, as English news style reopens a continued quotation with a new
mark. Quoted characters become ``QUOTED``, marks become ``MARK``; offsets are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Sequence

from retrieval.attribution.lexicon import lexicon

__all__ = ["MARK", "QUOTED", "QuoteView", "mask_paragraph", "opens_with_mark"]

MARK = '"'
QUOTED = "\u2591"  # not a word character, so no rule ever reads a quoted word
# A quotation shorter than this many words is a title or scare quote ("slap in the face"),
# not someone's words carried into the next sentence or paragraph.
QUOTE_MIN_WORDS = 4


@dataclass(slots=True)  # not frozen, like ``Token``: one is built for every sentence, and frozen ones build slower
class QuoteView:
    """One sentence as the cue rules see it."""

    masked: str  # same length as the sentence; quoted text hidden
    open_at_start: bool  # the sentence begins inside a quotation from an earlier sentence
    open_at_end: bool  # a quotation is still open when the sentence ends
    opens_with_quote: bool  # first character is quoted or a mark: the sentence is someone's words
    quoted_words: int  # words inside quotation marks
    outside_words: int  # words outside them
    # It opens with a quoted name, not quoted words: “The Last Winter” is published by ...
    opens_with_title: bool = False
    # Only quoted words, every one of them capitalised: a quoted heading ('All Bets Are Off.').
    quoted_heading: bool = False


_WORD = re.compile(r"[^\W_]+")
# Words this long are capitalised in a title ("The Last Winter"); shorter ones may not be ("of", "the").
TITLE_WORD_LENGTH = 4
# A quoted heading ('Coal Isn't the Villain.', 'All Bets Are Off.') capitalises every word of
# TITLE_WORD_LENGTH letters or more, and at least this many words of HEADING_WORD_LENGTH or more.
MIN_HEADING_WORDS = 2
HEADING_WORD_LENGTH = 3
# A quotation opening the sentence, closed, then the reporter's words go on in lower case.
_OPENING_QUOTATION = re.compile(rf"\s*{MARK}+([{QUOTED}\s]+?){MARK}+[ \t]+[a-z]")


@lru_cache(maxsize=1)
def _marks() -> tuple[dict[str, str], frozenset[str], frozenset[str], re.Pattern[str]]:
    lex = lexicon()
    openers = {o: c for o, c in lex.quote_pairs}
    closers = frozenset(c for _, c in lex.quote_pairs)
    marks = sorted(set(openers) | closers, key=len, reverse=True)
    return openers, closers, lex.edge_quotes, re.compile("|".join(_alternative(m, lex.edge_quotes) for m in marks))


def _alternative(mark: str, edge: frozenset[str]) -> str:
    """The pattern finding one mark. A single quote between two letters or digits ("Trump’s",
    "don’t") stands inside a word, which no quotation step acts on, so the search passes it by."""
    escaped = re.escape(mark)
    if len(mark) == 1 and mark in edge:
        return rf"{escaped}(?:(?<![^\W_]{escaped})|(?![^\W_]))"  # the mark first: searches skip to it
    return escaped


# Copy that mixes straight and curly marks ("Oz has a huge bully pulpit,” said ...) closes a
# quotation with either.
_ANY_CLOSER = frozenset({"”", '"'})
# What may stand right before an opening mark / right after a closing one.
_BEFORE_OPENING = frozenset(" \t\n([{“\"—–-/")
_AFTER_CLOSING = frozenset(" \t\n.,;:!?)]}”\"—–-…")
# Text ending a sentence, closing marks and all, right before a reopening straight quote:
# '... they once were. "What ...', "... about it?' "To not ...".
_SENTENCE_END = re.compile(r"[.?!…][’'”]*[ \t]+$")
_MEASURES = frozenset({'"', "'", "''", "’", "”"})
Role = Literal["open", "close", "inside", "alone"]


def _role(text: str, i: int, length: int) -> Role:
    """Where a mark stands: opening a word, closing one, inside one (an apostrophe) or alone."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + length] if i + length < len(text) else " "
    opens = before in _BEFORE_OPENING and not after.isspace()
    closes = not before.isspace() and after in _AFTER_CLOSING
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "alone" if opens else "inside"


class _HideTable(dict):
    """``str.translate`` table turning every non-space character into ``QUOTED`` (as
    ``re.sub(r"\\S", QUOTED, text)`` would, without a search per character), filled as met."""

    def __missing__(self, code: int) -> str:
        kept = chr(code) if chr(code).isspace() else QUOTED
        self[code] = kept
        return kept


_HIDE = _HideTable()
# The same for ASCII text, on bytes: every non-space byte becomes "x", then every "x" ``QUOTED``
# (a table of 256 bytes costs a lookup per character; the dictionary a call per character).
_HIDE_ASCII = bytes(c if chr(c).isspace() else ord("x") for c in range(128)) + bytes(128)


def _hide(text: str) -> str:
    if text.isascii():
        return text.encode("ascii").translate(_HIDE_ASCII).decode("ascii").replace("x", QUOTED)
    return text.translate(_HIDE)


@dataclass
class _State:
    """The quotation open at a point of a paragraph."""

    closing: str | None = None  # the mark that closes it
    single: bool = False  # it opened with a single quote
    nested: int = 0  # quotations open inside it
    opened_at: tuple[int, int] | None = None  # (sentence, offset) of its opening mark
    inner_single: bool = False  # a single quotation is open inside this double one


def opens_with_mark(text: str) -> bool:
    """The text opens with a quotation mark (a paragraph going on a quotation)."""
    text = text.lstrip()
    if text[:1] not in _opening_starts():
        return False  # most paragraphs: no opening mark starts with their first character
    openers, _, _, pattern = _marks()
    m = pattern.match(text)
    return m is not None and m.group() in openers


@lru_cache(maxsize=1)
def _opening_starts() -> frozenset[str]:
    """The first characters of the opening marks."""
    return frozenset(mark[0] for mark in _marks()[0])


def mask_paragraph(texts: Sequence[str], runs_on: bool = True) -> list[QuoteView]:
    """Mask quotations in the consecutive sentences of one paragraph.

    Args:
        texts: the paragraph's sentences in order.
        runs_on: a quotation left open at the paragraph's end may go on in the next paragraph
            (it opens with a quotation mark). When False, a single quote that opened and never
            closes is read as an apostrophe ('90s, 'em), so it cannot hide the reporter's
            sentences after it. (A double quote that never closes is a quotation whose closing
            mark the copy lost; it runs to the paragraph's end.)
    """
    views, state = _mask(texts, frozenset())
    if not runs_on and state.single and state.closing is not None and state.opened_at is not None:
        views, _ = _mask(texts, frozenset({state.opened_at}))
    return views


def _mask(texts: Sequence[str], ignored: frozenset[tuple[int, int]]) -> tuple[list[QuoteView], _State]:
    openers, closers, edge, pattern = _marks()
    views: list[QuoteView] = []
    state = _State()
    for n, text in enumerate(texts):
        open_at_start = state.closing is not None
        pieces: list[str] = []
        at = 0  # text[:at] is already in pieces
        for m in pattern.finditer(text):
            i, ch = m.start(), m.group()
            if i < at or (n, i) in ignored:
                continue
            if state.closing is None and ch in _MEASURES and i > 0 and text[i - 1].isdigit():
                continue  # 6'3", a 12" screen: feet and inches
            role = _role(text, i, len(ch))
            action = _step(state, ch, role, ch in edge, openers, closers, text, i)
            if action == "close":
                pieces.append(_hide(text[at:i]) + MARK * len(ch))
                at = i + len(ch)
            elif action == "open":
                pieces.append(text[at:i] + MARK * len(ch))
                at = i + len(ch)
                state.opened_at = (n, i)
            elif action == "stray":
                # A closing mark with no opening one: the sentence began inside a quotation.
                pieces = [_hide(text[:i]) + MARK * len(ch)]
                at = i + len(ch)
        if not pieces and state.closing is None:
            # No quotation here (most sentences): nothing to mask or count.
            views.append(QuoteView(text, False, False, False, 0, len(text.split())))
            continue
        pieces.append(_hide(text[at:]) if state.closing is not None else text[at:])
        views.append(_view(text, "".join(pieces), open_at_start, state.closing is not None))
    return views, state


def _step(
    state: _State, ch: str, role: Role, single: bool, openers: dict[str, str], closers: frozenset[str], text: str, i: int
) -> str | None:
    """What one mark does to the open quotation: "open", "close", "stray" (closes one opened
    before the sentence) or nothing (None)."""
    if state.closing is None:
        if single:
            if role == "open" and not text[i + len(ch) : i + len(ch) + 1].isdigit():  # not '90s
                state.closing, state.single, state.nested = ch, True, 0
                return "open"
            return None
        if ch == '"' and role == "close":
            return None  # a straight mark closing nothing: a slip, it opens no quotation
        if ch in openers:
            state.closing, state.single, state.nested, state.inner_single = openers[ch], False, 0, False
            return "open"
        return "stray" if ch in closers else None
    if state.single:
        if single:
            if role == "close" and not state.nested:
                state.closing = None
                return "close"
            return None
        if ch in _ANY_CLOSER and state.nested and (ch != '"' or role != "open"):
            state.nested -= 1  # 'He told me "no",' she said.
        elif ch in openers:
            state.nested += 1
        return None
    if single:
        # "They said 'no' to us," she said: inside a double quotation. A single mark closing a
        # sentence when none opened inside is the copy's slip for the double one: "... a bit more.'
        if role == "open":
            state.inner_single = True
        elif role == "close" and state.inner_single:
            state.inner_single = False
        elif role == "close" and i > 0 and text[i - 1] in ".?!" and text[i + len(ch) : i + len(ch) + 1] in ("", " "):
            state.closing, state.nested = None, 0
            return "close"
        return None
    if ch in openers and ch != state.closing and ch not in _ANY_CLOSER:
        state.nested += 1  # "PENCE: ... an episode of “Shark Tank.” But ..."
    elif state.nested and ch in _ANY_CLOSER and ch != state.closing:
        state.nested -= 1
    elif ch == '"' and state.closing == '"' and role == "open" and (i == 0 or _SENTENCE_END.search(text, 0, i) is not None):
        return None  # '... they once were. "What the book says ...': the next paragraph of the quotation, run on
    elif ch == state.closing or ch in _ANY_CLOSER:
        state.closing, state.nested = None, 0
        return "close"
    return None


def _view(text: str, masked: str, open_at_start: bool, open_at_end: bool) -> QuoteView:
    outside = len(_WORD.findall(masked))
    words = _WORD.findall(text)
    first = masked.lstrip()[:1]
    return QuoteView(
        masked=masked,
        open_at_start=open_at_start,
        open_at_end=open_at_end,
        opens_with_quote=first in (MARK, QUOTED),
        quoted_words=len(words) - outside,
        outside_words=outside,
        opens_with_title=not open_at_start and _opens_with_title(text, masked),
        quoted_heading=outside == 0 and _heading(words),
    )


def _heading(words: Sequence[str]) -> bool:
    """Every word of TITLE_WORD_LENGTH letters or more capitalised, and enough of them (``words``:
    the sentence's, ``_WORD``)."""
    if any(len(w) >= TITLE_WORD_LENGTH and not w[0].isupper() for w in words):
        return False
    return sum(len(w) >= HEADING_WORD_LENGTH and w[0].isupper() for w in words) >= MIN_HEADING_WORDS


def _opens_with_title(text: str, masked: str) -> bool:
    """The opening quotation closes with no punctuation and the sentence goes on in the reporter's
    words: a title or term (“Fire and Fury” sold well), not someone's words (“We won.”)."""
    m = _OPENING_QUOTATION.match(masked)
    if m is None or not text[m.end(1) - 1].isalnum():
        return False
    # Only a capitalised name is a title: “You went on television to blame ...” workers is speech.
    long_words = [w for w in _WORD.findall(text[m.start(1) : m.end(1)]) if len(w) >= TITLE_WORD_LENGTH]
    return bool(long_words) and all(w[0].isupper() for w in long_words)
