"""Score quotebot's attribution on a folder of hand-annotated wire articles.

The folder holds ``articles/*.txt`` and ``gold.jsonl`` (one line per sentence:
``{"document", "text", "speaker"}``, speaker null when the sentence quotes nobody). The extractor
runs in-process on each article; each gold sentence takes the speaker of the system sentence that
covers most of it, so a splitter that cuts differently is still scored. Prints sentence-level
precision, recall and F1 of "someone is quoted here", speaker accuracy over the sentences found,
and every error.

    python3 evals/wire_eval.py evals/wire
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Sequence, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals import metrics  # noqa: E402

__all__ = ["Row", "Error", "Score", "names_match", "score", "align", "gold_spans", "read_gold", "system_sentences", "evaluate", "main"]

Span = tuple[int, int]
T = TypeVar("T")
ErrorKind = Literal["false positive", "missed", "wrong speaker"]

# Words of a name: letters/digits joined by inner apostrophes, periods or hyphens, so "Inc." and
# "Inc" compare equal and "Norway's" stays one word.
_WORD = re.compile(r"\w+(?:['.\-]\w+)*")
# Organisations are written with or without the article ("the Health Ministry" / "Health Ministry").
_LEADING_THE = "the"


@dataclass(frozen=True, slots=True)
class Row:
    """One gold sentence with the gold and predicted speakers (None: nobody quoted)."""

    document: str
    text: str
    gold: str | None
    predicted: str | None


@dataclass(frozen=True, slots=True)
class Error:
    kind: ErrorKind
    row: Row


@dataclass(frozen=True, slots=True)
class Score(metrics.Detection):
    """Sentence-level attribution figures and the rows behind every error."""

    sentences: int
    true_positives: int
    false_positives: int
    false_negatives: int
    speaker_correct: int
    errors: tuple[Error, ...]

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.true_positives if self.true_positives else 0.0


def _words(name: str) -> list[str]:
    words = _WORD.findall(name.casefold().replace("\u2019", "'"))
    if len(words) > 1 and words[0] == _LEADING_THE:
        words = words[1:]
    return words


def names_match(gold: str, predicted: str) -> bool:
    """Whether two speaker names denote the same speaker.

    Case-folded and ignoring a leading "the", they match when equal or when the shorter is the
    longer's last words ("Trump" ~ "Donald Trump", "ministry" ~ "the Health Ministry").
    """
    a, b = _words(gold), _words(predicted)
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[len(long) - len(short):] == short


def score(rows: Sequence[Row]) -> Score:
    """Count attribution hits and errors over gold rows (pure; no I/O)."""
    tp = fp = fn = correct = 0
    errors: list[Error] = []
    for row in rows:
        if row.gold is None and row.predicted is None:
            continue
        if row.gold is None:
            fp += 1
            errors.append(Error("false positive", row))
        elif row.predicted is None:
            fn += 1
            errors.append(Error("missed", row))
        else:
            tp += 1
            if names_match(row.gold, row.predicted):
                correct += 1
            else:
                errors.append(Error("wrong speaker", row))
    return Score(len(rows), tp, fp, fn, correct, tuple(errors))


def align(gold: Sequence[Span], system: Sequence[tuple[Span, T | None]]) -> list[T | None]:
    """For each gold span, the speaker (or attribution) of the system sentence overlapping it
    most (None if none)."""
    speakers: list[T | None] = []
    for g_start, g_end in gold:
        best, best_overlap = None, 0
        for (s_start, s_end), speaker in system:
            overlap = min(g_end, s_end) - max(g_start, s_start)
            if overlap > best_overlap:
                best, best_overlap = speaker, overlap
        speakers.append(best)
    return speakers


def gold_spans(document: str, text: str, sentences: Sequence[str]) -> list[Span]:
    """Offsets of each gold sentence in the article text, found in order.

    Raises:
        ValueError: a gold sentence is not in the article (the gold file is out of date).
    """
    spans: list[Span] = []
    cursor = 0
    for sentence in sentences:
        start = text.find(sentence, cursor)
        if start < 0:
            raise ValueError(f"{document}: gold sentence not found in the article: {sentence!r}")
        spans.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return spans


def read_gold(path: Path) -> dict[str, list[dict]]:
    """Gold records of a ``gold.jsonl``, grouped by document, in file order."""
    gold: dict[str, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold.setdefault(record["document"], []).append(record)
    return gold


def system_sentences(path: Path) -> tuple[str, list[tuple[Span, Any]]]:
    """The article's text and, per system sentence, its span and ``Attribution`` (or None)."""
    from retrieval.attribution import attribute
    from retrieval.text.corpus import read_article
    from retrieval.text.sentences import article_sentences

    article = read_article(path)
    sentences = article_sentences(article)
    attributions = attribute(article, sentences)
    return article.text, [((s.start, s.end), a) for s, a in zip(sentences, attributions)]


def evaluate(folder: Path) -> tuple[list[Row], int]:
    """Run the extractor on every annotated article; return gold rows and how many gold
    sentences the current splitter cuts differently."""
    rows: list[Row] = []
    resplit = 0
    for document, records in read_gold(folder / "gold.jsonl").items():
        text, found = system_sentences(folder / "articles" / document)
        system = [(span, a.speaker if a else None) for span, a in found]
        spans = gold_spans(document, text, [r["text"] for r in records])
        resplit += len(set(spans) - {span for span, _ in system})
        for record, predicted in zip(records, align(spans, system)):
            rows.append(Row(document, record["text"], record["speaker"], predicted))
    return rows, resplit


def _report(result: Score, resplit: int) -> str:
    lines = [
        f"sentences {result.sentences}  gold attributed "
        f"{result.true_positives + result.false_negatives}  predicted attributed "
        f"{result.true_positives + result.false_positives}",
        f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}",
        f"speaker accuracy {result.speaker_accuracy:.3f} "
        f"({result.speaker_correct}/{result.true_positives} true positives)",
    ]
    if resplit:
        lines.append(f"note: {resplit} gold sentences are split differently by the current splitter")
    kinds: tuple[ErrorKind, ...] = ("false positive", "missed", "wrong speaker")
    counts = {kind: sum(e.kind == kind for e in result.errors) for kind in kinds}
    lines.append("errors: " + ", ".join(f"{kind} {n}" for kind, n in counts.items()))
    for error in result.errors:
        row = error.row
        lines.append(f"\n[{error.kind}] {row.document}: {row.text}")
        lines.append(f"    gold: {row.gold}  predicted: {row.predicted}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder holding articles/ and gold.jsonl")
    args = parser.parse_args(argv)
    rows, resplit = evaluate(args.folder)
    print(_report(score(rows), resplit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
