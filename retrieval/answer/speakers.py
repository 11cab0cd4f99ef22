"""Finds the speakers a question names: by full name, surname, role, organisation or acronym.

Names and descriptions are read through ``speaker_aliases.tsv`` on both sides before they are
compared; what each speaker is filed under is remembered across index generations.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Sequence

from retrieval.answer.agents import agent_bases
from retrieval.answer.matching import WORD as _WORD
from retrieval.answer.matching import bare as _bare
from retrieval.attribution.lexicon import lexicon
from retrieval.index.terms import tokenize
from retrieval.lexicon import lines, words

__all__ = ["SpeakerMatcher", "subject_terms", "name_words", "party_tag", "MIN_SHARED_START"]

# "Iran" may name the speaker described as "Iranian ...", once the exact words found nobody; a
# stem shorter than this ("Ira") would match too much.
MIN_SHARED_START = 4


class SpeakerMatcher:
    """Finds the speakers a question names, by full name, surname, role or organisation.

    A speaker matches when every word the question uses to name them appears in the speaker's
    name or one of their descriptions ("the Pentagon spokesman" -> Jonathan Hoffman, described
    as "Pentagon spokesman"). Titles are tried with and without ("President Trump" still finds
    "Donald Trump" when no description says "President").
    """

    def __init__(self, names: Sequence[str], descriptions: Sequence[Sequence[str]]) -> None:
        self._by_word: dict[str, list[int]] = {}
        self._by_stem: dict[str, set[int]] = {}
        self._by_name: dict[str, set[int]] = {}  # words of the names alone, stems included
        self._by_initials: dict[str, list[int]] = {}
        self._bodies: set[int] = set()  # speakers whose name is an organisation or a group
        self._initials: dict[int, str] = {}
        # Speakers named by one word and no body's word ("Twitter", "Germanwings") may be either a
        # person's surname or a firm's name; only names of two or more words surely name a person.
        self._full_names = {i for i, name in enumerate(names) if len(name.split()) > 1}
        self._by_acronym: dict[str, list[int]] = {}  # "WHO" in "director of the WHO's emergencies program"
        for i, (name, descs) in enumerate(zip(names, descriptions)):
            vocabulary, stems, named, body, initials = _speaker_keys(name, tuple(descs))
            for acronym in _acronyms((name, *descs)):  # "FBI", "the FBI's director"
                self._by_acronym.setdefault(acronym, []).append(i)
            for word in vocabulary:
                self._by_word.setdefault(word, []).append(i)
            for stem in stems:
                self._by_stem.setdefault(stem, set()).add(i)
            for word in named:
                self._by_name.setdefault(word, set()).add(i)
            if body:
                self._bodies.add(i)
            if len(initials) >= 2:
                self._by_initials.setdefault(initials, []).append(i)
                self._initials[i] = initials

    def find(self, subject: str) -> list[int]:
        """Indices of the speakers ``subject`` names, in speaker order; empty when none.

        Tried strictest first: the words as asked, then with a word allowed to be the start of
        the speaker's word or the other way round ("Iran's foreign minister" -> "Iranian Foreign
        Minister"), then both again without titles.
        """
        # "the WHO", "BW": an acronym of a speaker's name, as articles introduce them; not one the
        # aliases spell out ("GOP" is "Republican", whichever word a description uses).
        acronyms = [w for w in _WORD.findall(subject) if len(w) >= 2 and w.isupper() and w.isalpha() and (w.lower(),) not in _aliases()]
        # Those described by it too: "the WHO" is also its emergencies director.
        by_acronym = sorted({i for a in acronyms for i in (*self._by_initials.get(a, ()), *self._by_acronym.get(a, ()))})
        if by_acronym:
            return by_acronym
        asked = [w for w in _name_words(subject) if w not in _ARTICLES]
        # "the White House" is the president's office, and its press secretary too: the words as
        # written are tried beside their alias.
        plain = [w for w in _plain_words(subject) if w not in _ARTICLES]
        for loose in (False, True, "agent"):
            found = self._find(asked, loose)
            if plain != asked:
                found = sorted(set(found) | set(self._find(plain, loose)))
            if found:
                return found
        # Without the titles ("President Trump" -> Donald Trump), the rest must name a person
        # by name: "the Valdorian president" is not the Valdorian Foreign Ministry.
        titles = words("title_words.txt")
        untitled = [w for w in asked if w not in titles]
        if untitled == asked:
            return []
        for loose in (False, True):
            found = [i for i in self._find(untitled, loose) if i not in self._bodies and self._named(i, untitled)]
            if found:
                return found
        return []

    def bodies(self, speakers: Sequence[int]) -> bool:
        """Whether every one of ``speakers`` is an organisation or a group."""
        return bool(speakers) and all(i in self._bodies for i in speakers)

    def named_in(self, text: str | None) -> list[int]:
        """People (no bodies) a capitalised word of ``text`` names: "Boehner" in "who called
        Boehner a weak leader?" is whom the words are about, not who said them."""
        capitalised = {_bare(w).replace(".", "") for w in _WORD.findall(text or "") if w[:1].isupper()}
        found = {i for w in capitalised for i in self._by_name.get(w, ())}
        return sorted(i for i in found if i not in self._bodies)

    def person_named(self, word: str) -> bool:
        """Whether ``word`` is a word of some person's full name (no body's), or a first name."""
        word = word.lower()
        return word in lexicon().first_names or any(i not in self._bodies and i in self._full_names for i in self._by_name.get(word, ()))

    def initials(self, speaker: int) -> str:
        """"NWF" for the Northern Water Fund; empty when the name has none."""
        return self._initials.get(speaker, "")

    def _named(self, speaker: int, asked: list[str]) -> bool:
        return all(speaker in self._by_name.get(w, ()) or speaker in self._by_name.get(_stem(w), ()) for w in asked)

    def _find(self, asked: list[str], loose: bool | str) -> list[int]:
        """``loose``: also a word's forms (``_forms``); "agent": also a doer's noun's base
        ("the bar owner" for one "who owns several bars", ``agents``)."""
        if not asked:
            return []
        matched: set[int] | None = None
        for word in asked:
            speakers = set(self._by_stem.get(_stem(word), ())).union(*(self._by_word[form] for form in self._forms(word, bool(loose))))
            if loose == "agent":
                speakers |= set().union(*(self._by_stem.get(_stem(base), ()) for base in agent_bases(word)))
            matched = speakers if matched is None else matched & speakers
            if not matched:
                return []
        return sorted(matched or ())

    def _forms(self, word: str, loose: bool) -> list[str]:
        """Speaker words that ``word`` stands for: itself, or when ``loose`` also the same word
        with or without a demonym ending ("Iran" / "Iranian"), the shorter having at least
        ``MIN_SHARED_START`` letters ("Trump" is no form of "Trumpet")."""
        forms = [word] if word in self._by_word else []
        if not loose or len(word) < MIN_SHARED_START:
            return forms
        endings = words("demonym_suffixes.txt")
        forms += [word[:n] for n in range(MIN_SHARED_START, len(word)) if word[:n] in self._by_word and word[n:] in endings]
        at = bisect.bisect_right(self._sorted_words, word)
        while at < len(self._sorted_words) and self._sorted_words[at].startswith(word):
            if self._sorted_words[at][len(word) :] in endings:
                forms.append(self._sorted_words[at])
            at += 1
        return forms

    @functools.cached_property
    def _sorted_words(self) -> list[str]:
        return sorted(self._by_word)


_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"[’']s$")
# Names and descriptions whose words are remembered (about 100 bytes each).
_NAME_CACHE = 1 << 20


def subject_terms(subject: str) -> list[tuple[str, ...]]:
    """Index terms for each word naming a speaker, with the short forms articles use for it:
    "the state senator" -> [("state",), ("senat", "sen")], so "State Sen. Douglas Fenn" holds both."""
    shorter: dict[str, list[str]] = {}
    for asked, used in _aliases().items():
        if len(asked) == 1 and len(used) == 1:
            shorter.setdefault(used[0], []).append(asked[0])
    out = []
    for word in _name_words(subject):
        if word in _ARTICLES:
            continue
        forms = [t for w in [word, *shorter.get(word, ())] for t in tokenize(w)]
        if forms:
            out.append(tuple(dict.fromkeys(forms)))
    return out


@functools.cache
def _groups() -> frozenset[str]:
    """Words that mark a proper name as a body ("Delta Chemicals", "Harbour Foods"): such a
    speaker is never the person a title-less question names."""
    groups = {line.split()[0] for line in lines("speaker_groups.tsv")}
    return frozenset(groups | {w for line in lines("organisation_names.tsv") for w in line.split("\t", 1)[-1].split()})


@functools.lru_cache(maxsize=_NAME_CACHE)
def _speaker_keys(name: str, descriptions: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str], frozenset[str], bool, str]:
    """What ``SpeakerMatcher`` files one speaker under: the words of their name and descriptions,
    those words' stems, the name's words and stems, whether the name is a body's, the initials.
    Remembered: each index generation repeats nearly all of the previous one's speakers."""
    vocabulary = tuple(frozenset(_name_words(name)).union(*(_name_words(d) for d in descriptions)))
    named = frozenset(_name_words(name)) | {_stem(w) for w in _name_words(name)}
    body = any(w in _groups() or _stem(w) in _groups() for w in _name_words(name))
    return vocabulary, frozenset(_stem(w) for w in vocabulary), named, body, _initials(name)


@functools.lru_cache(maxsize=_NAME_CACHE)
def _acronyms(descriptions: tuple[str, ...]) -> frozenset[str]:
    """The acronyms of bodies the descriptions name as written: "WHO" of "the WHO's program"."""
    found = (_POSSESSIVE.sub("", w) for d in descriptions for w in _WORD.findall(d))
    return frozenset(w for w in found if len(w) >= 2 and w.isupper() and w.isalpha())


def name_words(text: str) -> tuple[str, ...]:
    """Lower-case words of a name or description, read through ``speaker_aliases.tsv``."""
    return _name_words(text)


def _plain_words(text: str) -> tuple[str, ...]:
    """Lower-case words of a name as written, no alias read."""
    return tuple(_bare(w).replace(".", "") for w in _WORD.findall(text))


@functools.lru_cache(maxsize=_NAME_CACHE)
def _name_words(text: str) -> tuple[str, ...]:
    """Lower-case words of a name or description, read through ``speaker_aliases.tsv``
    (remembered: a new index generation mostly repeats the previous one's speakers)."""
    plain = [p for w in _WORD.findall(text) for p in party_tag(_bare(w).replace(".", ""))]
    out: list[str] = []
    i = 0
    aliases = _aliases()
    while i < len(plain):
        for n in (4, 3, 2, 1):
            key = tuple(plain[i : i + n])
            if len(key) == n and key in aliases:
                out += aliases[key]
                i += n
                break
        else:
            out.append(plain[i])
            i += 1
    return tuple(out)


def party_tag(word: str) -> tuple[str, ...]:
    """"d-texas" -> ("democratic", "texas") by ``party_tags.tsv``; any other word as it is."""
    letter, dash, state = word.partition("-")
    party = _parties().get(letter) if dash and state.isalpha() else None
    return (party, state) if party else (word,)


@functools.cache
def _parties() -> dict[str, str]:
    return dict(line.split("\t", 1) for line in lines("party_tags.tsv"))


@functools.cache
def _aliases() -> dict[tuple[str, ...], tuple[str, ...]]:
    table = {}
    for line in lines("speaker_aliases.tsv"):
        asked, _, used = line.partition("\t")
        table[tuple(asked.split())] = tuple(used.split())
    return table


@functools.lru_cache(maxsize=_NAME_CACHE)
def _stem(word: str) -> str:
    terms = tokenize(word)
    return terms[0] if len(terms) == 1 else word


_MINOR = frozenset({"of", "the", "and", "for", "on", "in", "de", "&"})


@functools.lru_cache(maxsize=_NAME_CACHE)
def _initials(name: str) -> str:
    """"World Health Organization" -> "WHO"; "British Widgets (BW)" -> "BW"."""
    name = re.sub(r"\s*\([^)]*\)", "", name)  # "British Widgets (BW)": the alias kept on the name
    parts = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _MINOR]
    return "".join(w[0] for w in parts).upper() if all(w[0].isupper() for w in parts) else ""
