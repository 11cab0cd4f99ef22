"""Leave-one-set-out measurement of the speech model: what a publisher nobody read will see.

    python3 evals/speech_model_folds.py --polnear ../shared/eval/polnear/train.jsonl \
        --dev ../shared/eval/polnear/dev.jsonl evals/news*/ [--cache /tmp/speech.pkl]

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
from typing import Callable, Mapping, Sequence

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.news_eval import score  # noqa: E402
from evals.polnear_score import Line, score_article, summarise  # noqa: E402
from evals.train_speech_model import Item, NewsSet, PolnearSet, fit, fit_ranker, record_news, record_polnear, training_items  # noqa: E402
from retrieval.attribution.speech_model import KIND, name_probability, probability  # noqa: E402
from retrieval.attribution.speech_ranker import rank  # noqa: E402
from retrieval.attribution.speech_speakers import choose  # noqa: E402

__all__ = ["THRESHOLDS", "FLOORS", "ORDERS", "by_order", "by_rank", "news_figures", "dev_figures", "folds", "main"]

THRESHOLDS = tuple(round(0.3 + 0.05 * k, 2) for k in range(13)) + (0.95, 0.96, 0.97, 0.98, 0.99)
FLOORS = (0.3, 0.5, 0.7, 0.8, 0.9, 0.95)  # the speech probability the ranker's settings also need
ORDERS = (
    ("person",), ("previous",), ("phrase",), ("person", "previous"), ("person", "phrase"), ("previous", "person"),
    ("person", "previous", "phrase"), ("person", "phrase", "previous"), ("previous", "person", "phrase"),
)


Pick = Callable[[Item, float], "str | None"]


def by_order(threshold: float, order: Sequence[str]) -> Pick:
    """The readings of ``order`` taken in turn past a speech probability of ``threshold``."""
    return lambda item, p: chosen[0] if p >= threshold and (chosen := choose(item.read, order)) is not None else None


def by_rank(ranker: Mapping[str, float], threshold: float, floor: float) -> Pick:
    """The ranker's best name, when its probability passes ``threshold`` (and speech ``floor``)."""

    def pick(item: Item, p: float) -> str | None:
        best = rank(item.read, p, ranker) if p >= floor else None
        return best[0] if best is not None and name_probability(best[2]) >= threshold else None

    return pick


def news_figures(news: NewsSet, probs: Sequence[float], pick: Pick) -> tuple[int, int, float, float]:
    """(sentences right, sentences, P, R) of one set with the model's speakers added."""
    added = {item.key: name for item, p in zip(news.items, probs) if (name := pick(item, p)) is not None}
    rows = [replace(r, predicted=added.get((r.source, r.document, r.sentence))) if r.predicted is None else r for r in news.rows]
    result = score(rows)
    return result.right, result.sentences, result.precision, result.recall


def dev_figures(dev: PolnearSet, probs: Sequence[float], pick: Pick) -> tuple[float, float, float, float]:
    """(P, R, F1, speaker accuracy) of PolNeAR dev with the model's speakers added."""
    lines = {key: list(found) for key, found in dev.lines.items()}
    for item, p, (key, start, end) in zip(dev.items, probs, dev.spans):
        if (name := pick(item, p)) is not None:
            lines[key].append(Line(start, end, name, KIND))
    totals = summarise(s for article in dev.articles for s in score_article(article, lines[article["id"]]))
    return totals.precision, totals.recall, totals.f1, totals.speaker_accuracy


def fit_both(news: Sequence[NewsSet], train: PolnearSet | None) -> tuple[dict[str, float], dict[str, float]]:
    """The speech model and the ranker fitted on the sets given."""
    return fit(*training_items(news, train)), fit_ranker(news, train)


def folds(news: Sequence[NewsSet], train: PolnearSet | None) -> list[tuple[list[float], dict[str, float]]]:
    """Each set's item probabilities and the ranker, fitted without it."""
    out = []
    for left in news:
        model, ranker = fit_both([s for s in news if s is not left], train)
        out.append(([probability(item.features, model) for item in left.items], ranker))
        print(f"  fitted without {left.name}: {len(model)} weights, {len(ranker)} ranker weights", file=sys.stderr)
    return out


def _best(news: Sequence[NewsSet], probs: Sequence[Sequence[float]], picks: dict[tuple, Sequence[Pick]]) -> tuple[tuple, int]:
    """The setting of ``picks`` (setting -> each set's pick) with the most net sentences right over
    the left-out sets, among those lowering no set (any, when none keeps every set); ties go to
    the later setting (the higher threshold)."""
    base = [news_figures(s, p, lambda item, q: None)[0] for s, p in zip(news, probs)]
    best = None
    for setting, per_set in picks.items():
        gains = [news_figures(s, p, pick)[0] - b for s, p, b, pick in zip(news, probs, base, per_set)]
        key = (min(gains) >= 0, sum(gains))
        if best is None or key >= best[0]:
            best = (key, setting)
    assert best is not None
    return best[1], best[0][1]


def _table(news: Sequence[NewsSet], probs: Sequence[Sequence[float]], per_set: Sequence[Pick]) -> None:
    print(f"{'set':<16} {'rules':>22} {'with the model (left out)':>30}")
    for s, p, pick in zip(news, probs, per_set):
        r0, n, p0, q0 = news_figures(s, p, lambda item, q: None)
        r1, _, p1, q1 = news_figures(s, p, pick)
        print(f"{s.name:<16} {r0 / n:.3f} P {p0:.3f} R {q0:.3f}   {r1 / n:.3f} P {p1:.3f} R {q1:.3f}   {r1 - r0:+d} of {n}")


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
    fitted = folds(news, train)
    probs = [p for p, _ in fitted]
    ordered = {("order", t, order): [by_order(t, order)] * len(news) for order in ORDERS for t in THRESHOLDS}
    ranked = {("rank", t, f): [by_rank(r, t, f) for _, r in fitted] for f in FLOORS for t in THRESHOLDS}
    for name, picks in (("readings in order", ordered), ("ranker", ranked)):
        setting, gain = _best(news, probs, picks)
        print(f"{name}: chosen over the left-out sets: {setting}, net {gain:+d} sentences right")
        _table(news, probs, picks[setting])
        if dev is not None:
            model, ranker = fit_both(news, train)
            dp = [probability(item.features, model) for item in dev.items]
            pick = by_order(*setting[1:]) if setting[0] == "order" else by_rank(ranker, *setting[1:])
            for label, chosen in (("rules", lambda item, q: None), ("with the model", pick)):
                p, r, f1, acc = dev_figures(dev, dp, chosen)
                print(f"PolNeAR dev, {label}: P {p:.3f} R {r:.3f} F1 {f1:.3f} speaker {acc:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
