"""Score quotebot's attribution on real articles from several publishers, labelled by reading.

Each folder (one per source: ``evals/news/bbc``, ``evals/news/reuters``, ...) holds
``articles/*.txt`` and ``gold.jsonl``: one line per sentence, ``{"document", "text", "speaker",
"alternatives", "tags"}`` (see ``evals/news/README.md``). A sentence is right when quotebot names
its speaker or one of the acceptable alternatives, or rightly names nobody. Prints, per source and
overall, sentence accuracy, precision and recall of "someone is speaking here", and the errors by
class (the gold tags, plus ``spurious`` for a speaker given to a sentence nobody speaks in), with
examples.

    python3 evals/news_eval.py evals/news [--examples 3] [--all]     (or some of evals/news/*/)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals import metrics  # noqa: E402
from evals.wire_eval import gold_spans, names_match, read_gold, system_sentences  # noqa: E402

__all__ = ["NewsRow", "SourceScore", "CLASSES", "is_right", "error_classes", "score", "shared_sentences", "evaluate", "report", "main"]

# The gold tags, in the order of the classes of error they stand for, then the class of a speaker
# given where nobody speaks, then the errors no tag explains.
CLASSES = ("verb", "quotes", "colon", "description", "alias", "passive", "transcript", "nested", "spurious", "other")
EXAMPLE_WIDTH = 200  # characters of a sentence shown in an example


@dataclass(frozen=True, slots=True)
class NewsRow:
    """One gold sentence, what the reader labelled and what quotebot said."""

    source: str
    document: str
    text: str
    gold: str | None
    alternatives: tuple[str, ...]
    tags: tuple[str, ...]
    predicted: str | None
    via: tuple[str, ...] = ()  # outer sources quotebot gave, shown in examples
    sentence: int | None = None  # which system sentence of the article it was scored by


def is_right(row: NewsRow) -> bool:
    """The right speaker (or an acceptable alternative), or rightly nobody."""
    if row.gold is None or row.predicted is None:
        return row.gold is None and row.predicted is None
    return any(names_match(name, row.predicted) for name in (row.gold, *row.alternatives))


def error_classes(row: NewsRow) -> tuple[str, ...]:
    """The classes a wrong sentence counts under: its tags, ``spurious`` when nobody speaks in it."""
    classes = [tag for tag in row.tags if tag in CLASSES]
    if row.gold is None and row.predicted is not None and "spurious" not in classes:
        classes.append("spurious")
    return tuple(classes) or ("other",)


@dataclass(frozen=True, slots=True)
class SourceScore(metrics.Detection):
    """Sentence accuracy and the "someone is speaking" counts over a set of rows."""

    sentences: int
    right: int
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def accuracy(self) -> float:
        return self.right / self.sentences if self.sentences else 0.0



def score(rows: Sequence[NewsRow]) -> SourceScore:
    """Count right sentences and speaking-detection outcomes (pure; no I/O)."""
    tp = sum(r.gold is not None and r.predicted is not None for r in rows)
    fp = sum(r.gold is None and r.predicted is not None for r in rows)
    fn = sum(r.gold is not None and r.predicted is None for r in rows)
    return SourceScore(len(rows), sum(map(is_right, rows)), tp, fp, fn)


def evaluate(folder: Path) -> list[NewsRow]:
    """Attribute every article of one source folder and pair each gold sentence with the
    attribution of the system sentence overlapping it most."""
    source = folder.resolve().name
    rows: list[NewsRow] = []
    for document, records in read_gold(folder / "gold.jsonl").items():
        text, system = system_sentences(folder / "articles" / document)
        spans = gold_spans(document, text, [r["text"] for r in records])
        for record, index in zip(records, _best_sentences(spans, [span for span, _ in system])):
            attribution = system[index][1] if index is not None else None
            rows.append(
                NewsRow(
                    source,
                    document,
                    record["text"],
                    record["speaker"],
                    tuple(record.get("alternatives") or ()),
                    tuple(record.get("tags") or ()),
                    attribution.speaker if attribution is not None else None,
                    tuple(getattr(attribution, "via", ()) or ()),
                    index,
                )
            )
    return rows


def _best_sentences(gold: Sequence[tuple[int, int]], system: Sequence[tuple[int, int]]) -> list[int | None]:
    """For each gold span, the index of the system sentence overlapping it most (None if none);
    the same choice as ``wire_eval.align``."""
    out: list[int | None] = []
    for g_start, g_end in gold:
        best, best_overlap = None, 0
        for index, (s_start, s_end) in enumerate(system):
            overlap = min(g_end, s_end) - max(g_start, s_start)
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        out.append(best)
    return out


def shared_sentences(rows: Sequence[NewsRow]) -> tuple[int, int]:
    """(gold units scored by a system sentence that also scores another unit, such sentences):
    labels made on an older split, whose pieces the splitter now keeps as one sentence. Each
    such unit still counts once, with the whole sentence's attribution."""
    counts = Counter((r.source, r.document, r.sentence) for r in rows if r.sentence is not None)
    shared = [n for n in counts.values() if n > 1]
    return sum(shared), len(shared)


def _line(name: str, result: SourceScore) -> str:
    return (
        f"{name:<14} {result.sentences:>6} {result.accuracy:>9.3f} {result.precision:>7.3f} {result.recall:>7.3f}"
        f"   ({result.right}/{result.sentences} right; TP {result.true_positives}, FP {result.false_positives},"
        f" FN {result.false_negatives})"
    )


def _example(row: NewsRow) -> str:
    text = row.text if len(row.text) <= EXAMPLE_WIDTH else row.text[: EXAMPLE_WIDTH - 1] + "…"
    gold = " | ".join([str(row.gold), *row.alternatives])
    via = f" (via {', '.join(row.via)})" if row.via else ""
    return f"      {row.document}: {text}\n        gold: {gold}  got: {row.predicted}{via}"


def report(rows: Sequence[NewsRow], examples: int = 3) -> str:
    """Per-source and overall figures, then the errors by class with ``examples`` of each."""
    sources = sorted({r.source for r in rows})
    lines = [f"{'source':<14} {'sents':>6} {'accuracy':>9} {'P':>7} {'R':>7}"]
    for source in sources:
        lines.append(_line(source, score([r for r in rows if r.source == source])))
    lines.append(_line("overall", score(rows)))
    units, sentences = shared_sentences(rows)
    if units:
        lines.append(f"({units} gold units lie in {sentences} system sentences that hold more than one; each unit is scored by its whole sentence)")
    wrong = [r for r in rows if not is_right(r)]
    tagged = Counter(tag for r in rows for tag in set(r.tags))
    by_class: dict[str, list[NewsRow]] = {c: [] for c in CLASSES}
    for row in wrong:
        for cls in error_classes(row):
            by_class[cls].append(row)
    lines.append("")
    lines.append(f"errors by class ({len(wrong)} wrong sentences; one may count under several classes):")
    for cls in CLASSES:
        items = by_class[cls]
        if not items:
            continue
        of = f" of {tagged[cls]} tagged" if cls in tagged else ""
        lines.append(f"  {len(items):5d}{of}  {cls}")
        lines.extend(_example(r) for r in items[:examples])
    return "\n".join(lines)


def _sources(paths: Sequence[Path]) -> list[Path]:
    """Source folders: each path holding a ``gold.jsonl``, or the ones inside a path that does
    not (``evals/news`` gives all its sources); files such as a README are passed over."""
    out: list[Path] = []
    for path in paths:
        if (path / "gold.jsonl").is_file():
            out.append(path)
        elif path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if (p / "gold.jsonl").is_file()))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="source folders holding articles/ and gold.jsonl")
    parser.add_argument("--examples", type=int, default=3, help="examples shown per class of error")
    parser.add_argument("--all", action="store_true", help="show every error")
    args = parser.parse_args(argv)
    rows = [row for folder in _sources(args.folders) for row in evaluate(folder)]
    print(report(rows, len(rows) if args.all else args.examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
