"""What ``derive_related`` adds beyond a sense's own synset: words two steps away, initialisms,
and phrasal verbs written with an irregular form.

- Two steps (the table's third tier): the words derived from a synonym ("jobless" is a synonym of
  "unemployed", from which "unemployment" is derived), the synonyms of a derived word, and an
  adjective's similar ones (WordNet's satellites and heads: "jobless" ~ "unemployed"). Two steps
  reach far ("idle" is "jobless" too), so ``derive_related`` keeps only those wordllama's
  embeddings call close (``MIN_EXTRA_SIMILARITY``).
- Initialisms: WordNet lists "UN" with "United Nations" and "AI" with "artificial intelligence";
  the index reads them lower-cased, so they (and the names beside them) are keyed so, unless the
  lower-case word is a word of its own ("US" is not "us").
- A phrasal verb is listed in its base form ("bring down"); a question writes "brought down",
  whose first word the stemmer does not take back to "bring". The phrase's relatives are keyed
  under each irregular form of its verb too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

__all__ = ["Steps", "adverb_of", "initialism", "initialisms", "inflected_phrases", "noun_of"]

_INITIALISM = re.compile(r"^[A-Z]{2,4}$")
# Sense relations that make a derived word ("death" of "die", "national" of "nation").
DERIVED = ("derivation", "pertainym", "participle")
# A synset with more members than this is a loose grouping: its members are not taken.
MAX_MEMBERS = 8


def initialism(lemma: str, entries: dict[str, dict]) -> str | None:
    """The lower-cased word of an initialism ("UN" -> "un"), None for any other lemma or when the
    lower-cased word is a lemma of its own."""
    if not _INITIALISM.match(lemma) or lemma.lower() in entries:
        return None
    return lemma.lower()


def initialisms(synsets: dict[str, dict], entries: dict[str, dict]) -> dict[str, str]:
    """Lemma -> the lower-cased lemma to key it by, for every initialism and for the capitalised
    names in its synset ("UN" -> "un", "United Nations" -> "united nations"); other names keep
    out of the table, as they always have."""
    out: dict[str, str] = {}
    for synset in synsets.values():
        members = synset.get("members", ())
        short = [m for m in members if initialism(m, entries)]
        if short and len(members) <= MAX_MEMBERS:
            out.update((m, m.lower()) for m in members if m[:1].isupper() and (m in short or not m.isupper()))
    return out


class Steps:
    """Words two steps from a sense, over one wordnet."""

    def __init__(self, synsets: dict[str, dict], entries: dict[str, dict], siblings: bool = False) -> None:
        self._synsets = synsets
        self._kinds: dict[str, list[str]] = defaultdict(list)  # synset -> its hyponyms (for siblings)
        for name, synset in synsets.items() if siblings else ():
            for general in synset.get("hypernym", ()):
                self._kinds[general].append(name)
        self._senses: dict[str, list[dict]] = defaultdict(list)  # synset -> its members' senses
        self._synset_of: dict[str, str] = {}  # sense id -> synset
        for by_pos in entries.values():
            for entry in by_pos.values():
                for sense in entry.get("sense", ()):
                    self._senses[sense["synset"]].append(sense)
                    self._synset_of[sense.get("id", "")] = sense["synset"]

    def _members(self, synset: str) -> list[str]:
        members = self._synsets.get(synset, {}).get("members", ())
        return list(members) if len(members) <= MAX_MEMBERS else []

    def words(self, sense: dict) -> list[str]:
        """Similar adjectives' words, the words derived from the sense's synonyms (and from the
        similar ones), the synonyms of every such derived word, and (``siblings``) the other
        kinds of the sense's class ("lawmaker" ~ "policymaker")."""
        similar = list(self._synsets.get(sense["synset"], {}).get("similar", ()))
        out = [m for s in similar for m in self._members(s)]
        for general in self._synsets.get(sense["synset"], {}).get("hypernym", ()):
            out.extend(m for s in self._kinds.get(general, ()) if s != sense["synset"] for m in self._members(s))
        for synset in [sense["synset"], *similar]:
            for other in self._senses.get(synset, ()):
                for target in (d for kind in DERIVED for d in other.get(kind, ())):
                    out.append(target.split("%")[0].replace("_", " "))
                    out.extend(self._members(self._synset_of.get(target, "")))
        return out


def inflected_phrases(related: dict[str, dict[str, int]], entries: dict[str, dict], key_of: Callable[[str], str | None]) -> None:
    """Key a phrasal verb's relatives under its verb's irregular forms too ("brought down" as
    "bring down"), in place; a key the table already has is left as it is. Only the question's
    side: a sentence holding the phrase so written ("have not given up hope") is not taken as
    saying its relatives ("surrendered"), which gave a question the articles cannot answer a quote."""
    inflected: dict[str, list[str]] = {}  # "bring_down" -> ["brought_down"]
    for lemma, by_pos in entries.items():
        verb, _, rest = lemma.partition(" ")
        phrase = key_of(lemma) if rest and "v" in by_pos else None
        if phrase is None:
            continue
        forms = (key_of(f"{form} {rest}") for form in entries.get(verb, {}).get("v", {}).get("form", ()))
        inflected[phrase] = [k for k in forms if k is not None and k != phrase and "_" in k]
    for phrase, forms in inflected.items():
        for key in forms:
            if phrase in related and key not in related:
                related[key] = dict(related[phrase])


def adverb_of(lemma: str, by_pos: dict, key: str, key_of: Callable[[str], str | None]) -> bool:
    """Whether ``lemma`` is only an adverb made from an adjective of the same index term
    ("deliberately" of "deliberate"): its senses are the adjective's, so the term's relatives
    include its synonyms ("on purpose", "intentionally"). "deathly", an adverb of degree that
    no adjective of "death" makes, is not one."""
    senses = [s for entry in by_pos.values() for s in entry.get("sense", ())]
    return set(by_pos) == {"r"} and bool(senses) and all(
        any(key_of(p.split("%")[0].replace("_", " ")) == key for p in s.get("pertainym", ())) for s in senses
    )


def noun_of(word: str, key: str, entries: dict[str, dict], short_nouns: set[str]) -> bool:
    """Whether ``word``, longer than its term's shortest word, is read as a noun of a term whose
    shortest word is no noun ("relative" of "relat", whose shortest word is the verb "relate";
    "president" of "presid", "preside"): a question's "relatives" means the noun."""
    return key not in short_nouns and "n" in entries.get(word, {})
