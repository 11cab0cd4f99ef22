"""One person filed under two names: "Kim Foxx" and, a paragraph later, "Foxx" or "Ms. Foxx".

Attribution files each quote under the name its own mention gives, so one person may be several
speakers: "Cook County State's Attorney Kim Foxx" and "Foxx"; "University of Delaware ...
associate professor Lindsay Hoffman" and "Lindsay Hoffman"; or only "Walker", when the article
names "Wisconsin Gov. Scott Walker" in a sentence that quotes nobody. A question names the person
once, in full ("what did Scott Walker say?"), and means every quote of theirs:

- a speaker whose name ends with the person's full name, or is that name's last two or more
  words, is the same person wherever quoted (a full name is specific enough);
- a speaker named by the surname alone is the same person only in the articles that name the
  person in full: "Walker" in another article may be anyone called Walker, so only those quotes.

A full name here is two or more capitalised words ending a name, the first a first name
(``first_names``): "New York" names no person, "Kenosha DA" neither; a speaker's name may be
longer than the person's ("University of Delaware ... professor Lindsay Hoffman", which names a
university too). Never several people ("Lindsay Hoffman and Andy Bloeser") and never a body. A
question's name whose given name no list holds ("Sadiq Khan") reaches only the surname's speaker
in the articles naming it in full: papers call a person by the surname, never a place by its last word.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Sequence

import numpy as np

from retrieval.answer.described import documents_holding
from retrieval.attribution.lexicon import lexicon
from retrieval.index.library import Searcher
from retrieval.index.terms import tokenize
from retrieval.lexicon import lines, words

__all__ = ["full_name", "namesake_quotes", "in_documents"]

# "Lindsay Hoffman and Andy Bloeser", "Ilhan Omar & Rashida Tlaib": several people in one name (not
# "researcher and associate professor Lindsay Hoffman", one person's two roles).
_SEVERAL = re.compile(r"\s(?:and|&)\s+[A-Z]|,\s")
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")


def full_name(text: str, given: bool = True) -> tuple[str, ...]:
    """The capitalised words ending ``text`` that name a person, titles and honorifics dropped:
    "Gov. Gavin Newsom" -> ("Gavin", "Newsom"); () when they are fewer than two, hold an acronym,
    or (``given``) the first is no first name ("New York")."""
    if _SEVERAL.search(text):
        return ()
    parts = text.split()
    run: list[str] = []
    for word in reversed(parts):
        if not _NAME_WORD.match(word) or word.lower() in _titles():
            break
        run.insert(0, word)
    if len(run) < 2 or any(w.isupper() and len(w) > 1 for w in run) or any(w.endswith(("'s", "’s")) for w in run):
        return ()
    return tuple(run) if not given or run[0].lower() in lexicon().first_names else ()


def namesake_quotes(
    library: Searcher, subject: str, found: Sequence[int], find: Callable[[str], list[int]], bodies: Callable[[Sequence[int]], bool], quoted_by: Callable[[list[int]], np.ndarray]
) -> np.ndarray:
    """Quotes of the person ``subject`` names (or the one speaker ``found`` holds, ``find``: the
    speakers a name names) filed under another name of theirs; sentence indices, sorted, none of
    ``found``'s own."""
    # One person: named in full by the question, or the one speaker its role found ("the
    # Delaware professor"); a role many speakers hold ("the party leader") names no one person.
    asked = full_name(subject)
    names = {asked} if asked else {full_name(library.speakers[found[0]].name)} if len(found) == 1 else set()
    # "Sadiq Khan", a given name no list holds: only the speaker named "Khan" in the articles
    # naming "Sadiq Khan", whose calling him "Khan" says he is a person ("New York" is no "York").
    unlisted = () if asked or found else full_name(subject, given=False)
    same: set[int] = set()
    surnamed: dict[tuple[str, ...], list[int]] = {}
    for name in filter(None, names | {unlisted}):
        lowered = [w.lower() for w in name]
        for other in dict.fromkeys([*find(" ".join(name)), *find(name[-1])]):
            if other in found or bodies([other]) or _SEVERAL.search(library.speakers[other].name):
                continue
            own = [w.lower() for w in _untitled(library.speakers[other].name)]
            if name != unlisted and len(own) >= 2 and (own[-len(lowered) :] == lowered or lowered[-len(own) :] == own):
                same.add(other)
            elif own == lowered[-1:]:
                surnamed.setdefault(name, []).append(other)
    out = [quoted_by(sorted(same))] if same else []
    for name, others in surnamed.items():
        quotes = quoted_by(others)
        out.append(quotes[in_documents(library, quotes, documents_holding(library, [t for w in name for t in tokenize(w)]))])
    return np.unique(np.concatenate(out)).astype(np.int64) if out else np.empty(0, np.int64)


def in_documents(library: Searcher, sentences: np.ndarray, firsts: set[int]) -> np.ndarray:
    """Which of ``sentences`` lie in the documents starting at ``firsts``."""
    if not firsts or not len(sentences):
        return np.zeros(len(sentences), bool)
    starts = np.array(sorted(firsts), np.int64)
    ends = starts + np.array([library.document_of(int(s)).sentence_count for s in starts], np.int64)
    at = np.searchsorted(starts, sentences, side="right") - 1
    return (at >= 0) & (sentences < ends[np.maximum(at, 0)])


def _untitled(name: str) -> list[str]:
    """A speaker's name without the titles and honorifics before it ("Ms. Foxx" -> ["Foxx"])."""
    parts = name.split()
    while parts and parts[0].lower() in _titles():
        parts = parts[1:]
    return parts


@functools.cache
def _titles() -> frozenset[str]:
    honorifics = {line.split("\t")[0] for line in lines("honorifics.tsv")}
    return frozenset(words("title_words.txt") | honorifics)
