"""Related words for the second, labelled pass: which index terms may stand in for a question's.

Two tables, both in ``lexicon/``: ``related_words.tsv``, derived from the Open English WordNet by
``answer/derive_related.py`` (for each word's most common senses, its synonyms, the words derived
from it and its irregular forms: "deaths" ~ "die", "hurt" ~ "harm" ~ "injury", "strike back" ~
"retaliate", "paid" ~ "pay"; then, in a tier tried after them, the kinds of it that wordllama's
embeddings call close: "pay" ~ "compensate"), keyed by index terms so no look-up re-tokenises it;
and ``news_related.txt``, groups of words news copy uses for one event that WordNet does not
relate ("deaths" ~ "casualties"). A stand-in may be a two-word phrase ("quit" ~ "step_down"),
held by a sentence with its words in a row (``phrase_in``). ``place_words.tsv`` adds a place's
adjective and people to the last tier ("Iraqi" ~ "Iraq", ``answer/derive_places.py``), and
``class_words.tsv`` holds a word's classes (WordNet hypernyms wordllama calls close: "panel" ~
"committee", ``answer/derive_classes.py``), which carry only part of the word's weight.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable, Sequence

from retrieval.answer.spellings import spelling_variants
from retrieval.index.terms import tokenize
from retrieval.lexicon import lines, words

__all__ = ["class_terms", "near_terms", "TermGroup", "phrase_frequency", "phrase_in", "related_terms", "role_kinds", "term_groups", "MAX_CLASSES", "MAX_STAND_INS"]

# Stand-ins kept per asked word, rarest first: a word with dozens of relatives is ambiguous and
# its rarest relatives are the most specific ones.
MAX_STAND_INS = 8
# Class words kept per asked word, rarest first (``class_terms``).
MAX_CLASSES = 4


@dataclass(frozen=True, slots=True)
class TermGroup:
    """Question terms that must be matched together, and the terms that may stand in for them."""

    asked: tuple[str, ...]  # one term, or the two terms of a phrase ("strike", "back")
    stand_ins: tuple[str, ...]  # related terms the corpus holds: newswire groups first, then rarest first
    classes: tuple[str, ...] = ()  # class words the corpus holds (``class_terms``), rarest first: part of the weight


@functools.cache
def _curated() -> dict[str, tuple[str, ...]]:
    """``news_related.txt``: each word's group fellows, as index terms."""
    table: dict[str, list[str]] = {}
    for line in lines("news_related.txt"):
        group = ["_".join(tokenize(word.replace("_", " "))) for word in line.split()]
        for key in group:
            table.setdefault(key, []).extend(t for t in group if t != key and "_" not in t and t not in table[key])
    return {key: tuple(related) for key, related in table.items()}


@functools.cache
def _tiers() -> dict[tuple[str, str], int]:
    """(key, related term) -> its tier when not close: 1 narrower (kinds of the word, hyponyms),
    2 two steps away (a synonym's derived word); tried in that order, after the close ones."""
    return {(key, t): n for key, *tiers in _rows() for n, tier in enumerate(tiers) if n for t in tier}


@functools.cache
def _rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]:
    """``related_words.tsv``: key, close terms, narrower terms, two-step terms; with
    ``place_words.tsv`` in the two-step tier ("israel" ~ "isra" of "Israeli", "texa" ~ "texan")."""
    places: dict[str, list[str]] = {}
    for line in lines("place_words.tsv"):
        key, _, related = line.partition("\t")
        places[key] = related.split()
    out = []
    for line in lines("related_words.tsv"):
        key, *tiers = line.split("\t")
        close, narrower, steps = (tuple(t.split()) for t in [*tiers, "", "", ""][:3])
        steps += tuple(t for t in places.pop(key, ()) if t not in close + narrower + steps)
        out.append((key, close, narrower, steps))
    out += [(key, (), (), tuple(related)) for key, related in places.items()]
    return tuple(out)


@functools.cache
def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {key: [*close, *narrower, *steps] for key, close, narrower, steps in _rows()}
    for key, related in _curated().items():  # the curated groups first: stand-ins are tried in order
        table[key] = list(related) + [t for t in table.get(key, ()) if t not in related]
    plurals = _plurals()
    for key, related in table.items():  # "kid" ~ "child", so ~ "children" too
        related += [plurals[t] for t in related if t in plurals and plurals[t] not in related and plurals[t] != key]
    for one, many in plurals.items():  # "children" ~ what "child" is
        table[many] = [t for t in dict.fromkeys(table.get(many, []) + table.get(one, [])) if t != many]
    return {key: tuple(related) for key, related in table.items() if related}


@functools.cache
def _plurals() -> dict[str, str]:
    """``irregular_plurals.tsv`` as index terms: "child" -> "children"."""
    out = {}
    for line in lines("irregular_plurals.tsv"):
        one, _, many = line.partition("\t")
        out["_".join(tokenize(one))] = "_".join(tokenize(many))
    return out


@functools.cache
def _stop_terms() -> frozenset[str]:
    return frozenset(t for w in words("query_stopwords.txt") for t in tokenize(w))


@functools.cache
def _classes() -> dict[str, tuple[str, ...]]:
    """``class_words.tsv``: each term's class words (WordNet hypernyms), as index terms."""
    out = {}
    for line in lines("class_words.tsv"):
        key, _, classes = line.partition("\t")
        out[key] = tuple(classes.split())
    return out


def class_terms(term: str) -> tuple[str, ...]:
    """Index terms of the classes of ``term`` ("block" -> "restrict", "ask" -> "demand"), which
    may say it in part (``search.CLASS_CREDIT``); () when none."""
    return _classes().get(term, ())


@functools.cache
def related_terms(term: str) -> tuple[str, ...]:
    """Index terms related to ``term`` (or to a phrase's terms joined by "_"); () when none. The
    word's other spellings come first, then its relatives and theirs ("criticis" of "criticised":
    "critic", then what "criticize" is related to; ``spellings``)."""
    table = _table()
    variants = spelling_variants(term)
    if not variants:
        return table.get(term, ())
    found = [*variants, *table.get(term, ()), *(t for v in variants for t in table.get(v, ()))]
    return tuple(t for t in dict.fromkeys(found) if t != term)


def near_terms(term: str) -> tuple[str, ...]:
    """``related_terms`` without those two steps away in WordNet: the words that may name the
    same thing, as a counted noun needs ("soldiers" ~ "troops", never "military")."""
    return tuple(t for t in related_terms(term) if _tier(term, t) < 2)


def _tier(key: str, term: str) -> int:
    """``term``'s tier among ``key``'s relatives (0 close), read through the spelling it came by."""
    tiers = _tiers()
    if (key, term) in tiers:
        return tiers[key, term]
    return min((tiers.get((v, term), 0) for v in spelling_variants(key)), default=0)


def term_groups(terms: Sequence[str], frequency: Callable[[str], int]) -> list[TermGroup]:
    """The question's terms as groups with their stand-ins, two-word phrases first.

    Args:
        terms: the question's index terms, in order.
        frequency: how many sentences hold a term (0: the corpus lacks it).

    Returns:
        One group per term, except that two neighbouring terms forming a phrase with related
        words ("strike back") make one group. Stand-ins are terms (or phrases, "step_down") the
        corpus holds, not asked for elsewhere in the question and not question glue: the
        newswire groups first, then WordNet's close words, then its narrower ones (kinds of the
        word), then those two steps away, each rarest first. ``classes``: the word's class words
        the corpus holds that are none of its stand-ins, rarest first (``MAX_CLASSES``).
    """
    asked = set(terms)
    skip = _stop_terms() | asked
    groups: list[TermGroup] = []
    i = 0
    while i < len(terms):
        pair = f"{terms[i]}_{terms[i + 1]}" if i + 1 < len(terms) else None
        if pair and related_terms(pair):
            key, span = pair, terms[i : i + 2]
        else:
            key, span = terms[i], terms[i : i + 1]
        curated = _curated().get(key, ())
        found = [(t not in curated, _tier(key, t), phrase_frequency(t, frequency), t) for t in related_terms(key) if t not in skip]
        stand_ins = tuple(x[-1] for x in sorted(x for x in found if x[2] > 0)[:MAX_STAND_INS])
        above = sorted((phrase_frequency(t, frequency), t) for t in class_terms(key) if t not in skip and t not in stand_ins)
        groups.append(TermGroup(tuple(span), stand_ins, tuple(t for df, t in above if df > 0)[:MAX_CLASSES]))
        i += len(span)
    return groups


def phrase_frequency(term: str, frequency: Callable[[str], int]) -> int:
    """How many sentences hold ``term``; for a phrase ("step_down"), at most its rarest word's count."""
    return min(frequency(t) for t in term.split("_")) if "_" in term else frequency(term)


def phrase_in(text: str, phrase: str) -> bool:
    """Whether ``text`` holds the words of a phrase stand-in ("step_down") one after the other."""
    parts = phrase.split("_")
    terms = tokenize(text)
    return any(terms[i : i + len(parts)] == parts for i in range(len(terms) - len(parts) + 1))


@functools.cache
def _kinds() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in lines("role_kinds.tsv"):
        asked, _, roles = line.partition("\t")
        table["_".join(tokenize(asked))] = tuple(roles.split())
    return table


def role_kinds(word: str) -> tuple[str, ...]:
    """The role words a kind of speaker covers ("lawyers": attorney, barrister, prosecutor, ...),
    from ``role_kinds.tsv``; () when the word is no kind listed there."""
    return _kinds().get("_".join(tokenize(word)), ())
