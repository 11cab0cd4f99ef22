"""What was said, a few words after a strict reporting verb rather than right after it.

``Clinton stated earlier this week that ...``, ``He added, though, that ...``, ``Maher stated of
the scandal that ...``, ``she added warily: ...`` and ``she added a caveat: “...”`` report words
as surely as ``stated that`` does: time words, an adverb, an aside between commas or a
prepositional phrase stand between the verb and "that" or a colon before a quotation. An
object right after the verb ("announced a breach that also ...") makes "that" a relative
pronoun, so after one only a colon opens what was said; "added another facet to his job:
communicator" quotes nobody. Also what opens a participle's clause: a comma or a dash before it
(``clause_break``) and what was said right after it (``complement_at``). Pure functions over a
sentence's tokens.
"""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.tokens import Token
from retrieval.lexicon import words as word_list

__all__ = ["MAX_COMPLEMENT_GAP", "clause_break", "complement_at", "delayed_complement"]

# "stated in a release Tuesday that": words between the verb and "that" or ":", at most.
MAX_COMPLEMENT_GAP = 6
# Words of an aside between commas ("added, though, that").
_ASIDES = frozenset({"though", "too"})
# Words that open a clause or an infinitive of their own ("agreed to talk on the condition
# that", "yelled and held up a banner that"): what follows is no longer the verb's.
_CLAUSE_WORDS = frozenset({"to", "and", "or", "but", "so"})


def _gap_word(tok: Token, previous: Token) -> bool:
    """A word that may stand between a verb and what was said: a time word, an adverb, an
    aside, or a word of a prepositional phrase (never a verb, unless a determiner makes it a
    noun, "a warning"; never an auxiliary or a pronoun)."""
    lex = lexicon()
    words = lex.words
    lowered = tok.lower
    if tok.text == ",":
        return True
    verb_like = lowered in lex.verbs or (not tok.is_cap and lowered.endswith(("ed", "ing")))
    verb = verb_like and previous.lower not in words["determiner"]
    if not tok.is_word or tok.is_quote or verb or lowered in lex.subject_pronouns or lowered in _CLAUSE_WORDS:
        return False
    if lowered in words["time"] or lowered in words["leading"] or lowered in _ASIDES:
        return True
    if lowered.endswith("ly") and lowered not in word_list("ly_nouns.txt"):
        return True
    return lowered not in words["aux"] and lowered not in words["boundary"]


def delayed_complement(toks: Sequence[Token], j: int) -> bool:
    """Does what was said open within ``MAX_COMPLEMENT_GAP`` words after token ``j`` (the first
    word after the verb), past words that are no clause of their own?"""
    if j >= len(toks):
        return False
    words = lexicon().words
    first = toks[j].lower
    object_first = first in words["determiner"] or not (
        first in words["preposition"] or first in words["time"] or first in words["leading"] or toks[j].text == "," or first.endswith("ly")
    )
    if _listener(toks, j):
        object_first = False  # "informs ATC that", "assured him that": a listener heads no relative clause
    for k in range(j, min(len(toks), j + MAX_COMPLEMENT_GAP + 1)):
        tok = toks[k]
        if k > j and tok.text == ":":
            return k + 1 < len(toks) and toks[k + 1].is_quote  # "added a caveat: “...”"
        if k > j and tok.lower == "that" and not object_first:
            return True
        if not (_gap_word(tok, toks[k - 1]) or _to_listener(toks, k)):
            return False
    return False


def _listener(toks: Sequence[Token], j: int) -> bool:
    """The verb's first word is the one spoken to: an object pronoun ("him", "us") or a name
    that no determiner opens ("ATC", "Congress"), right before "that"."""
    tok = toks[j]
    pronoun = tok.lower in lexicon().words["object_pronoun"] and not tok.text.isupper()
    return j + 1 < len(toks) and toks[j + 1].lower == "that" and (pronoun or (tok.is_cap and tok.is_word))


def _to_listener(toks: Sequence[Token], k: int) -> bool:
    """ "confirmed **to** us that", "said to him that": "to" before an object pronoun names a
    listener, not an infinitive ("agreed to talk on the condition that")."""
    if toks[k].lower == "to":
        return k + 1 < len(toks) and toks[k + 1].lower in lexicon().words["object_pronoun"]
    return k > 0 and toks[k - 1].lower == "to" and toks[k].lower in lexicon().words["object_pronoun"]


# Closing quotation marks a comma may stand inside (American style: "New York values,").
_CLOSERS = "”’\"'"
# Dashes set apart by spaces, used like a comma before a participle ("on the spot – saying").
_DASHES = ("–", "—", "-")


def clause_break(text: str, toks: Sequence[Token], before: int) -> bool:
    """A comma before a participle: ``..., saying``, a comma inside a quotation's closing mark
    (``defended “New York values,” saying``) or a dash set apart (``on the spot – saying``),
    unless it closes an aside (an odd number of dashes before it: ``Clinton — who ... —
    lambasting``) or opens one (``its naming convention - adding one digit ... - does not``);
    ``on TV Sunday – seven venues – which may be a record – touting`` is speech."""
    tok = toks[before]
    if tok.text == ",":
        return True
    if tok.text in _DASHES and before > 0:
        dashes_before = sum(t.text in _DASHES for t in toks[:before])
        return dashes_before % 2 == 0 and not any(t.text in _DASHES for t in toks[before + 1 :])
    return tok.is_quote and text[tok.start : tok.end].strip()[-1:] in _CLOSERS and text[: tok.end].rstrip().rstrip(_CLOSERS).endswith(",")


def complement_at(toks: Sequence[Token], j: int) -> bool:
    """What was said starts at token ``j``: "that", "whether", ":" or a quotation ("before
    explaining that ...", "by asking whether ..."), so a strict participle is speech."""
    return j < len(toks) and (toks[j].is_quote or toks[j].text == ":" or toks[j].lower in lexicon().words["complement"])
