"""The shipped ``related_words.tsv`` with one more WordNet relation, to measure what it is worth.

Writes the table ``retrieval/answer/derive_related.py`` made, plus the pairs one relation it does
not use would add, both ways, for ``evals.question_passes --table``:

- ``similar``: an adjective's similar ones (WordNet's heads and satellites) without the wordllama
  filter the two-step tier applies ("costly" ~ "expensive", "loud" ~ "thunderous");
- ``lemmas``: adjectives whose index term a shorter word already holds, which the table reads
  only as the shorter word ("expensive" is read as "expense", "classified" as "classify"): their
  synonyms, and their similar ones in the two-step tier, at wordllama cosine >= ``MIN_SIMILARITY``;
- ``also``: an adjective's "see also" and attribute synsets ("able" ~ "ability"), two-step tier,
  at cosine >= ``MIN_SIMILARITY``;
- ``verb-class``: a verb's class (its hypernym: "pledge" said as "promise"), one way, in the
  two-step tier, at cosine >= ``MIN_CLASS_SIMILARITY``.

    python3 -m evals.related_variants /tmp/oewn/src/yaml similar /tmp/similar.tsv
    python3 -m evals.question_passes evals/questions evals/news --by-set --table /tmp/similar.tsv

(needs pyyaml and wordllama, the ``derive`` extra).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Callable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from retrieval.answer.derive_related import MAX_SENSES, MAX_SYNSET_MEMBERS, Relations, Table, _keyer, load, wordllama_similarity, write  # noqa: E402
from retrieval.lexicon import lines  # noqa: E402

__all__ = ["VARIANTS", "extended", "main", "shipped", "MIN_SIMILARITY", "MIN_CLASS_SIMILARITY"]

VARIANTS = ("similar", "lemmas", "also", "verb-class")
MIN_SIMILARITY = 0.3  # as the table's own narrower and two-step tiers
MIN_CLASS_SIMILARITY = 0.4  # a class reaches further than a kind: a stricter floor


def shipped() -> Table:
    """``related_words.tsv`` as key -> term -> tier."""
    table: Table = defaultdict(dict)
    for line in lines("related_words.tsv"):
        key, *tiers = line.split("\t")
        for tier, terms in enumerate(tiers):
            table[key].update((t, tier) for t in terms.split())
    return table


def _pairs(variant: str, lemma: str, pos: str, sense: dict, synsets: dict[str, dict], longer: bool) -> list[tuple[str, int]]:
    """(related lemma, tier) the variant adds for one sense of ``lemma``."""
    synset = synsets.get(sense["synset"], {})

    def members(names: Sequence[str]) -> list[str]:
        return [m for s in names for m in synsets.get(s, {}).get("members", ()) if len(synsets[s]["members"]) <= MAX_SYNSET_MEMBERS]

    adjective = pos in ("a", "s")
    if variant == "similar" and adjective:
        return [(m, 2) for m in members(synset.get("similar", ()))]
    if variant == "lemmas" and adjective and longer:
        return [(m, 0) for m in members([sense["synset"]])] + [(m, 2) for m in members(synset.get("similar", ()))]
    if variant == "also" and adjective:
        return [(m, 2) for m in members([*synset.get("also", ()), *synset.get("attribute", ())])]
    if variant == "verb-class" and pos == "v" and not longer:
        return [(m, -2) for m in members(synset.get("hypernym", ()))]  # negative: one way only
    return []


def extended(variant: str, synsets: dict[str, dict], entries: dict[str, dict], similarity: Callable[[str, str], float] | None) -> Table:
    """The shipped table plus the variant's pairs (kept when ``similarity`` is None or passes)."""
    key_of = _keyer(synsets, entries, Relations())
    table = shipped()
    lemmas: dict[str, list[str]] = defaultdict(list)
    for lemma in entries:
        if (key := key_of(lemma)) is not None:
            lemmas[key].append(lemma)
    shortest = {key: min(map(len, names)) for key, names in lemmas.items()}
    floor = MIN_CLASS_SIMILARITY if variant == "verb-class" else MIN_SIMILARITY
    for lemma, by_pos in entries.items():
        key = key_of(lemma)
        if key is None or "_" in key:
            continue
        for pos, entry in by_pos.items():
            for sense in entry.get("sense", ())[:MAX_SENSES]:
                for other, tier in _pairs(variant, lemma, pos, sense, synsets, len(lemma) > shortest[key]):
                    term = key_of(other)
                    if term is None or term == key or (variant != "similar" and similarity is not None and similarity(lemma, other) < floor):
                        continue
                    for a, b in [(key, term)] + ([(term, key)] if tier >= 0 else []):
                        if "_" not in a and table[a].get(b, 3) > abs(tier):
                            table[a][b] = abs(tier)
    return table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="the YAML source folder (english-wordnet/src/yaml)")
    parser.add_argument("variant", choices=VARIANTS)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    similarity = None if args.variant == "similar" else wordllama_similarity()
    with args.out.open("w", encoding="utf-8") as out:
        write(extended(args.variant, *load(args.wordnet), similarity), out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
