"""``attribute``: the attribution stages run in order over one article."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from retrieval.attribution.backrefs import introduced_documents
from retrieval.attribution.claims import Claim
from retrieval.attribution.colon import introducing_claim, named_before_colon
from retrieval.attribution.block_leads import block_lead
from retrieval.attribution.colon_blocks import colon_blocks
from retrieval.attribution.inline_turns import inline_turns
from retrieval.attribution.carried import leads_into
from retrieval.attribution.continuation import carry, fill_interview
from retrieval.attribution.cues import detect_all, may_hold_cue
from retrieval.attribution.named_later import name_lead_descriptions
from retrieval.attribution.owners import written_forms
from retrieval.attribution.voices import named_owners
from retrieval.attribution.aliases import scan_aliases
from retrieval.attribution.quotes import QuoteView, mask_paragraph, opens_with_mark
from retrieval.attribution.people import Person, scan_people
from retrieval.attribution.posts import poster
from retrieval.attribution.quote_tails import tail_name
from retrieval.attribution.quoted_names import quoted_subject
from retrieval.attribution.groups import plural_group
from retrieval.attribution.lead_ins import LEAD_PRONOUNS, lead_claim
from retrieval.attribution.long_subjects import long_subject_claims
from retrieval.attribution.relays import governing, relaying
from retrieval.attribution.replies import replied
from retrieval.attribution.resolve import Resolver
from retrieval.attribution.speakers import read_phrase
from retrieval.attribution.speech_model import speak_unclaimed
from retrieval.attribution.subjects import sentence_subject
from retrieval.attribution.text_subjects import text_subject_claims
from retrieval.attribution.tokens import Token, tokenize
from retrieval.attribution.transcripts import Interview, Turn, find_turns, mentioned_elsewhere, quoted_turn, read_interview
from retrieval.lexicon import words
from retrieval.models import Article, Attribution, Sentence

__all__ = ["attribute"]

# "Reed responded within the hour.", "Trump said on Twitter.": at most this many words after the
# cue, or the words after it may be reported content ("said on Tuesday the bank was ...").
MAX_BARE_TAIL = 4
# "Fundamentally, we want to be flexible": a paragraph in the first person.
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")
# "Three badly burned firefighters": words from a count to its plural noun, at most.
MAX_COUNTED_WORDS = 3


def attribute(article: Article, sentences: Sequence[Sentence]) -> tuple[Attribution | None, ...]:
    """Who is quoted or reported in each sentence of ``article``.

    Args:
        article: the article the sentences come from.
        sentences: its sentences in order (``article_sentences(article)``).

    Returns:
        One ``Attribution`` or ``None`` per sentence, aligned with ``sentences``.
    """
    paragraphs = _paragraphs(sentences)
    # Each paragraph opens with a quotation mark or not: read once, for the masks and the introductions.
    reopens = [opens_with_mark(sentences[members[0]].text) for members in paragraphs]
    views = _views(paragraphs, sentences, reopens)
    # Tokenize a sentence only when it may hold a cue; people are found without tokens.
    masked = [v.masked for v in views]
    tokenized = [tokenize(m) if may_hold_cue(m) else None for m in masked]
    people = scan_people(masked)
    resolver = Resolver(people, masked, lambda j: _group_subject(masked[j], tokenized[j]), [s.paragraph for s in sentences])
    turns = find_turns([sentences[members[0]].text for members in paragraphs])
    interview = None
    if any(turns):
        texts = [" ".join(sentences[k].text for k in members) for members in paragraphs]
        interview = read_interview(turns, texts, [p.name for p in people if p.key[0]])
    turn_of = {members[0]: turn for members, turn in zip(paragraphs, turns) if turn is not None}
    posted = _posts(paragraphs, sentences)
    # A paragraph opening with a quotation: the sentence before it may introduce it ("...:").
    introduces = {members[0] - 1 for members, opens in zip(paragraphs[1:], reopens[1:]) if opens}
    own: list[Attribution | None] = []
    bare: list[bool] = []
    leads: dict[int, Attribution] = {}  # a reporter's sentence whose subject speaks the quotation after it
    for i, sentence in enumerate(sentences):
        if i in turn_of:
            own.append(_turn_attribution(turn_of[i], interview, resolver, i))  # type: ignore[arg-type]
            bare.append(False)
            continue
        if i in posted:
            own.append(_post_attribution(posted[i], resolver, i, own[-1] if i and posted.get(i - 1) == posted[i] else None))
            bare.append(False)
            continue
        claims = _claims(sentence.text, masked[i], tokenized[i], article.text if i > 0 else None, i in introduces) or block_lead(masked[i], tokenized[i], sentences[i + 1].text if i + 1 < len(sentences) and sentences[i + 1].paragraph != sentence.paragraph else None)
        bare.append(bool(claims) and claims[0].bare)
        own.append(replied(_resolve_claims(sentence.text, claims, tokenized[i], resolver, i), people, own, i) if claims else _tail(sentence.text, views[i], people, resolver, i))
        if not claims and i + 1 < len(views) and leads_into(views[i + 1]) and (lead := _lead(sentence.text, masked[i], tokenized[i], resolver, i, people)):
            leads[i] = lead
    out = inline_turns(paragraphs, colon_blocks(paragraphs, [s.text for s in sentences], reopens, name_lead_descriptions(carry(paragraphs, views, own, bare, leads, [s.text for s in sentences]), people)))
    if interview is not None:
        _fill_interview(interview, paragraphs, turns, sentences, masked, own, out)
    for i, attribution in enumerate(out):
        before = out[i - 1] if i else None
        gave = before is not None and own[i] is not None and before.kind == "CONTINUATION" and before.speaker == own[i].speaker
        if bare[i] and attribution is own[i] and not gave and _no_content(masked[i], attribution):
            # "Trump said on Twitter." / "Reed responded within the hour.": a speech act with no
            # words of its own. One that gave its speaker to the quotation before it stays, as
            # the clause of that quotation.
            out[i] = None
    out = named_owners(written_forms(out), people, lambda: scan_aliases(masked))  # "a spokesman for Feinstein"
    return speak_unclaimed(out, sentences, views, tokenized, people, resolver)  # speech the rules did not read


def _fill_interview(
    interview: Interview, paragraphs: Sequence[Sequence[int]], turns: Sequence[Turn | None], sentences: Sequence[Sentence],
    masked: Sequence[str], own: Sequence[Attribution | None], out: list[Attribution | None],
) -> None:
    """A transcript's paragraphs after its turns (``continuation.fill_interview``): an unlabelled
    paragraph after a question is the interviewee's answer, after any other turn that turn's."""
    answers = Attribution(interview.interviewee, interview.interviewee, None, None, "CONTINUATION", "continuation") if interview.interviewee else None
    questions = [turn is not None and (turn.question or sentences[m[-1]].text.rstrip().endswith("?")) for m, turn in zip(paragraphs, turns)]
    first_person = [any(_FIRST_PERSON.search(sentences[k].text) for k in m) for m in paragraphs]
    fill_interview(paragraphs, [t is not None for t in turns], questions, own, out, answers, first_person, [t is not None and quoted_turn(t, " ".join(masked[k] for k in m)) for m, t in zip(paragraphs, turns)])


def _views(paragraphs: Sequence[Sequence[int]], sentences: Sequence[Sentence], reopens: Sequence[bool]) -> list[QuoteView]:
    """Each sentence's quotation view, paragraph by paragraph; ``reopens``: each paragraph opens
    with a quotation mark (``opens_with_mark`` of its first sentence)."""
    views: list[QuoteView] = [None] * len(sentences)  # type: ignore[list-item]
    for n, members in enumerate(paragraphs):
        # A quotation left open at a paragraph's end goes on only if the next paragraph reopens it.
        runs_on = n + 1 < len(paragraphs) and reopens[n + 1]
        for k, view in zip(members, mask_paragraph([sentences[k].text for k in members], runs_on)):
            views[k] = view
    return views


def _paragraphs(sentences: Sequence[Sentence]) -> list[list[int]]:
    """Sentence numbers grouped by paragraph, in order."""
    paragraphs: list[list[int]] = []
    for i, sentence in enumerate(sentences):
        if i and sentences[i - 1].paragraph == sentence.paragraph:
            paragraphs[-1].append(i)
        else:
            paragraphs.append([i])
    return paragraphs


def _claims(text: str, masked: str, toks: list[Token] | None, article_text: str | None, introduces: bool = False) -> tuple[Claim, ...]:
    """The sentence's reporting clauses. After the opening sentence (a headline: "Sanders: Clinton
    needs ..."), a title-case colon label counts only when the article names it again: a
    picture caption's "Hypocritical: Dencia is ..." names nobody. A sentence that ``introduces``
    a quoted paragraph after it with no clause of its own may name its speaker by its subject."""
    claims = _cue_claims(text, masked, toks, article_text) or ((long_subject_claims(text, toks) or text_subject_claims(text, toks)) if toks is not None else ())
    if not claims and introduces:
        found = introducing_claim(masked, toks if toks is not None else tokenize(masked))
        return (found,) if found is not None else ()
    return claims


def _cue_claims(text: str, masked: str, toks: list[Token] | None, article_text: str | None) -> tuple[Claim, ...]:
    """The clauses the cue rules find (``cues.detect_all``), colon labels checked as ``_claims`` says."""

    def label_ok(name: str) -> bool:
        return article_text is None or name.isupper() or mentioned_elsewhere(name, article_text)

    if toks is None:
        # No cue word: only a transcript or headline colon can attribute it.
        return detect_all(text, masked, (), label_ok) if ":" in text else ()
    return detect_all(text, masked, toks, label_ok)


def _resolve_claims(text: str, claims: Sequence[Claim], toks: list[Token] | None, resolver: Resolver, i: int) -> Attribution:
    """The governing clause's attribution; every clause is resolved, in sentence order, so that a
    later "he" can refer to any of them. Nested attribution keeps its chain: the inner source
    ("State TV reported **an official** saying ...") is the speaker, and the outer sources, the
    clauses before it and an "according to" after the governing clause, are its ``via``."""
    nested = [c for c in claims if c.kind == "NESTED"]
    claim = nested[-1] if nested else governing(text, claims)  # ", the Post reports" relays the clause before it
    resolved: dict[int, str] = {}
    result = None
    for n, other in sorted(enumerate(claims), key=lambda nc: nc[1].start):
        before = text[: other.start].strip(" “\"'")
        # "... at Portsmouth Crown Court (pictured) He added:": a caption glued before a new sentence.
        at_start = not before or (before[-1] in ").!?" and text[other.start : other.start + 1].isupper())
        words = [t for t in toks or () if other.start <= t.start and t.end <= other.end]
        phrase = read_phrase(text[other.start : other.end], words or None)
        found = resolver.resolve(phrase, i, other.appositive, at_start)
        resolved[n] = found.speaker
        if other is claim:
            result = found
    assert result is not None
    reporters = [resolved[n] for n, other in sorted(enumerate(claims), key=lambda nc: nc[1].start) if nested and other.start < claim.start]
    if reporters:
        resolver.hear_again(reporters[-1])  # "Bremmer quoted Trump as saying ... He also responded": Bremmer
    via = []
    for n, other in sorted(enumerate(claims), key=lambda nc: -nc[1].start):
        outer = (nested and other.start < claim.start) or ((other.kind == "ACCORDING_TO" or relaying(text, other)) and claim.kind != "ACCORDING_TO" and other.start > claim.end)
        if other is not claim and outer and resolved[n] != result.speaker and resolved[n] not in via:
            via.append(resolved[n])
    if claim.kind != "ACCORDING_TO" and result.resolution != "unresolved":
        resolver.note_documents(introduced_documents(text[claim.end :]), result.speaker)  # "Marshall issued a report"
    mention = text[claim.start : claim.end]
    return Attribution(result.speaker, mention, result.description, claim.cue, claim.kind, result.resolution, tuple(via))


def _tail(text: str, view: QuoteView, people: Sequence[Person], resolver: Resolver, i: int) -> Attribution | None:
    """The person named after a quotation a comma closes, or right before a colon opening one,
    when no clause was read (``quote_tails``, ``colon.named_before_colon``)."""
    span = tail_name(text, view, people) or (named_before_colon(text, view.masked, people) if ":" in text else None)
    if span is None:
        quoted = quoted_subject(text, view)  # "“60 Minutes” said ...": a speaker written as a quoted name, as written
        return Attribution(text[quoted[0] : quoted[1]], text[quoted[0] : quoted[1]], None, None, "SV", "direct") if quoted else None
    found = resolver.resolve(read_phrase(text[span[0] : span[1]]), i)
    return Attribution(found.speaker, text[span[0] : span[1]], found.description, None, "QSV", found.resolution)


def _lead(text: str, masked: str, toks: list[Token] | None, resolver: Resolver, i: int, people: Sequence[Person]) -> Attribution | None:
    """The person a sentence with no reporting clause is about, when a quotation follows it
    (``leads.lead_claim``), resolved like any speaker; None when it resolves to no one. A name
    counts only when it is the surname of someone the article names in full ("Chelsea" is a club)."""
    written = {w.strip(",.;:!?()—–-").lower() for w in masked.split()}
    if not written & LEAD_PRONOUNS and all(p.surname not in written or not p.key[0] for p in people):
        return None  # no "he", "she" or person's surname: no lead-in (and nothing to tokenize)
    claim = lead_claim(toks if toks is not None else tokenize(masked))
    if claim is None:
        return None
    words = text[claim.start : claim.end].split()
    if len(words) > 1 or words[0].lower() not in LEAD_PRONOUNS:
        if all(words[-1].lower() != p.surname or not p.key[0] for p in people):
            return None  # a club or a company, not someone named in full
    found = resolver.resolve(read_phrase(text[claim.start : claim.end]), i)
    if found.resolution == "unresolved":
        return None
    return Attribution(found.speaker, text[claim.start : claim.end], found.description, None, "LEAD", found.resolution)


def _turn_attribution(turn: Turn, interview: Interview, resolver: Resolver, i: int) -> Attribution | None:
    """A transcript turn's speaker: the label's name, alias or initials resolved; a question
    nobody is named for has none."""
    speaker = interview.speakers.get(turn.label)
    if speaker is None:
        return None
    if speaker == turn.label and len(speaker.split()) == 1:
        # "PENCE:", "Felix:": a single name, read like any other ("Pence" -> Mike Pence).
        resolved = resolver.resolve(read_phrase(speaker), i)
        return Attribution(resolved.speaker, turn.label, turn.role, ":", "COLON", resolved.resolution)
    resolution = "direct" if speaker.lower() in turn.label.lower() else "alias"
    return Attribution(speaker, turn.label, turn.role, ":", "COLON", resolution)  # type: ignore[arg-type]


def _posts(paragraphs: Sequence[Sequence[int]], sentences: Sequence[Sentence]) -> dict[int, str]:
    """The poster of each sentence that is part of an embedded post (``posts.poster``)."""
    out: dict[int, str] = {}
    for members in paragraphs:
        name = poster(" ".join(sentences[k].text for k in members))
        if name is not None:
            out.update((k, name) for k in members)
    return out


def _post_attribution(name: str, resolver: Resolver, i: int, before: Attribution | None) -> Attribution:
    """The poster's attribution, resolved once per post (a later sentence of it goes on the first)."""
    if before is not None:
        return replace(before, kind="CONTINUATION", resolution="continuation")
    found = resolver.resolve(read_phrase(name), i)
    return Attribution(found.speaker, name, found.description, None, "POST", found.resolution)


def _no_content(masked: str, attribution: Attribution) -> bool:
    """The sentence is only a speech act: its cue is followed by a few words of circumstance."""
    if masked.rstrip().endswith(":"):
        return False  # "Smith added:" announces the words that follow
    at = masked.find(attribution.cue)
    return at >= 0 and len(masked[at + len(attribution.cue) :].split()) <= MAX_BARE_TAIL


def _group_subject(masked: str, toks: list[Token] | None) -> str | None:
    """The plural group opening a sentence ("Three firefighters were hurt."), as written."""
    toks = toks if toks is not None else tokenize(masked)
    span = sentence_subject(toks)
    if span is None:
        return None
    last = span.last
    if span.first == last and (toks[last].lower in words("number_words.txt") or toks[last].text.isdigit()):
        # "Three firefighters were hurt": the count and the plural noun after it.
        ahead = [k for k in range(last + 1, min(last + 1 + MAX_COUNTED_WORDS, len(toks))) if toks[k].is_word]
        plural = next((k for k in ahead if plural_group(toks[k].text)), None)
        if plural is not None and all(not toks[k].is_cap for k in ahead if k <= plural):
            last = plural
    text = masked[toks[span.first].start : toks[last].end]
    return text if plural_group(text) else None
