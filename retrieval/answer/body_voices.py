"""Who answers for a body the question names: "what did Biogen say?" and "a company spokeswoman".

Articles name a body once and its spokesperson thereafter by the kind of body alone: "a company
spokeswoman", "an agency spokesman", "spokesman for the Cambridge-based biotechnical firm". Such
a voice speaks for the body its article is about, so in an article that names the body asked
about, its quotes are that body's. A voice is a speaker whose name or description holds a voice
word (the first line of ``voice_words.txt``) and a body noun (``body_nouns.txt``) and no other
name ("the Chinese Foreign Ministry's spokesman" answers for the ministry, found by its name).

Only for a subject that is a body's name ("Biogen", "HHS"): not a person's ("Scott Walker"), not
a role ("the gas company", which names no article's body).
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from retrieval.answer.described import documents_holding
from retrieval.answer.namesakes import full_name, in_documents
from retrieval.index.library import Searcher
from retrieval.index.terms import tokenize
from retrieval.lexicon import lines, words

__all__ = ["voice_quotes"]

_WORDS = re.compile(r"[\w'’.-]+")


def voice_quotes(library: Searcher, subject: str, find: Callable[[str], list[int]], quoted_by: Callable[[list[int]], np.ndarray]) -> np.ndarray:
    """Quotes of the voices (see the module) in the articles naming the body ``subject`` names
    (``find``: the speakers a word names); sentence indices, sorted; none for no body's name."""
    asked = [w for w in _WORDS.findall(subject) if w.lower() not in ("the", "a", "an")]
    if not asked or not all(w[:1].isupper() for w in asked) or full_name(subject) or words("title_words.txt") & {w.lower() for w in asked}:
        return np.empty(0, np.int64)
    voices = sorted({i for noun in words("body_nouns.txt") for i in find(noun) if _generic_voice(library.speakers[i].name, library.speakers[i].descriptions)})
    if not voices:
        return np.empty(0, np.int64)
    quotes = quoted_by(voices)
    return quotes[in_documents(library, quotes, documents_holding(library, [t for w in asked for t in tokenize(w)]))]


def _generic_voice(name: str, descriptions: tuple[str, ...]) -> bool:
    """Whether the name or a description is a voice of a body named by its kind alone."""
    voice, bodies = frozenset(lines("voice_words.txt")[0].split()), words("body_nouns.txt")
    for text in (name, *descriptions):
        found = _WORDS.findall(text)
        lower = {w.lower() for w in found}
        # "spokesman for the Cambridge-based biotechnical firm": a place it is based in is no name.
        named = [w for w in found[1:] if w[:1].isupper() and "-" not in w]
        if lower & voice and lower & bodies and not named:
            return True
    return False
