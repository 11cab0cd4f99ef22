"""Score quotebot's answers to questions written by reading the articles (``questions.jsonl``).

Each line: ``{"question", "corpus", "kind", "paraphrase", "expect_speakers", "expect_substrings",
"forbid_speakers"}``; ``corpus`` names the folder the question is asked over: the ``articles/``
folder beside the questions file when that file's folder has the corpus's name (the
``evals/news/<source>/`` layout), otherwise a path relative to ``--root``.

The rule for passing, judged on the quotes of the answer (at most ``--top``, 5 by default, the
number a reader sees) and, for aggregate answers, the speakers the answer ranks:

- a ``no-answer`` question passes when the answer quotes nothing (and ranks no speaker);
- any other question passes when every expected substring occurs (whitespace collapsed) in one
  of the quotes, every expected speaker is the speaker of one of the quotes or a ranked speaker,
  and no quote's speaker is a forbidden speaker. Speaker names match as in
  ``evals/wire_eval.names_match`` (case, a leading "the", a shorter name ending the longer).

Prints the pass rate per kind, for the paraphrased questions, per corpus and overall, and
no-answer precision: the share of no-answer questions that got no quotes, and the share of
empty answers that were no-answer questions.

    python3 -m evals.questions evals/questions evals/news
    python3 -m evals.questions evals/questions/seed.jsonl --failures
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.wire_eval import names_match  # noqa: E402
from retrieval.engine import Engine  # noqa: E402
from retrieval.results import Answer  # noqa: E402

__all__ = ["Question", "Verdict", "load_questions", "judge", "report", "main", "TOP", "KINDS"]

TOP = 5  # quotes a reader sees in one answer (the engine's default)
KINDS = ("who said", "what did X say", "about", "how many", "dates", "aggregates", "paraphrase", "no-answer")


@dataclass(frozen=True, slots=True)
class Question:
    question: str
    corpus: Path  # the folder of articles it is asked over
    kind: str
    paraphrase: bool
    expect_speakers: tuple[str, ...]
    expect_substrings: tuple[str, ...]
    forbid_speakers: tuple[str, ...]
    source: str  # the questions file it came from, with its line number

    @property
    def no_answer(self) -> bool:
        return self.kind == "no-answer"


@dataclass(frozen=True, slots=True)
class Verdict:
    question: Question
    passed: bool
    empty: bool  # the answer quoted nothing
    reasons: tuple[str, ...]  # why it failed; empty when it passed
    shown: tuple[str, ...]  # what the answer gave, one line per quote, for --failures


def load_questions(paths: Iterable[Path], root: Path) -> list[Question]:
    """Questions from ``.jsonl`` files, or from the question files under a folder given
    (``questions.jsonl``, or any ``.jsonl`` in a folder named ``questions``).

    Raises:
        ValueError: a line is not a question object, or its corpus folder does not exist.
    """
    files: list[Path] = []
    for path in paths:  # a folder holds gold files too: only question files are read from it
        files += sorted(f for f in path.rglob("*.jsonl") if _is_questions(f)) if path.is_dir() else [path]
    out = []
    for file in files:
        for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append(_question(json.loads(line), file, n, root))
    return out


def _is_questions(file: Path) -> bool:
    return file.name == "questions.jsonl" or file.parent.name == "questions"


def _question(row: dict, file: Path, n: int, root: Path) -> Question:
    try:
        corpus = str(row["corpus"])
        beside = file.parent / "articles"
        folder = beside if file.parent.name == corpus and beside.is_dir() else root / corpus
        if not folder.is_dir():
            raise ValueError(f"{file}:{n}: corpus folder {folder} does not exist")
        return Question(
            question=row["question"],
            corpus=folder,
            kind=row["kind"],
            paraphrase=bool(row.get("paraphrase", False)),
            expect_speakers=tuple(row.get("expect_speakers", ())),
            expect_substrings=tuple(row.get("expect_substrings", ())),
            forbid_speakers=tuple(row.get("forbid_speakers", ())),
            source=f"{file}:{n}",
        )
    except KeyError as missing:
        raise ValueError(f"{file}:{n}: a question needs {missing}") from None


def _flat(text: str) -> str:
    return " ".join(text.split())


def judge(question: Question, answer: Answer, top: int = TOP) -> Verdict:
    """Whether ``answer`` passes ``question`` by the rule of the module docstring (pure)."""
    quotes = answer.answers[:top]
    ranked = [s.name for s in getattr(answer, "speakers", None) or ()][:top]
    shown = tuple(f"{q.speaker or '-'}: {_flat(q.text)}" for q in quotes) + tuple(f"(ranked) {n}" for n in ranked)
    empty = not quotes and not ranked
    reasons: list[str] = []
    if question.no_answer:
        if not empty:
            reasons.append("quoted something for a question the articles cannot answer")
        return Verdict(question, not reasons, empty, tuple(reasons), shown)
    texts = [_flat(q.text) for q in quotes]
    speakers = [q.speaker for q in quotes if q.speaker] + ranked
    for wanted in question.expect_substrings:
        if not any(_flat(wanted) in t for t in texts):
            reasons.append(f"no quote holds “{wanted}”")
    for wanted in question.expect_speakers:
        if not any(names_match(wanted, s) for s in speakers):
            reasons.append(f"{wanted} is not among the speakers")
    for forbidden in question.forbid_speakers:
        if any(names_match(forbidden, q.speaker) for q in quotes if q.speaker):
            reasons.append(f"quotes forbidden speaker {forbidden}")
    if empty and not reasons:
        reasons.append("quoted nothing")
    return Verdict(question, not reasons, empty, tuple(reasons), shown)


def _rate(verdicts: Sequence[Verdict]) -> str:
    passed = sum(v.passed for v in verdicts)
    return f"{passed:4d} / {len(verdicts):<4d} {100 * passed / len(verdicts):5.1f}%" if verdicts else "   - /    -"


def report(verdicts: Sequence[Verdict], failures: bool = False) -> str:
    """The table of pass rates (and, with ``failures``, every failed question with its reasons)."""
    groups: dict[str, list[Verdict]] = defaultdict(list)
    for v in verdicts:
        groups[f"kind: {v.question.kind}"].append(v)
        if v.question.paraphrase:
            groups["kind: paraphrase"].append(v)
        groups[f"corpus: {v.question.corpus}"].append(v)
    order = [f"kind: {k}" for k in KINDS] + sorted(k for k in groups if k.startswith("corpus: "))
    order += sorted(k for k in groups if k.startswith("kind: ") and k not in order)
    lines = [f"{name:<42} {_rate(groups[name])}" for name in order if groups.get(name)]
    lines.append(f"{'overall':<42} {_rate(verdicts)}")
    refusals = [v for v in verdicts if v.question.no_answer]
    empty = [v for v in verdicts if v.empty]
    if refusals:
        quiet = sum(v.empty for v in refusals)
        lines.append(f"no-answer questions given no quotes: {quiet} / {len(refusals)} ({100 * quiet / len(refusals):.1f}%)")
    if empty:
        right = sum(v.question.no_answer for v in empty)
        lines.append(f"empty answers that were no-answer questions: {right} / {len(empty)} ({100 * right / len(empty):.1f}%)")
    if failures:
        for v in verdicts:
            if not v.passed:
                lines += ["", f"FAIL [{v.question.kind}{', paraphrase' if v.question.paraphrase else ''}] {v.question.question}  ({v.question.source})"]
                lines += [f"  - {r}" for r in v.reasons] + [f"    > {s[:200]}" for s in v.shown]
    return "\n".join(lines)


def evaluate(questions: Sequence[Question], top: int = TOP) -> list[Verdict]:
    """Ask every question of an engine over its corpus (one engine per corpus folder)."""
    engines: dict[Path, Engine] = {}
    verdicts = []
    for q in questions:
        if q.corpus not in engines:
            engines[q.corpus], _ = Engine.from_paths([q.corpus])
        verdicts.append(judge(q, engines[q.corpus].ask(q.question, top=top), top))
    return verdicts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="questions.jsonl files or folders holding them")
    parser.add_argument("--root", type=Path, default=Path("."), help="folder corpus paths are relative to")
    parser.add_argument("--top", type=int, default=TOP, help="quotes per answer that are judged")
    parser.add_argument("--failures", action="store_true", help="list every failed question and what it got")
    args = parser.parse_args(argv)
    try:
        questions = load_questions(args.paths, args.root)
    except (ValueError, json.JSONDecodeError) as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    print(report(evaluate(questions, args.top), args.failures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
