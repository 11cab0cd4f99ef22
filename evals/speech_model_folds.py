"""Leave-one-set-out measurement of the speech model: what a publisher nobody read will see.

    python3 evals/speech_model_folds.py --polnear /work/shared/eval/polnear/train.jsonl \
        --dev /work/shared/eval/polnear/dev.jsonl evals/news*/ [--cache /tmp/speech.pkl]

For each news set X, fits the model (``train_speech_model.fit``) on PolNeAR train and every
news set but X, then scores X as ``evals/news_eval.py`` does (sentences right, P, R) with the
model's speakers added to the sentences the rules left without one, for every threshold of
``THRESHOLDS`` and reading order of ``ORDERS``. The threshold and order are chosen for the net
sentences right summed over the left-out sets, never for one set; the table prints each set's
left-out figures against the rules alone. PolNeAR dev (never fitted on) is scored by the model
fitted on everything else (P, R, F1, speaker accuracy as ``evals/polnear.py``).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from dataclasses import replace
from pathlib import Path
from typing import Sequence

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.news_eval import score  # noqa: E402
from evals.polnear_score import Line, score_article, summarise  # noqa: E402
from evals.train_speech_model import NewsSet, PolnearSet, fit, record_news, record_polnear, training_items  # noqa: E402
from retrieval.attribution.speech_model import KIND, probability  # noqa: E402
from retrieval.attribution.speech_speakers import choose  # noqa: E402

__all__ = ["THRESHOLDS", "ORDERS", "news_figures", "dev_figures", "folds", "main"]

THRESHOLDS = tuple(round(0.3 + 0.05 * k, 2) for k in range(13)) + (0.95, 0.96, 0.97, 0.98, 0.99)
ORDERS = (
    ("person",), ("previous",), ("phrase",), ("person", "previous"), ("person", "phrase"), ("previous", "person"),
    ("person", "previous", "phrase"), ("person", "phrase", "previous"), ("previous", "person", "phrase"),
)


def news_figures(news: NewsSet, probs: Sequence[float], threshold: float, order: Sequence[str]) -> tuple[int, int, float, float]:
    """(sentences right, sentences, P, R) of one set with the model's speakers added."""
    added = {}
    for item, p in zip(news.items, probs):
        if p >= threshold and (chosen := choose(item.read, order)) is not None:
            added[item.key] = chosen[0]
    rows = [replace(r, predicted=added.get((r.source, r.document, r.sentence))) if r.predicted is None else r for r in news.rows]
    result = score(rows)
    return result.right, result.sentences, result.precision, result.recall


def dev_figures(dev: PolnearSet, probs: Sequence[float], threshold: float, order: Sequence[str]) -> tuple[float, float, float, float]:
    """(P, R, F1, speaker accuracy) of PolNeAR dev with the model's speakers added."""
    lines = {key: list(found) for key, found in dev.lines.items()}
    for item, p, (key, start, end) in zip(dev.items, probs, dev.spans):
        if p >= threshold and (chosen := choose(item.read, order)) is not None:
            lines[key].append(Line(start, end, chosen[0], KIND))
    totals = summarise(s for article in dev.articles for s in score_article(article, lines[article["id"]]))
    return totals.precision, totals.recall, totals.f1, totals.speaker_accuracy


def folds(news: Sequence[NewsSet], train: PolnearSet | None) -> list[list[float]]:
    """Each set's item probabilities under the model fitted without it."""
    out = []
    for left in news:
        items, weight = training_items([s for s in news if s is not left], train)
        model = fit(items, weight)
        out.append([probability(item.features, model) for item in left.items])
        print(f"  fitted without {left.name}: {len(items)} sentences, {len(model)} weights", file=sys.stderr)
    return out


def _choose(news: Sequence[NewsSet], probs: Sequence[Sequence[float]]) -> tuple[float, tuple[str, ...], int]:
    """The threshold and order with the most net sentences right over the left-out sets, among
    those lowering no set (any, when none keeps every set); ties go to the higher threshold."""
    base = [news_figures(s, p, 2.0, ("person",))[0] for s, p in zip(news, probs)]
    best = None
    for order in ORDERS:
        for threshold in THRESHOLDS:
            gains = [news_figures(s, p, threshold, order)[0] - b for s, p, b in zip(news, probs, base)]
            key = (min(gains) >= 0, sum(gains), threshold)
            if best is None or key > best[0]:
                best = (key, threshold, order)
    assert best is not None
    return best[1], best[2], best[0][1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Leave-one-set-out figures of the speech model.")
    parser.add_argument("news", nargs="+", type=Path, help="news sets (evals/news, evals/news_more, ...)")
    parser.add_argument("--polnear", type=Path, help="PolNeAR train.jsonl")
    parser.add_argument("--dev", type=Path, help="PolNeAR dev.jsonl (scored, never fitted on)")
    parser.add_argument("--cache", type=Path, help="keep the recorded sentences here (pickle) and reuse them")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        news, train, dev = pickle.loads(args.cache.read_bytes())
    else:
        news = [record_news(folder) for folder in args.news]
        train = record_polnear(args.polnear) if args.polnear else None
        dev = record_polnear(args.dev, keep_all=True) if args.dev else None
        if args.cache:
            args.cache.write_bytes(pickle.dumps((news, train, dev)))
    probs = folds(news, train)
    threshold, order, gain = _choose(news, probs)
    print(f"chosen over the left-out sets: threshold {threshold}, order {'/'.join(order)}, net {gain:+d} sentences right")
    print(f"{'set':<16} {'rules':>22} {'with the model (left out)':>30}")
    for s, p in zip(news, probs):
        r0, n, p0, q0 = news_figures(s, p, 2.0, order)
        r1, _, p1, q1 = news_figures(s, p, threshold, order)
        print(f"{s.name:<16} {r0 / n:.3f} P {p0:.3f} R {q0:.3f}   {r1 / n:.3f} P {p1:.3f} R {q1:.3f}   {r1 - r0:+d} of {n}")
    if dev is not None:
        model = fit(*training_items(news, train))
        dp = [probability(item.features, model) for item in dev.items]
        for name, t in (("rules", 2.0), ("with the model", threshold)):
            p, r, f1, acc = dev_figures(dev, dp, t, order)
            print(f"PolNeAR dev, {name}: P {p:.3f} R {r:.3f} F1 {f1:.3f} speaker {acc:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
