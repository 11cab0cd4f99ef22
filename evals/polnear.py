"""Score quotebot's attribution on PolNeAR (see the data's README for the rules).

    python3 evals/polnear.py ../shared/eval/polnear/dev.jsonl [--examples 3] [--via-cli]

Writes each article's text to ``<id>.txt`` in a temporary folder, loads the folder with
quotebot's own loader, splits and attributes it in this process, keeps the sentences that get
a speaker, and prints precision, recall, F1, speaker accuracy, the extraction time and a table
of errors by kind with a few examples of each. With ``--via-cli`` the lines come instead from one
run of ``quotebot quotes FOLDER --json``, exactly as the data's README scores a system, which
confirms that the command prints what the in-process extractor finds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.naive import naive_speaker  # noqa: E402
from evals.polnear_score import Line, SentenceScore, Totals, score_article, summarise  # noqa: E402
from retrieval.attribution import attribute  # noqa: E402
from retrieval.text.corpus import load_corpus  # noqa: E402
from retrieval.text.sentences import article_sentences  # noqa: E402

__all__ = ["Timing", "extract", "error_kind", "report", "main"]

EXAMPLE_WIDTH = 160  # characters of a sentence shown in the error table


@dataclass
class Timing:
    """Seconds spent in each stage, and the sentence count."""

    load: float = 0.0
    split: float = 0.0
    attribute: float = 0.0
    sentences: int = 0

    @property
    def total(self) -> float:
        return self.load + self.split + self.attribute


def extract(articles: list[dict], folder: Path) -> tuple[dict[str, list[Line]], Timing]:
    """Predicted lines per article id, and the time each stage took."""
    for article in articles:
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    timing = Timing()
    began = time.perf_counter()
    load = load_corpus([folder])
    timing.load = time.perf_counter() - began
    lines: dict[str, list[Line]] = {}
    for doc in load.articles:
        began = time.perf_counter()
        sentences = article_sentences(doc)
        split_done = time.perf_counter()
        attributions = attribute(doc, sentences)
        timing.split += split_done - began
        timing.attribute += time.perf_counter() - split_done
        timing.sentences += len(sentences)
        found = []
        for sentence, attribution in zip(sentences, attributions):
            if attribution is not None and attribution.speaker:
                found.append(
                    Line(sentence.start, sentence.end, attribution.speaker, attribution.kind, attribution.resolution, attribution.mention)
                )
        lines[doc.document.removesuffix(".txt")] = found
    return lines, timing


def extract_naive(articles: list[dict], folder: Path) -> tuple[dict[str, list[Line]], Timing]:
    """The naive baseline's lines, over quotebot's own sentences (see ``evals.naive``)."""
    for article in articles:
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    timing = Timing()
    lines: dict[str, list[Line]] = {}
    for doc in load_corpus([folder]).articles:
        sentences = article_sentences(doc)
        timing.sentences += len(sentences)
        found = [(s, naive_speaker(s.text)) for s in sentences]
        lines[doc.document.removesuffix(".txt")] = [Line(s.start, s.end, who, "NAIVE") for s, who in found if who]
    return lines, timing


def extract_via_cli(articles: list[dict], folder: Path) -> tuple[dict[str, list[Line]], Timing]:
    """Predicted lines per article id from ``quotebot quotes FOLDER --json`` (wall time as ``load``)."""
    for article in articles:
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", "quotes", str(folder), "--json"], capture_output=True, text=True, check=True
    )
    timing = Timing(load=time.perf_counter() - began)
    lines: dict[str, list[Line]] = defaultdict(list)
    for row in map(json.loads, done.stdout.splitlines()):
        if row["speaker"]:
            line = Line(row["start"], row["end"], row["speaker"], row["kind"] or "", row["resolution"] or "", row["speaker_mention"] or "")
            lines[row["document"].removesuffix(".txt")].append(line)
    return dict(lines), timing


def _inside(inner: list, outer: tuple[int, int]) -> bool:
    return bool(inner) and all(outer[0] <= s and e <= outer[1] for s, e in inner)


def error_kind(score: SentenceScore) -> str | None:
    """Name the kind of error a sentence shows, or None when it is right."""
    if score.outcome == "fp":
        return f"false positive {score.lines[0].kind}"
    if score.outcome == "tp" and score.speaker_right is False:
        resolution = score.lines[0].resolution
        names = {"pronoun": "wrong pronoun resolution", "surname": "wrong surname resolution", "role": "wrong role resolution"}
        return names.get(resolution, f"wrong speaker ({resolution})")
    if score.outcome != "fn":
        return None
    gold = score.attributions[0]
    cue = (gold["cue_text"] or "").lower()
    if cue.strip() == ":":
        return "missed transcript colon"
    if "according to" in cue:
        return "missed according to"
    if not _inside(gold["cue"], score.span):
        return "missed continuation (cue in another sentence)"
    if gold["source"] and gold["cue"] and gold["source"][0][0] > gold["cue"][0][0]:
        return "missed speaker after verb"
    return "missed cue in sentence"


def _example(article: dict, score: SentenceScore) -> str:
    text = " ".join(article["text"][score.span[0] : score.span[1]].split())
    if len(text) > EXAMPLE_WIDTH:
        text = text[: EXAMPLE_WIDTH - 1] + "…"
    gold = "; ".join(f"{a['source_text']} [{a['cue_text']}]" for a in score.attributions) or "-"
    predicted = "; ".join(f"{line.speaker} <{line.mention}> {line.kind}/{line.resolution}" for line in score.lines) or "-"
    return f"    {text}\n      gold: {gold} -> {', '.join(score.gold_speakers) or 'null'}\n      got:  {predicted}"


def report(totals: Totals, timing: Timing, errors: dict[str, list[str]], examples: int) -> str:
    n = timing.sentences
    rows = [
        f"P {totals.precision:.3f}  R {totals.recall:.3f}  F1 {totals.f1:.3f}  "
        f"(TP {totals.tp}, FP {totals.fp}, FN {totals.fn})",
        f"speaker accuracy {totals.speaker_accuracy:.3f} ({totals.speaker_right}/{totals.speaker_scored})",
        (
            f"extraction {timing.total:.2f} s for {n} sentences (load {timing.load:.2f} s, split {timing.split:.2f} s, "
            f"attribute {timing.attribute:.2f} s = {n / max(timing.attribute, 1e-9):,.0f} sentences/s)"
            if n
            else f"quotebot quotes took {timing.total:.2f} s, interpreter start-up included"
        ),
        "",
        "errors by kind:",
    ]
    for kind, items in sorted(errors.items(), key=lambda kv: -len(kv[1])):
        rows.append(f"  {len(items):5d}  {kind}")
        rows.extend(items[:examples])
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score quotebot attribution on PolNeAR JSONL files.")
    parser.add_argument("paths", nargs="+", type=Path, help="PolNeAR dev.jsonl / test.jsonl")
    parser.add_argument("--examples", type=int, default=3, help="examples shown per error kind")
    parser.add_argument("--via-cli", action="store_true", help="score the output of `quotebot quotes FOLDER --json`")
    parser.add_argument("--baseline", action="store_true", help="also score the naive `X said` regex, in the same run")
    args = parser.parse_args(argv)
    for path in args.paths:
        articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        with tempfile.TemporaryDirectory() as folder:
            lines, timing = (extract_via_cli if args.via_cli else extract)(articles, Path(folder))
        scores: list[SentenceScore] = []
        errors: dict[str, list[str]] = defaultdict(list)
        for article in articles:
            for score in score_article(article, lines.get(article["id"], [])):
                scores.append(score)
                kind = error_kind(score)
                if kind is not None:
                    errors[kind].append(_example(article, score))
        print(f"== {path} ({len(articles)} articles)")
        print(report(summarise(scores), timing, errors, args.examples))
        if args.baseline:
            with tempfile.TemporaryDirectory() as folder:
                naive, _ = extract_naive(articles, Path(folder))
            base = summarise([s for a in articles for s in score_article(a, naive.get(a["id"], []))])
            print(
                f"\nnaive baseline: P {base.precision:.3f}  R {base.recall:.3f}  F1 {base.f1:.3f}  "
                f"speaker accuracy {base.speaker_accuracy:.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
