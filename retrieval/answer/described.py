"""Speakers a question names by a role the attribution did not keep as a description.

"what did the Senate leader say?" when Richard Okonjo's quotes carry no such description: an
article's sentence still says so, beside his name ("the Senate majority leader, Richard Okonjo")
or in the mention of his own quote ("State Sen. Douglas Fenn said"). The sentence naming him need
not be one of his quotes: a governor's quote may introduce the leader he accuses.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

import numpy as np

from retrieval.answer.matching import bare
from retrieval.answer.speakers import name_words, subject_terms
from retrieval.index.library import Searcher
from retrieval.index.terms import tokenize
from retrieval.lexicon import words as lexicon_words

__all__ = ["described_speakers", "headed_speakers", "documents_holding", "beside_mention", "via_sentences", "MAX_SUBJECT_WORDS", "DESCRIBED_SENTENCES", "DESCRIPTION_BEFORE", "DESCRIPTION_AFTER"]

# A subject found in the articles' sentences: at most this many words, read in this many sentences.
MAX_SUBJECT_WORDS = 4
DESCRIBED_SENTENCES = 50
# ...and beside the speaker's name: this many words before it, or in an appositive after it.
DESCRIPTION_BEFORE = 4
DESCRIPTION_AFTER = 12
# A name shorter than this ("Li") is no safe clue that a sentence names that speaker.
MIN_NAME_LENGTH = 4

_WORDS = re.compile(r"\w+(?:['’.]\w+)*")
_ATTRIBUTION_BREAK = re.compile(r"\b(?:according\s+to|said|says|told|tells)\b", re.I)


def described_speakers(library: Searcher, attributed, subject: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Indices of speakers some sentence describes with every word of ``subject``: first the
    speakers of quotes whose own mention is so described, else any quoted speaker whose full name
    a sentence so describes."""
    groups = subject_terms(subject)
    if not groups or len(groups) > MAX_SUBJECT_WORDS:
        return []
    columns = list(dict.fromkeys(t for g in groups for t in g))
    found = set()
    for i in _holding(library, columns, groups, attributed):
        attribution = library.attribution(i)
        if attribution and beside_mention(library.text(i), attribution.mention, groups):
            found.add(int(library.speaker_ids[i]))
    if found:
        return sorted(found)
    names = _names_by_word(library)
    for i in _holding(library, columns, groups, None):
        text = library.text(i)
        for word in {w.lower() for w in _WORDS.findall(text)}:
            for speaker, name in names.get(word, ()):
                if speaker not in found and beside_mention(text, name, groups):
                    found.add(speaker)
    return sorted(found)


def headed_speakers(
    library: Searcher, subject: str, find: Callable[[str], list[int]], quotes_of: Callable[[list[int]], np.ndarray], person: Callable[[str], bool]
) -> list[int]:
    """"the Clippers coach", "India's prime minister", "the Kenosha DA": when no speaker is described by every
    word, those a lower-case role at its end names (found by ``find``) who are quoted in an
    article that names its capitalised modifiers too. A modifier that names a person
    ("Okafor's lawyer", "Erron Brown's lawyer": ``_surnamed_owner``) says whose the role is,
    which no article-wide match can tell, unless the role is one of the owner's family (one
    mother, ``relatives.txt``); nor does
    an article-wide match tell which police a speaker named "Police" is."""
    words = [w for w in _WORDS.findall(subject) if w.lower() not in ("the", "a", "an")]
    n = next((k for k, w in enumerate(words) if not w[:1].isupper() or (k and w.isupper() and _role_words(w))), len(words))
    modifiers, head = words[:n], " ".join(words[n:])
    if not modifiers or not head or not _role_words(head) or any(person(bare(w)) for w in modifiers):
        return []
    # A speaker named by the role alone ("Police", "the prosecutors") is whoever holds it in each
    # article quoting them: an article naming "El Paso" in passing says nothing of its police.
    role = {t for w in [*_WORDS.findall(head), *name_words(head)] for t in tokenize(w)}
    found = [i for i in find(head) if not {t for w in _WORDS.findall(library.speakers[i].name) if w.lower() not in ("the", "a", "an") for t in tokenize(w)} <= role]
    # The modifiers as articles write them ("LA" -> "Los Angeles", ``speaker_aliases.tsv``).
    docs = documents_holding(library, [t for w in name_words(" ".join(modifiers)) for t in tokenize(w)]) if found else set()
    relative = set(name_words(head)) & lexicon_words("relatives.txt")  # "Bradford's mom": his mother
    if docs and not relative and _surnamed_owner(library, modifiers, docs):
        return []
    return [i for i in found if docs & {library.document_of(int(j)).first_sentence for j in quotes_of([i])}]


def _surnamed_owner(library: Searcher, modifiers: list[str], docs: set[int]) -> bool:
    """Whether a possessive owner of two or more words ("Erron Brown's lawyer") is a person by
    the articles' own usage: an article naming the owner refers to them by the last word alone
    ("Brown was charged"), as papers refer to people and never to "West Virginia" or "Hong Kong"."""
    if len(modifiers) < 2 or not re.search(r"['’]s$", modifiers[-1]):
        return False
    surname, before = re.sub(r"['’]s$", "", modifiers[-1]), modifiers[-2]
    alone = re.compile(rf"(?<!{re.escape(before)} )\b{re.escape(surname)}\b(?!['’]s|\s+[A-Z])")
    for first in sorted(docs):
        info = library.document_of(first)
        if any(alone.search(library.text(i)) for i in range(first, first + info.sentence_count)):
            return True
    return False


def _role_words(head: str) -> bool:
    """Whether ``head`` is written as a role: lower case, or a role's short form the aliases
    spell out in lower case ("the Kenosha DA", "Facebook's CTO"; ``speaker_aliases.tsv``)."""
    return all(w.lower() == w or (w.isupper() and name_words(w) != (w.lower(),)) for w in head.split())


def documents_holding(library: Searcher, terms: list[str]) -> set[int]:
    """First sentences of the articles with a sentence holding every one of ``terms``."""
    if not terms:
        return set()
    hits = library.search(terms, DESCRIBED_SENTENCES * len(terms))
    every = library.contains(hits.indices, terms).all(axis=1)
    return {library.document_of(int(i)).first_sentence for i in hits.indices[every]}


def via_sentences(library: Searcher, attributed, subject: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Quoted sentences whose words came through a source the question names: "what did state
    TV say?" for "State TV reported an official saying ...", whose speaker is "an official" and
    whose ``via`` is ("State TV",). Every word of ``subject`` must be in one via name."""
    groups = subject_terms(subject)
    if not groups or len(groups) > MAX_SUBJECT_WORDS:
        return []
    columns = list(dict.fromkeys(t for g in groups for t in g))
    out = []
    for i in _holding(library, columns, groups, attributed):
        attribution = library.attribution(i)
        for name in attribution.via if attribution else ():
            held = {t for w in _WORDS.findall(name) for t in tokenize(w)}
            if all(any(t in held for t in g) for g in groups):
                out.append(i)
                break
    return sorted(out)


def _holding(library: Searcher, columns: list[str], groups: list[tuple[str, ...]], pool) -> list[int]:  # type: ignore[no-untyped-def]
    """The best sentences (of ``pool``, or all) holding a form of every subject word."""
    hits = library.search(columns, DESCRIBED_SENTENCES, pool)
    present = library.contains(hits.indices, columns)
    at = {t: c for c, t in enumerate(columns)}
    every = [all(any(present[r, at[t]] for t in g) for g in groups) for r in range(len(hits.indices))]
    return [int(i) for i, ok in zip(hits.indices, every) if ok]


def _names_by_word(library: Searcher) -> dict[str, list[tuple[int, str]]]:
    """Quoted speakers with a full name of two or more words, by the last word of the name."""
    out: dict[str, list[tuple[int, str]]] = {}
    for s, info in enumerate(library.speakers):
        parts = info.name.split()
        if len(parts) >= 2 and len(parts[-1]) >= MIN_NAME_LENGTH and parts[0][:1].isupper():
            out.setdefault(parts[-1].lower(), []).append((s, info.name))
    return out


def beside_mention(text: str, mention: str, groups: Sequence[tuple[str, ...]]) -> bool:
    """Whether every word of the subject describes the mention: in it or the words just before
    it ("The Assembly speaker, Ingrid Vale", "State Sen. Douglas Fenn") or in an appositive after
    it ("Patricia Moreau, the president of the Westmark Taxpayers Alliance, a business-backed group")."""
    at = text.find(mention) if mention else -1
    if at < 0:
        return False
    # "his affair with Paula Broadwell, according to lawmakers": what stands before an
    # attribution phrase describes someone else.
    lead = _ATTRIBUTION_BREAK.split(text[:at])[-1]
    before = _WORDS.findall(lead)[-DESCRIPTION_BEFORE:] + _WORDS.findall(mention)
    after = text[at + len(mention) :]
    # "According to the complaint, Wilson told Linton's attorney, Adam Richards, ...": an
    # appositive ends where a reporting verb opens the next clause; what follows is someone else.
    appositive = _WORDS.findall(_ATTRIBUTION_BREAK.split(after, 1)[0])[:DESCRIPTION_AFTER] if after.lstrip().startswith(",") else []
    near = {t for w in before + appositive for t in tokenize(w)}
    return all(any(t in near for t in g) for g in groups)
