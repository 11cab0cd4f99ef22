"""Split news text into sentences, each with exact character offsets into the original text.

pysbd does the splitting (it measured best on the English Golden Rules and on news cases);
``retrieval.text.fixes`` corrects the few news constructions it gets wrong. Text is first cut
into blocks at blank lines (paragraphs) and at line breaks that start a new line of prose, so no
sentence ever crosses a paragraph. Offsets are Python ``str`` indices: for every span,
``text[start:end]`` is the sentence, verbatim, with surrounding whitespace trimmed.
"""

from __future__ import annotations

import re
import threading

import pysbd

from retrieval.models import Article, Sentence
from retrieval.text.fast_split import plain_spans
from retrieval.text.fixes import Span, correct_spans

__all__ = ["split_spans", "split_text", "article_sentences", "pysbd_spans"]

# Blank line(s), possibly holding spaces or carriage returns: a paragraph break.
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# A line break inside a block. It ends a sentence unless the next line reads on in lower case
# (a hard-wrapped line) or the line before ends mid-phrase (comma, dash, open bracket).
_LINE_BREAK = re.compile(r"\r?\n|\r")
_WRAPPED_NEXT = re.compile(r"[ \t]*[a-z]")
_OPEN_PHRASE_END = re.compile(r"[,;(\[–—-][ \t]*$")

_local = threading.local()


def _segmenter() -> pysbd.Segmenter:
    """One segmenter per thread: pysbd keeps the text being split on the instance."""
    seg = getattr(_local, "segmenter", None)
    if seg is None:
        seg = _local.segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return seg


# Invisible characters trimmed off sentence ends along with whitespace (a byte order mark
# left at the start of a file, zero-width spaces from web copy).
_INVISIBLE = "\ufeff\u200b"


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return (start, end) if start < end else None


def _blocks(text: str, start: int, end: int) -> list[Span]:
    """Cut ``text[start:end]`` at blank lines and at line breaks that begin a new line of prose."""
    pieces: list[Span] = []
    cursor = start
    for gap in _BLANK_LINE.finditer(text, start, end):
        pieces.append((cursor, gap.start()))
        cursor = gap.end()
    pieces.append((cursor, end))
    blocks: list[Span] = []
    for piece_start, piece_end in pieces:
        cursor = piece_start
        for brk in _LINE_BREAK.finditer(text, piece_start, piece_end):
            wrapped = _WRAPPED_NEXT.match(text, brk.end(), piece_end) or _OPEN_PHRASE_END.search(
                text, cursor, brk.start()
            )
            if not wrapped:
                blocks.append((cursor, brk.start()))
                cursor = brk.end()
        blocks.append((cursor, piece_end))
    return [t for b in blocks if (t := _trim(text, *b))]


def _pysbd_starts(flat: str) -> list[int] | None:
    """Where each pysbd sentence starts in ``flat``, or None if one cannot be found verbatim."""
    seg = _segmenter()
    # Segmenter.segment() would locate each sentence with a freshly compiled regex, which costs
    # more than the splitting itself and evicts pysbd's own patterns from re's cache; the
    # processor's sentences are verbatim pieces of the input (clean=False), so str.find does.
    starts: list[int] = []
    cursor = 0
    for sentence in seg.processor(flat).process():
        piece = sentence.strip()
        if not piece:
            continue
        found = flat.find(piece, cursor)
        if found < 0:
            return None
        starts.append(found)
        cursor = found + len(piece)
    return starts


def pysbd_spans(block: str) -> list[Span]:
    """pysbd's sentence spans of one block, before corrections (the slow, general path)."""
    starts = _pysbd_starts(block)
    if starts is None:
        starts = [span.start for span in _segmenter().segment(block)]
    cuts = sorted({0, *starts})
    # Cutting at sentence starts covers every character even if pysbd dropped some.
    spans = [_trim(block, a, b) for a, b in zip(cuts, cuts[1:] + [len(block)])]
    return [s for s in spans if s]


def _block_spans(block: str) -> list[Span]:
    # pysbd treats every line break as a boundary; the remaining ones are wrapped lines, so
    # hand it spaces instead (same length, so offsets are unchanged).
    flat = block.replace("\r", " ").replace("\n", " ")
    spans = plain_spans(flat)
    if spans is None:
        spans = pysbd_spans(flat)
    return correct_spans(block, spans)


def _spans_in(text: str, start: int, end: int) -> list[Span]:
    out: list[Span] = []
    for b_start, b_end in _blocks(text, start, end):
        out.extend((b_start + s, b_start + e) for s, e in _block_spans(text[b_start:b_end]))
    return out


def split_spans(text: str) -> list[Span]:
    """Sentence offsets in ``text``.

    Args:
        text: any text; blank lines separate paragraphs.

    Returns:
        ``(start, end)`` per sentence, in order, whitespace trimmed, so that
        ``text[start:end]`` is the sentence. Spans never cross a blank line.
    """
    return _spans_in(text, 0, len(text))


def split_text(text: str) -> list[str]:
    """The sentences of ``text`` as strings (see ``split_spans``)."""
    return [text[s:e] for s, e in split_spans(text)]


def article_sentences(article: Article) -> tuple[Sentence, ...]:
    """Every sentence of an article's kept paragraphs, numbered in article order.

    Args:
        article: a parsed article; only its ``paragraphs`` are split.

    Returns:
        Sentences with offsets into ``article.text`` and their paragraph's index.
    """
    out: list[Sentence] = []
    for paragraph in article.paragraphs:
        for start, end in _spans_in(article.text, paragraph.start, paragraph.end):
            out.append(
                Sentence(article.document, paragraph.index, len(out), start, end, article.text[start:end])
            )
    return tuple(out)
