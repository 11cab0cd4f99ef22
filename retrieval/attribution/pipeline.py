"""``attribute``: the attribution stages run in order over one article."""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.continuation import carry
from retrieval.attribution.cues import detect_all, may_hold_cue
from retrieval.attribution.quotes import QuoteView, mask_paragraph
from retrieval.attribution.people import scan_people
from retrieval.attribution.resolve import Resolver
from retrieval.attribution.speakers import read_phrase
from retrieval.attribution.tokens import tokenize
from retrieval.models import Article, Attribution, Sentence

__all__ = ["attribute"]


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
    for members in paragraphs:
        for k, view in zip(members, mask_paragraph([sentences[k].text for k in members])):
            views[k] = view
    # Tokenize a sentence only when it may hold a cue; people are found without tokens.
    masked = [v.masked for v in views]
    tokenized = [tokenize(m) if may_hold_cue(m) else None for m in masked]
    resolver = Resolver(scan_people(masked))
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
    return tuple(carry(paragraphs, views, own, bare))
