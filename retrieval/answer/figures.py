"""Finds the figure a sentence gives for a "how many" question ("15 missiles", "22 rockets").

Times, years and percentages are not counts (a share of the very thing counted, "60% of
households", answers when no count of it does); neither are dates ("March 12"), scores ("2-0",
"6-4"), ages ("a 19-year-old", "Ortiz, 19,") and per-share amounts ("$1.38 per share", "48
crowns each"), unless the question asks for them. A count is a number (digits or a number word)
that stands next to a noun; when the question names what it counts ("how many missiles"), the
figure's own noun must be that word or one standing in for it ("22 rockets"); otherwise the
figure chosen is the one nearest the words asked about. A share compared ("70 percent less
cobalt") answers only a question asking that comparison of that thing ("how much less cobalt?").
"""

from __future__ import annotations

import functools
import re
from typing import Collection, Sequence

from retrieval.answer.counted import is_demonym, people_terms
from retrieval.answer.durations import duration_terms
from retrieval.answer.figure_nouns import NEXT_WORD, NOUN_WINDOW, asked_end, noun_end, noun_terms, past_bound
from retrieval.index.terms import tokenize
from retrieval.lexicon import words

__all__ = ["count_figure", "has_count", "NOUN_WINDOW"]

# "1:30", "2230 GMT", "December 2018" and "3.5%" are when and how much, not how many.
_YEAR = re.compile(r"^(?:1[89]|20)\d{2}$")
_CLOCK_ZONE = re.compile(r"\s*(?:GMT|UTC|ET|EST|EDT|PT|PST|CET|local time)")
# "2230 hours" is a clock time; "630 hours of flying time" and "12 hours" are how long.
_CLOCK_HOURS = (re.compile(r"^\d{4}$"), re.compile(r"\s*(?:hours?|hrs)\b"))
_NUMBER = re.compile(r"(?<![\w.,:$])\$?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w%:]|\.\d)")
# "$5bn", "£2.6bn", "$3m", "$7K", "$2.5M": an amount with its scale fused on, read only after a
# currency sign ("a 5m wall" is a height, "a 5K run" a distance).
_FUSED_AMOUNT = re.compile(r"(?<![\w.,])[$£€¥]\d+(?:\.\d+)?(?:bn|tn|m|k|K|M|B)(?![\w%])")
_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_DIGIT = re.compile(r"\d")
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.I)
_SCORE = re.compile(r"^\s*[-–]\s*\d")
_SCORE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
_AGE = re.compile(r"^[-\s](?:year|yr)s?[-\s]old\b", re.I)
# "Ortiz, 19, was playing", "Rachel Titley, 28 (right)": a number in apposition to a name is an age.
_APPOSITION_AGE = (re.compile(r"[A-Z][\w’'-]+,\s*$"), re.compile(r"^\s*[,(]"))
_PER_SHARE = re.compile(r"^(?:\s+\w+){0,2}?\s+(?:(?:a|per)\s+share|each|apiece)\b", re.I)
# "Article 51", "Flight 370": a number naming the thing after a capitalised word mid-sentence.
_LABEL_BEFORE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\s+$")
_MEASURE_COMPOUND = re.compile(r"^-[a-z]")
_CLOCK_AFTER = re.compile(r"^\s*(?:a\.?m\.?|p\.?m\.?)", re.I)
_SHARE = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?(?:\s*%|\s+per\s?cent)\s+of(?:\s+the)?(?=\s)", re.I)
# "half of", "a third of", "two-thirds of": a share in words ("about half of Facebook's workforce");
# "a quarter of a million" is a number, no share.
_FRACTION = re.compile(
    r"(?<![\w-])(?:half|(?:a|one|two|three|four)[\s-](?:thirds?|quarters?|fifths?|tenths?))\s+of(?:\s+(?:the|its|their|all))?(?=\s)(?!\s+a\s)",
    re.I,
)
_SHARE_SAID = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?(?:\s*%|\s+per\s?cent)\s+([a-z]+)\b", re.I)
# A share of people opens its clause: "the poll found: 49 percent said", "while 43 percent said";
# "prices rose 3.5% said the bank" is a share of prices.
_CLAUSE_OPENS = re.compile(r"(?:^|[:;,—–]|\b(?:and|while|but|whereas|that))\s*(?:(?:about|nearly|almost|roughly|some|only|just|over|more\s+than|fewer\s+than|less\s+than)\s+)?$", re.I)
# "70 percent less cobalt", "20% fewer jobs": a share compared, answering "how much less cobalt?".
_COMPARED = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?(?:\s*%|\s+per\s?cent)\s+(less|more|fewer)\s+([^\W\d_]+)", re.I)
_MONEY = re.compile(r"^\s*(?:(?:million|billion|trillion|bn|m)\b\s*)?(?:[a-z]+\s+)?(?:dollars?|pounds?|euros?|yen|yuan|crowns?|kronor|krone|pesos?|rupees?|francs?|cents?|pence)\b|^(?:bn|m)\b", re.I)


def count_figure(
    sentence: str, terms: Sequence[str], nouns: Collection[str] = (), how_much: bool = False, reach: Collection[str] | None = None
) -> str | None:
    """The count in ``sentence`` that answers the question, with its noun.

    Args:
        sentence: a sentence's text.
        terms: the question's index terms (from ``tokenize``).
        nouns: index terms of what the question counts and the words standing in for it; when
            given, the figure's own noun must be one of them.
        how_much: "how much" was asked: amounts of money count, and a bare number need no noun.
        reach: the words a figure may run on to past its first noun word ("100 additional
            **Marines**"): the asked noun and its relatives; ``nouns`` when not given.

    Returns:
        e.g. "15 missiles", or None when the sentence gives no such count.
    """
    counts = [span for span in _counts(sentence) if not _not_a_count(sentence, span, nouns)]
    if how_much:
        money = [span for span in counts if _is_money(sentence, span)]
        measured = [span for span in counts if _measured_terms(sentence, span[1]) & set(nouns)] if nouns and not money else []
        if measured:  # "how much antibiotic": "13 million kilograms of antibiotics"
            return sentence[measured[0][0] : _measure_end(sentence, measured[0][1])].rstrip(" ,;")
        counts = money or ([span for span in counts if _weighed(sentence, span[1])] if nouns else counts)
    elif nouns:  # a number whose noun is left out ("12 were hurt", "340 of them") may still count
        counts = [span for span in counts if not (own := noun_terms(sentence, span[1])) or own & set(nouns)]
    if not counts:
        return (_compared(sentence, nouns) or (None if how_much else _share(sentence, nouns))) if nouns else None
    start, end = counts[0] if len(counts) == 1 else _nearest(sentence, counts, set(terms))
    start -= start > 0 and sentence[start - 1] in "£€¥"  # "£4 million": the sign is the amount's
    stop = noun_end(sentence, end)
    if stop > past_bound(sentence, end):  # "one Google is ...": a number with no noun reaches no name after it
        stop = max(stop, asked_end(sentence, end, nouns if reach is None else reach))
    return sentence[start:stop].rstrip(" ,;")


def _nearest(sentence: str, counts: list[tuple[int, int]], wanted: set[str]) -> tuple[int, int]:
    """The count nearest a word of the question (the first when none is in the sentence)."""
    positions = [m.start() for m in _WORD.finditer(sentence) if set(tokenize(m.group())) & wanted]
    if not positions:
        return counts[0]
    return min(counts, key=lambda span: min(abs(span[0] - p) for p in positions))


def _compared(sentence: str, nouns: Collection[str]) -> str | None:
    """"70 percent less cobalt": a share more or less of the very thing asked, when the question
    asks for that comparison ("how much less cobalt ...?"); "70 percent less" of anything else,
    or asked without "less", answers nothing."""
    for m in _COMPARED.finditer(sentence):
        if set(tokenize(m.group(1))) <= set(nouns) and set(tokenize(m.group(2))) & set(nouns):
            return m.group()
    return None


def _share(sentence: str, nouns: Collection[str]) -> str | None:
    """"roughly 60% of U.S. households", "two-thirds of the workers": a share of the very thing
    counted answers "how many households ...?" when no count of it does; a share of anything
    else never does."""
    fractions = _FRACTION.finditer(sentence) if _any_fraction(sentence.lower()) else ()
    for m in sorted([*_SHARE.finditer(sentence), *fractions], key=lambda m: m.start()):
        if (_share_noun(sentence, m.end()) - duration_terms()) & set(nouns):  # "half of the year" is no count
            return sentence[m.start() : noun_end(sentence, m.end())].rstrip(" ,;")
    if not set(nouns).isdisjoint(people_terms()):  # "49 percent said": a share of the people a poll asked
        for m in _SHARE_SAID.finditer(sentence):
            if _poll_share(sentence, m):
                return sentence[m.start() : m.start(1)].rstrip()
    return None


def _poll_share(sentence: str, share: re.Match[str]) -> bool:
    """Whether a share before a verb ("49 percent said") is of the people a poll asked: a poll's
    verb (``poll_verbs.txt``), the share opening its clause."""
    return share.group(1).lower() in words("poll_verbs.txt") and bool(_CLAUSE_OPENS.search(sentence[: share.start()]))


def _share_noun(sentence: str, end: int) -> set[str]:
    """Terms of the first lower-case word after "60% of": its noun ("of U.S. **households** spend")."""
    position = end
    for _ in range(NOUN_WINDOW):
        word = NEXT_WORD.match(sentence, position)
        if word is None:
            break
        position = word.end()
        if not word.group(1)[0].isupper() or is_demonym(word.group(1)):  # "51 percent of Americans"
            return set(tokenize(word.group(1)))
    return set()


_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.I)


def _measure_end(sentence: str, end: int) -> int:
    """Past the unit and "of" after a number ("13 million kilograms of"); ``end`` when none."""
    scales = words("scale_words.txt")
    position = past_bound(sentence, end)
    for _ in range(2):  # a scale word, then the unit
        word = NEXT_WORD.match(sentence, position)
        if word is None or word.group(1).lower() in words("query_stopwords.txt"):
            return end
        position = word.end()
        if (of := _OF.match(sentence, position)) is not None:
            noun = NEXT_WORD.match(sentence, of.end() - 1)
            return noun.end() if noun is not None else end
        if word.group(1).lower() not in scales:
            return end
    return end


def _weighed(sentence: str, end: int) -> bool:
    """Whether the number ending at ``end`` is a quantity in a unit of stuff ("roughly 2 grams",
    ``measure_units.txt``) that names no other stuff after it ("40 tons of rice" is rice)."""
    word = NEXT_WORD.match(sentence, past_bound(sentence, end))
    return word is not None and word.group(1).lower() in words("measure_units.txt") and _OF.match(sentence, word.end()) is None


def _measured_terms(sentence: str, end: int) -> set[str]:
    """Terms of what a quantity measures: the noun after its unit and "of" ("13 million
    **kilograms of antibiotics**", "two tons of rice"); empty when it is not so written."""
    stop = _measure_end(sentence, end)
    return set() if stop == end else set(tokenize(_WORD.findall(sentence[:stop])[-1]))


def _not_a_count(sentence: str, span: tuple[int, int], nouns: Collection[str]) -> bool:
    """Dates, scores, ages, clock times and per-share amounts, unless their noun was asked for."""
    before, after = sentence[: span[0]], sentence[span[1] :]
    if _MONTH_BEFORE.search(before) or _CLOCK_AFTER.match(after) or _LABEL_BEFORE.search(before):
        return True
    if _MEASURE_COMPOUND.match(after):  # "a 30-metre trawler", "a 40-mile strip": a size, not a count
        return True
    if _SCORE.match(after) or _SCORE_BEFORE.search(before):
        return True
    asked = set(nouns)
    if _AGE.match(after) or (_APPOSITION_AGE[0].search(before) and _APPOSITION_AGE[1].match(after)):
        return not asked & {"age", "old"}
    return bool(_PER_SHARE.match(after)) and not asked & {"share", "each"}


def _is_money(sentence: str, span: tuple[int, int]) -> bool:
    sign = sentence[max(0, span[0] - 1) : span[0] + 1]
    return bool(sign) and any(c in "$£€¥" for c in sign) or bool(_MONEY.match(sentence[span[1] :]))


def has_count(sentence: str) -> bool:
    """Whether ``count_figure`` finds a count in ``sentence`` (for any terms), without finding it."""
    if _DIGIT.search(sentence):  # numbers and shares hold a digit: a sentence without one skips both scans
        for m in _NUMBER.finditer(sentence):
            if not _when(sentence, m):
                return True
        if _SHARE.search(sentence) or _FUSED_AMOUNT.search(sentence) or any(_poll_share(sentence, m) for m in _SHARE_SAID.finditer(sentence)):
            return True
    if _any_fraction(sentence.lower()) and _FRACTION.search(sentence):
        return True
    if not _any_number_word(sentence.lower()):
        return False  # no number word even inside another word: the word scan cannot find one
    number_words = words("number_words.txt")
    return any(_is_number_word(sentence, m, number_words) for m in _WORD.finditer(sentence))


def _any_fraction(lowered: str) -> bool:
    """Whether a fraction word may be in ``lowered``: a cheap test before ``_FRACTION``'s scan."""
    return any(w in lowered for w in ("half", "third", "quarter", "fifth", "tenth"))


def _any_number_word(lowered: str) -> bool:
    """Whether any number word is in ``lowered`` anywhere, even inside another word: a cheap test
    before the word scan. Substring tests of the words holding no other ("sixteen" holds "six")
    are several times faster than one pattern of them all."""
    return any(w in lowered for w in _shortest_number_words())


@functools.cache
def _shortest_number_words() -> tuple[str, ...]:
    every = sorted(words("number_words.txt"))
    return tuple(w for w in every if not any(o != w and o in w for o in every))


def _counts(sentence: str) -> list[tuple[int, int]]:
    number_words = words("number_words.txt")
    spans = [
        m.span()
        for m in _NUMBER.finditer(sentence)
        if not _when(sentence, m)
    ]
    spans += [m.span() for m in _FUSED_AMOUNT.finditer(sentence)]
    if _any_number_word(sentence.lower()):  # the word scan only when a number word may be there
        spans += [m.span() for m in _WORD.finditer(sentence) if _is_number_word(sentence, m, number_words)]
    return sorted(spans)


def _when(sentence: str, number: re.Match[str]) -> bool:
    """Whether a number is a year or a clock time ("1998", "2230 GMT", "0600 hours")."""
    digits = number.group(1)
    if _YEAR.match(digits) or _CLOCK_ZONE.match(sentence, number.end()):
        return True
    return bool(_CLOCK_HOURS[0].match(digits) and _CLOCK_HOURS[1].match(sentence, number.end()))


def _is_number_word(sentence: str, word: re.Match[str], number_words: frozenset[str]) -> bool:
    """A number word that counts on its own ("billion" in "$4.7 billion" belongs to the number)."""
    return word.group().lower() in number_words and not sentence[: word.start()].rstrip()[-1:].isdigit()
