"""Measure sentence-splitting throughput, against plain pysbd in the same run.

Reads articles from ``.txt`` files or folders, or from JSON Lines files with a ``text`` field
(such as PolNeAR's ``dev.jsonl``), repeats them ``--repeat`` times, and prints sentences per
second for:

- pysbd alone, one reused ``Segmenter`` per paragraph (the baseline),
- the reference path: pysbd plus corrections on every block (what ``evals/split_diff.py`` compares with),
- quotebot's ``article_sentences`` (fast path for plain paragraphs, pysbd plus corrections for the rest),

with the ratio between them, the share of paragraphs the fast path took, and whether the fast
path and pysbd (each with the same corrections) agreed on every paragraph the fast path took.

    python3 evals/split_speed.py seeds --repeat 200
    python3 evals/split_speed.py ../shared/eval/polnear/dev.jsonl --repeat 20
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pysbd  # noqa: E402

from retrieval.models import Article  # noqa: E402
from retrieval.text.corpus import parse_article  # noqa: E402
from retrieval.text.fast_split import plain_spans  # noqa: E402
from retrieval.text.fixes import correct_spans  # noqa: E402
from retrieval.text.sentences import _blocks, article_sentences, pysbd_spans  # noqa: E402


def _texts(paths: list[Path]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in paths:
        if path.suffix == ".jsonl":
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                out.append((f"{path.stem}-{number}", json.loads(line)["text"]))
        elif path.is_dir():
            out.extend((p.name, p.read_text(encoding="utf-8")) for p in sorted(path.rglob("*.txt")))
        else:
            out.append((path.name, path.read_text(encoding="utf-8")))
    return out


def _pysbd_only(articles: list[Article]) -> int:
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    count = 0
    for article in articles:
        for paragraph in article.paragraphs:
            count += len(segmenter.segment(article.text[paragraph.start : paragraph.end]))
    return count


def _reference(articles: list[Article]) -> int:
    count = 0
    for article in articles:
        for paragraph in article.paragraphs:
            for start, end in _blocks(article.text, paragraph.start, paragraph.end):
                block = article.text[start:end]
                count += len(correct_spans(block, pysbd_spans(block.replace("\r", " ").replace("\n", " "))))
    return count


def _ours(articles: list[Article]) -> int:
    return sum(len(article_sentences(article)) for article in articles)


def _agreement(articles: list[Article]) -> tuple[int, int, int, list[str]]:
    """(blocks, fast-path blocks, fast-path blocks where pysbd disagrees, examples)."""
    blocks = fast = disagree = 0
    examples: list[str] = []
    for article in articles:
        for paragraph in article.paragraphs:
            for start, end in _blocks(article.text, paragraph.start, paragraph.end):
                flat = article.text[start:end].replace("\r", " ").replace("\n", " ")
                blocks += 1
                plain = plain_spans(flat)
                if plain is None:
                    continue
                fast += 1
                reference = pysbd_spans(flat)
                if correct_spans(flat, reference) != correct_spans(flat, plain):
                    disagree += 1
                    if len(examples) < 5:
                        examples.append(flat)
    return blocks, fast, disagree, examples


def _rate(function, articles: list[Article]) -> tuple[int, float]:
    started = time.perf_counter()
    count = function(articles)
    return count, count / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help=".txt files, folders or .jsonl files")
    parser.add_argument("--repeat", type=int, default=10, help="how many times to split the articles")
    args = parser.parse_args(argv)
    articles = [parse_article(name, text) for name, text in _texts(args.paths)]
    _ours(articles[:5])  # load lexicons and compile patterns before timing
    blocks, fast, disagree, examples = _agreement(articles)
    batch = articles * args.repeat
    base_count, base_rate = _rate(_pysbd_only, batch)
    ref_count, ref_rate = _rate(_reference, batch)
    our_count, our_rate = _rate(_ours, batch)
    print(f"articles: {len(articles)} x {args.repeat}; paragraphs' blocks: {blocks}")
    print(f"pysbd alone:        {base_count:>8} sentences  {base_rate:>9,.0f} sentences/s  (1.00x)")
    print(f"reference path:     {ref_count:>8} sentences  {ref_rate:>9,.0f} sentences/s  ({ref_rate / base_rate:.2f}x)")
    print(f"quotebot splitter:  {our_count:>8} sentences  {our_rate:>9,.0f} sentences/s  ({our_rate / base_rate:.2f}x)")
    print(f"quotebot splitter: {1000 / our_rate:.3f} s per 1,000 sentences on one core; {our_rate / ref_rate:.2f}x the reference path")
    print(f"fast path took {fast}/{blocks} blocks ({fast / max(blocks, 1):.0%}); disagreed with pysbd on {disagree}")
    for text in examples:
        print(f"  disagreement: {text[:200]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
