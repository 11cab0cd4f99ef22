"""A quick splitter for the plain paragraphs that make up most news, giving pysbd's answer.

pysbd runs some two hundred regular expressions over every paragraph (about 1,800 sentences a
second here), too slow for indexing a million sentences in minutes. Most news paragraphs are
plain: sentences end in a period after an ordinary word, followed by a capital. For those this
module decides each boundary itself, the way pysbd would; the moment it meets anything pysbd has
a special rule for (abbreviations, initials, lists, ellipses, single quotes, brackets holding
a period, odd spacing) it gives up and returns None, and the caller asks pysbd. A benchmark
(``evals/split_speed.py``) checks on real articles that both give the same sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pysbd.exclamation_words import ExclamationWords
from pysbd.lang.english import English
from pysbd.lists_item_replacer import ListItemReplacer

from retrieval.text.fixes import Span

__all__ = ["plain_spans"]

# Constructions that pysbd treats specially anywhere in a paragraph: ellipses, doubled
# punctuation, numbered lists ("1.", "2)"), single-quoted or bracketed passages, dashes used as
# brackets, backslashes (which pysbd's quote rules honour), brackets between quotations and
# numbered references. Every alternative starts with a fixed character and looks back only
# after it: re then skips ahead to candidate characters instead of trying every position,
# which makes this check several times cheaper. Lettered lists ("a. ... b.") are checked
# separately (_has_letter_list), so that a lone "a." ending a sentence stays plain.
_HARD = re.compile(
    r"…|\.\s*\.|[!?]{2}|--|[•⁃«»\[\]‘\\\\]"
    # "1." / "12)" / "-2." opening a word, then a space, a bracket or the end (a list item)
    r"|[.)](?=[\s)]|$)(?:(?<=(?<!\S)\d[.)])|(?<=(?<!\S)\d\d[.)])|(?<=(?<!\S)[-⁃]\d[.)])|(?<=(?<!\S)[-⁃]\d\d[.)]))"
    r"|'(?<!\S')"  # a single quote opening a word
    r"|[”\")](?=\s[A-Z])(?<![.!?,][”\")])"
    r"|-[\"'“”]\s[A-Z]"
    r"|[\"”]\s\(.*\)\s[\"“]"  # a bracket between quotations ends a sentence on each side
    r"|\.\d(?<=[^\d\s]\.\d)"  # a numbered reference glued to a period (word.12 The ...)
)
# A lettered or roman list item in brackets: "a)", "(iv)" (only looked for when there is a ")").
_HARD_BRACKET = re.compile(r"(?<![^\s(])[a-z]+\)")
# Regions pysbd protects (it never splits inside them), matched the way pysbd matches them.
# Straight and curly quotations are paired separately, as pysbd pairs them (one pass each).
_QUOTED = (re.compile(r"\"[^\"\\\\]+\""), re.compile(r"“[^”\\\\]+”"))
_BRACKETED = re.compile(r"\([^()\\\\]+\)")
# Sentence punctuation, with the closing quotes or brackets after it.
_TERMINATOR = re.compile(r"[.!?]([”\"’')\]]*)")
# Periods that are never boundaries for pysbd: before a digit (3.5, $4.7) and inside initialisms.


# A number with a decimal point ending a sentence: pysbd keeps its inner period only.
_DECIMAL = re.compile(r"[$€£]?\d[\d,]*\.\d+%?")
# After an abbreviation's period, what makes pysbd read on (pysbd's replace_period_of_abbr):
# lower case, a digit, an opening bracket, or "I" as a word (which its sentence-starter rule
# may turn back into a boundary, so that case goes to pysbd).
_ABBREVIATION_READS_ON = re.compile(r"\s(?:[a-z]|\d|\()")
_ABBREVIATION_UNCLEAR = re.compile(r"\sI(?:\s|'m|'ll)")
# After a number abbreviation (No., Art., p.) pysbd reads on only before a number or a bracket.
_NUMBER_ABBREVIATION_READS_ON = re.compile(r"\s\d|\s+\(")


@lru_cache(maxsize=None)
def _abbreviations() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(every abbreviation pysbd knows, the prepositive ones such as mr, sen, gov, the ones
    that come before numbers such as no, art), lower case."""
    abbr = English.Abbreviation
    return frozenset(abbr.ABBREVIATIONS), frozenset(abbr.PREPOSITIVE_ABBREVIATIONS), frozenset(abbr.NUMBER_ABBREVIATIONS)


@lru_cache(maxsize=None)
def _adjacent_letters() -> frozenset[tuple[str, str]]:
    """Pairs of single letters that pysbd's list rules read as consecutive items (a/b, or i/v... never)."""
    pairs = set()
    for alphabet in (ListItemReplacer.LATIN_NUMERALS, ListItemReplacer.ROMAN_NUMERALS):
        for first, second in zip(alphabet, alphabet[1:]):
            pairs.update({(first, second), (second, first)})
    return frozenset(pairs)


def _has_letter_list(block: str) -> bool:
    """True when pysbd could read some "a." ... "b." in the block as a lettered list."""
    # pysbd's list items are a lower-case letter and a period at the start of a word.
    letters = set()
    at = block.find(".")
    while at >= 0:
        if at and "a" <= block[at - 1] <= "z" and (at == 1 or block[at - 2].isspace()):
            letters.add(block[at - 1])
        at = block.find(".", at + 1)
    if len(letters) < 2:
        return False
    adjacent = _adjacent_letters()
    return any((a, b) in adjacent for a in letters for b in letters)


def _is_ascii_letter(char: str) -> bool:
    return "a" <= char <= "z" or "A" <= char <= "Z"


def _is_inner_period(text: str, at: int) -> bool:
    """Is the period at ``at`` one pysbd never splits at: before a digit (3.5, $4.7), or inside
    an initialism, that is followed by another letter and period (the first two of U.S.A.)?"""
    if text[at + 1 : at + 2].isdecimal():
        return True
    if not (_is_ascii_letter(text[at + 1 : at + 2]) and text[at + 2 : at + 3] == "."):
        return False
    # Walk back over letter-period pairs to where the initialism starts: it must start a word.
    start = at - 1
    if start < 0 or not _is_ascii_letter(text[start]):
        return False
    while start >= 2 and text[start - 1] == "." and _is_ascii_letter(text[start - 2]):
        start -= 2
    before = text[start - 1] if start else ""
    return not (before == "." or before == "_" or before.isalnum())


def _word_before(text: str, position: int) -> str:
    start = position
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:position]


def _period_verdict(text: str, position: int) -> bool | None:
    """Is the period at ``position`` a boundary (True), not one (False), or unclear (None)?"""
    raw = _word_before(text, position)
    word = raw.lstrip("“\"(")
    following = text[position + 1 : position + 3]
    next_char = following[1:2] if following[:1].isspace() else ""
    everything, prepositive, before_numbers = _abbreviations()
    lowered = word.lower()
    if _DECIMAL.fullmatch(word):  # rose to $4.7. Then / ... 3.5. and
        return True
    if "." in word:  # an initialism: U.S. for 20 years / U.S. The ...
        return False if next_char.islower() else None
    if not word or word[-1].isdigit() and len(word) <= 2:
        return None
    if len(word) == 1 and word.isupper():
        # pysbd's single-letter rule: "Mary J. Blige", "Plan B. The" read on; "I." may end one.
        return False if word == raw and word != "I" and next_char and not next_char.isspace() else None
    if lowered not in everything:
        return True
    # pysbd only treats an abbreviation as one after white space, and decides by what follows.
    if word != raw or not next_char or next_char.isspace():
        return None
    if lowered in prepositive:  # Mr. / Sen. / Gov. before a name
        return False
    after = text[position + 1 : position + 5]
    if lowered in before_numbers:  # No. 2, Art. 51
        return not _NUMBER_ABBREVIATION_READS_ON.match(after)
    if _ABBREVIATION_UNCLEAR.match(after):
        return None
    return not _ABBREVIATION_READS_ON.match(after)


def plain_spans(block: str) -> list[Span] | None:
    """Sentence spans of a plain paragraph, or None when pysbd is needed.

    Args:
        block: one paragraph with no line breaks.

    Returns:
        ``(start, end)`` per sentence, trimmed, as pysbd would cut them; None when the paragraph
        holds something only pysbd's full rules decide.
    """
    if _needs_pysbd(block):
        return None
    cuts = _cuts(block)
    return None if cuts is None else _trimmed(block, cuts)


def _needs_pysbd(block: str) -> bool:
    """True when the paragraph holds, anywhere, a construction pysbd has a special rule for."""
    if _HARD.search(block) or ")" in block and _HARD_BRACKET.search(block):
        return True
    # Every word pysbd guards against exclamation splits holds one of these two marks.
    if ("!" in block or "ǃ" in block) and any(word in block for word in ExclamationWords.EXCLAMATION_WORDS):
        return True
    if _has_letter_list(block):
        return True
    return any(any(ch in ".!?" for ch in m.group()) for m in _BRACKETED.finditer(block))


def _cuts(block: str) -> list[int] | None:
    """Where each sentence starts (0 first), deciding every terminator; None when one is unclear."""
    quoted = [(m.start(), m.end()) for pattern in _QUOTED for m in pattern.finditer(block)]
    cuts = [0]
    for m in _TERMINATOR.finditer(block):
        mark, closers, after = m.start(), m.group(1), m.end()
        if block[mark] == "." and _is_inner_period(block, mark):
            continue
        if after < len(block) and not block[after].isspace():
            if closers or not block[after].isdigit():
                return None
            continue
        region = next((r for r in quoted if r[0] < mark < r[1]), None)
        next_char = block[after + 1] if after + 1 < len(block) else ""
        if closers:
            # pysbd ends a sentence after ." or ?” before one space and a capital, even inside
            # a longer quotation; anywhere else a closed quotation reads on.
            if len(closers) == 1 and closers in "\"“”'" and block[after : after + 1].isspace() and next_char.isupper():
                cuts.append(after + 1)
                continue
            if region and after < len(block):
                continue
        if region and mark < region[1] - 2:
            continue  # inside a quotation: pysbd keeps the quotation whole
        if after == len(block):
            if ")" in closers:
                return None  # pysbd cuts a final bracket off on its own
            break
        if closers:
            return None
        if block[mark] == ".":
            verdict = _period_verdict(block, mark)
        else:
            verdict = True if next_char.isupper() else None
        if verdict is None:
            return None
        if verdict:
            cuts.append(after)
    return cuts


def _trimmed(block: str, cuts: list[int]) -> list[Span]:
    """The sentences between the cuts, white space trimmed, empty ones left out."""
    spans = []
    for a, b in zip(cuts, cuts[1:] + [len(block)]):
        while a < b and block[a].isspace():
            a += 1
        while b > a and block[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans
