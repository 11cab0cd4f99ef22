"""Derive ``place_words.tsv``: a place's name beside its adjective and its people's name.

A reader takes "Israeli officials" and "Israel's decision", "Iraqi Christians" and "Christians
returning to Iraq", "Texans" and "Texas" for one word; the stemmer does not ("isra" / "israel"),
and WordNet does not link them by any relation: the adjective's synset says only "of or relating
to or characteristic of Israel or its people", the people's "a native or inhabitant of Israel".
Those two glosses are read here (the source no longer lists the places themselves):

    python3 -m retrieval.answer.derive_places /path/to/english-wordnet/src/yaml > retrieval/lexicon/place_words.tsv

(needs pyyaml, in the ``derive`` extra). Run once by hand when the table is refreshed, never at
run time. Left out: a place whose lower-case name is a common word ("china" is porcelain too,
"turkey" a bird, "chile" a pepper), which a lower-cased index could not tell apart, and a
people's name that is one ("Beaver", of Oregon; "Pole"); an adjective that is one too ("French",
"Polish") is kept, since the place's name is what the table adds. A person's adjective is no
place's: its gloss goes on with "or his philosophy", never "or its people". Keys and values are
index terms (``tokenize``), related both ways.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Sequence

from retrieval.index.terms import tokenize

__all__ = ["PLACE_GLOSSES", "gloss_place", "load", "main", "place_pairs", "table", "write"]

# Glosses naming the place an adjective or a people's noun is of: "of or relating to or
# characteristic of Israel or its people", "a native or inhabitant of Texas". The name is the run of
# one or two capitalised words after them; an adjective's gloss must go on with the place's people,
# language or culture ("or its people"), which a person's ("Plato or his philosophy") does not.
PLACE_GLOSSES = re.compile(
    r"^(?:of or (?:relating|pertaining) to(?: or characteristic of)? (?:the )?(?P<of>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)"
    r"(?: or (?:its|their|the) (?:people|peoples|inhabitants|natives|language|culture)| and its (?:people|inhabitants))"
    r"|an? (?:native|inhabitant|resident)(?: or (?:inhabitant|resident))? of (?:the )?(?P<native>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)(?=$|[,;(]| (?:or|and|in|who)\b))"
)
_NAME = re.compile(r"^[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?$")  # one or two capitalised words, no initialism


def gloss_place(definition: str) -> str | None:
    """The place a gloss says the word is of ("Israel"), or None."""
    found = PLACE_GLOSSES.match(definition)
    return (found.group("of") or found.group("native")) if found else None


def place_pairs(synsets: dict[str, dict], lowercase: set[str]) -> Iterable[tuple[str, str]]:
    """(adjective or people's name, place name) for every gloss naming a place.

    Args:
        synsets: synset id -> synset, as the YAML source holds them (adjectives and people).
        lowercase: the source's lower-case lemmas: a place's name that is also one of them is left out.
    """
    for synset in synsets.values():
        place = next((gloss_place(d) for d in synset.get("definition", ())[:1]), None)
        if place is None or place.lower() in lowercase:
            continue
        person = synset.get("lexfile") == "noun.person"
        for word in synset.get("members", ()):
            # an adjective that is a common word too ("French", "Polish") is still read as the
            # place's; a people's name that is one ("Beaver" of Oregon, "Pole") is not
            if _NAME.match(word) and not (person and word.lower() in lowercase):
                yield word, place


def _terms(name: str) -> str | None:
    terms = tokenize(name)
    return "_".join(terms) if 0 < len(terms) <= 2 else None


def table(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Both ways, as index terms: "isra" ~ "israel", "israel" ~ "isra"."""
    out: dict[str, set[str]] = defaultdict(set)
    for word, place in pairs:
        a, b = _terms(word), _terms(place)
        if a and b and a != b and not set(a.split("_")) & set(b.split("_")):
            out[a].add(b)
            out[b].add(a)
    return out


def load(folder: Path) -> tuple[dict[str, dict], set[str]]:
    """The person and adjective synsets of the YAML source, and its lower-case lemmas."""
    import yaml  # only the derivation needs it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    synsets: dict[str, dict] = {}
    for name in ("noun.person", "adj.pert", "adj.all"):
        with (folder / f"{name}.yaml").open(encoding="utf-8") as handle:
            for key, synset in (yaml.load(handle, Loader=loader) or {}).items():
                synsets[key] = {**synset, "lexfile": name}
    lowercase: set[str] = set()
    for path in sorted(folder.glob("entries-*.yaml")):
        with path.open(encoding="utf-8") as handle:
            lowercase.update(k for k in (yaml.load(handle, Loader=loader) or {}) if str(k).islower())
    return synsets, lowercase


def write(related: dict[str, set[str]], out=sys.stdout) -> None:  # type: ignore[no-untyped-def]
    print("# Places and their adjectives and peoples, from the glosses of the Open English WordNet (CC BY 4.0,", file=out)
    print("# after Princeton WordNet; see related_words.LICENSE). Generated by retrieval/answer/derive_places.py.", file=out)
    print("# key<TAB>place names, adjectives and peoples (index terms)", file=out)
    for key in sorted(related):
        print(f"{key}\t{' '.join(sorted(related[key]))}", file=out)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the YAML source folder (english-wordnet/src/yaml)")
    args = parser.parse_args(argv)
    synsets, lowercase = load(args.folder)
    write(table(place_pairs(synsets, lowercase)))


if __name__ == "__main__":
    main()
