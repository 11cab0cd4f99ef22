"""The shipped related-words table with one more WordNet relation, for measuring it."""

from __future__ import annotations

from evals.related_variants import extended, shipped
from retrieval.index.terms import tokenize

# Made-up words, so the shipped table holds none of them.
SYNSETS = {
    "1-a": {"members": ["glorpy"], "similar": ["2-a"]},
    "2-a": {"members": ["zindlish"]},
    "3-v": {"members": ["blorf"], "hypernym": ["4-v"]},
    "4-v": {"members": ["frandle"]},
}
ENTRIES = {
    "glorpy": {"a": {"sense": [{"id": "glorpy%3", "synset": "1-a"}]}},
    "zindlish": {"a": {"sense": [{"id": "zindlish%3", "synset": "2-a"}]}},
    "blorf": {"v": {"sense": [{"id": "blorf%2", "synset": "3-v"}]}},
    "frandle": {"v": {"sense": [{"id": "frandle%2", "synset": "4-v"}]}},
}


def _t(word: str) -> str:
    return "_".join(tokenize(word))


def test_similar_adjectives_join_the_two_step_tier_both_ways_and_the_rest_is_the_shipped_table():
    table = extended("similar", SYNSETS, ENTRIES, None)
    assert table[_t("glorpy")][_t("zindlish")] == 2 and table[_t("zindlish")][_t("glorpy")] == 2
    assert table["pay"] == shipped()["pay"]


def test_a_verb_class_stands_in_one_way_only_and_the_similarity_floor_holds():
    table = extended("verb-class", SYNSETS, ENTRIES, lambda a, b: 0.9)
    assert table[_t("blorf")][_t("frandle")] == 2
    assert _t("blorf") not in table.get(_t("frandle"), {})
    assert _t("frandle") not in extended("verb-class", SYNSETS, ENTRIES, lambda a, b: 0.1).get(_t("blorf"), {})
