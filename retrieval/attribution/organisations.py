"""Organisations an article names, so that "the company" or "the museum" can refer back to one.

Found once per article from runs of capitalised words that may hold "of", "for", "on" or "&"
inside ("National Museum of Ardena", "Friends of the Vell Museum"); "and" ends a name, as it
mostly joins two ("the Bank of England and the Federal Reserve"). A run counts for a head noun
when it holds one of that noun's name words from ``organisation_names.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from retrieval.attribution.introduced import introduced_body
from retrieval.attribution.lexicon import lexicon
from retrieval.lexicon import lines
from retrieval.lexicon import words as words_of

# "the national museum" refers back to a body; a longer lower-case phrase is a description of its own.
MAX_DESCRIPTION_WORDS = 4

__all__ = ["Organisation", "BODY_GAP", "described_body", "fitting_body", "latest_body", "longer_name", "organisation_heads", "scan_organisations"]

_WORD = r"[A-Z][\w’'&\-]*(?:\.[A-Z][\w’'&\-]*)*\.?"  # "R.M. Palmer Co.": initials run on
# Capitalised words, with lower-case joiners inside a name ("Bank of England", "Friends of the Vell Museum").
_NAME = re.compile(rf"\b{_WORD}(?:[ \t]+(?:(?:of|for|on|&)[ \t]+(?:the[ \t]+)?)?{_WORD})*")
# A body named in lower case before a proper name: "the national museum of Ardena".
_DESCRIBED = re.compile(rf"\b[Tt]he[ \t]+((?:[a-z]+[ \t]+){{0,2}}([a-z]+)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD})*)")
# "The FBI says ... The agency says": a description with no fitting name goes back to a body
# that spoke at most this many sentences before; further back it stays as written.
BODY_GAP = 3
# "..., WTOL-TV reported. ... she told WTOL. ... the station said": a news outlet's reporting runs
# through a stretch of copy with the people it quotes in between, so "the station" or "the
# paper" (``media_nouns.txt``) goes back this many sentences to the body that spoke last.
MEDIA_GAP = 6
# Words that join a body's name to more of it: "Observatory for Human Rights", "embassy in Baghdad".
_JOINERS = frozenset({"of", "for", "in", "on", "at", "&"})
# "Harbour": a one-word capitalised run is too often a place or a common word to be a body's name.
MIN_NAME_WORDS = 2


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str  # as written, minus a leading "The": "National Museum of Ardena"
    words: frozenset[str]  # its words, lower case
    sentence: int  # the first sentence naming it


@lru_cache(maxsize=1)
def organisation_heads() -> dict[str, frozenset[str]]:
    """Head noun ("company") -> words that mark a proper name as that kind of body."""
    out: dict[str, frozenset[str]] = {}
    for line in lines("organisation_names.tsv"):
        head, _, names = line.partition("\t")
        out[head.strip()] = frozenset(names.split())
    return out


def scan_organisations(masked: Sequence[str]) -> list[Organisation]:
    """Every name an article gives that holds an organisation word, first mention first.

    Args:
        masked: the article's sentences with quotations hidden (a name inside someone's words
            still names the body, but the reporter's names are the ones referred back to).
    """
    marks = frozenset().union(*organisation_heads().values())
    openers = lexicon().words["name_opener"]  # "But the Bank of England": not part of the name
    seen: dict[str, Organisation] = {}
    for index, text in enumerate(masked):
        for m in _NAME.finditer(text):
            words = m.group().rstrip(".").split()
            while words and words[0].lower() in openers:
                words = words[1:]
            while words and words[-1].lower() in openers:
                words = words[:-1]
            if len(words) < MIN_NAME_WORDS:
                continue  # most runs: one word ("The", "Trump"), read no further
            lowered = frozenset(w.lower().removesuffix("’s").removesuffix("'s") for w in words)
            if lowered.isdisjoint(marks):
                continue
            name = " ".join(words).removesuffix("’s").removesuffix("'s")
            seen.setdefault(name.lower(), Organisation(name, lowered, index))
        for m in _DESCRIBED.finditer(text):
            if m.group(2) in marks:
                name = m.group(1).rstrip(".").removesuffix("’s").removesuffix("'s")
                seen.setdefault(name.lower(), Organisation(name, frozenset(name.lower().split()), index))
    return list(seen.values())


def fitting_body(words: Sequence[str], head: str, bodies: Sequence[Organisation], index: int) -> Organisation | None:
    """The one body named by sentence ``index`` that "the company" (``words``, lower case, the
    leading "the" included) fits: its name holds a name word of the head and every word of the
    description ("the national museum" is not "City Gallery"); None for none or two."""
    marks = organisation_heads().get(head)
    if marks is None:
        return None
    described = set(words[1:-1])
    fits = {o.name: o for o in bodies if o.sentence <= index and not o.words.isdisjoint(marks) and described <= o.words}
    return next(iter(fits.values())) if len(fits) == 1 else None


def latest_body(history: Sequence[tuple], index: int, gap: int = BODY_GAP) -> str | None:
    """ "The FBI says ... The agency says": the latest body heard within ``gap`` sentences (an
    organisation, or a lone name no person of the article bears: "FBI", "Google", "Patch");
    ``history`` holds (speaker, class, gender, description, sentence) per clause, in order."""
    for speaker, cls, _, _, said in reversed(history):
        if index - said > gap:
            return None
        proper = speaker[:1].isupper() and speaker.split()[0].lower() != "the"
        if proper and (cls == "organisation" or (cls == "name" and len(speaker) > 1 and " " not in speaker)):
            if gap != MEDIA_GAP or not _other_kind(speaker):
                return _fullest(speaker, [h[0] for h in history if h[4] == said])
    return None


def _fullest(speaker: str, heard: Sequence[str]) -> str:
    """ "Motel" read by one clause where another of the same sentence read "Motel 6": the
    fullest name heard in that sentence that ``speaker`` opens."""
    longer = [name for name in heard if name.startswith(speaker + " ")]
    return max(longer, key=len) if longer else speaker


def _other_kind(name: str) -> bool:
    """ "Ohio High School Athletic Association": a body whose name marks a kind other than a news
    outlet's (``organisation_names.tsv``), never what "the station" or "the paper" refers to."""
    return not _other_marks().isdisjoint(w.lower() for w in name.split())


@lru_cache(maxsize=1)
def _other_marks() -> frozenset[str]:
    """The words marking a body of any kind but a news outlet, read once."""
    heads = organisation_heads()
    return frozenset().union(*(marks for head, marks in heads.items() if head != "newspaper")) - heads.get("newspaper", frozenset())


def described_body(
    words: Sequence[str], head: str, bodies: Callable[[], Sequence[Organisation]], history: Sequence[tuple], index: int, masked: Sequence[str] = ()
) -> str | None:
    """ "The company said" -> the one body named so far that fits "company" ("Harbour Foods"),
    else a body introduced by its kind just before ("the nonprofit Appalachian Voices",
    ``introduced.introduced_body``, read in ``masked``), else, for a generic noun, a body that
    spoke just before ("The FBI says ... The agency says"); ``words`` are the phrase's, which
    must be a short lower-case description after "the"; ``bodies`` gives the article's bodies,
    scanned only when needed."""
    if words[0].lower() != "the" or len(words) > MAX_DESCRIPTION_WORDS or any(w[:1].isupper() for w in words[1:]):
        return None
    body = fitting_body([w.lower() for w in words], head, bodies(), index)
    if body is not None:
        return body.name
    if masked and (introduced := introduced_body(head, masked, index)) is not None:
        return introduced
    if head in words_of("media_nouns.txt"):
        return latest_body(history, index, MEDIA_GAP)  # "the station said" after "WTOL-TV reported"
    return latest_body(history, index) if head in words_of("generic_bodies.txt") else None


def longer_name(name: str, names: Sequence[str]) -> str | None:
    """ "Syrian Observatory" -> "Syrian Observatory for Human Rights": the latest of ``names``
    that ``name`` opens, word for word, and is shorter than."""
    words = name.lower().split()
    for other in reversed(names):
        longer = other.split()
        if len(longer) > len(words) and [w.lower() for w in longer[: len(words)]] == words and _names_more(longer[len(words) :]):
            return other
    return None


def _names_more(extra: Sequence[str]) -> bool:
    """The words a longer name adds are more of a name ("Research Center", "for Human Rights",
    "in Baghdad"), not a common noun or a verb ("Union Pacific railroad", "officials fired back")."""
    if extra[0] in _JOINERS:
        extra = extra[1:]
    return bool(extra) and all(w[:1].isupper() or w in _JOINERS or w == "the" for w in extra)
