"""Every sentence's attribution as canonical JSON, to prove a change leaves all outputs alone.

Reads ``.txt`` files or folders (every ``*.txt`` inside, recursively, read the way the corpus
loader reads them) and JSON Lines files with ``id`` and ``text`` (PolNeAR), splits each article,
runs ``attribute`` and writes one JSON line per article: its name and, per sentence, its offsets
and every field of its ``Attribution`` (or null). Keys are sorted, so two runs of the same code
give the same bytes. With ``--against OLD`` it also compares with an earlier output, prints the
first differing sentences and exits 1 when anything differs.

    python3 evals/attribution_diff.py --out /tmp/before.jsonl evals/news*/*/articles evals/wire \\
        evals/heldout seeds ../shared/eval/polnear/dev.jsonl ../shared/eval/polnear/train.jsonl
    python3 evals/attribution_diff.py --out /tmp/after.jsonl --against /tmp/before.jsonl PATHS...
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from retrieval.attribution import attribute  # noqa: E402
from retrieval.errors import CorpusError  # noqa: E402
from retrieval.models import Article  # noqa: E402
from retrieval.text.corpus import parse_article, read_article  # noqa: E402
from retrieval.text.sentences import article_sentences  # noqa: E402

__all__ = ["articles", "canonical_lines", "main"]


def articles(paths: list[Path]) -> Iterator[tuple[str, Article]]:
    """(name, parsed article) for every article in the given files and folders, in a fixed order."""
    for path in paths:
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        row = json.loads(line)
                        yield f"{path.name}:{row['id']}", parse_article(f"{row['id']}.txt", row["text"])
            continue
        for file in sorted(path.rglob("*.txt")) if path.is_dir() else [path]:
            try:
                yield str(file), read_article(file)
            except CorpusError:
                continue  # the loader skips it too


def canonical_lines(paths: list[Path]) -> Iterator[str]:
    """One sorted-key JSON line per article: every sentence's span and attribution."""
    for name, article in articles(paths):
        sentences = article_sentences(article)
        rows = []
        for sentence, found in zip(sentences, attribute(article, sentences), strict=True):
            rows.append([sentence.start, sentence.end, dataclasses.asdict(found) if found is not None else None])
        yield json.dumps({"article": name, "sentences": rows}, sort_keys=True, ensure_ascii=False)


def _differences(old: list[str], new: list[str], show: int) -> int:
    """Print up to ``show`` differing sentences; return how many sentences differ."""
    count = 0
    if len(old) != len(new):
        print(f"article count differs: {len(old)} before, {len(new)} now")
    for before, now in zip(old, new):
        if before == now:
            continue
        a, b = json.loads(before), json.loads(now)
        pairs = list(zip(a["sentences"], b["sentences"]))
        count += max(1, sum(x != y for x, y in pairs) + abs(len(a["sentences"]) - len(b["sentences"])))
        for x, y in pairs:
            if x != y and show > 0:
                show -= 1
                print(f"--- {b['article']} at {y[0]}\n  before: {x}\n  now:    {y}")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help=".txt files, folders or .jsonl files")
    parser.add_argument("--out", type=Path, required=True, help="where to write the canonical JSON lines")
    parser.add_argument("--against", type=Path, help="an earlier output to compare with")
    parser.add_argument("--show", type=int, default=10, help="how many differing sentences to print")
    args = parser.parse_args(argv)
    lines = list(canonical_lines(args.paths))
    args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    sentences = sum(len(json.loads(line)["sentences"]) for line in lines)
    print(f"{len(lines)} articles, {sentences} sentences written to {args.out}")
    if args.against is None:
        return 0
    differing = _differences(args.against.read_text(encoding="utf-8").splitlines(), lines, args.show)
    print(f"sentences that differ from {args.against}: {differing}")
    return 1 if differing or len(lines) != len(args.against.read_text(encoding="utf-8").splitlines()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
