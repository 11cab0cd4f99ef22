"""What a "how many" question counts, and which figures can answer it.

"how many US troops are in Iraq?" counts the words before its verb ("US troops"); a figure
answers it when its own noun is one of them, a word related to them ("22 rockets" for
"missiles": both projectiles), or, for people, any word counting people ("35 people" for
"patients"). "how much" is answered by amounts of money, which also stand for the question's
money words ("worth", "cost").
"""

from __future__ import annotations

import functools
import re

from retrieval.answer.matching import query_terms
from retrieval.answer.related import near_terms
from retrieval.index.terms import tokenize
from retrieval.lexicon import lines, words

__all__ = ["lead_terms", "counted_nouns", "is_demonym", "names_a_people", "by_relative", "money_terms", "is_amount", "people_terms", "unit_terms", "kind_terms", "modifier_terms"]

_OF_THE = re.compile(r"^of\s+(?:(?:the|these|those|his|her|its|their|our)\s+)?", re.I)
_MIN_PARTICIPLE = 3  # "died", "killed", "injured" are verbs; "bed", "red" are too short to tell


def lead_terms(topic: str) -> list[str]:
    """Terms of the words before the question's verb: what it counts ("US troops" in "how many
    US troops are in Iraq?"); empty when the verb comes first ("how many were killed")."""
    return [t for word in _lead_words(topic) for t in query_terms(word)]


# Endings of a people named after its place, in the plural ("Texans", "Iraqis", "Chinese").
_PEOPLE_ENDINGS = tuple(e for e in words("demonym_suffixes.txt") if len(e) > 1 and (e.endswith("s") or e == "ese"))


def is_demonym(word: str) -> bool:
    """Whether ``word`` names a people after its place ("Texans", "Americans", "Iraqis"):
    capitalised, with a plural ending of ``demonym_suffixes.txt``."""
    return word[:1].isupper() and not word.isupper() and word.lower().endswith(_PEOPLE_ENDINGS)


def names_a_people(topic: str) -> bool:
    """Whether the counted words name a people ("how many Texans ..."): any word counting people
    ("15,000 people in Texas") then counts them."""
    return any(is_demonym(w.strip("?,.")) for w in _lead_words(topic))


def _lead_words(topic: str) -> list[str]:
    stop = words("query_stopwords.txt")
    lead: list[str] = []
    # "how many of the protesters were arrested?" counts protesters.
    topic = _OF_THE.sub("", topic)
    for n, word in enumerate(topic.split()):
        bare = word.lower().strip("?,.")
        if word.isupper() and len(bare) > 1:
            continue  # "US households": a country's short form is no pronoun "us", and no noun
        if bare in stop or (len(bare) > _MIN_PARTICIPLE and bare.endswith("ed")) or (lead and bare in words("poll_verbs.txt")):
            # "how many died", "how many were killed": the verb comes first, nothing is named;
            # "how many Americans filed claims", "how many people view Bush favorably": the noun
            # ends at its verb (a poll's verbs are read as verbs after a noun, ``poll_verbs.txt``).
            break
        lead.append(word)
    return lead


def by_relative(figure: str, lead: list[str], nouns: set[str]) -> bool:
    """Whether a figure counts a relative of the asked noun rather than the noun itself."""
    own = set(tokenize(figure))
    return bool(own & nouns) and not own & set(lead)


def counted_nouns(lead: list[str], people: bool = False) -> set[str]:
    """What a figure's own noun may be: the counted words, their relatives and their relatives'
    relatives ("rocket" for "missile", both projectiles), and, for people (or when ``people``: a
    people named after its place, ``names_a_people``), any word counting people."""
    if not lead:
        return set()
    fixed = _counted_as()
    if set(lead) <= set(fixed):  # "how many times": occasions, never a time of the clock
        return set(lead) | {w for t in lead for w in fixed[t]}
    near = {r for t in lead for r in near_terms(t)}
    kinds = kind_terms()
    # "how many people died?": "80 American terrorists had been killed" counts people too.
    anyone = kinds if people or set(lead) <= set(_anyone_terms()) else frozenset()
    # "how many inmates were freed?": "300 people were freed".
    people = set(people_terms()) | set(_whole_terms()) if people or set(lead) & (set(people_terms()) | kinds) else set()
    return set(lead) | near | {r2 for r in near for r2 in near_terms(r)} | people | anyone


@functools.cache
def modifier_terms() -> frozenset[str]:
    """Words saying which part of a count is asked, not what is counted (``count_modifiers.txt``:
    "extra", "additional")."""
    return frozenset(t for w in words("count_modifiers.txt") for t in query_terms(w))


@functools.cache
def kind_terms() -> frozenset[str]:
    """Nouns naming people by what they do or are (``counted_people.txt``: "terrorists", "voters")."""
    return frozenset(t for w in words("counted_people.txt") for t in query_terms(w))


@functools.cache
def _anyone_terms() -> frozenset[str]:
    """The words counting people of no kind, which any noun naming people answers."""
    return frozenset(query_terms("people persons individuals"))


@functools.cache
def money_terms() -> frozenset[str]:
    return frozenset(t for w in words("money_words.txt") for t in query_terms(w))


@functools.cache
def unit_terms() -> frozenset[str]:
    """Units a quantity of stuff is measured in (``measure_units.txt``: "grams", "barrels")."""
    return frozenset(t for w in words("measure_units.txt") for t in tokenize(w))


def is_amount(figure: str) -> bool:
    return figure[:1] in "$£€¥" or bool(set(tokenize(figure)) & _currency_terms())


@functools.cache
def _currency_terms() -> frozenset[str]:
    return frozenset(tokenize("dollar dollars pound pounds euro euros yen yuan crown crowns krone pesos peso rupees cents pence million billion bn"))


@functools.cache
def _counted_as() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in lines("counted_as.tsv"):
        noun, _, stand_ins = line.partition("\t")
        for t in query_terms(noun):
            out[t] = out.get(t, frozenset()) | frozenset(query_terms(stand_ins))
    return out


@functools.cache
def _whole_terms() -> frozenset[str]:
    return frozenset(t for w in words("people_wholes.txt") for t in query_terms(w))


@functools.cache
def people_terms() -> tuple[str, ...]:
    return tuple(t for w in words("people_words.txt") for t in query_terms(w))

