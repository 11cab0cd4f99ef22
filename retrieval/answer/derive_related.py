"""Derive ``related_words.tsv`` from the Open English WordNet's YAML source.

Run once by hand when the table is refreshed, never at run time (needs pyyaml, in the test extra):

    python3 -m retrieval.answer.derive_related /path/to/english-wordnet/src/yaml > retrieval/lexicon/related_words.tsv

(needs wordllama too, the ``derive`` extra; ``--no-kinds``, ``--no-filter`` and ``--no-steps`` write the tables
it was measured against, ``evals/question_passes.py --table``).

For every word (or two-word phrase) the table lists the index terms of the words WordNet gives
for its most common senses, in three tiers:

- close: the other members of the sense's synset (synonyms: "hurt" / "harm", "quit" / "step
  down"), the words derived from it ("death" / "die", "injury" / "injure"), its irregular
  inflections ("paid" / "pay", "lost" / "lose") and the synsets a verb causes or entails
  ("kill" causes "die");
- narrower: the words for kinds of it, its hyponyms: a sentence saying "compensate" says "pay",
  one saying "deal" says "agreement" (never the other way round: "delay" does not say "postpone").
- a phrasal verb's class word, in the narrower tier: "gone back" says "return", "pull out" says
  "withdraw" (a single word's class never: "delay" does not say "postpone");
- two steps away: a synonym's derived words, a derived word's synonyms, an adjective's similar
  ones ("afraid" ~ "fear"), tried last (``derive_steps``, with initialisms and inflected phrasal verbs).

A narrower or two-step word is kept only when the two words are also close in meaning by wordllama's static
embeddings (MIT, weights in its wheel; cosine at least ``MIN_KIND_SIMILARITY``): WordNet files
many kinds under one class, and only some of them are what a reader means by the class word
("season" ~ "fall" is 0.06, left out; "pay" ~ "compensate" 0.44 and "agreement" ~ "deal" 0.69
kept). The filter runs here, at derivation: the engine reads the table and never the model.

A related word may be a two-word phrase ("nuke" ~ "nuclear weapon", "quit" ~ "step down"),
written with "_" between its index terms; a sentence holds it when it holds both. The relation
is made symmetric ("die" lists "kill" too). When several words share an index term ("death",
"deathly"), only the shortest is read, so a derived word's senses ("deathly": "extremely") do not
leak in. Rare senses are left out (``MAX_SENSES``) because they bring the noise: "strike" is also
a bowling term. Keys and values are stemmed with ``retrieval.index.terms.tokenize`` so the engine
looks them up without re-tokenising the table.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from retrieval.answer.derive_steps import Steps, adverb_of, inflected_phrases, initialism, initialisms, noun_of
from retrieval.index.terms import tokenize

__all__ = [
    "Relations", "Similarity", "Table", "derive", "derive_from", "load", "main", "wordllama_model", "wordllama_similarity", "write",
    "MAX_SENSES", "MAX_SYNSET_MEMBERS", "MAX_HYPERNYM_MEMBERS", "MIN_KIND_SIMILARITY", "MIN_EXTRA_SIMILARITY",
    "MIN_BROADER_SIMILARITY",
]

# Senses of a word taken, most frequent first (OEWN lists senses in frequency order).
MAX_SENSES = 3
# A synset with more members than this is a loose grouping ("go, run, move, ..."): skipped.
MAX_SYNSET_MEMBERS = 8
# A hypernym with more members than this is a vague class ("act, deed, human action"): skipped.
MAX_HYPERNYM_MEMBERS = 6
# Cosine (wordllama, 256 dimensions) a narrower word needs to its class word to be kept: below it
# WordNet's kinds of a class are mostly not what the class word means in news ("season" ~ "fall").
MIN_KIND_SIMILARITY = 0.3
# Cosine a word two steps away needs to be kept (a synonym's derived word, an adjective's similar
# head: "jobless" ~ "unemployed" ~ "unemployment"): two steps reach far, so only close ones stay.
MIN_EXTRA_SIMILARITY = 0.3
# Cosine a word's class needs when ``Relations(broader=True)`` takes it (off: at 0.5 no question of
# any set changed, at 0.3 none more was answered and one no-answer question got a quote).
MIN_BROADER_SIMILARITY = 0.5
# A word of two letters is kept only when it is a whole lemma of its own ("ad", "un"): never a
# part of a phrase.
_PLAIN = re.compile(r"^[a-z]+(?:[ -][a-z]+)?$")

Table = dict[str, dict[str, int]]  # key -> related term -> tier (0 close, 1 narrower, 2 two steps)
Similarity = Callable[[str, str], float]  # two lemmas -> cosine of their embeddings


@dataclass(frozen=True, slots=True)
class Relations:
    """Which of WordNet's relations the table is made of (all by default)."""

    derived: bool = True  # derivationally related words, pertainyms, participles
    forms: bool = True  # irregular inflections listed with the entry ("paid" of "pay")
    hypernyms: bool = True  # kinds of the word (its hyponyms), as the narrower tier
    phrases: bool = True  # two-word phrases as related words, not only as keys
    short: bool = True  # two-letter lemmas ("ad")
    two_steps: bool = True  # a synonym's derived words, an adjective's similar ones (tier 2)
    initialisms: bool = True  # "UN" ~ "United Nations", "AI" ~ "artificial intelligence"
    siblings: bool = False  # the other kinds of a word's class, in the two-step tier
    inflected: bool = True  # phrasal verbs keyed under their irregular forms ("brought down")
    phrasal_classes: bool = True  # a phrasal verb's class word stands in for it ("pull out" ~ "withdraw")
    adverbs: bool = True  # an adverb sharing its adjective's term is read too ("deliberately" ~ "on purpose")
    broader: bool = False  # a word's class (its hypernyms) at MIN_BROADER_SIMILARITY, in the two-step tier
    nouns: bool = False  # a noun sharing a verb's term is read too ("relatives" of "relate", "president" of "preside")


def load(folder: Path) -> tuple[dict[str, dict], dict[str, dict]]:
    """The synsets and the entries of the YAML source in ``folder``."""
    import yaml  # only the derivation needs it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    synsets: dict[str, dict] = {}
    entries: dict[str, dict] = {}
    for path in sorted(folder.glob("*.yaml")):
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=loader) or {}
        if path.name.startswith("entries-"):
            entries.update((str(k), v) for k, v in data.items())
        elif not path.name.startswith("frames"):
            synsets.update(data)
    return synsets, entries


def _key(lemma: str, short: bool) -> str | None:
    if not _PLAIN.match(lemma) or len(lemma) < (2 if short else 3) or (len(lemma) < 3 and " " in lemma):
        return None
    terms = tokenize(lemma.replace("-", " "))
    return "_".join(terms) if 0 < len(terms) <= 2 else None


def derive(folder: Path, relations: Relations = Relations(), similarity: Similarity | None = None) -> Table:
    """Stemmed word or phrase -> stemmed related words or phrases, with their tier."""
    synsets, entries = load(folder)
    return derive_from(synsets, entries, relations, similarity)


def derive_from(
    synsets: dict[str, dict], entries: dict[str, dict], relations: Relations = Relations(), similarity: Similarity | None = None
) -> Table:
    """``derive`` over the source already read (``load``); ``similarity`` filters the narrower
    tier (``MIN_KIND_SIMILARITY``) and the two-step one (``MIN_EXTRA_SIMILARITY``), None keeps them whole."""
    key_of = _keyer(synsets, entries, relations)
    keyed: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for lemma, by_pos in entries.items():
        key = key_of(lemma)
        if key is not None:
            keyed[key].append((lemma, by_pos))
    shortest = {key: min(len(lemma) for lemma, _ in lemmas) for key, lemmas in keyed.items()}
    short_nouns = {key for key, lemmas in keyed.items() if any(len(lemma) == shortest[key] and "n" in by_pos for lemma, by_pos in lemmas)}
    related: Table = defaultdict(dict)
    narrower: list[tuple[str, str]] = []  # (class, kind): "pay" may be said as "compensate"
    broader: list[tuple[str, str]] = []  # (word, its class): only with Relations(broader=True)
    classes: list[tuple[str, str]] = []  # (phrasal verb, its class word): "pull out" said as "withdraw"
    steps = Steps(synsets, entries, relations.siblings) if relations.two_steps else None
    floor = (0.0, MIN_KIND_SIMILARITY, MIN_EXTRA_SIMILARITY)
    for key, lemmas in keyed.items():
        for lemma, by_pos in lemmas:
            if len(lemma) > shortest[key] and not (relations.adverbs and adverb_of(lemma, by_pos, key, key_of)):
                if not (relations.nouns and noun_of(lemma, key, entries, short_nouns)):  # "relative" of "relate"
                    continue
                by_pos = {"n": by_pos["n"]}  # its noun senses only: the verb's are the shortest word's
            for word, tier in _entry_words(by_pos, synsets, relations, steps):
                other = key_of(word)
                # "deathly" is read as "death" only when it is the shortest word of that term
                if other is None or other == key or (len(word) > shortest.get(other, len(word)) and not (relations.nouns and noun_of(word, other, entries, short_nouns))):
                    continue
                if tier and similarity is not None and similarity(lemma, word) < floor[tier]:
                    continue
                if tier == 1:
                    narrower.append((other, key))
                    if relations.broader and "_" not in key and "_" not in other and (similarity is None or similarity(lemma, word) >= MIN_BROADER_SIMILARITY):
                        broader.append((key, other))
                    if relations.phrasal_classes and "v" in by_pos and "_" in key and "_" not in other and other not in key.split("_"):
                        classes.append((key, other))
                elif not ("_" in key and ("_" in other or other in key.split("_"))):
                    # a phrase's relatives are other words: "interest rate" ~ "rate" is none
                    if "_" not in other or relations.phrases:
                        related[key][other] = min(tier, related[key].get(other, tier))
    _symmetric(related, relations)
    _one_way_initialisms(related, entries, key_of)
    for general, kind in narrower:  # never the other way: "delay" does not say "postpone"
        if "_" not in general and ("_" not in kind or relations.phrases):
            related[general][kind] = min(1, related[general].get(kind, 1))
    for word, general in broader:
        related[word][general] = min(2, related[word].get(general, 2))
    for phrase, general in classes:  # a phrasal verb is an everyday word for its class: "gone back" ~ "return"
        related[phrase][general] = min(1, related[phrase].get(general, 1))
    if relations.forms and relations.inflected:
        inflected_phrases(related, entries, key_of)
    return related


def _keyer(synsets: dict[str, dict], entries: dict[str, dict], relations: Relations) -> Callable[[str], str | None]:
    lowered = initialisms(synsets, entries) if relations.initialisms else {}

    def key_of(lemma: str) -> str | None:
        return _key(lowered.get(lemma, lemma), relations.short)

    return key_of


def _one_way_initialisms(related: Table, entries: dict[str, dict], key_of: Callable[[str], str | None]) -> None:
    """An initialism stands for its name ("UN" asked, "United Nations" written), never the other
    way: a transcript's "er" is no "emergency room", and a name with a stand-in of its own is
    matched only whole (``search._whole_phrases``). In place."""
    short = {key_of(lemma) for lemma in entries if initialism(lemma, entries)}
    for key, others in related.items():
        if key not in short:
            for other in [o for o in others if o in short]:
                del others[other]


def _symmetric(related: Table, relations: Relations) -> None:
    """Each close or two-step relation the other way too ("die" lists "kill"), in place."""
    for key, others in list(related.items()):
        for other, tier in list(others.items()):
            if "_" not in other or ("_" not in key and key not in other.split("_")):
                if "_" not in key or relations.phrases:
                    related[other][key] = min(tier, related[other].get(key, tier))


def _entry_words(by_pos: dict, synsets: dict[str, dict], relations: Relations, steps: Steps | None = None) -> Iterable[tuple[str, int]]:
    """(word, tier) for the most common senses of one entry, every part of speech."""
    for entry in by_pos.values():
        if relations.forms:
            yield from ((form, 0) for form in entry.get("form", ()))
        for sense in entry.get("sense", ())[:MAX_SENSES]:
            yield from ((w, 0) for w in _sense_words(sense, synsets, relations))
            if steps is not None:
                yield from ((w, 2) for w in steps.words(sense))
            if relations.hypernyms:
                for s in synsets.get(sense["synset"], {}).get("hypernym", ()):
                    members = synsets.get(s, {}).get("members", ())
                    if len(members) <= MAX_HYPERNYM_MEMBERS:
                        yield from ((m, 1) for m in members)


_DERIVED = ("derivation", "pertainym", "participle")


def _sense_words(sense: dict, synsets: dict[str, dict], relations: Relations) -> list[str]:
    """Synonyms, derived words, and members of the synsets the sense causes or entails."""
    synset = synsets.get(sense["synset"], {})
    linked = [synset] + [synsets.get(s, {}) for rel in ("causes", "entails") for s in synset.get(rel, ())]
    words = [m for s in linked if len(s.get("members", ())) <= MAX_SYNSET_MEMBERS for m in s.get("members", ())]
    kinds = _DERIVED if relations.derived else _DERIVED[:1]
    return words + [d.split("%")[0].replace("_", " ") for k in kinds for d in sense.get(k, ())]


def write(table: Table, out=sys.stdout) -> None:  # type: ignore[no-untyped-def]
    """The table as ``related_words.tsv``: key, close words, narrower words, two-step words (tab-separated)."""
    print("# Related words derived from the Open English WordNet (CC BY 4.0, after Princeton WordNet;", file=out)
    print("# see related_words.LICENSE). Generated by retrieval/answer/derive_related.py; do not edit by hand.", file=out)
    print("# key<TAB>synonyms, derived words and inflections<TAB>narrower words (hyponyms)<TAB>two steps away", file=out)
    for key, others in sorted((k, o) for k, o in table.items() if o):
        tiers = [" ".join(sorted(t for t, tier in others.items() if tier == n)) for n in range(3)]
        print("\t".join([key, *tiers]).rstrip("\t"), file=out)


def wordllama_model():  # type: ignore[no-untyped-def]
    """wordllama's 256-dimension model, read from its wheel (its own loader fetches the tokenizer
    from the network)."""
    from importlib.resources import files

    from safetensors import safe_open
    from tokenizers import Tokenizer
    from wordllama.inference import WordLlamaInference

    root = files("wordllama")
    tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    with safe_open(str(root / "weights" / "l2_supercat_256.safetensors"), framework="np") as weights:
        return WordLlamaInference(weights.get_tensor("embedding.weight"), tokenizer)


def wordllama_similarity() -> Similarity:
    """Cosine of two lemmas' wordllama embeddings."""
    model = wordllama_model()
    cache: dict[str, object] = {}

    def similarity(a: str, b: str) -> float:
        for word in (a, b):
            if word not in cache:
                cache[word] = model.embed([word], norm=True)[0]
        return float(cache[a] @ cache[b])  # type: ignore[operator]

    return similarity


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the YAML source folder (english-wordnet/src/yaml)")
    parser.add_argument("--no-kinds", action="store_true", help="leave the narrower tier (hyponyms) out")
    parser.add_argument("--no-filter", action="store_true", help="keep every kind, without wordllama")
    parser.add_argument("--no-steps", action="store_true", help="leave out words two steps away, initialisms and inflected phrases")
    parser.add_argument("--nouns", action="store_true", help="read a noun sharing a verb's term too (measured, not shipped)")
    args = parser.parse_args(argv)
    steps = not args.no_steps
    relations = Relations(hypernyms=not args.no_kinds, two_steps=steps, initialisms=steps, inflected=steps, nouns=args.nouns)
    filtered = relations.hypernyms and not args.no_filter
    write(derive(args.folder, relations, wordllama_similarity() if filtered else None))


if __name__ == "__main__":
    main()
