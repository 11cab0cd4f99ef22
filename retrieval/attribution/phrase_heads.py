"""The head of a speaker phrase: where it stops and what kind of words it holds.

``speakers.read_phrase`` asks these: where the head ends ("Edward Alden | of the Council on ..."),
whether its capitals name a body ("Department of Justice") or a person ("Advisers to President
Donald Trump"), whether a plural names people ("Attorneys"), and which noun describes an unnamed
source ("a senior French official").
"""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.descriptions import person_noun
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.tokens import Token
from retrieval.lexicon import words as word_list

__all__ = ["head_length", "named_person", "organisation_words", "people_plural", "source_noun"]


def named_person(words: Sequence[str]) -> bool:
    """ "Advisers to President Donald Trump", "Seattle Mayor Ed Murray to Bloomberg News": a first
    name, a title or role before the joiner, or people first ("Advisers"), name a person; after
    "The" a body reads the usual way ("The Brennan Center for Justice")."""
    lex = lexicon()
    lowered = [w.lower().rstrip(",.") for w in words]
    before = lowered[: next((k for k, w in enumerate(lowered) if w in ("for", "to")), len(lowered))]
    held = lowered[0] == "the" or any(w in lex.first_names for w in lowered) or any(w in lex.titles or w in lex.roles for w in before)
    return held or people_plural(lowered[0])


def people_plural(word: str) -> bool:
    """ "Attorneys", "Residents": the plural of a word for a person or role, capitalised only as it opens the sentence."""
    lex = lexicon()
    singular = word[:-1] if word.endswith("s") else ""
    if word in word_list("people_words.txt"):
        return True
    return bool(singular) and (singular in lex.roles or singular in lex.titles or person_noun(singular)[0])


def head_length(words: Sequence[Token]) -> int:
    """Where the head stops: at a preposition outside a name ("Edward Alden | of the Council on
    ..."), or at "who" ("a woman | who lives next door")."""
    lex = lexicon()
    lower = [t.lower for t in words]
    for k, tok in enumerate(words):
        inside_name = words[k - 1].is_cap and k + 1 < len(words) and words[k + 1].is_cap
        # "the Friends of the Vell Museum": a body's name holds "of the" ("Jones of the Post" does not).
        body = lower[0] == "the" and k + 2 < len(words) and lower[k + 1] == "the" and words[k + 2].is_cap
        inside_name = inside_name or (body and words[k - 1].is_cap)
        # "Council on Foreign Relations" is one name; "Cameron Easley for Morning Consult" is two.
        # "Deputy Governor Per Aune": a title before the word is no person, so "Per" starts the name.
        # "Senate Minority Leader Chuck Schumer of New York": the body words before a title name the office.
        office = max((n for n in range(k) if words[n].lower in lex.titles), default=-1)
        person_before = (
            k >= 2 and words[k - 2].is_cap and words[k - 1].lower not in lex.titles and not any(lex.groups.get(w.lower) for w in words[office + 1 : k] if w.is_cap)
        )
        # "University Health in San Antonio": a place after "in" is where the speaker is, never part of its name.
        person_before = person_before or (tok.lower == "in" and k + 1 < len(words) and words[k + 1].is_cap)
        if k and tok.lower in ("who", "whose") and not tok.is_cap:
            return k
        # "Cotton on CBS's Face the Nation said": an owner after the preposition starts a programme
        # or an outlet of its own, never the rest of a name.
        owner_after = k + 1 < len(words) and words[k + 1].lower.endswith(("’s", "'s"))
        if k and tok.lower in lex.words["preposition"] and (not inside_name or person_before or owner_after):
            return k
    return len(words)


def organisation_words(head: Sequence[Token], start: int, end: int) -> bool:
    """The name words are a body's: "Commission on Presidential Debates", "Department of
    Justice", "the Friends of the Vell Museum"."""
    lex = lexicon()
    if any(lex.groups.get(t.lower) == "organisation" for t in head[start : end + 1]):
        return True
    if any(lex.groups.get(t.lower) == "organisation" and k + 1 < len(head) and head[k + 1].lower in lex.words["preposition"] for k, t in enumerate(head)):
        return True
    return head[0].lower == "the" and any(t.lower in lex.words["preposition"] for t in head[1:])


def source_noun(head: Sequence[Token]) -> str | None:
    """ "A senior French official involved in the investigation", "a second U.S. official familiar
    with ...": one person described, not named, by a role or person noun after "a"/"an"; the noun,
    else None. The capitals of "French" or "U.S." make no body of them."""
    lex = lexicon()
    if head[0].lower not in ("a", "an", "another"):
        return None
    for tok in head[1:]:
        if tok.lower in lex.roles or lex.groups.get(tok.lower) == "unnamed" or person_noun(tok.lower)[0]:
            return tok.lower
    return None
