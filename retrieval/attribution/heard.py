"""Speech heard or recorded: a perception verb before a speech participle names who spoke.

- passive, the speaker its subject: "“...,” the younger woman can be heard saying.", "He’s heard
  yelling “Get off me,”", "Slager is then heard commanding Scott to ...", "the pilot being heard
  on the voice recorder asking ...";
- active, the speaker its object: "A photographer could hear police calling, “...”" (the
  photographer only heard it).

The perception verbs and the vocal participles no reporting verb lists are in
``heard_verbs.txt``; any -ing form of a reporting verb is speech once heard ("heard asking his
counterpart for a favor", where "asking" alone would need a quotation).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from retrieval.attribution.claims import Claim
from retrieval.attribution.cue_checks import can_speak
from retrieval.attribution.descriptions import person_noun
from retrieval.attribution.layouts import make_claim
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.phrases import left_phrase, valid_phrase
from retrieval.attribution.tokens import Token
from retrieval.lexicon import lines

__all__ = ["heard_sources"]

# "heard on the voice recorder asking", "caught on camera saying": a place of the recording between
# the perception verb and the participle holds at most this many words after its preposition.
MAX_MEDIUM_WORDS = 4
# "could hear police calling", "heard the crowd of protesters chanting": the heard speaker's words, at most.
MAX_OBJECT_TOKENS = 5
_MEDIUM_PREPOSITIONS = frozenset({"on", "in", "over"})
_CONTRACTED_IS = ("’s", "'s")


@dataclass(frozen=True, slots=True)
class _Words:
    passive: frozenset[str]  # "heard", "recorded", "caught" after a be-form
    active: frozenset[str]  # "hear", "heard": the heard speaker is the object
    vocal: frozenset[str]  # -ing forms of speaking that no reporting verb lists ("commanding")
    around: frozenset[str]  # words of a circumstance after a vocal participle ("screaming throughout")


@lru_cache(maxsize=1)
def _words() -> _Words:
    rows = {kind: frozenset(forms.split()) for kind, forms in (line.split(":", 1) for line in lines("heard_verbs.txt"))}
    return _Words(rows["passive"], rows["active"], rows["vocal"], rows["around"])


def heard_sources(text: str, toks: Sequence[Token]) -> list[tuple[Claim, bool]]:
    """Each heard speaker of the sentence, with whether the clause closes it ("..., the woman can
    be heard saying.": it governs like a closing ", X said.")."""
    words = _words()
    out: list[tuple[Claim, bool]] = []
    for i, tok in enumerate(toks):
        if tok.lower not in words.passive and tok.lower not in words.active:
            continue
        found = _participle_after(toks, i + 1)
        if found is None:
            continue
        j, direct = found
        if toks[j].lower not in lexicon().verbs and not _says_something(toks, j + 1):
            continue  # "His mother is also heard screaming throughout the videos": a sound, no words
        closing = j + 1 >= len(toks) or (j + 2 == len(toks) and not toks[j + 1].is_word and not toks[j + 1].is_quote)
        cue = text[tok.start : toks[j].end]
        claim = _passive(text, toks, i, cue) if direct and tok.lower in words.passive else None
        if claim is None and not direct and tok.lower in words.active:
            claim = _active(text, toks, i, j, cue)
        if claim is not None:
            out.append((claim, closing))
    return out


def _speech_participle(tok: Token) -> bool:
    verb = lexicon().verbs.get(tok.lower)
    return tok.is_word and not tok.is_cap and ((verb is not None and verb.participle) or tok.lower in _words().vocal)


def _says_something(toks: Sequence[Token], k: int) -> bool:
    """After a vocal participle: a quotation or its listener ("commanding Scott to"), not a
    circumstance ("screaming throughout the videos") or the sentence's end."""
    if k >= len(toks):
        return False
    around = toks[k].lower in lexicon().words["preposition"] or toks[k].lower in _words().around
    return toks[k].is_quote or (toks[k].is_word and not around)


def _participle_after(toks: Sequence[Token], j: int) -> tuple[int, bool] | None:
    """The speech participle right after a perception verb (its adverbs and "on the voice
    recorder" passed over: direct), else the one after a short object ("hear police calling")."""
    aux = lexicon().words["aux"]
    while j < len(toks) and toks[j].is_word and (toks[j].lower in aux or toks[j].lower.endswith("ly")) and not toks[j].is_cap:
        j += 1  # "heard clearly saying", "heard again asking"
    if j < len(toks) and toks[j].lower in _MEDIUM_PREPOSITIONS:
        k = next((k for k in range(j + 1, min(j + 2 + MAX_MEDIUM_WORDS, len(toks))) if _speech_participle(toks[k])), None)
        if k is not None and all(t.is_word and not t.is_cap for t in toks[j + 1 : k]):
            return k, True  # "heard on the voice recorder asking"
    if j < len(toks) and _speech_participle(toks[j]):
        return j, True
    after = next((k for k in range(j + 1, min(j + 1 + MAX_OBJECT_TOKENS, len(toks))) if _speech_participle(toks[k])), None)
    return (after, False) if after is not None else None


def _passive(text: str, toks: Sequence[Token], i: int, cue: str) -> Claim | None:
    """The subject of "(can) be heard", "is then heard", "He’s heard", "being heard"."""
    words = lexicon().words
    k = i - 1
    be = False
    while k >= 0 and toks[k].is_word and not toks[k].is_cap and (toks[k].lower in words["aux"] or toks[k].lower.endswith("ly")):
        be = be or toks[k].lower in words["passive"]
        k -= 1
    if k < 0:
        return None
    if not be and toks[k].lower.endswith(_CONTRACTED_IS) and k == i - 1:
        # "He’s heard yelling": the subject and its "is" are one token.
        head = toks[k].text[:-2]
        if head.lower() not in lexicon().subject_pronouns and not (toks[k].is_cap and k > 0):
            return None
        return Claim(toks[k].start, toks[k].start + len(head), cue, "PARTICIPLE")
    if not be or k == i - 1:
        return None  # "the calls he heard saying": no be-form, no passive
    span = left_phrase(toks, k)
    if span is None or not _speaks(toks[span.last]):
        return None
    return make_claim(text, toks, span, cue, "PARTICIPLE")


def _active(text: str, toks: Sequence[Token], i: int, j: int, cue: str) -> Claim | None:
    """The object of "could hear police calling": words before the participle that may speak."""
    first, last = i + 1, j - 1
    if last < first or any(not t.is_word for t in toks[first : last + 1]):
        return None
    if not valid_phrase(toks, first, last) or not _speaks(toks[last]):
        return None
    return Claim(toks[first].start, toks[last].end, cue, "SV")


def _speaks(head: Token) -> bool:
    """A name, a pronoun, a body, a role, or a person of any kind ("the younger woman")."""
    return can_speak(head) or person_noun(head.lower)[0]
