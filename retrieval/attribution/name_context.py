"""What the words around a capitalised run say about it: a title before it, an appositive naming
an office after it, an owner's possessive, a clause it opens, a verb that makes it the one spoken
to. Pure functions of the run's neighbouring text, read by ``people.scan_people``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from retrieval.attribution.lexicon import lexicon
from retrieval.lexicon import words as word_list

__all__ = ["MAX_TITLE_WORDS", "MAX_APPOSITIVE_WORDS", "opens_clause", "addressed", "title_before", "titled_after", "owner_before", "unowned"]

# How many words before a name may make up its title ("Iran’s Supreme Leader Ali Khamenei").
MAX_TITLE_WORDS = 4
# "Jo-Renee Formicola, political science professor": an office this many words into an
# appositive after a capitalised pair makes the pair a person; further on it describes something else.
MAX_APPOSITIVE_WORDS = 4
# A title split by "of" into two capitalised runs: "U.S. Secretary of" + "State Antony Blinken".
_OFFICE_OF = re.compile(r"((?:[A-Z][\w.’'\-]*[ \t]+)+(?:of|for)[ \t]+)$")
# The words and marks of an appositive, as ``titled_after`` reads them.
_APPOSITIVE_WORD = re.compile(r"[\w.\-]+|[,;:()]")


def opens_clause(prefix: str, after: str) -> bool:
    """A name just after an opening phrase's comma (titles between allowed), then a lower-case
    word that is no glue: "The day before, at a rally, **Mr. Trump** was blunt"."""
    _, comma, tail = prefix.rpartition(",")
    if not comma or not after[1:2].islower():
        return False
    words = tail.split()  # only after a comma: no clause opens without one
    if len(words) > MAX_TITLE_WORDS:
        return False
    lex = lexicon()
    if not all(w[:1].isupper() or w.lower() in lex.titles or w.lower() == "the" for w in words):
        return False
    return after.split(None, 1)[0].strip(",.;:").lower() not in _glue()


@lru_cache(maxsize=1)
def _glue() -> frozenset[str]:
    words = lexicon().words
    return words["preposition"] | words["determiner"] | {"and", "or", "nor", "who", "whose", "which"}


def addressed(prefix: str) -> bool:
    """The name is the object of "told"/"asked" ("he told (the) Ledger's Jo Bloggs"): one spoken to."""
    before = [w.lower() for w in prefix.rsplit(None, 2)[-2:]]
    if before and before[-1] in lexicon().words["determiner"]:
        before.pop()
    return bool(before) and before[-1] in word_list("addressee_verbs.txt")


def title_before(words: Sequence[str], start: int, last_title: int, prefix: str, previous: str) -> str | None:
    """The title words before a name, in the run or just before it ("U.S. Secretary of State")."""
    lex = lexicon()
    described = [w for w in words[:start] if w.lower() not in lex.honorifics]
    if last_title < 0 and previous in lex.titles:
        described = [w for w in prefix.split()[-MAX_TITLE_WORDS:] if w.lower() in lex.titles or w[:1].isupper()]
    office = _OFFICE_OF.search(prefix) if start and described else None
    if office is not None:
        described = office.group(1).split() + described  # "U.S. Secretary of | State"
    return " ".join(described) or None


def titled_after(after: str) -> bool:
    """ "Jo-Renee Formicola, political science professor at ...": an appositive naming an office
    within its first few words makes the pair before it a person."""
    if not after.startswith(", "):
        return False
    titles = lexicon().titles
    words = _APPOSITIVE_WORD.findall(after[2:])[:MAX_APPOSITIVE_WORDS]
    for word in words:
        if word in ",;:()":
            return False
        if word.lower() in titles:
            return True
    return False


def owner_before(lowered: Sequence[str], k: int) -> bool:
    """A possessive before more of the run ("Spain’s Lucia ..."): not part of the name."""
    return lowered[k].endswith(("’s", "'s")) and k + 1 < len(lowered)


def unowned(word: str) -> str:
    return word.removesuffix("’s").removesuffix("'s")
