"""PROVISIONAL splitter (pysbd as is). Contract: split_spans, split_text, article_sentences."""

from __future__ import annotations

import pysbd

from retrieval.models import Article, Sentence

__all__ = ["split_spans", "split_text", "article_sentences"]


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, whitespace trimmed, in order."""
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans = []
    for span in seg.segment(text):
        start, end = span.start, span.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def split_text(text: str) -> list[str]:
    return [text[s:e] for s, e in split_spans(text)]


def article_sentences(article: Article) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for paragraph in article.paragraphs:
        chunk = article.text[paragraph.start : paragraph.end]
        for s, e in split_spans(chunk):
            start, end = paragraph.start + s, paragraph.start + e
            out.append(Sentence(article.document, paragraph.index, len(out), start, end, article.text[start:end]))
    return tuple(out)
