"""References back to what an article set up earlier: a document's author, a pair of people.

"Marshall issued a report saying ..." ... "according to the report": the report is the one
Marshall put out, so its words are his. "Trump met May in London. Both leaders said ...": the
two people named last. Pure functions for ``resolve.Resolver``, which keeps the records.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from retrieval.attribution.descriptions import document_noun, person_noun
from retrieval.attribution.lexicon import lexicon
from retrieval.lexicon import words as word_list

if TYPE_CHECKING:
    from retrieval.attribution.people import Person

__all__ = ["MAX_PAIR_GAP", "introduced_documents", "pair_head", "pair_of", "repeated_document"]

# "Marshall issued an online report saying": a document a speaker puts out is introduced within
# this many words after the speaker ("said in a statement", "released a 57-page report").
MAX_INTRODUCING_WORDS = 6
MAX_INTRODUCING_CHARS = 80  # surely more than those words
# "The two leaders said": both people were named at most this many sentences before.
MAX_PAIR_GAP = 8
_WORD = re.compile(r"[\w’'\-]+|[,;:“”\"‘]")
# "both leaders", "the two men", "both the senators", "the pair", "the couple", "Both Romneys".
_PAIR = re.compile(r"^(?:both(?: the)?|the two|the pair of)\s+([\w’'\-]+)$|^the (pair|couple|duo)$", re.IGNORECASE)


def introduced_documents(after_speaker: str) -> list[str]:
    """The document nouns a speaker's clause introduces with "a"/"an" in its first words (up to a
    comma, a quotation or "that"): "issued an online report" -> ["report"]."""
    head = after_speaker[:MAX_INTRODUCING_CHARS]
    if " a " not in head and " an " not in head:
        return []
    found: list[str] = []
    indefinite = False
    for n, match in enumerate(_WORD.finditer(head)):
        word = match.group()
        lower = word.lower()
        if n >= MAX_INTRODUCING_WORDS or lower == "that" or not word[0].isalnum():
            break
        if lower in ("a", "an"):
            indefinite = True
        elif indefinite and document_noun(lower):
            found.append(lower)
            indefinite = False
    return found


def repeated_document(name: str) -> str | None:
    """ "the report", "the 57-page report", "the statement": a definite description headed by a
    document noun, its words lower case; the noun, else None."""
    if name[:4] not in ("the ", "The "):
        return None
    words = name.split()
    if len(words) < 2 or any(w[:1].isupper() for w in words[1:]):
        return None
    head = words[-1].lower()
    return head if document_noun(head) else None


def pair_head(name: str, surnames: Sequence[str]) -> str | None:
    """The noun of a description of two people ("both leaders" -> "leaders", "the pair" ->
    "pair", "Both Romneys" -> "romney", a surname the article has), else None."""
    match = _PAIR.match(" ".join(name.split()))
    if match is None:
        return None
    noun = (match.group(1) or match.group(2)).lower()
    if match.group(2):
        return noun
    singular = noun[:-1] if noun.endswith("s") else noun
    if singular in surnames:
        return singular
    lex = lexicon()
    people = word_list("people_words.txt")
    if noun in ("men", "women") or noun in people or singular in lex.roles or person_noun(singular)[0]:
        return noun
    return None


def pair_of(people: Sequence[Person], history: Sequence[tuple[str, str, str | None, str | None, int]], name: str, index: int) -> str | None:
    """The two people a description of two (``pair_head``) in sentence ``index`` stands for, as
    "A and B" in the order the article named them: the two named or heard last (of the surname
    when the description is one), within ``MAX_PAIR_GAP`` sentences; None when there are not two."""
    if _PAIR.match(" ".join(name.split())) is None:
        return None
    surnames = {p.surname for p in people}
    head = pair_head(name, sorted(surnames))
    if head is None:
        return None
    seen = {p.name: max((m for m in p.mentions if m <= index), default=-1) for p in people if head not in surnames or p.surname == head}
    for speaker, cls, _, _, said in history:
        if cls == "person" and speaker in seen:
            seen[speaker] = max(seen[speaker], said)
    recent = sorted((n for n in seen if seen[n] >= index - MAX_PAIR_GAP), key=lambda n: -seen[n])[:2]
    if len(recent) < 2:
        return None
    first = {p.name: min(p.mentions, default=index) for p in people}
    return " and ".join(sorted(recent, key=lambda n: first.get(n, index)))
