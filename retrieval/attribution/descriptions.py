"""Definite descriptions that refer back: "the actress", "the 74-year-old", "the sources".

Pure look-ups for ``resolve.Resolver``: the gender a person noun tells (``person_nouns.tsv``),
and the earlier unnamed source a description repeats ("a person familiar with the matter" ...
"the person said").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.person import Person
from retrieval.lexicon import lines
from retrieval.lexicon import words as word_list

__all__ = ["title_abbreviations", "unnamed_person", "described", "epithet_head", "named_before", "holds_role", "other_role", "document_noun", "person_noun", "possessive_owner", "repeats_description"]

_ANY_AGE = "-year-old"
# "the official" looks back at most this many sentences for an unnamed source it repeats.
MAX_SOURCE_GAP = 30
_WORDS = re.compile(r"[\w’'\-]+")
# "Flynn agreed to cooperate. The retired U.S. Army lieutenant general admitted ...": a person
# description goes back to a person named at most this many sentences before; further back, or
# with a description this long, it may be someone new.
EPITHET_GAP = 1
MAX_EPITHET_WORDS = 10


@lru_cache(maxsize=1)
def title_abbreviations() -> dict[str, str]:
    """ "sen" -> "senator": ``title_abbreviations.tsv``."""
    return dict(line.split("\t") for line in lines("title_abbreviations.tsv"))


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for line in lines("person_nouns.tsv"):
        noun, gender = line.split("\t")
        out[noun.strip()] = None if gender.strip() == "-" else gender.strip()
    return out


@lru_cache(maxsize=1)
def _possessives() -> dict[str, str]:
    return {k.strip(): v.strip() for k, v in (line.split("\t") for line in lines("possessives.tsv"))}


def possessive_owner(word: str) -> str | None:
    """The subject pronoun standing for the owner a possessive names ("his" -> "he"), else None."""
    return _possessives().get(word.lower())


def document_noun(head: str) -> bool:
    """ "the statement", "the report": a document (``document_nouns.txt``), which no body speaks as."""
    return head in word_list("document_nouns.txt")


def person_noun(head: str) -> tuple[bool, str | None]:
    """Whether ``head`` describes a person, and the gender it tells (None: either)."""
    if head.endswith(_ANY_AGE):
        return True, None
    nouns = _nouns()
    if head not in nouns and "-" in head:
        head = head.rsplit("-", 1)[1]  # "obstetrician-gynecologist"
    return (head in nouns), nouns.get(head)


def unnamed_person(source: str) -> bool:
    """ "a local obstetrician-gynecologist", "a cousin of Yassine": an unnamed source opened by
    "a"/"an" whose words name a person (``person_nouns.tsv``), so "the doctor" may refer to it."""
    words = [w.lower() for w in _WORDS.findall(source)]
    if not words or words[0] not in ("a", "an"):
        return False
    end = next((k for k, w in enumerate(words) if k and w in lexicon().words["preposition"]), len(words))
    return any(person_noun(w)[0] for w in words[1:end])


def repeats_description(name: str, head: str, earlier: str) -> bool:
    """ "the French official" repeats "a senior French official involved in the investigation",
    "the official" repeats "one of the officials": the head noun (singular or plural) and every
    other word of the description are words of the earlier source's."""
    seen = {w.lower().strip(",") for w in earlier.split()}
    if {head, head + "s", head.removesuffix("s")}.isdisjoint(seen):
        return False
    words = [w.lower() for w in name.split()]
    if words and words[0] == "the":
        words = words[1:]
    return all(w in seen for w in words[:-1])


def holds_role(description: str, name: str, head: str) -> bool:
    """ "the attorney general" is held by an "Attorney General", not a "Deputy Attorney General":
    the description has the head noun, and the word before the role's words in it is no rank
    (``function_words.tsv``: deputy, vice, ...) the phrase leaves out."""
    have = [title_abbreviations().get(w, w) for w in _WORDS.findall(description.lower())]  # "Sen." holds "senator"
    want = [w for w in _WORDS.findall(name.lower()) if w not in lexicon().words["determiner"]]
    if head not in have:
        return False
    i, k = have.index(head), want.index(head) if head in want else len(want) - 1
    while i > 0 and k > 0 and have[i - 1] == want[k - 1]:
        i, k = i - 1, k - 1
    return not (i > 0 and have[i - 1] in lexicon().words["rank"] and have[i - 1] not in want)


def described(history: Sequence[tuple], people: Iterable, name: str, head: str, index: int) -> tuple[str, str | None, bool] | None:
    """Who "the spokesman" (``name``, its ``head`` noun) in sentence ``index`` is: the latest
    speaker described so (``holds_role``) or unnamed source it repeats (``repeats_description``),
    else the person last named whom the article describes so. (speaker, description, whether the
    speaker is an unnamed source), or None.

    Args:
        history: (speaker, class, gender, description, sentence) per clause resolved, in order.
        people: the article's ``people.Person`` records.
    """
    for speaker, cls, _, description, said in reversed(history):
        if cls == "person" and description and holds_role(description, name, head):
            return speaker, description, False
        if cls == "unnamed" and index - said <= MAX_SOURCE_GAP and repeats_description(name, head, speaker):
            # "a senior French official involved in ..." ... "the official said": the same source.
            return speaker, description, True
    last = {p.name: max((m for m in p.mentions if m <= index), default=-1) for p in people}
    for person in sorted(people, key=lambda p: last[p.name], reverse=True):
        if person.description and last[person.name] >= 0 and holds_role(person.description, name, head):
            return person.name, person.description, False
    return None


def other_role(description: str | None, head: str) -> bool:
    """The description names an office other than ``head`` and not ``head`` itself ("Vice
    President" is nobody "the senator" refers to; "Sen." is a senator)."""
    if head in lexicon().words["any_office"]:
        return False  # "the Israeli leader" after "Prime Minister Benjamin Netanyahu"
    have = [title_abbreviations().get(w, w) for w in _WORDS.findall((description or "").lower())]
    return head not in have and any(w in lexicon().roles for w in have)


def epithet_head(head: str) -> bool:
    """ "mogul", "member", "general", "pilot": a head noun that describes a person by occupation or
    office (``person_nouns.tsv``, the roles, ``epithet_nouns.txt``); a title word such as
    "campaign" or "defense" is not one ("the campaign said" is a body)."""
    return person_noun(head)[0] or head in lexicon().roles or head in word_list("epithet_nouns.txt")


def named_before(people: Iterable[Person], name: str, head: str, index: int, masked: Sequence[str]) -> Person | None:
    """ "The meeting comes amid questions over Trump's tax returns. “...,” the real estate mogul
    said.": a definite description of a person with no name of its own ("the retired U.S. Army
    lieutenant general", "the head of the Illinois Department of Public Health") refers to the
    person last named whom the article describes by its head noun ("pilot Ara Zobayan" ... "the
    pilot"), else to the one person named earlier in its own sentence, else to the one named in
    the sentence before (``EPITHET_GAP``), or with two there the one opening a clause; else None.

    Args:
        people: the article's people.
        name: the description as written; head: its head noun.
        index: the sentence holding it; masked: the article's sentences with quotations hidden.
    """
    words = name.split()
    if not words or words[0].lower() != "the" or len(words) > MAX_EPITHET_WORDS or "’s" in name or "'s" in name or not epithet_head(head):
        return None  # "the girl's mother", "Biden's accuser": someone of their own, named by their relation
    gender, at = person_noun(head)[1], (masked[index] if index < len(masked) else "").find(name)
    # Someone the article names as a person: a known first name, a gender or a description ("Special VFR" is none).
    fits = [
        p for p in people
        if (p.gender or p.description or p.key[0] in lexicon().first_names)
        and not (gender and p.gender and p.gender != gender)
    ]
    held = [(max(m for m in p.mentions if m <= index), p) for p in fits if any(m <= index for m in p.mentions) and _described_so(p.description, words, head)]
    if held:
        return max(held, key=lambda pair: pair[0])[1]
    here = [p for p in fits if at > 0 and index in p.mentions and index not in p.addressed and p.first_at.get(index, at) < at]
    if here:
        return here[0] if len(here) == 1 else None
    near = [p for p in fits if any(index - EPITHET_GAP <= m < index and m not in p.addressed for m in p.mentions)]
    if len(near) > 1:
        near = [p for p in near if index - 1 in p.subject_of or index - 1 in p.opens_clause]
    return near[0] if len(near) == 1 else None


def _described_so(description: str | None, words: Sequence[str], head: str) -> bool:
    """ "pilot Ara Zobayan" is described as "the pilot"; an "acting attorney general" is no "lieutenant
    general": the head is a word of the description, after the same word as in the phrase if any."""
    have = [w.lower() for w in _WORDS.findall(description or "")]
    want = [w.lower() for w in words]
    if head not in have or head not in want:
        return False
    before = want[want.index(head) - 1]
    return before in ("the", "a", "an") or (have.index(head) > 0 and have[have.index(head) - 1] == before)
