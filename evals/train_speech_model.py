"""Fit the speech model's weights (``retrieval.attribution.speech_model``) and write them.

    python3 evals/train_speech_model.py --polnear ../shared/eval/polnear/train.jsonl \
        --out retrieval/lexicon/speech_model.tsv evals/news*/

Runs quotebot's attribution over PolNeAR train and every news development set given, recording
each sentence the rules leave with no speaker (its features and speaker readings). A sentence is
speech when its gold names a speaker: a news set's ``gold.jsonl`` (evals/news/README.md), or a
PolNeAR sentence labelled speech as ``evals/polnear_score.gold_labels`` derives it (sentences it
does not care about are left out). The model is a logistic regression over the sorted features
seen at least ``MIN_COUNT`` times, with an L2 penalty, fitted by full-batch gradient descent
(AdaGrad steps) from zero: no randomness, so the same data gives the same weights.
``evals/speech_model_folds.py`` measures it set by set, each set left out of its own fit.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Sequence

import numpy as np

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.news_eval import NewsRow, _sources, evaluate  # noqa: E402
from evals.polnear_score import Line, covers, gold_labels  # noqa: E402
from evals.wire_eval import names_match  # noqa: E402
from retrieval.attribution import attribute  # noqa: E402
from retrieval.attribution.speech_model import probability, recording  # noqa: E402
from retrieval.attribution.speech_ranker import name_features, names  # noqa: E402
from retrieval.attribution.speech_speakers import Candidates  # noqa: E402
from retrieval.text.corpus import load_corpus  # noqa: E402
from retrieval.text.sentences import article_sentences  # noqa: E402

__all__ = ["Item", "NameRow", "NewsSet", "PolnearSet", "record_news", "record_polnear", "fit", "examples", "name_rows", "fit_ranker", "main"]

MIN_COUNT = 3  # a feature seen fewer times in the training sentences gets no weight
PENALTY = 1.0  # L2 penalty on the summed loss (the bias is not penalised)
STEPS = 400  # AdaGrad steps; the loss is convex and barely moves by then
RATE = 0.5  # AdaGrad step size
RANKER_FLOOR = 0.3  # the ranker learns from sentences of at least this speech probability
NEWS_WEIGHT = 3.0  # weight of a news sentence against a PolNeAR one in the loss (news labels are the ones scored; 3 beat 1 left out)


@dataclass(frozen=True, slots=True)
class Item:
    """A sentence the rules gave no speaker: features, readings, and its gold (per gold row)."""

    features: tuple[str, ...]
    read: Candidates
    golds: tuple[tuple[str | None, tuple[str, ...]], ...]  # (speaker, alternatives) of each gold row
    label: int  # 1: someone speaks (in any of its rows)
    key: tuple[str, str, int] | None = None  # a news sentence's source, document and sentence number


@dataclass(frozen=True, slots=True)
class NameRow:
    """One name the readings give a speech sentence, and whether its gold names it."""

    features: tuple[str, ...]
    label: int


@dataclass
class NewsSet:
    """One news set's rows as the rules attribute them, and its unattributed sentences."""

    name: str
    rows: list[NewsRow]
    items: list[Item]


@dataclass
class PolnearSet:
    """PolNeAR articles with the rules' lines, and the unattributed sentences (with spans)."""

    articles: list[dict]
    lines: dict[str, list[Line]]
    items: list[Item]
    spans: list[tuple[str, int, int]]  # article id, start, end of each item


def record_news(folder: Path) -> NewsSet:
    """The rows and items of one news set (``evals/news_ninth``)."""
    rows: list[NewsRow] = []
    items: list[Item] = []
    for source in _sources([folder]):
        with recording() as records:
            found = evaluate(source)
        by_sentence = {(document, i): (feats, read) for document, i, feats, read in records}
        rows.extend(found)
        grouped: dict[tuple[str, int], list[NewsRow]] = {}
        for row in found:
            if row.predicted is None and row.sentence is not None:
                grouped.setdefault((row.document, row.sentence), []).append(row)
        for key in sorted(grouped, key=lambda k: (k[0], k[1])):
            if key in by_sentence:
                feats, read = by_sentence[key]
                golds = tuple((r.gold, r.alternatives) for r in grouped[key])
                items.append(Item(feats, read, golds, int(any(g is not None for g, _ in golds)), (source.resolve().name, *key)))
    return NewsSet(folder.resolve().name, rows, items)


def record_polnear(path: Path, keep_all: bool = False) -> PolnearSet:
    """PolNeAR's articles, the rules' lines and items; ``keep_all`` keeps sentences with no
    clear label too (for scoring, where they may become false positives)."""
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id = {a["id"]: a for a in articles}
    lines: dict[str, list[Line]] = {}
    items: list[Item] = []
    spans: list[tuple[str, int, int]] = []
    with tempfile.TemporaryDirectory() as folder:
        for article in articles:
            (Path(folder) / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
        for doc in load_corpus([Path(folder)]).articles:
            key = doc.document.removesuffix(".txt")
            sentences = article_sentences(doc)
            with recording() as records:
                attributions = attribute(doc, sentences)
            lines[key] = [Line(s.start, s.end, a.speaker, a.kind, a.resolution, a.mention) for s, a in zip(sentences, attributions) if a is not None and a.speaker]
            labels = gold_labels(by_id[key])
            for _, i, feats, read in records:
                s = sentences[i]
                covered = [(label, speech) for span, label, speech in labels if covers(doc.text, span, (s.start, s.end))]
                if not covered and not keep_all:
                    continue
                speakers = [a.get("speaker") for label, speech in covered if label == "speech" for a in speech]
                if any(label == "dontcare" for label, _ in covered) and not speakers and not keep_all:
                    continue
                gold = next((g for g in speakers if g), "someone") if speakers else None
                items.append(Item(feats, read, ((gold, tuple(g for g in speakers if g and g != gold)),), int(bool(speakers))))
                spans.append((key, s.start, s.end))
    return PolnearSet(articles, lines, items, spans)


def examples(items: Sequence[Item], vocabulary: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column) of every known feature of every item, as index arrays, and the labels."""
    rows, cols = [], []
    for n, item in enumerate(items):
        for name in item.features:
            k = vocabulary.get(name)
            if k is not None:
                rows.append(n)
                cols.append(k)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), np.array([i.label for i in items], dtype=float)


def fit(items: Sequence[Item], weight: Sequence[float] | None = None) -> dict[str, float]:
    """Feature -> weight of a logistic regression fitted on ``items`` (``weight``: each item's
    weight in the loss, 1 when omitted). Deterministic (see the module's docstring)."""
    counts: dict[str, int] = {}
    for item in items:
        for name in item.features:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(name for name, n in counts.items() if n >= MIN_COUNT or name == "bias")
    vocabulary = {name: k for k, name in enumerate(names)}
    rows, cols, y = examples(items, vocabulary)
    c = np.ones(len(items)) if weight is None else np.asarray(weight, dtype=float)
    penalty = np.full(len(names), PENALTY)
    if "bias" in vocabulary:
        penalty[vocabulary["bias"]] = 0.0
    w = np.zeros(len(names))
    seen = np.zeros(len(names))
    for _ in range(STEPS):
        z = np.bincount(rows, weights=w[cols], minlength=len(items))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = np.bincount(cols, weights=(c * (p - y))[rows], minlength=len(names)) + penalty * w
        seen += g * g
        w -= RATE * g / (np.sqrt(seen) + 1e-12)
    return {name: float(round(value, 6)) for name, value in zip(names, w) if round(value, 6) != 0.0}


def training_items(news: Sequence[NewsSet], polnear: PolnearSet | None) -> tuple[list[Item], list[float]]:
    """Every item of the sets given, and each one's weight in the loss."""
    items = [i for s in news for i in s.items]
    weight = [NEWS_WEIGHT] * len(items)
    if polnear is not None:
        items += polnear.items
        weight += [1.0] * len(polnear.items)
    return items, weight


def name_rows(items: Sequence[Item], speech: Sequence[float]) -> list[NameRow]:
    """The ranker's training rows (``speech_ranker``): every name the readings give each sentence
    of speech probability ``speech`` (left out of the speech model's fit) past ``RANKER_FLOOR``,
    right when its gold or an alternative matches it (never, for a sentence nobody speaks)."""
    rows: list[NameRow] = []
    for item, p in zip(items, speech):
        golds = [n for g, alts in item.golds if g is not None and g != "someone" for n in (g, *alts)]
        if p < RANKER_FLOOR or (item.label and not golds):
            continue
        given = names(item.read)
        for name, readings in given.items():
            rows.append(NameRow(name_features(name, readings, item.read, len(given) - 1, p), int(any(names_match(g, name) for g in golds))))
    return rows


def out_of_fold(news: Sequence[NewsSet], polnear: PolnearSet | None) -> list[list[float]]:
    """Each news set's speech probabilities from the model fitted without it."""
    out = []
    for left in news:
        model = fit(*training_items([s for s in news if s is not left], polnear))
        out.append([probability(item.features, model) for item in left.items])
    return out


def fit_ranker(news: Sequence[NewsSet], polnear: PolnearSet | None) -> dict[str, float]:
    """The ranker's weights, fitted on the news sets' names with each set's speech probabilities
    from a model fitted without it (PolNeAR, in every such fit, gives the ranker no rows)."""
    rows = [row for s, probs in zip(news, out_of_fold(news, polnear)) for row in name_rows(s.items, probs)]
    return fit(rows)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fit the speech model on PolNeAR train and the news sets.")
    parser.add_argument("news", nargs="*", type=Path, help="news sets (evals/news, evals/news_more, ...)")
    parser.add_argument("--polnear", type=Path, help="PolNeAR train.jsonl (never dev or test)")
    parser.add_argument("--out", type=Path, help="where to write the weights (TSV)")
    parser.add_argument("--ranker-out", type=Path, help="where to write the ranker's weights (speech_ranker.tsv); only once it wins left out")
    args = parser.parse_args(argv)
    news = [record_news(folder) for folder in args.news]
    polnear = record_polnear(args.polnear) if args.polnear else None
    items, weight = training_items(news, polnear)
    model = fit(items, weight)
    print(f"{len(items)} sentences with no speaker from the rules ({sum(i.label for i in items)} of them speech); {len(model)} weights")
    if args.out:
        header = [
            "# Weights of the speech model (retrieval/attribution/speech_model.py): feature, weight (a logit).",
            f"# Fitted by: python3 evals/train_speech_model.py --polnear {args.polnear.name if args.polnear else '-'} {' '.join(s.name for s in news)} ({date.today().isoformat()}),",
            f"# on {len(items)} sentences the rules give no speaker: the news development sets' gold (evals/news*/README.md)",
            "# and PolNeAR v1.0.0 train (Newell, Margolin & Ruths, LREC 2018; github.com/networkdynamics/PolNeAR",
            "# commit c3eee83; its package is MIT-licensed, the data states no licence). Only numbers and words are shipped.",
        ]
        body = [f"{name}\t{value:.6f}" for name, value in sorted(model.items())]
        args.out.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    if args.ranker_out:
        ranker = fit_ranker(news, polnear)
        lines = ["# Weights of the speech model's name ranker (retrieval/attribution/speech_ranker.py): feature, weight (a logit).",
                 "# Fitted by evals/train_speech_model.py --ranker-out on the news development sets' gold."]
        args.ranker_out.write_text("\n".join(lines + [f"{k}\t{v:.6f}" for k, v in sorted(ranker.items())]) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
