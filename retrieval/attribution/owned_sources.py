"""Sources owned with a possessive: "according to Twitter's data", "his tweet continued".

A source phrase headed by a noun of ``owned_words.txt`` (data, metrics, tweet, pages ...) after a
possessive, with at most a few lower-case words between ("Google Play's published metrics",
"his social media pages"), is its owner's: the owner, a name written in capitals or a possessive
pronoun, speaks, and the noun is kept as the document the owner put out (so a later "the data"
is theirs too). Without a possessive ("2015 Census data", "city data") the phrase stays a source
of its own. Pure, for ``resolve.Resolver``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.attribution.descriptions import possessive_owner
from retrieval.attribution.speakers import Phrase, read_phrase
from retrieval.lexicon import words

__all__ = ["MAX_BETWEEN", "owner_speaks"]

# "his social media pages": at most this many lower-case words between the possessive and the noun.
MAX_BETWEEN = 2
_POSSESSIVE = re.compile(r"(?:’s|'s|(?<=s)[’'])$")  # "Twitter's", "RoBhat Labs’" (the s stays)


def owner_speaks(phrase: Phrase) -> Phrase | None:
    """The owner's phrase, its ``document`` the owned noun; None when ``phrase`` is not so owned."""
    names = phrase.name.split()
    noun = names[-1].lower() if names else ""
    if len(names) < 2 or noun not in words("owned_words.txt"):
        return None
    owned = [k for k, w in enumerate(names[:-1]) if _POSSESSIVE.search(w)]
    if owned:
        k = owned[-1]
        between, owner = names[k + 1 : -1], [w for w in names[: k + 1] if w.lower() != "the"]
        if len(between) > MAX_BETWEEN or not all(w.islower() for w in between) or not owner or not all(w[:1].isupper() for w in owner):
            return None
        return replace(read_phrase(_POSSESSIVE.sub("", " ".join(owner))), document=noun)
    pronoun = possessive_owner(names[0])
    if pronoun is None or len(names) - 2 > MAX_BETWEEN or not all(w.islower() for w in names[1:]):
        return None
    return Phrase("pronoun", pronoun, None, None, pronoun, noun)
