"""Speaker-phrase reading: what a phrase like "Pentagon spokesman Jonathan Hoffman" names.

Splits the words naming a speaker (less ``phrase_tails``) into a name (or organisation, group, pronoun,
role) and a description, with no knowledge of the rest of the article; ``resolve`` links it to people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal, Sequence

from retrieval.attribution.descriptions import document_noun, person_noun, possessive_owner
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.owners import fold_owner, shown
from retrieval.attribution.phrase_heads import head_length, named_person, organisation_words, people_plural, source_noun
from retrieval.attribution.phrase_tails import trimmed, unkinded
from retrieval.attribution.tokens import Token, tokenize

__all__ = ["Phrase", "read_phrase", "name_run"]

PhraseKind = Literal["person", "surname", "pronoun", "role", "organisation", "group", "unnamed"]
# "the spokesman", "the Pentagon's chief spokesman": a role refers back; a longer phrase is a
# description of its own ("the spokesman for the regional water authority in ...").
MAX_ROLE_WORDS = 4

# "Fine’s", "Reuters’": a possessive closing a name.
_POSSESSIVE_END = re.compile(r"(?:’s|'s|(?<=s)’|(?<=s)')$")
# "Texas Right to Life", "Americans for Prosperity", "Amazon Employees for Climate Justice": a body
# named by capitalised words joined by "for" or "to"; no person's name runs on so.
_JOINED_BODY = re.compile(r"^(?:[A-Z][\w’'\-]*\s)+(?:for|to)(?:\s[A-Z][\w’'\-]*)+$")


@dataclass(frozen=True, slots=True)
class Phrase:
    kind: PhraseKind
    name: str  # the name as written ("Jonathan Hoffman", "Hoffman", "he", "Iranian state television")
    description: str | None  # title or role words ("Pentagon spokesman")
    gender: str | None  # "male" / "female" when the words tell
    head: str  # the head noun, lower case, for role and group look-ups ("spokesman")
    document: str | None = None  # "Marshall's report": the document the phrase named its owner by ("report")


def name_run(toks: list[Token], end: int) -> int:
    """First index of the run of name words ending at ``end`` (``end + 1`` when there is none)."""
    lex = lexicon()
    k = end
    while k >= 0:
        tok = toks[k]
        if tok.is_cap and tok.lower not in lex.titles and not tok.lower.endswith(("’s", "'s")):
            k -= 1
        elif tok.lower in lex.words["name_particle"] and k < end and k > 0 and toks[k - 1].is_cap:
            k -= 1
        else:
            break
    start = k + 1
    while start <= end and toks[start].lower in lex.words["name_particle"]:
        start += 1
    return start


def read_phrase(text: str, tokens: Sequence[Token] | None = None) -> Phrase:
    """Classify the words naming a speaker.

    Args:
        text: the phrase as written ("Pentagon spokesman Jonathan Hoffman").
        tokens: its tokens when the caller has them (only their order matters), else tokenized.
    """
    if (short := unkinded(trimmed(text))) != text:
        return read_phrase(short)  # "Donald Trump himself", "Republicans in particular", "Union Pacific railroad"
    lex = lexicon()
    toks = [t for t in (tokens if tokens is not None else tokenize(text)) if t.is_word or t.text in ".-"]
    words = [t for t in toks if t.is_word]
    if tokens is not None and words and not text.rstrip().endswith(words[-1].text) and lex.words["preposition"].isdisjoint(text.lower().split()):
        # "the campaign" cut from "the campaign’s email": no token ends where it does, so the words
        # are read again ("Perdue on ABC" cut from "ABC’s This Week" keeps its tokens: an outlet).
        return read_phrase(text)
    if _JOINED_BODY.match(text.strip()) and not named_person(text.split()):
        return Phrase("organisation", text.strip(), None, None, next(t.lower for t, n in zip(words, words[1:]) if n.lower in ("for", "to")))
    if words and all(t.is_cap for t in words) and (owner := _POSSESSIVE_END.sub("", text.strip())) != text.strip():
        return read_phrase(owner)  # "in Fine’s email also said": the owner, Fine
    while len(words) > 1 and words[-1].lower.rstrip(".") in lex.words["post_nominal"]:
        words.pop()  # "Frank Field MP", "Bret Walker SC"
    if not words:
        return Phrase("unnamed", text, None, None, "")
    lower = [t.lower for t in words]
    if len(words) == 1 and lower[0] in lex.pronouns:
        return Phrase("pronoun", words[0].text, None, None, lower[0])
    if len(words) > 1 and ("and" in lower or "&" in lower) and all(t.is_cap for t in words if t.lower not in ("and", "&")):
        # "Tom Cotton (R-AR) and David Perdue": the brackets are no part of the names.
        return Phrase("group", re.sub(r"\s*\([^()]*\)", "", text).strip(), None, None, lower[-1])
    head_end = head_length(words)
    owner = _document_owner(words[:head_end]) or _document_from(words, head_end)
    if owner is not None:
        return owner
    head, rest = words[:head_end], words[head_end:]
    end = len(head) - 1
    while end > 0 and head[end].lower in lex.words["name_suffix"]:
        end -= 1
    start = name_run(head, end)
    while start <= end and head[start].lower in lex.words["determiner"]:
        start += 1
    if 0 < start < end - 1 and head[start - 1].lower == "of":
        # "Secretary of Education Betsy DeVos": the office's name ends where a first name starts.
        start = next((k for k in range(start + 1, end) if head[k].lower in lex.first_names), start)
    if start == end and (lex.groups.get(head[end].lower) in ("group", "unnamed") or people_plural(head[end].lower)):
        start = end + 1  # "Democrats", "Police", "Attorneys for the family": a group, not a surname
    if start <= end and not organisation_words(head, start, end):
        return _named(text, head, start, end, " ".join(t.text for t in rest) or None)
    return _common(text, words, head, head_end)


def _document_owner(head: Sequence[Token]) -> Phrase | None:
    """ "a Government Accountability Office report" -> the Government Accountability Office;
    "its annual report" -> "it" (the body it refers to): a document carries its owner's words."""
    cut = next((k for k in range(1, len(head) - 1) if document_noun(head[k].lower) and head[k + 1].text.endswith("ed") and not head[k + 1].is_cap), None)
    head = head[: cut + 1] if cut is not None else head  # "A Columbia University analysis published May 20"
    if len(head) < 2 or not document_noun(head[-1].lower):
        return None
    if head[-1].is_cap and head[0].lower not in ("a", "an") and lexicon().groups.get(head[-1].lower) == "organisation":
        return None  # "the U.S. Geological Survey" is a body, not a survey by "U.S. Geological" ("a Gallup Poll" is)
    document = head[-1].lower
    pronoun = possessive_owner(head[0].lower)
    if pronoun is not None:
        return Phrase("pronoun", pronoun, None, None, pronoun, document)
    owner = [t for t in head[:-1] if t.lower not in lexicon().words["determiner"]]
    owns = [k for k, t in enumerate(owner) if _POSSESSIVE_END.search(t.text)]
    if owns and all(t.is_cap for t in owner[: owns[-1] + 1]):
        owner = owner[: owns[-1] + 1]  # "Judge Randolph Moss’s 57-page ruling": the owner ends at its possessive
    while head[0].lower in ("a", "an") and len(owner) > 1 and owner[0].is_cap and not owner[-1].is_cap:
        owner = owner[:-1]  # "a Quinnipiac University national poll": "national" describes the poll
    if not owner:
        return None
    text = _POSSESSIVE_END.sub("", " ".join(t.text for t in owner))
    if all(t.is_cap for t in owner):
        return replace(read_phrase(text), document=document)  # "Fine’s email" is Fine's words
    if head[0].lower == "the" and len(owner) == 1 and text != owner[0].text:
        return replace(read_phrase(f"the {text}"), document=document)  # "the campaign’s email" is the campaign's
    return None


def _document_from(words: Sequence[Token], head_end: int) -> Phrase | None:
    """ "a statement from the department", "a report by the Pew Research Center": a document
    whose owner follows it is the owner's words."""
    if head_end + 1 >= len(words) or head_end < 2 or words[head_end].lower not in ("from", "by"):
        return None
    if words[0].lower not in lexicon().words["determiner"] or not document_noun(words[head_end - 1].lower):
        return None
    return replace(read_phrase(" ".join(t.text for t in words[head_end + 1 :])), document=words[head_end - 1].lower)


def _named(text: str, head: Sequence[Token], start: int, end: int, rest_text: str | None) -> Phrase:
    """A person's name (``start < end``) or a bare surname, with the title words before it."""
    lex = lexicon()
    name = text[head[start].start - head[0].start :][: head[-1].end - head[start].start].strip()
    before = head[:start]
    gender = next((lex.honorifics[t.lower] for t in before if t.lower in lex.honorifics), None)
    if gender is None and end > start:
        gender = lex.first_names.get(head[start].lower)
    described = [t for t in before if t.lower not in lex.honorifics and t.lower not in ("the", "a", "an")]
    description = " ".join(t.text for t in described) or None
    if rest_text:
        description = f"{description} {rest_text}" if description else rest_text
    titled = any(t.lower in lex.titles for t in before)
    if end > start:
        return Phrase("person", name, description, gender, head[end].lower)
    return Phrase("surname", name, description if titled else None, gender, head[end].lower)


def _common(text: str, words: Sequence[Token], head: Sequence[Token], head_end: int) -> Phrase:
    """No person's name: a role, an organisation, a group or an unnamed source."""
    lex = lexicon()
    head_word = head[-1].lower
    kind = lex.groups.get(head_word) or ("group" if people_plural(head_word) else None)
    if head_end < len(words) and words[head_end].lower in ("who", "whose"):
        # "The man who owns the shop": described by its own clause, so no one named before.
        return Phrase("unnamed", _as_written(text), None, None, head_word)
    if head[0].lower == "the" and (head_word in lex.roles or person_noun(head_word)[0]) and len(head) <= MAX_ROLE_WORDS:
        return Phrase("role", _as_written(text), None, None, head_word)
    canonical = _as_written(text)
    if kind in ("group", "unnamed"):
        return Phrase(kind, canonical, None, None, head_word)
    source = source_noun(head)
    if source is not None:
        return Phrase("unnamed", canonical, None, None, source)
    if kind == "organisation" or any(t.is_cap for t in head):
        if head_end < len(words) and words[head_end].lower == "in" and head[-1].is_cap:
            # "University Health in San Antonio": a body named, then where it is.
            return Phrase("organisation", _as_written(text[: words[head_end].start - words[0].start]), None, None, head_word)
        return Phrase("organisation", canonical, None, None, head_word)
    if head_word.endswith("s"):
        return Phrase("group", canonical, None, None, head_word)
    return Phrase("unnamed", canonical, None, None, head_word)


def _as_written(text: str) -> str:
    """An organisation or group as written, minus a leading "the" before a proper name, and
    with an owner's possessive folded (``owners.fold_owner``): "Clinton’s campaign" and "the
    Clinton campaign" are one speaker, "Clinton campaign" (shown as written, ``owners.written_forms``)."""
    return fold_owner(shown(text))
