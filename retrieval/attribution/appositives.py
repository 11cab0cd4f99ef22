"""Names beside descriptions: "Motel 6’s parent company, G6 Hospitality LLC, said", and what an owner has.

A description with a name in apposition is the name's words (``named_appositive``); "his defense
team" once "his" is known is "Bradley Manning's defense team" (``owned_name``).
"""

from __future__ import annotations

from retrieval.attribution.owners import fold_owner, shown
from retrieval.attribution.speakers import Phrase, read_phrase

__all__ = ["named_appositive", "owned_name"]

# "Motel 6’s parent company, G6 Hospitality LLC, said": an appositive of at most this many words
# may be the name the description stands beside.
MAX_NAME_APPOSITIVE_WORDS = 5
_NAME_JOINERS = frozenset({"of", "for", "and", "&", "the"})


def named_appositive(phrase: Phrase, appositive: str) -> tuple[Phrase, str] | None:
    """ "Motel 6’s parent company, G6 Hospitality LLC, said", "the group's founder, Jo Bloggs,
    said": a description beside a name; the name read as the phrase, with the description as its
    appositive. None when the phrase names someone itself ("Bloggs, Acme's chief, said")."""
    if phrase.kind in ("person", "surname", "pronoun"):
        return None
    words = appositive.split()
    if not words or len(words) > MAX_NAME_APPOSITIVE_WORDS or not words[0][:1].isupper():
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS for w in words):
        return None
    if all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in phrase.name.split()):
        return None  # two names side by side: "Motel 6, G6 Hospitality LLC"
    named = read_phrase(appositive)
    return (named, phrase.name) if named.kind in ("person", "organisation") else None


def owned_name(owner: str, rest: str) -> str:
    """The name of what ``owner`` has, written as ``speakers`` folds an owner: "Bernie Sanders
    campaign" (as "Sanders’ campaign" is the "Sanders campaign"), "Bradley Manning's defense team"."""
    return fold_owner(shown(f"{owner}'s {rest}"))
