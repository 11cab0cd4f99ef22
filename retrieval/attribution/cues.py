"""Cue detection: find the reporting words in one sentence and the phrase naming their speaker.

Works on the masked sentence (quoted words hidden), so a verb inside a quotation never fires.
Each layout has a name that ends up in ``Attribution.kind`` (after GenderGapTracker's labels):

- ``QSV``  “...,” Trump said.            ``QVS``  “...,” said Smith, a nurse.
- ``SVQ``  Trump said: “...”             ``SV``   Trump said (that) ...
- ``CSV``  ..., the ministry said.       ``CVS``  ..., said the senator.
- ``ACCORDING_TO``  ... according to X.  ``PARTICIPLE``  X ..., saying that ...
- ``PASSIVE``  ... was reported by X.    ``COLON``  PENCE: We will ...
- ``NOMINAL``  ... came under criticism from X.

The layouts a verb makes with its speaker are in ``layouts``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence

from retrieval.attribution.accounts import gives_account
from retrieval.attribution.claims import Claim
from retrieval.attribution.cue_checks import after_what, blocked_after, clause_follows, gap_subject, gapped_label, idiom, labels, object_pronoun, opening_clause_end, reports_nothing
from retrieval.attribution.colon import colon_claim
from retrieval.attribution.complements import particle_end, past_aside, past_time
from retrieval.attribution.delayed import clause_break, complement_at
from retrieval.attribution.headlines import title_case
from retrieval.attribution.heard import heard_sources
from retrieval.attribution.per_sources import PER_WORDS, per_sources
from retrieval.attribution.reads import READ_VERBS, read_out
from retrieval.attribution.layouts import closing_inverted, closing_source, inverted, make_claim, passive, quoted_as, reduced_passive, speaker_first
from retrieval.attribution.lexicon import Verb, lexicon
from retrieval.attribution.nominal import nominal_cue_words, nominal_sources
from retrieval.attribution.participles import participle_source
from retrieval.attribution.speech_acts import may_hold_act, speech_act_sources
from retrieval.attribution.phrases import left_phrase, opening_apposition, right_phrase
from retrieval.attribution.sentence_words import holds_any
from retrieval.attribution.subjects import sentence_subject
from retrieval.attribution.tokens import Token, tokenize
from retrieval.lexicon import lines, words as word_list

__all__ = ["Claim", "detect", "detect_all", "may_hold_cue"]

@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return frozenset(lexicon().verbs) | {"according"} | nominal_cue_words() | READ_VERBS | PER_WORDS


def may_hold_cue(masked: str) -> bool:
    """Cheap test run before tokenizing: is one of its runs of letters (``sentence_words``) a cue word?"""
    lowered = masked.lower()
    return holds_any(lowered, _cue_words()) or may_hold_act(lowered)


def detect(text: str, masked: str, toks: Sequence[Token] | None = None) -> Claim | None:
    """The reporting clause that governs one sentence, or None (see ``detect_all``)."""
    return next(iter(detect_all(text, masked, toks)), None)


def detect_all(text: str, masked: str, toks: Sequence[Token] | None = None, label_ok: Callable[[str], bool] | None = None) -> tuple[Claim, ...]:
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
    headline: bool | None = None  # read only when a capitalised candidate needs it
    found: list[tuple[Claim, bool]] = []
    for i in _verb_candidates(toks):
        tok = toks[i]
        if tok.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
            span = right_phrase(toks, i + 2, any_source=True)
            said_by = " ".join(t.lower for t in toks[i : i + 3])
            if span is not None and said_by not in lexicon().idioms:  # "according to plan"
                found.append((make_claim(text, toks, span, f"{tok.text} {toks[i + 1].text}", "ACCORDING_TO"), False))
            continue
        # Cues are lower case ("the United States" holds no verb), except in a title-case
        # headline ("Clinton Hid Health Problems, Former White House Doctor Says.").
        if headline is None and (tok.is_cap or tok.text != tok.lower):
            headline = title_case(toks)
        verb = verbs.get(tok.lower if headline and i > 0 else tok.text) if tok.is_word and (headline or not tok.is_cap) else None
        if verb is not None and idiom(toks, i) and not _lead_in(toks, i - 1):
            continue  # "needless to say", but "went on to say"
        if verb is not None:
            hit = _at_verb(text, toks, i, verb)
            if hit is not None:
                found.append(hit)
    # "“...,” is the dry assessment of Graham Lane", "as one activist put it": the speaker is named
    # by a noun or an idiom, after the words, so the clause governs like a closing ", X said."
    found.extend((make_claim(text, toks, span, cue, kind), kind == "CVS") for span, cue, kind in nominal_sources(toks))
    found.extend(_other_sources(text, masked, toks, found))
    found = [(claim, is_trailing) for claim, is_trailing in found if not _in_description(text, claim, found)]
    if not found:
        return ()
    trailing = [claim for claim, is_trailing in found if is_trailing]
    # "Reminded that Ferguson called him “a disgrace”, Wenger added: ...": a clause inside an
    # opening subordinate phrase never governs when the main clause has one of its own.
    opening = opening_clause_end(toks)
    main_clause = [claim for claim, _ in found if claim.start >= opening]
    main = trailing[-1] if trailing else (main_clause or [found[0][0]])[0]
    if _evidence(main):
        # "Polls indicate that most back it, according to a Pew survey": the source is Pew's.
        main = next((claim for claim, _ in found if claim.kind == "ACCORDING_TO"), main)
    return (main, *(claim for claim, _ in found if claim is not main))


def _other_sources(text: str, masked: str, toks: Sequence[Token], found: Sequence[tuple[Claim, bool]]) -> list[tuple[Claim, bool]]:
    """Clauses no reporting verb heads: speech acts, speech heard ("can be heard saying", unless a
    clause starts at its speaker), a text read out ("His message reads: “...”"), "per CNN"."""
    more = _speech_acts(text, masked, toks, found)
    starts = {claim.start for claim, _ in [*found, *more]}
    more += [heard for heard in heard_sources(text, toks) if heard[0].start not in starts]
    return more + read_out(text, toks) + per_sources(text, toks)


def _speech_acts(text: str, masked: str, toks: Sequence[Token], found: Sequence[tuple[Claim, bool]]) -> list[tuple[Claim, bool]]:
    """ "the justices expressed skepticism", "Green was critical of": speech acts named by a noun
    or an adjective, unless a reporting verb already gave the same speaker."""
    if not may_hold_act(masked.lower()):
        return []  # one search of the text, instead of a walk over its tokens
    spans = {(claim.start, claim.end) for claim, _ in found}
    acts = [make_claim(text, toks, span, cue, kind) for span, cue, kind in speech_act_sources(toks, _verb_start)]
    return [(claim, False) for claim in acts if (claim.start, claim.end) not in spans]


@lru_cache(maxsize=1)
def _verb_keys() -> frozenset[str]:
    return frozenset(lexicon().verbs) | {"according"}


def _verb_candidates(toks: Sequence[Token]) -> list[int]:
    """The tokens the verb loop of ``detect_all`` can act on: "according", or a verb as written
    or in lower case. One set test per token, so the loop's checks run on these alone."""
    keys = _verb_keys()
    if _all_lower():
        # A token's text is in a set of lower-case words only when it is its own lower case.
        return [i for i, tok in enumerate(toks) if tok.lower in keys]
    return [i for i, tok in enumerate(toks) if tok.lower in keys or tok.text in keys]


@lru_cache(maxsize=1)
def _all_lower() -> bool:
    return all(key == key.lower() for key in _verb_keys())


def _evidence(claim: Claim) -> bool:
    """A document's finding ("the poll found"), which a named source of it outranks."""
    verb = lexicon().verbs.get(claim.cue.split()[-1])
    return verb is not None and verb.evidence


def _in_description(text: str, claim: Claim, found: Sequence[tuple[Claim, bool]]) -> bool:
    """ "Laurence Meyer, a former Fed governor who argued with ..., said", "Brad Komar, Clinton's
    Colorado state director, said": a clause inside another speaker's description is part of it."""
    for other, _ in found:
        at = text.find(other.appositive, other.end) if other.appositive and other is not claim else -1
        if at >= 0 and at <= claim.start and claim.end <= at + len(other.appositive or ""):
            return True
    return False


def _verb_start(toks: Sequence[Token], i: int) -> int:
    """Where the verb group of the verb at ``i`` starts: "has also said", "forcefully told",
    "Smith and Jones both defended"."""
    words = lexicon().words
    before = i - 1
    while before >= 0 and not (toks[before].is_cap and before > 0) and (
        toks[before].lower in words["aux"] or (toks[before].lower.endswith("ly") and toks[before].is_word and not toks[before].is_cap and toks[before].lower not in word_list("ly_nouns.txt"))
        or (toks[before].lower in words["floating"] and before > 0 and toks[before - 1].is_word and not toks[before].is_cap)
    ):
        before -= 1
    lead_in = _lead_in(toks, before)
    return _verb_start(toks, before - lead_in + 1) if lead_in else before + 1


@lru_cache(maxsize=1)
def _lead_ins() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.lower().split()) for line in lines("speech_lead_ins.txt"))


def _lead_in(toks: Sequence[Token], end: int) -> int:
    """How many tokens ending at ``end`` form a phrase that makes the infinitive after it speech
    ("went on to say", "went so far as to say"); 0 when none does."""
    if end < 0 or toks[end].lower != "to":
        return 0
    for phrase in _lead_ins():
        start = end - len(phrase) + 1
        if start >= 0 and tuple(t.lower for t in toks[start : end + 1]) == phrase:
            return len(phrase)
    return 0


def _unlabelled(toks: Sequence[Token], j: int, verb: Verb, before: int) -> bool:
    """A ``labels`` verb with no object and label after it ("called for calm", "called on voters
    to" and "called her out" urge, so they need none)."""
    if not verb.labels:
        return False
    follows = toks[past_time(toks, j)] if j < len(toks) else None  # "called Friday for"
    urged = follows is not None and (
        follows.lower in verb.also or (object_pronoun(follows) and j + 1 < len(toks) and toks[j + 1].lower in verb.object_also)
    )
    return not urged and not (labels(toks, j, verb.via) and not after_what(toks, before)) and not gives_account(toks, j, verb, before)


def _as_read(toks: Sequence[Token], i: int, verb: Verb) -> Verb:
    """A ``clause`` verb without its particle or closing layout ("Judge Moss **ruled** that ...",
    "Romney **indicated** that ...") is speech only as a firm verb: before "that", a quotation or
    a that-less clause, or closing the sentence."""
    if not verb.clause or not verb.finite:
        return verb
    if particle_end(toks, i, verb) is not None:
        return verb  # "ruled out"
    return replace(verb, needs=frozenset(), strict=True, firm=True, closing=False)


def _particle(text: str, toks: Sequence[Token], i: int, before: int, verb: Verb, cue: str) -> tuple[int, str] | None:
    """Where the verb group ends and its cue: past the particle it needs ("pointed out", "spoke
    fondly of", "made it clear"); None when it needs one and has none."""
    end = particle_end(toks, i, verb)
    if end is None:
        return None if verb.needs else (i + 1, cue)
    return end, text[toks[before + 1].start : toks[end - 1].end]


def _at_verb(text: str, toks: Sequence[Token], i: int, verb: Verb) -> tuple[Claim, bool] | None:
    """The claim a reporting verb at token ``i`` makes, and whether it closes the sentence."""
    words = lexicon().words
    before = _verb_start(toks, i) - 1
    auxiliaries = {t.lower for t in toks[before + 1 : i]}
    cue = text[toks[before + 1].start : toks[i].end] if before < i - 1 else toks[i].text
    found = closing_source(text, toks, i, before, cue) if verb.closing else None
    if found is not None or verb.closing and not (verb.clause and verb.finite or verb.evidence):
        return found  # "..., court files show."; "Romney indicated that" and "the poll found" read on
    verb = _as_read(toks, i, verb)
    read = _particle(text, toks, i, before, verb, cue)
    if read is None:
        return None  # "pointed to the data", ", speaking to world leaders", "was shot by"
    j, cue = past_aside(toks, read[0]), read[1]  # "Spohr added, however, “...”"
    follows = toks[j] if j < len(toks) else None
    gapped = _unlabelled(toks, j, verb, before)
    if gapped and not gapped_label(toks, j, verb.via):
        return None  # "called for calm", "described the scene", "what Turnbull called it"
    if (auxiliaries & words["passive"] or reduced_passive(toks, before, j, verb)) and verb.form != verb.lemma and not verb.participle:
        return passive(text, toks, i, j, verb, before, cue)
    if follows is not None and blocked_after(toks, j, verb):
        return None  # "reported from Midway Atoll", "..., adding to the chaos"
    if verb.participle and before >= 0 and clause_break(text, toks, before) and not auxiliaries & words["passive"]:  # ", repeatedly saying"
        span = sentence_subject(toks)
        return (make_claim(text, toks, span, cue, "PARTICIPLE"), False) if span is not None else None
    if reports_nothing(toks, i, verb, before, auxiliaries, follows, j):
        return None
    if verb.participle and before > 0 and toks[before].lower == "as" and not auxiliaries:
        inner = quoted_as(text, toks, before, cue)  # "He quoted another source as saying ..."
        if inner is not None:
            return inner
    if verb.participle and (not verb.strict or complement_at(toks, j) or clause_follows(toks, j)) and before >= 0 and toks[before].lower in words["participle_opener"]:
        span = sentence_subject(toks)  # "Obama responded ... by saying his refusal ..."
        return (make_claim(text, toks, span, cue, "PARTICIPLE"), False) if span is not None else None
    if before > 0 and verb.finite and toks[before].lower in ("and", "but"):
        # "Cruz exhorted Republicans to ... and said he was standing on principle"
        span = sentence_subject(toks)
        # "he led me in and showed me ...", "stood beside her and apologized to residents"
        if span is not None and span.last < before and not verb.evidence and not verb.direct:
            return make_claim(text, toks, span, cue, "SV"), False
        return None
    if before == i - 1 and i > 0 and toks[i - 1].text == "," and not opening_apposition(toks, before):
        after_verb = closing_inverted(text, toks, i, verb, cue)  # "..., from ISIS, said Sabah Al-Karhout, the head of ..."
        if after_verb is not None:
            return after_verb
    if verb.participle and before >= 2 and toks[before].is_word and not toks[before].is_cap and toks[before].lower not in words["aux"] and toks[before - 1].lower in words["passive"]:
        span = left_phrase(toks, before - 2)  # "“...,” Trump is recorded saying": heard, caught, filmed
        return (make_claim(text, toks, span, f"{toks[before - 1].text} {toks[before].text} {cue}", "PARTICIPLE"), True) if span is not None else None
    span = left_phrase(toks, before)
    if gapped and (span is None or not gap_subject(toks, span)):
        return None  # "a show called “Brokers”": a name given, nobody speaking
    if verb.participle and not auxiliaries:
        found = participle_source(toks, before, span)
        return (make_claim(text, toks, found[0], cue, found[1]), False) if found is not None else None
    if span is not None:
        found = speaker_first(text, toks, i, j, verb, span, cue)
        # A gapped label is a word or two inside the reporter's sentence: it opens no quotation
        # that the next sentences could go on.
        return (replace(found[0], kind="SV"), found[1]) if gapped and found is not None else found
    return inverted(text, toks, i, verb, cue) if before == i - 1 else None
