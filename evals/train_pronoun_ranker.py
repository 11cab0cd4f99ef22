"""Fit the "he"/"she" ranker's weights on PolNeAR train (see ``retrieval.attribution.ranking``).

    python3 evals/train_pronoun_ranker.py ../shared/eval/polnear/train.jsonl \
        --out retrieval/lexicon/pronoun_ranker.tsv

Runs quotebot's attribution over every article, recording each "he"/"she" it resolves with the
people who could be meant. A pronoun whose gold speaker (a ``pronoun+coref`` attribution whose
source is that pronoun, inside the sentence) matches one candidate and not another is a training
case. The model is a conditional logit (a softmax over each case's candidates) with an L2
penalty, fitted by full-batch gradient descent from zero: no randomness, so the same data gives
the same weights. Round 2 records the cases again with round 1's model choosing (its choices
change who has spoken later on) and refits. Prints the rules' and the model's top-1 accuracy on
a fixed fifth of the articles held out, then fits on all of them and writes the weights with
their provenance.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zlib
from datetime import date
from pathlib import Path

import numpy as np

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.polnear_score import names_match  # noqa: E402
from retrieval.attribution import attribute  # noqa: E402
from retrieval.attribution.ranking import FEATURES, MIN_OVERRIDE, recording  # noqa: E402
from retrieval.text.corpus import load_corpus  # noqa: E402
from retrieval.text.sentences import article_sentences  # noqa: E402

__all__ = ["cases", "fit", "top1", "main"]

PENALTY = 0.01  # L2 weight per case: keeps rare features from deciding alone
STEPS = 3000  # gradient steps; the loss is convex and flat long before this
RATE = 0.5  # step size on the mean loss
HELD_OUT = 5  # every 5th article (by a checksum of its id) is held out for the printed check

Case = tuple[np.ndarray, np.ndarray]  # candidate features (n x d), which candidates are right (n)


def _gold_speaker(article: dict, start: int, end: int, pronoun: str) -> str | None:
    speakers = {
        a["speaker"]
        for a in article["attributions"]
        if a.get("speaker")
        and a.get("speaker_rule") == "pronoun+coref"
        and (a.get("source_text") or "").strip().lower() == pronoun
        and a["source"]
        and start <= a["source"][0][0] < end
    }
    return speakers.pop() if len(speakers) == 1 else None


def cases(articles: list[dict], model: np.ndarray | None = None) -> dict[str, list[Case]]:
    """Training cases per article id, recorded while ``model`` (None: the rules) chooses."""
    by_id = {a["id"]: a for a in articles}
    out: dict[str, list[Case]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for article in articles:
            (Path(folder) / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
        for doc in load_corpus([Path(folder)]).articles:
            article = by_id[doc.document.removesuffix(".txt")]
            sentences = article_sentences(doc)
            with recording(None if model is None else model.tolist()) as records:
                attribute(doc, sentences)
            found = []
            for index, gender, options in records:
                pronoun = "he" if gender == "male" else "she"
                gold = _gold_speaker(article, sentences[index].start, sentences[index].end, pronoun)
                if gold is None or len(options) < 2:
                    continue
                right = np.array([names_match(o.pick.name, gold) for o in options], dtype=float)
                if 0 < right.sum() < len(options):
                    found.append((np.array([o.features for o in options], dtype=float), right))
            out[article["id"]] = found
    return out


def fit(data: list[Case]) -> np.ndarray:
    """Weights minimising the mean negative log-likelihood of the right candidates, plus L2."""
    x = np.vstack([c[0] for c in data])
    right = np.concatenate([c[1] for c in data])
    starts = np.cumsum([0] + [len(c[1]) for c in data[:-1]])
    group = np.repeat(np.arange(len(data)), [len(c[1]) for c in data])
    w = np.zeros(len(FEATURES))
    for _ in range(STEPS):
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[group])
        p = e / np.add.reduceat(e, starts)[group]
        q = p * right
        q = q / np.add.reduceat(q, starts)[group]
        w -= RATE * (PENALTY * w + (x.T @ (p - q)) / len(data))
    return w


def top1(data: list[Case], w: np.ndarray | None, margin: float = 0.0) -> float:
    """Share of cases whose chosen candidate is right: the rules' pick (``w`` None), else the
    best-scored one when it beats the rules' pick by more than ``margin``."""
    if not data:
        return 0.0
    hits = 0
    for x, right in data:
        rules = int(np.argmax(x[:, 0]))
        choice = rules
        if w is not None:
            s = x @ w
            best = int(np.argmax(s))
            choice = best if s[best] - s[rules] > margin else rules
        hits += int(right[choice] > 0)
    return hits / len(data)


def _split(recorded: dict[str, list[Case]]) -> tuple[list[Case], list[Case]]:
    train, held = [], []
    for article_id in sorted(recorded):
        (held if zlib.crc32(article_id.encode()) % HELD_OUT == 0 else train).extend(recorded[article_id])
    return train, held


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fit the pronoun ranker on PolNeAR train.")
    parser.add_argument("train", type=Path, help="PolNeAR train.jsonl")
    parser.add_argument("--out", type=Path, help="where to write the weights (TSV)")
    parser.add_argument("--rounds", type=int, default=2, help="record-and-fit rounds")
    args = parser.parse_args(argv)
    articles = [json.loads(line) for line in args.train.read_text(encoding="utf-8").splitlines() if line.strip()]
    model = None
    for round_ in range(1, args.rounds + 1):
        recorded = cases(articles, model)
        train, held = _split(recorded)
        check = fit(train)
        print(
            f"round {round_}: {len(train)} cases to fit, {len(held)} held out; held-out top-1: rules {top1(held, None):.3f}, "
            f"model {top1(held, check):.3f}, model over the rules by {MIN_OVERRIDE} {top1(held, check, MIN_OVERRIDE):.3f}"
        )
        model = fit(train + held)
    assert model is not None
    for name, weight in zip(FEATURES, model):
        print(f"  {name:24s} {weight:+.3f}")
    if args.out:
        every = [c for found in recorded.values() for c in found]
        header = [
            "# Weights of the pronoun ranker (retrieval/attribution/ranking.py), one feature a line.",
            f"# Fitted by: python3 evals/train_pronoun_ranker.py {args.train.name} --rounds {args.rounds} ({date.today().isoformat()}),",
            f"# on {len(every)} \"he\"/\"she\" cases from PolNeAR v1.0.0 train (840 articles; Newell, Margolin & Ruths,",
            "# LREC 2018, github.com/networkdynamics/PolNeAR commit c3eee83; its package is MIT-licensed, the data",
            "# states no licence). Only these numbers are shipped, no text of the corpus.",
        ]
        body = [f"{name}\t{weight:.6f}" for name, weight in zip(FEATURES, model)]
        args.out.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
