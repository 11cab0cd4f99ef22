"""Voices named by whom they speak for, with the owner written as the article names it in full.

"A spokesman for Feinstein" is "a spokesman for Dianne Feinstein", "A spokesman for Sen. Kelly
Loeffler" is "a spokesman for Kelly Loeffler", "An RNC spokesman" is "a spokesman for Republican
National Committee" when the article gave "Republican National Committee (RNC)": one owner, however
the article writes it, so a question naming the owner in full finds the voice. An owner the
article never names otherwise stays as written ("a spokesman for the Pentagon").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Mapping, Sequence

from retrieval.attribution.descriptions import title_abbreviations
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.person import Person
from retrieval.lexicon import lines
from retrieval.models import Attribution

__all__ = ["voice_nouns", "named_owners"]
_AFTER = re.compile(r"^(?P<det>[Aa]n?|[Tt]he|[Oo]ne) (?P<voice>\w+) (?P<joiner>for|of) (?P<owner>[A-Z].*)$")
_BEFORE = re.compile(r"^(?P<det>[Aa]n?|[Tt]he|[Oo]ne) (?P<owner>[A-Z][\w.’'&\-]*(?: [A-Z][\w.’'&\-]*)*) (?P<voice>\w+)$")


@lru_cache(maxsize=1)
def voice_nouns() -> frozenset[str]:
    """The people who speak for someone, known by whose name they carry ("a **spokesman** for
    ..."): the first line of ``voice_words.txt``."""
    return frozenset(w.lower() for w in lines("voice_words.txt")[0].split())


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Title words and abbreviations written before a name ("Sen.", "Rep.", "Governor")."""
    return frozenset(title_abbreviations()) | lexicon().titles


def _untitled(owner: str, people: Sequence[Person]) -> str:
    """ "Sen. Kelly Loeffler" -> "Kelly Loeffler": the title words before the name of a person the
    article names ("Prime Minister Mahdi" keeps its title: "Minister Mahdi" is nobody's name)."""
    parts = owner.split()
    names = {p.name for p in people}
    while len(parts) > 2 and parts[0].lower().rstrip(".") in _titles() and " ".join(parts) not in names:
        parts = parts[1:]
    return " ".join(parts) if " ".join(parts) in names else owner


def _person(person: Person) -> bool:
    """Named as a person: a gender or a known first name ("El Paso Walmart" is neither)."""
    return bool(person.gender) or person.key[0] in lexicon().first_names


def _full_name(owner: str, people: Sequence[Person], aliases: Callable[[], Mapping[str, str]]) -> str | None:
    """The owner as the article names it in full: a surname of one person named in full, an
    alias the article spelled out, or a name with its title dropped; None when nothing changes."""
    if " " not in owner:
        if owner.isupper() and owner.isalpha():
            return aliases().get(owner)
        named = {p.name for p in people if p.surname == owner.lower() and _person(p) and " " in p.name}
        return next(iter(named)) if len(named) == 1 else None
    plain = _untitled(owner, people)
    return plain if plain != owner else None


def _renamed(speaker: str, people: Sequence[Person], aliases: Callable[[], Mapping[str, str]]) -> str | None:
    m = _AFTER.match(speaker) or _BEFORE.match(speaker)
    if m is None or m.group("voice").lower() not in voice_nouns():
        return None
    full = _full_name(m.group("owner"), people, aliases)
    if full is None:
        return None
    det = "a" if m.group("det").lower() in ("a", "an") else m.group("det").lower()
    joiner = m.groupdict().get("joiner") or "for"
    return f"{det} {m.group('voice').lower()} {joiner} {full}"


def named_owners(attributions: Sequence[Attribution | None], people: Sequence[Person], aliases: Callable[[], Mapping[str, str]]) -> tuple[Attribution | None, ...]:
    """Each speaker (and outer source) that is the voice of an owner named in full elsewhere,
    renamed with that full name; everything else as it was.

    Args:
        attributions: one per sentence, in article order.
        people: the people the article names.
        aliases: the article's short forms (``aliases.scan_aliases``), read only when needed.
    """
    cache: dict[str, str | None] = {}

    def renamed(name: str) -> str:
        if name not in cache:
            cache[name] = _renamed(name, people, aliases) if " " in name else None
        return cache[name] or name

    out: list[Attribution | None] = []
    for a in attributions:
        if a is None:
            out.append(None)
            continue
        speaker, via = renamed(a.speaker), tuple(renamed(v) for v in a.via)
        out.append(a if speaker == a.speaker and via == a.via else replace(a, speaker=speaker, via=via))
    return tuple(out)
