"""The layouts a reporting verb makes with its speaker, once ``cues`` has found the verb: the
speaker before it (``X said``, ``“...,” X said``, ``..., X said.``), after it (``..., said Smith``),
as a passive's agent (``was reported by X``) or as the object of ``quoted X as saying``. Each
returns the claim and whether it closes the sentence (a closing clause governs)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from retrieval.attribution.claims import Claim
from retrieval.attribution.delayed import delayed_complement
from retrieval.attribution.descriptions import document_noun
from retrieval.attribution.cue_checks import (
    MAX_TAIL_TOKENS,
    bare_tail,
    can_speak,
    clause_follows,
    next_is_quote,
    object_pronoun,
    singular_name,
    tail,
    unnamed_source,
)
from retrieval.attribution.complements import past_time
from retrieval.attribution.lexicon import Verb, lexicon
from retrieval.attribution.participles import agrees, carrier_owner
from retrieval.attribution.phrases import Span, is_named, left_phrase, right_phrase
from retrieval.attribution.segments import MAX_SUBJECT_TOKENS
from retrieval.attribution.validity import people_head, plain
from retrieval.attribution.tokens import Token
from retrieval.lexicon import words as word_list

# A comma, then a capitalised word: a name in apposition, so the clause before it goes on.
_APPOSED_NAME = re.compile(r",\s+[A-Z]")
# Quantities that take a singular verb ("one says", "each says"); the other partitives are plural.
_SINGULAR_QUANTITIES = frozenset({"one", "each"})

__all__ = ["closing_inverted", "closing_source", "evidence_subject", "inverted", "make_claim", "passive", "quoted_as", "reduced_passive", "speaker_first", "subject_fits"]


def quoted_as(text: str, toks: Sequence[Token], as_at: int, cue: str) -> tuple[Claim, bool] | None:
    """``quoted another source as saying``, ``cited an official as saying``: the object of the
    reporting verb before "as" is the inner source (``NESTED``); the subject reports it."""
    span = left_phrase(toks, as_at - 1)
    if span is None:
        return None
    opener = span.first - 1
    verb = lexicon().verbs.get(toks[opener].lower) if opener >= 0 else None
    if verb is None or not verb.finite or not can_speak(toks[span.last]):
        return None  # "was quoted as saying": the subject itself is the source
    return make_claim(text, toks, span, f"as {cue}", "NESTED"), False


def make_claim(text: str, toks: Sequence[Token], span: Span, cue: str, kind: str) -> Claim:
    end = toks[span.last].end
    if span.last > span.first and toks[span.last].lower.endswith(("’s", "'s")):
        end -= 2  # "the campaign's | email": the owner, without its possessive
    return Claim(toks[span.first].start, end, cue, kind, span.appositive)


def passive(text: str, toks: Sequence[Token], i: int, j: int, verb: Verb, before: int, cue: str) -> tuple[Claim, bool] | None:
    """``was reported by X`` (the agent), ``“...,” the aid agency was quoted as saying`` (the
    subject); "Trump was told", "It is said" name no speaker."""
    follows = toks[j] if j < len(toks) else None
    if follows is not None and follows.lower == "by":
        span = right_phrase(toks, j + 1)
        # "was confirmed by two officials" reports them; "was confirmed by the Senate" is a vote.
        people = span is not None and (_plural_people(toks[span.last]) or lexicon().groups.get(toks[span.last].lower) == "unnamed")
        return (make_claim(text, toks, span, f"{cue} by", "PASSIVE"), False) if span is not None and (not verb.firm or people) else None
    after = toks[j + 1] if follows is not None and follows.lower == "as" and j + 1 < len(toks) else None
    if after is None or verb.lemma != "quote" or not lexicon().verbs.get(after.lower, verb).participle:
        return None
    span = left_phrase(toks, before)
    return speaker_first(text, toks, j + 1, j + 2, verb, span, text[toks[before + 1].start : after.end]) if span is not None else None


def reduced_passive(toks: Sequence[Token], before: int, j: int, verb: Verb) -> bool:
    """ "The move, first reported by The Associated Press, comes ...", "the position, confirmed by
    two officials, has ...": a strict verb's past participle after a comma with its agent after
    "by" ("a show ..., written by a local troupe" names its authors, not a speaker)."""
    return verb.strict and before >= 0 and toks[before].text == "," and j < len(toks) and toks[j].lower == "by"


def closing_inverted(text: str, toks: Sequence[Token], i: int, verb: Verb, cue: str) -> tuple[Claim, bool] | None:
    """``..., said Mr Bloggs.`` after a clause; a phrase that is no name ("..., said a second
    official familiar with the matter.") must name a role or group and end the sentence."""
    words = lexicon().words
    if i + 1 >= len(toks) or toks[i + 1].lower in words["time"]:
        return None
    named = is_named(toks[i + 1])
    lex = lexicon()
    if not named and toks[i + 1].lower not in words["determiner"] and toks[i + 1].lower not in lex.roles and toks[i + 1].lower not in lex.titles:
        return None  # "..., said spokesman Thom Mrozek of the U.S. Attorney's Office." opens with a role
    found = inverted(text, toks, i, verb, cue)
    if found is None:
        return None
    rest = text[found[0].end :].lstrip()
    closes = ("", ",", ".", ";") if named else ("", ".")
    # "..., said one official who asked not to be named.": a restrictive clause describes the
    # speaker; "..., said the staff member who succeeded him, Paul Manafort, should ..." is a report.
    described = not named and rest.startswith("who ") and _APPOSED_NAME.search(rest) is None
    return found if (rest[:1] in closes or described) and (named or unnamed_source(text, toks, found[0])) else None


def inverted(text: str, toks: Sequence[Token], i: int, verb: Verb, cue: str) -> tuple[Claim, bool] | None:
    """ "..., said Smith", "..., argues Richards" (British copy reports in the present). A mined
    verb never seen before its source may still take a name after it ("..., observed Jack
    Boorman"); "told" (hand-written noinvert) takes a listener."""
    invert = verb.invert or (verb.mined and i + 1 < len(toks) and is_named(toks[i + 1]))
    base = verb.form == verb.lemma and not verb.participle  # "..., say experts.": only before a plural
    if not invert or not (verb.finite or base or (verb.form.endswith("s") and not verb.participle)):
        return None
    if i > 0 and (toks[i - 1].is_quote or toks[i - 1].text == ","):
        span = right_phrase(toks, i + 1, closing=True)
        if base and span is not None and not _plural_people(toks[span.last]):
            return None
        if span is not None and not object_pronoun(toks[span.first]):
            kind = "QVS" if toks[i - 1].is_quote or (i > 1 and toks[i - 2].is_quote) else "CVS"
            return make_claim(text, toks, span, cue, kind), True
    return None


def _opening_phrase(toks: Sequence[Token], comma: int) -> bool:
    """The words before ``comma`` are one phrase opened by a preposition or "as" ("As chair of
    the committee,", "In a statement,"), not a clause a closing ", X said." could report."""
    words = lexicon().words
    first = next((k for k in range(comma) if toks[k].is_word and toks[k].lower not in words["leading"]), None)
    if first is None or not (toks[first].lower == "as" or toks[first].lower in words["preposition"]) or any(t.text == "," for t in toks[:comma]):
        return False
    finite = word_list("finite_auxiliaries.txt")
    verb = any(t.is_word and not t.is_cap and (t.lower.endswith("ed") or t.lower in finite) for t in toks[first + 1 : comma])
    # "As chair of", "As a senator": "as" before a role; "As the administration opens ..." is a clause.
    role = toks[first].lower == "as" and first + 1 < comma and (toks[first + 1].lower in ("a", "an") or toks[first + 1].lower in lexicon().roles or toks[first + 1].lower in lexicon().titles)
    return not verb and (role or toks[first].lower in words["preposition"])  # "In 2015 the plan failed, Smith added." is a clause


def _plural_quantity(word: Token) -> bool:
    """ "some", "many", "two": a quantity of a group (``partitive``) that takes a plural verb."""
    return word.lower in lexicon().words["partitive"] and word.lower not in _SINGULAR_QUANTITIES


def _plural_people(head: Token) -> bool:
    """ "experts", "officials", "residents": a plural group of people, which a base form agrees with."""
    lowered = head.lower
    return lowered.endswith("s") and (lexicon().groups.get(lowered) == "group" or people_head(head))


def speaker_first(text: str, toks: Sequence[Token], i: int, j: int, verb: Verb, span: Span, cue: str) -> tuple[Claim, bool] | None:
    """``X said ...``, ``“...,” X said``, ``..., X said.``: the layouts with the speaker before the verb."""
    words = lexicon().words
    if span.first == span.last and object_pronoun(toks[span.first]):
        return None
    follows = toks[j] if j < len(toks) else None
    trailing = span.boundary in ("quote", "comma") and tail(toks, i + 1) <= MAX_TAIL_TOKENS
    if trailing and follows is not None and follows.lower == "to" and j + 1 < len(toks) and not toks[j + 1].is_cap and (verb.alone or toks[j + 1].lower not in words["determiner"]):
        # "As part of his plea, Flynn agreed to cooperate": an infinitive, no closing clause;
        # "..., Don Rivers confirmed to the Associated Press." names a listener ("agreed to the
        # terms" is a stance on a thing).
        trailing = False
    if trailing and verb.mined and all(not t.is_word or t.lower in words["leading"] for t in toks[: span.first]):
        trailing = False  # "Meanwhile, it attacked Trump, saying ...": no reported words before the comma
    # "As chair of the committee, Levine has pushed ...": no clause before the comma, so no closing
    # layout; a firm verb there still needs a named speaker ("In other words, the statistics show").
    opening = trailing and span.boundary == "comma" and _opening_phrase(toks, span.first - 1)
    closing = trailing and not opening
    quote_after = follows is not None and (follows.is_quote or (follows.text in ",:" and next_is_quote(toks, j + 1)))
    # "Mr Valentine, who ..., agreed.", but "Sixty-two percent of Republicans agreed." is a poll.
    counted = toks[span.first].text[:1].isdigit() or toks[span.first].lower.split("-")[0] in word_list("number_words.txt")
    alone = verb.alone and (follows is None or follows.text in ".;") and not counted

    def complement() -> bool:  # read only for a verb that needs one (a strict one, "heard")
        return alone or closing or quote_after or _complement(toks, j, span, verb) or (verb.finite and _complement(toks, past_time(toks, j), span, verb))

    named = any(is_named(t) or t.lower in ("he", "she") for t in toks[span.first : span.last + 1])
    document = verb.evidence and evidence_subject(toks, span)
    if verb.evidence and not document and not (verb.clause and verb.finite):
        return None  # "Trump showed his returns": a person's act, no finding
    if verb.strict and not (complement() or _loose(toks[span.last], verb, follows, named) or document or delayed_complement(toks, j)):
        return None
    if verb.subjects and (toks[span.last].lower not in verb.subjects or not complement()):
        return None  # "we heard", "the court heard evidence": only a court hears, and only what it is told
    if cue == toks[i].text and singular_name(toks, span.first, span.last) and not agrees(toks, span, verb):
        return None  # "Obama's Charlottesville tweet this week": a base form after one name is a noun
    if not document and not subject_fits(toks, span, verb):
        return None
    if span.first == span.last and _plural_quantity(toks[span.first]) and verb.form != verb.lemma and verb.form.endswith("s"):
        return None  # "“single out” some states, “...”": after "some" or "many" an -s form is a plural noun
    if verb.firm and trailing and span.boundary != "quote" and not named and not (verb.finite and _speaking_head(toks, span, follows)):
        return None  # "..., the interests of member states trump everything else."; "..., the official added." speaks
    if span.boundary == "quote":
        kind = "QSV"
    elif closing:
        kind = "CSV"
    elif quote_after:
        kind = "SVQ"
    else:
        kind = "SV"
    claim = make_claim(text, toks, carrier_owner(toks, _document_only(toks, span) if document else span), cue, kind)
    if span.boundary == "start" and bare_tail(toks, i + 1, verb) and not alone:
        claim = replace(claim, bare=True)
    return claim, closing


def _loose(head: Token, verb: Verb, follows: Token | None, named: bool) -> bool:
    """A strict verb needs no complement when people speak: a named speaker makes "Wells Fargo
    announced it would ..." speech, and "Rights groups accused security forces of ..." (a stance
    verb; "it attacked him" may be a dog); a number after the verb ("Iran reported 50 cases")
    keeps it a statistic, but "Analysts forecast sales of $453 million" is what they say."""
    speaks = named or (verb.mined and verb.finite and head.lower != "it" and can_speak(head)) or (verb.figures and (people_head(head) or head.lower in lexicon().groups))
    return speaks and not verb.firm and (verb.figures or not (follows is not None and (follows.text[:1].isdigit() or follows.text == "$")))


def _speaking_head(toks: Sequence[Token], span: Span, follows: Token | None) -> bool:
    """ "the official", "a spokeswoman", "officials": a role or a group of people heads the phrase
    (a closing ", the official added." speaks as ", Smith added." does); a body only when nothing
    but circumstances follow (", the bank added." but not ", the bank added 500 jobs")."""
    lex = lexicon()
    head = toks[span.last].lower
    if head in lex.roles or lex.groups.get(head) in ("group", "unnamed") or people_head(toks[span.last]):
        return True
    ends = follows is None or follows.text in ".;" or follows.lower in lex.words["preposition"] or follows.lower in lex.words["time"]
    return lex.groups.get(head) == "organisation" and ends


def subject_fits(toks: Sequence[Token], span: Span, verb: Verb) -> bool:
    """Whether the phrase can be the subject of this verb's speech reading."""
    head = toks[span.last]
    if verb.figures and not (people_head(head) or head.lower in lexicon().groups or is_named(head) or head.lower in lexicon().subject_pronouns):
        return False  # "FiveThirtyEight's primary forecast site": a noun after a noun
    if verb.clause and document_noun(head.lower.removesuffix("s")):
        return False  # "Polls indicate that ...": evidence, read by ``evidence_subject``
    # "Trump's plan rejected single mothers": a thing does not deny or reject
    return not (verb.mined or verb.clause or verb.speaks) or can_speak(head)


def evidence_subject(toks: Sequence[Token], span: Span) -> bool:
    """A poll, report, study or filing names the subject ("A tracking poll released Friday",
    "Filings with the regulator"); a person's name or pronoun heads no finding."""
    nouns = word_list("evidence_nouns.txt")
    return any(t.is_word and t.lower in nouns for t in toks[span.first : span.last + 1]) and not (
        span.first == span.last and toks[span.first].lower in lexicon().subject_pronouns
    )


def _document_only(toks: Sequence[Token], span: Span) -> Span:
    """ "A CNN poll released Friday" -> "A CNN poll": the participle after it describes it."""
    nouns = word_list("evidence_nouns.txt")
    for k in range(span.first, span.last):
        after = toks[k + 1]
        if toks[k].lower in nouns and after.is_word and not after.is_cap and after.lower.endswith("ed"):
            return Span(span.first, k, span.boundary, span.appositive)
    return span


def _complement(toks: Sequence[Token], j: int, span: Span, verb: Verb) -> bool:
    """ "that", "whether", ":" or a that-less clause starts at ``j`` ("agreed he was")."""
    if j >= len(toks):
        return False
    return toks[j].lower in lexicon().words["complement"] or (clause_follows(toks, j) and agrees(toks, span, verb))


def closing_source(text: str, toks: Sequence[Token], i: int, before: int, cue: str) -> tuple[Claim, bool] | None:
    """``..., ship-tracking data showed.``, ``..., court files show.``: a record named in a clause
    of its own after a comma, closing the sentence; "polls show him ahead" is evidence, no speech.
    A speaker the sentence names before keeps it ("Bamberg said ..., the footage showed.")."""
    if i + 1 < len(toks) and toks[i + 1].text not in ".;" or before < 1:
        return None
    comma = before
    while comma >= 0 and toks[comma].is_word:
        comma -= 1
    first = comma + 1
    if (toks[first].lower.endswith("ing") and "-" not in toks[first].lower) or any(t.lower in lexicon().words["preposition"] and t.lower != "of" for t in toks[first:before]):
        return None  # "..., careening from speeches to interviews on the news shows."
    if comma < 1 or toks[comma].text != "," or first > before or before - first >= MAX_SUBJECT_TOKENS or not plain(toks, first, before):
        return None
    return make_claim(text, toks, Span(first, before, "comma"), cue, "CSV"), False
