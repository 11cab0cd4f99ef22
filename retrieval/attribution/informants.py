"""Unnamed sources a later description repeats: "a person familiar with the matter ... the source said".

Pure look-ups for ``resolve.Resolver``. A description opened by "the", "this" or "that" refers
back (``refers_back``: "This third source contended ..."). It repeats an earlier unnamed source
when its head noun is a word of that source's head, the words before its first preposition or
relative word ("A second aviation source", "a senior White House official", "four sources |
familiar with the matter"), or when its head names an informant by informing alone ("source",
``informant_nouns.txt``) and the earlier description is of one source ("a person familiar with
the matter ... the source said", "another person familiar with the meeting ... this third source").
"""

from __future__ import annotations

from retrieval.attribution.lexicon import lexicon
from retrieval.lexicon import words as word_list

__all__ = ["refers_back", "repeats_source", "MAX_INFORMANT_GAP"]

# "the source" goes back to any one unnamed source at most this many sentences before (the same
# reach as "the official" repeating "a senior official", ``descriptions.MAX_SOURCE_GAP``).
MAX_INFORMANT_GAP = 30
_RELATIVES = frozenset({"who", "whose", "that", "which"})


def refers_back(name: str) -> bool:
    """ "the source", "This third source", "that official": a description opened by a word that
    points back (``function_words.tsv``, class anaphoric)."""
    first = name.split(None, 1)[0].lower() if name.strip() else ""
    return first in lexicon().words["anaphoric"]


def _head_words(earlier: str) -> list[str]:
    """The words of an unnamed source's description before its first preposition or relative
    word, lower case: "a person familiar | with the matter", "a man | who hired him"."""
    out: list[str] = []
    prepositions = lexicon().words["preposition"]
    for word in earlier.lower().replace(",", " ").split():
        if out and (word in prepositions or word in _RELATIVES):
            break
        out.append(word)
    return out


def repeats_source(name: str, head: str, earlier: str, gap: int = 0) -> bool:
    """Whether ``name`` (head noun ``head``) repeats the unnamed source ``earlier``, named ``gap``
    sentences before: "the person" repeats "a person familiar with the matter", "the sources" repeats
    "four sources familiar with the matter", "the source" any one source. Every other word of
    ``name`` is the earlier source's or only counts sources ("this third source"), so "the court's
    Republican-appointed justices" are not all the "U.S. Supreme Court justices"."""
    forms = {head, head + "s", head.removesuffix("s")}
    words = _head_words(earlier)
    lex = lexicon()
    said = name.lower().split()
    rest = said[1 : said.index(head)] if head in said else said[1:-1]  # the words before the head
    if not all(w in words or w in lex.words["source_order"] for w in rest):
        return False
    if not forms.isdisjoint(words):
        return True
    informant = head in word_list("informant_nouns.txt")
    return informant and gap <= MAX_INFORMANT_GAP and bool(words) and words[0] in lex.words["one_source"]
