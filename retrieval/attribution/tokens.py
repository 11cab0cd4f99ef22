"""Word tokens with offsets, as the attribution rules need them (not the search tokenizer)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.quotes import MARK, QUOTED

__all__ = ["Token", "tokenize"]

# Words keep inner apostrophes, hyphens and periods ("Iran’s", "al-Asad", "U.S.") and a plural
# possessive's apostrophe ("ISIS' spokesman": the quotation rules left it unmatched), the
# possessive of an initialism ("the U.N.’s agency") and a slash
# before a capital ("a Reuters/Ipsos poll"), numbers their
# separators ("200,000", "3.5", "9/11"); a run of
# quoted characters is one token, and so is a dash typed as two hyphens ("Moss -- a judge --
# said"); any other non-space character is a token of its own.
_TOKEN = re.compile(rf"\d+(?:[.,/]\d+)+|\w(?:[\w’'\-&]*\w)?(?:(?<=[sS])[’'](?=\s))?(?:\.\w+)*(?:/[A-Z]\w*)*(?:\.[’']s(?!\w)|\.)?|{QUOTED}+|--|\S")
# The same tokens with the spaces before each: ``findall`` gives (spaces, token) pairs, which
# is cheaper than a match object per token, and the offsets follow from the lengths (any
# non-space character starts a token, so only spaces lie between them). Shortcuts come first,
# each matching exactly what ``_TOKEN`` would there: a run of ASCII letters that no character
# ``_TOKEN``'s word could go on with follows (most words), a punctuation mark that only its last
# branch takes, and a run of quoted characters; the full pattern takes the rest.
_SHORTCUTS = rf"[A-Za-z]+(?![\w’'\-&./])|[,.;:()\"?!]|{QUOTED}+"
_SPACED_TOKEN = re.compile(rf"(\s*)({_SHORTCUTS}|{_TOKEN.pattern})")


# "al-Issawi", "el-Sisi": a name opened by a lower-case particle and a hyphen is capitalised.
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")
# "J." or "U.": a word this short keeps its final period, as an initial.
INITIAL_WITH_STOP = 2


@dataclass(slots=True)  # not frozen: frozen dataclasses are four times slower to build
class Token:
    start: int
    end: int
    text: str
    lower: str
    is_word: bool
    is_cap: bool  # starts with an upper-case letter or a digit-free acronym
    is_quote: bool  # a quotation mark or a run of quoted words


# Distinct token texts whose reading is kept: a vocabulary's worth, so it stays bounded.
SHAPES_KEPT = 1 << 16
_SHAPES: dict[str, tuple[str, str, bool, bool, bool]] = {}


def _shape(text: str) -> tuple[str, str, bool, bool, bool]:
    """How ``tokenize`` reads one token text, the same wherever it stands: (text, lower, is_word,
    is_cap, split) for a word, ``split`` when its final period is a token of its own; (text,
    text, False, False, is_quote) for any other token."""
    first = text[0]
    if not first.isalnum():
        return text, text, False, False, first == MARK or first == QUOTED
    lower = text.lower()
    if text[-1] == "." and len(text) > INITIAL_WITH_STOP and "." not in text[:-1] and lower not in lexicon().words["abbreviation"]:
        return text[:-1], lower[:-1], True, first.isupper(), True
    return text, lower, True, first.isupper() or ("-" in text and _PARTICLE_NAME.match(text) is not None), False


# Words (runs of non-space characters) whose tokens are kept, read once each: a vocabulary's worth.
WORDS_KEPT = 1 << 16
# A word's reading: (True, its one token's fields after the offsets), or (False, each of its
# tokens as offsets from the word's start and fields).
_WORDS: dict[str, tuple[bool, tuple]] = {}


def tokenize(masked: str) -> list[Token]:
    """Tokens of a masked sentence; a final period is split off unless it marks an abbreviation.

    A sentence whose words stand one space apart (nearly every one) is read word by word, each
    distinct word's tokens read once (no token spans a space, and only a word's last apostrophe
    looks past it: "ISIS' men" but "... of ISIS'"); any other, token by token."""
    words = masked.split()
    if not words or sum(map(len, words)) + len(words) - 1 != len(masked) or words[-1][-1] in "’'":
        return _tokenize_spaced(masked)
    out: list[Token] = []
    append = out.append
    kept = _WORDS
    if len(kept) > WORDS_KEPT:
        kept.clear()
    at = 0
    for word in words:
        read = kept.get(word)
        if read is None:
            read = kept[word] = _read_word(word)
        end = at + len(word)
        whole, fields = read
        if whole:
            text, lower, is_word, cap, quote = fields
            append(Token(at, end, text, lower, is_word, cap, quote))
        else:
            for begin, stop, text, lower, is_word, cap, quote in fields:
                if begin == 0 and text == "." and at > 0 and masked[at - 1] == " " and masked[at + 1 : at + 3].strip()[:1].islower():
                    continue  # "when he . received a message": a line break web copy turned into a stop
                append(Token(at + begin, at + stop, text, lower, is_word, cap, quote))
        at = end + 1
    return out


def _read_word(word: str) -> tuple[bool, tuple]:
    """One word's reading for ``tokenize``: its tokens with a space after it, no stop dropped
    (whether one is depends on the words around it)."""
    tokens = [(t.start, t.end, t.text, t.lower, t.is_word, t.is_cap, t.is_quote) for t in _tokenize_spaced(word + " ", False)]
    if len(tokens) == 1 and tokens[0][2] != ".":
        return True, tokens[0][2:]
    return False, tuple(tokens)


def _tokenize_spaced(masked: str, drop_stops: bool = True) -> list[Token]:
    """``tokenize`` by the spaced pattern, token by token; ``drop_stops``: drop a full stop a line
    break became ("when he . received")."""
    out: list[Token] = []
    append = out.append
    shapes = _SHAPES
    if len(shapes) > SHAPES_KEPT:
        shapes.clear()
    end = 0
    for space, text in _SPACED_TOKEN.findall(masked):
        start = end + len(space)
        end = start + len(text)
        shape = shapes.get(text)
        if shape is None:
            shape = shapes[text] = _shape(text)
        word, lower, is_word, cap, flag = shape
        if not is_word:
            if drop_stops and text == "." and start > 0 and masked[start - 1] == " " and masked[start + 1 : start + 3].strip()[:1].islower():
                continue  # "when he . received a message": a line break web copy turned into a stop
            append(Token(start, end, text, text, False, False, flag))
        elif flag:
            append(Token(start, end - 1, word, lower, True, cap, False))
            append(Token(end - 1, end, ".", ".", False, False, False))
        else:
            append(Token(start, end, text, lower, True, cap, False))
    return out
