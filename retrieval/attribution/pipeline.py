"""``attribute``: the attribution stages run in order over one article."""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.continuation import carry
from retrieval.attribution.cues import detect_all, may_hold_cue
from retrieval.attribution.quotes import QuoteView, mask_paragraph, opens_with_mark
from retrieval.attribution.people import scan_people
from retrieval.attribution.groups import plural_group
from retrieval.attribution.resolve import Resolver
from retrieval.attribution.speakers import read_phrase
from retrieval.attribution.subjects import sentence_subject
from retrieval.attribution.tokens import Token, tokenize
from retrieval.lexicon import words
from retrieval.models import Article, Attribution, Sentence

__all__ = ["attribute"]

# "Reed responded within the hour.", "Trump said on Twitter.": at most this many words after the
# cue, or the words after it may be reported content ("said on Tuesday the bank was ...").
MAX_BARE_TAIL = 4
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
    paragraphs: list[list[int]] = []
    for i, sentence in enumerate(sentences):
        if i and sentences[i - 1].paragraph == sentence.paragraph:
            paragraphs[-1].append(i)
        else:
            paragraphs.append([i])
    views: list[QuoteView] = [None] * len(sentences)  # type: ignore[list-item]
    for n, members in enumerate(paragraphs):
        # A quotation left open at a paragraph's end goes on only if the next paragraph reopens it.
        runs_on = n + 1 < len(paragraphs) and opens_with_mark(sentences[paragraphs[n + 1][0]].text)
        for k, view in zip(members, mask_paragraph([sentences[k].text for k in members], runs_on)):
            views[k] = view
    # Tokenize a sentence only when it may hold a cue; people are found without tokens.
    masked = [v.masked for v in views]
    tokenized = [tokenize(m) if may_hold_cue(m) else None for m in masked]
    resolver = Resolver(scan_people(masked), masked, lambda j: _group_subject(masked[j], tokenized[j]))
    own: list[Attribution | None] = []
    bare: list[bool] = []
    for i, sentence in enumerate(sentences):
        toks = tokenized[i]
        if toks is None:
            # No cue word: only a transcript or headline colon can attribute it.
            claims = detect_all(sentence.text, masked[i], ()) if ":" in sentence.text else ()
        else:
            claims = detect_all(sentence.text, masked[i], toks)
        bare.append(bool(claims) and claims[0].bare)
        if not claims:
            own.append(None)
            continue
        claim = claims[0]
        resolved = None
        # Resolve every clause in sentence order, so that a later "he" can refer to any of them.
        for other in sorted(claims, key=lambda c: c.start):
            at_start = not sentence.text[: other.start].strip(" “\"'")
            words = [t for t in toks or () if other.start <= t.start and t.end <= other.end]
            phrase = read_phrase(sentence.text[other.start : other.end], words or None)
            result = resolver.resolve(phrase, i, other.appositive, at_start)
            if other is claim:
                resolved = result
        mention = sentence.text[claim.start : claim.end]
        own.append(Attribution(resolved.speaker, mention, resolved.description, claim.cue, claim.kind, resolved.resolution))
    out = carry(paragraphs, views, own, bare)
    for i, attribution in enumerate(out):
        before = out[i - 1] if i else None
        gave = before is not None and own[i] is not None and before.kind == "CONTINUATION" and before.speaker == own[i].speaker
        if bare[i] and attribution is own[i] and not gave and _no_content(masked[i], attribution):
            # "Trump said on Twitter." / "Reed responded within the hour.": a speech act with no
            # words of its own. One that gave its speaker to the quotation before it stays, as
            # the clause of that quotation.
            out[i] = None
    return tuple(out)


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
