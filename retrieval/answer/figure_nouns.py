"""The words after a number in a sentence: where its counted noun is and ends ("1,240 suspected
cholera **cases**", "three to four **pints**", "around 100" additional **Marines**).

``figures.count_figure`` reads a count's noun through these: past a bound or range after the
number ("1,548 or more"), capitalised words before the noun ("5,000 US troops"), and, when the
question names what it counts, up to the asked noun a few words on.
"""

from __future__ import annotations

import re
from typing import Collection

from retrieval.answer.durations import duration_terms
from retrieval.index.terms import tokenize
from retrieval.lexicon import words

__all__ = ["NEXT_WORD", "NOUN_WINDOW", "MAX_NAME_WORDS", "asked_end", "noun_end", "noun_terms", "past_bound"]

# A word after a number; "U.S." is one word ("35,000 U.S. adults").
# A closing quote mark may end a figure quoted alone ('"around 100" additional Marines'), a plus
# sign one given as a floor ("702,000+ disenfranchised residents").
NEXT_WORD = re.compile(r"\+?[”\"’]?\s+[“\"‘']?((?:[^\W\d_]\.){2,}|[^\W\d_]+(?:[’'-][^\W\d_]+)*)")
# Capitalised words allowed between a number and its noun: "5,000 US troops", "two Iraqi facilities".
MAX_NAME_WORDS = 2
# Words after a number searched for the counted noun: "1,240 suspected cholera cases".
NOUN_WINDOW = 4
# "26,000 to 255,000": the bound's thousands are read whole.
_BOUND = re.compile(r"\s+(?:or|to)\s+(\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\w,.]+?)(?=[\s,;]|$)", re.I)


def noun_terms(sentence: str, end: int) -> set[str]:
    """Index terms of the words after the number ending at ``end``, which hold its noun ("1,240
    suspected cholera cases", "212 detainees held"); empty when the noun is left out ("12 were
    hurt", "340 of them"). A word naming people after the first ("38,000 shop workers") is the
    head: the words before it say what kind, and the figure counts no shops."""
    head: list[str] = []
    people = words("people_words.txt")
    position = past_bound(sentence, end)
    scales = words("scale_words.txt")
    for _ in range(NOUN_WINDOW):
        word = NEXT_WORD.match(sentence, position)
        if word is None:
            break
        position = word.end()
        if not head and word.group(1).lower() in scales:  # "4.4 million (of) Americans": part of the number
            continue
        if word.group(1).lower() in words("query_stopwords.txt"):
            if word.group(1).lower() == "of" and not head:  # "12 of the dead": the noun may follow
                continue
            break
        if head and word.group(1).lower() in people:
            head = []
        head += tokenize(word.group(1))
    return set(head)


def past_bound(sentence: str, end: int) -> int:
    """Past the bound or range after a number, whose noun follows it ("1,548 **or more**
    jagerbombs", "three **to four** pints"); ``end`` when there is none."""
    bound = _BOUND.match(sentence, end)
    if bound is None:
        return end
    word = bound.group(1).lower()
    return bound.end() if word in ("more", "fewer", "less", "so") or word[0].isdigit() or word in words("number_words.txt") else end


def asked_end(sentence: str, end: int, nouns: Collection[str]) -> int:
    """Past the asked noun when it is among the words after a number ("around 100" additional
    **Marines**, "270,000 new foreign **students**"): the figure holds what it counts; ``end``
    when no word before a function word or a unit of time is one of ``nouns``."""
    position, found = past_bound(sentence, end), end
    for _ in range(NOUN_WINDOW if nouns else 0):
        word = NEXT_WORD.match(sentence, position)
        if word is None or word.group(1).lower() in words("query_stopwords.txt"):
            break
        position = word.end()
        if set(tokenize(word.group(1))) & duration_terms():
            break  # "$62 million last year", "12 people a week": a time word is no counted noun
        if set(tokenize(word.group(1))) & set(nouns):
            found = position
    return found


def noun_end(sentence: str, end: int) -> int:
    """Where the noun counted by the number ending at ``end`` ends (``end`` when there is none)."""
    names = 0
    position = end = past_bound(sentence, end)
    while (word := NEXT_WORD.match(sentence, position)) is not None:
        position = word.end()
        if word.group(1)[0].isupper() and names < MAX_NAME_WORDS:
            names += 1
            continue
        noun = word.group(1)
        # "12 were hurt": a function word after a number means the noun was left out.
        return position if noun[0].islower() and noun.lower() not in words("query_stopwords.txt") else end
    return end
