"""Cue detection: find the reporting words in one sentence and the phrase naming their speaker.

Works on the masked sentence (quoted words hidden), so a verb inside a quotation never fires.
Each layout has a name that ends up in ``Attribution.kind`` (after GenderGapTracker's labels):

- ``QSV``  “...,” Trump said.            ``QVS``  “...,” said Smith, a nurse.
- ``SVQ``  Trump said: “...”             ``SV``   Trump said (that) ...
- ``CSV``  ..., the ministry said.       ``CVS``  ..., said the senator.
- ``ACCORDING_TO``  ... according to X.  ``PARTICIPLE``  X ..., saying that ...
- ``PASSIVE``  ... was reported by X.    ``COLON``  PENCE: We will ...
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence

from retrieval.attribution.claims import Claim
from retrieval.attribution.cue_checks import (
    MAX_TAIL_TOKENS,
    after_what,
    bare_tail,
    can_speak,
    reports_nothing,
    singular_name,
    unnamed_source,
    clause_follows,
    opening_clause_end,
    idiom,
    labels,
    next_is_quote,
    object_pronoun,
    tail,
)
from retrieval.attribution.colon import colon_claim
from retrieval.attribution.lexicon import Verb, lexicon, word_search
from retrieval.attribution.nominal import nominal_cue_words, nominal_sources
from retrieval.attribution.participles import agrees, carrier_owner, participle_source
from retrieval.attribution.phrases import Span, is_named, left_phrase, right_phrase
from retrieval.attribution.subjects import sentence_subject
from retrieval.attribution.tokens import Token, tokenize
from retrieval.lexicon import words as word_list

__all__ = ["Claim", "detect", "detect_all", "may_hold_cue"]

# A sentence is a title-case headline when this share of its longer words is capitalised.
HEADLINE_CAPITALS = 0.8
MIN_HEADLINE_WORDS = 4
# Words this short ("of", "the", "and") stay lower case in a title-case headline, so they are not counted.
HEADLINE_SHORT_WORD = 3
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return frozenset(lexicon().verbs) | {"according"} | nominal_cue_words()


def may_hold_cue(masked: str) -> bool:
    """Cheap test run before tokenizing: is one of its ``_WORDS`` a cue word?"""
    return word_search(_cue_words()).search(masked.lower()) is not None


def detect(text: str, masked: str, toks: Sequence[Token] | None = None) -> Claim | None:
    """The reporting clause that governs one sentence, or None (see ``detect_all``)."""
    claims = detect_all(text, masked, toks)
    return claims[0] if claims else None


def detect_all(
    text: str, masked: str, toks: Sequence[Token] | None = None, label_ok: Callable[[str], bool] | None = None
) -> tuple[Claim, ...]:
    """Every reporting clause of one sentence, the governing one first; empty when none.

    Args:
        text: the sentence as written.
        masked: the same sentence with quotations hidden (``quotes.mask_paragraph``).
        toks: ``tokenize(masked)`` when the caller has it already.
        label_ok: whether a name before a colon may be a speaker (default: any name).

    Returns:
        The governing clause first: a closing ", X said." when there is one, else the
        leftmost ("He said Clinton told him ...": the outer speaker is his); then the others
        in sentence order.
    """
    colon = colon_claim(text, masked)
    if colon is not None and (label_ok is None or label_ok(text[colon.start : colon.end])):
        return (colon,)
    if toks is None:
        if not may_hold_cue(masked):
            return ()
        toks = tokenize(masked)
    verbs = lexicon().verbs
    headline = _title_case(toks)
    found: list[tuple[Claim, bool]] = []
    for i, tok in enumerate(toks):
        if tok.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
            span = right_phrase(toks, i + 2, any_source=True)
            said_by = " ".join(t.lower for t in toks[i : i + 3])
            if span is not None and said_by not in lexicon().idioms:  # "according to plan"
                found.append((_claim(text, toks, span, f"{tok.text} {toks[i + 1].text}", "ACCORDING_TO"), False))
            continue
        # Cues are lower case ("the United States" holds no verb), except in a title-case
        # headline ("Clinton Hid Health Problems, Former White House Doctor Says.").
        verb = verbs.get(tok.lower if headline and i > 0 else tok.text) if tok.is_word and (headline or not tok.is_cap) else None
        if verb is not None and idiom(toks, i):
            continue
        if verb is not None:
            hit = _at_verb(text, toks, i, verb)
            if hit is not None:
                found.append(hit)
    # "“...,” is the dry assessment of Graham Lane", "as one activist put it": the speaker is named
    # by a noun or an idiom, after the words, so the clause governs like a closing ", X said."
    found.extend((_claim(text, toks, span, cue, kind), kind == "CVS") for span, cue, kind in nominal_sources(toks))
    found = [(claim, is_trailing) for claim, is_trailing in found if not _in_description(text, claim, found)]
    if not found:
        return ()
    trailing = [claim for claim, is_trailing in found if is_trailing]
    # "Reminded that Ferguson called him “a disgrace”, Wenger added: ...": a clause inside an
    # opening subordinate phrase never governs when the main clause has one of its own.
    opening = opening_clause_end(toks)
    main_clause = [claim for claim, _ in found if claim.start >= opening]
    main = trailing[-1] if trailing else (main_clause or [found[0][0]])[0]
    return (main, *(claim for claim, _ in found if claim is not main))


def _quoted_as(text: str, toks: Sequence[Token], as_at: int, cue: str) -> tuple[Claim, bool] | None:
    """``quoted another source as saying``, ``cited an official as saying``: the object of the
    reporting verb before "as" is the inner source (``NESTED``); the subject reports it."""
    span = left_phrase(toks, as_at - 1)
    if span is None:
        return None
    opener = span.first - 1
    verb = lexicon().verbs.get(toks[opener].lower) if opener >= 0 else None
    if verb is None or not verb.finite or not can_speak(toks[span.last]):
        return None  # "was quoted as saying": the subject itself is the source
    return _claim(text, toks, span, f"as {cue}", "NESTED"), False


def _claim(text: str, toks: Sequence[Token], span: Span, cue: str, kind: str) -> Claim:
    end = toks[span.last].end
    if span.last > span.first and toks[span.last].lower.endswith(("’s", "'s")):
        end -= 2  # "the campaign's | email": the owner, without its possessive
    return Claim(toks[span.first].start, end, cue, kind, span.appositive)


def _title_case(toks: Sequence[Token]) -> bool:
    capitals = [t.is_cap for t in toks if t.is_word and len(t.text) > HEADLINE_SHORT_WORD]
    return len(capitals) >= MIN_HEADLINE_WORDS and sum(capitals) >= HEADLINE_CAPITALS * len(capitals)


def _in_description(text: str, claim: Claim, found: Sequence[tuple[Claim, bool]]) -> bool:
    """ "Laurence Meyer, a former Fed governor who argued with ..., said", "Brad Komar, Clinton's
    Colorado state director, said": a clause inside another speaker's description is part of it."""
    for other, _ in found:
        at = text.find(other.appositive, other.end) if other.appositive and other is not claim else -1
        if at >= 0 and at <= claim.start and claim.end <= at + len(other.appositive or ""):
            return True
    return False


def _at_verb(text: str, toks: Sequence[Token], i: int, verb: Verb) -> tuple[Claim, bool] | None:
    """The claim a reporting verb at token ``i`` makes, and whether it closes the sentence."""
    words = lexicon().words
    before = i - 1
    while before >= 0 and not (toks[before].is_cap and before > 0) and (
        toks[before].lower in words["aux"] or (toks[before].lower.endswith("ly") and toks[before].is_word and not toks[before].is_cap and toks[before].lower not in word_list("ly_nouns.txt"))
        or (toks[before].lower in words["floating"] and before > 0 and toks[before - 1].is_word and not toks[before].is_cap)
    ):
        before -= 1  # "has also said", "forcefully told", "Smith and Jones both defended"
    auxiliaries = {t.lower for t in toks[before + 1 : i]}
    cue = text[toks[before + 1].start : toks[i].end] if before < i - 1 else toks[i].text
    j = i + 1
    if j < len(toks) and verb.needs is not None and toks[j].lower == verb.needs:
        cue = text[toks[before + 1].start : toks[j].end]  # "pointed out"
        j += 1
    follows = toks[j] if j < len(toks) else None
    # "called for calm", "called on voters to", "called her out in a speech"
    urged = follows is not None and (
        follows.lower in verb.also or (object_pronoun(follows) and j + 1 < len(toks) and toks[j + 1].lower in verb.object_also)
    )
    if verb.labels and not urged and (not labels(toks, j, verb.via) or after_what(toks, before)):
        return None  # "called for calm", "described the scene", "what Turnbull called “reckless”"
    if auxiliaries & words["passive"] and verb.form != verb.lemma and not verb.participle:
        return _passive(text, toks, i, j, verb, before, cue)
    if verb.participle and before >= 0 and toks[before].text == "," and not auxiliaries:
        span = sentence_subject(toks)
        return (_claim(text, toks, span, cue, "PARTICIPLE"), False) if span is not None else None
    if reports_nothing(toks, i, verb, before, auxiliaries, follows, j):
        return None
    if verb.participle and before > 0 and toks[before].lower == "as" and not auxiliaries:
        inner = _quoted_as(text, toks, before, cue)  # "He quoted another source as saying ..."
        if inner is not None:
            return inner
    if verb.participle and not verb.strict and before >= 0 and toks[before].lower in words["participle_opener"]:
        span = sentence_subject(toks)  # "Obama responded ... by saying his refusal ..."
        return (_claim(text, toks, span, cue, "PARTICIPLE"), False) if span is not None else None
    if before > 0 and verb.finite and toks[before].lower in ("and", "but"):
        # "Cruz exhorted Republicans to ... and said he was standing on principle"
        span = sentence_subject(toks)
        if span is not None and span.last < before:
            return _claim(text, toks, span, cue, "SV"), False
        return None
    if before == i - 1 and i > 0 and toks[i - 1].text == ",":
        inverted = _closing_inverted(text, toks, i, verb, cue)  # "..., from ISIS, said Sabah Al-Karhout, the head of ..."
        if inverted is not None:
            return inverted
    if verb.participle and before >= 2 and toks[before].is_word and not toks[before].is_cap and toks[before].lower not in words["aux"] and toks[before - 1].lower in words["passive"]:
        span = left_phrase(toks, before - 2)  # "“...,” Trump is recorded saying": heard, caught, filmed
        return (_claim(text, toks, span, f"{toks[before - 1].text} {toks[before].text} {cue}", "PARTICIPLE"), True) if span is not None else None
    span = left_phrase(toks, before)
    if verb.participle and not auxiliaries:
        found = participle_source(toks, before, span)
        return (_claim(text, toks, found[0], cue, found[1]), False) if found is not None else None
    if span is not None:
        return _speaker_first(text, toks, i, j, verb, span, cue)
    return _inverted(text, toks, i, verb, cue) if before == i - 1 else None


def _passive(text: str, toks: Sequence[Token], i: int, j: int, verb: Verb, before: int, cue: str) -> tuple[Claim, bool] | None:
    """``was reported by X`` (the agent), ``“...,” the aid agency was quoted as saying`` (the
    subject); "Trump was told", "It is said" name no speaker."""
    follows = toks[j] if j < len(toks) else None
    if follows is not None and follows.lower == "by" and not verb.firm:
        span = right_phrase(toks, i + 2)
        return (_claim(text, toks, span, f"{cue} by", "PASSIVE"), False) if span is not None else None
    after = toks[j + 1] if follows is not None and follows.lower == "as" and j + 1 < len(toks) else None
    if after is None or verb.lemma != "quote" or not lexicon().verbs.get(after.lower, verb).participle:
        return None
    span = left_phrase(toks, before)
    return _speaker_first(text, toks, j + 1, j + 2, verb, span, text[toks[before + 1].start : after.end]) if span is not None else None


def _closing_inverted(text: str, toks: Sequence[Token], i: int, verb: Verb, cue: str) -> tuple[Claim, bool] | None:
    """``..., said Mr Bloggs.`` after a clause; a phrase that is no name ("..., said a second
    official familiar with the matter.") must name a role or group and end the sentence."""
    words = lexicon().words
    if i + 1 >= len(toks) or toks[i + 1].lower in words["time"]:
        return None
    named = is_named(toks[i + 1])
    lex = lexicon()
    if not named and toks[i + 1].lower not in words["determiner"] and toks[i + 1].lower not in lex.roles and toks[i + 1].lower not in lex.titles:
        return None  # "..., said spokesman Thom Mrozek of the U.S. Attorney's Office." opens with a role
    inverted = _inverted(text, toks, i, verb, cue)
    if inverted is None:
        return None
    after = text[inverted[0].end :].lstrip()[:1]
    closes = ("", ",", ".", ";") if named else ("", ".")
    return inverted if after in closes and (named or unnamed_source(text, toks, inverted[0])) else None


def _inverted(text: str, toks: Sequence[Token], i: int, verb: Verb, cue: str) -> tuple[Claim, bool] | None:
    """ "..., said Smith", "..., argues Richards" (British copy reports in the present). A mined
    verb never seen before its source may still take a name after it ("..., observed Jack
    Boorman"); "told" (hand-written noinvert) takes a listener."""
    invert = verb.invert or (verb.mined and i + 1 < len(toks) and is_named(toks[i + 1]))
    if not invert or not (verb.finite or (verb.form.endswith("s") and not verb.participle)):
        return None
    if i > 0 and (toks[i - 1].is_quote or toks[i - 1].text == ","):
        span = right_phrase(toks, i + 1, closing=True)
        if span is not None and not object_pronoun(toks[span.first]):
            kind = "QVS" if toks[i - 1].is_quote or (i > 1 and toks[i - 2].is_quote) else "CVS"
            return _claim(text, toks, span, cue, kind), True
    return None


def _speaker_first(text: str, toks: Sequence[Token], i: int, j: int, verb: Verb, span: Span, cue: str) -> tuple[Claim, bool] | None:
    """``X said ...``, ``“...,” X said``, ``..., X said.``: the layouts with the speaker before the verb."""
    words = lexicon().words
    if span.first == span.last and object_pronoun(toks[span.first]):
        return None
    follows = toks[j] if j < len(toks) else None
    trailing = span.boundary in ("quote", "comma") and tail(toks, i + 1) <= MAX_TAIL_TOKENS
    if trailing and follows is not None and follows.lower == "to" and j + 1 < len(toks) and not toks[j + 1].is_cap:
        trailing = False  # "As part of his plea, Flynn agreed to cooperate": an infinitive, no closing clause
    if trailing and verb.mined and all(not t.is_word or t.lower in words["leading"] for t in toks[: span.first]):
        trailing = False  # "Meanwhile, it attacked Trump, saying ...": no reported words before the comma
    quote_after = follows is not None and (follows.is_quote or (follows.text in ",:" and next_is_quote(toks, j + 1)))
    # "Mr Valentine, who ..., agreed.", but "Sixty-two percent of Republicans agreed." is a poll.
    counted = toks[span.first].text[:1].isdigit() or toks[span.first].lower.split("-")[0] in word_list("number_words.txt")
    alone = verb.alone and (follows is None or follows.text in ".;") and not counted
    complement = alone or trailing or quote_after or (follows is not None and follows.lower in words["complement"]) or (clause_follows(toks, j) and agrees(toks, span, verb))
    named = any(is_named(t) or t.lower in ("he", "she") for t in toks[span.first : span.last + 1])
    # A named speaker makes "Wells Fargo announced it would ..." speech; a number after the verb
    # ("Iran reported 50 cases") keeps it a statistic.
    loose = named and not verb.firm and not (follows is not None and (follows.text[:1].isdigit() or follows.text == "$"))
    if verb.strict and not (complement or loose):
        return None
    if verb.subjects and (toks[span.last].lower not in verb.subjects or not complement):
        return None  # "we heard", "the court heard evidence": only a court hears, and only what it is told
    if cue == toks[i].text and singular_name(toks, span.first, span.last) and not agrees(toks, span, verb):
        return None  # "Obama's Charlottesville tweet this week": a base form after one name is a noun
    if verb.mined and not can_speak(toks[span.last]):
        return None  # "Trump's plan rejected single mothers": a thing does not deny or reject
    if verb.firm and trailing and span.boundary != "quote" and not named:
        return None  # "..., the interests of member states trump everything else."
    if span.boundary == "quote":
        kind = "QSV"
    elif trailing:
        kind = "CSV"
    elif quote_after:
        kind = "SVQ"
    else:
        kind = "SV"
    claim = _claim(text, toks, carrier_owner(toks, span), cue, kind)
    if span.boundary == "start" and bare_tail(toks, i + 1, verb) and not alone:
        claim = replace(claim, bare=True)
    return claim, trailing
