"""How fast attribution runs, against a naive ``X said`` regex in the same run.

    python3 evals/attribution_speed.py ../shared/eval/polnear/dev.jsonl [--repeat 3]
    python3 evals/attribution_speed.py seeds/

Takes PolNeAR-style JSONL files (their ``text``) or folders/files of ``.txt`` articles, splits
them once, then times ``attribute`` over all sentences and the baseline over the same sentences.
Prints sentences per second for each and their ratio (a timing, never a test); attribution's
also on the process's CPU time, which a machine shared with other work disturbs less.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from retrieval.attribution import attribute  # noqa: E402
from retrieval.text.corpus import load_corpus, parse_article  # noqa: E402
from evals.naive import naive_speaker  # noqa: E402
from retrieval.models import Article  # noqa: E402
from retrieval.text.sentences import article_sentences  # noqa: E402

__all__ = ["load", "main"]

def load(paths: list[Path]) -> list[Article]:
    """Articles from JSONL files (one ``{"id", "text"}`` a line) or from ``.txt`` paths."""
    articles: list[Article] = []
    text_paths = []
    for path in paths:
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    articles.append(parse_article(f"{row['id']}.txt", row["text"]))
        else:
            text_paths.append(path)
    if text_paths:
        articles.extend(load_corpus(text_paths).articles)
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time attribution against a naive regex baseline.")
    parser.add_argument("paths", nargs="+", type=Path, help="JSONL files or folders/files of .txt articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs to time; the best is reported")
    args = parser.parse_args(argv)
    articles = load(args.paths)
    split = [(article, article_sentences(article)) for article in articles]
    count = sum(len(sentences) for _, sentences in split)
    if not count:
        print("no sentences to time", file=sys.stderr)
        return 1
    ours, naive, cpu = [], [], []
    for _ in range(args.repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        for article, sentences in split:
            attribute(article, sentences)
        ours.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
        began = time.perf_counter()
        for _, sentences in split:
            for sentence in sentences:
                naive_speaker(sentence.text)
        naive.append(time.perf_counter() - began)
    best, baseline = min(ours), min(naive)
    print(f"{len(articles)} articles, {count} sentences, best of {args.repeat}")
    print(f"attribute      {count / best:>12,.0f} sentences/s  ({best:.3f} s)")
    # CPU time of this process: what one core spends, less the time other work took the core.
    print(f"  on CPU time  {count / min(cpu):>12,.0f} sentences/s  ({min(cpu):.3f} s)")
    print(f"naive regex    {count / baseline:>12,.0f} sentences/s  ({baseline:.3f} s)")
    print(f"ratio          {best / baseline:>12.1f}x the naive regex's time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
