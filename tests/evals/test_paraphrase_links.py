"""Which WordNet relation links a question's missing word to the sentence it expected."""

from __future__ import annotations

from evals.paraphrase_links import Links
from retrieval.index.terms import tokenize

# A made-up fragment of a wordnet, in the shape of the Open English WordNet's YAML source.
SYNSETS = {
    "1-a": {"members": ["costly", "pricey"], "similar": ["2-a"]},
    "2-a": {"members": ["expensive"]},
    "3-a": {"members": ["cheap"]},
    "4-n": {"members": ["vessel"]},
    "5-n": {"members": ["tanker"], "hypernym": ["4-n"]},
}
ENTRIES = {
    "costly": {"a": {"sense": [{"id": "costly%3", "synset": "1-a"}]}},
    "pricey": {"a": {"sense": [{"id": "pricey%3", "synset": "1-a"}]}},
    "expensive": {"a": {"sense": [{"id": "expensive%3", "synset": "2-a", "antonym": ["cheap%3"]}]}},
    "cheap": {"a": {"sense": [{"id": "cheap%3", "synset": "3-a", "antonym": ["expensive%3"]}]}},
    "vessel": {"n": {"sense": [{"id": "vessel%1", "synset": "4-n"}]}},
    "tanker": {"n": {"sense": [{"id": "tanker%1", "synset": "5-n"}]}},
}


def _links(word: str, sentence: str, says_no: bool = False) -> set[str]:
    return Links(SYNSETS, ENTRIES).relations(tokenize(word)[0], set(tokenize(sentence)), says_no)


def test_a_synonym_and_a_similar_adjective_are_named_by_their_relation():
    assert _links("costly", "the rooms are pricey") == {"syn"}
    assert _links("costly", "the rooms are expensive") == {"similar"}


def test_a_class_and_a_kind_are_hypernym_and_hyponym():
    assert _links("tanker", "a vessel was seized") == {"hypernym"}
    assert _links("vessel", "a tanker was seized") == {"hyponym"}


def test_an_antonym_counts_only_when_the_sentence_says_no():
    assert _links("expensive", "it is not cheap", says_no=True) == {"antonym"}
    assert _links("expensive", "it is cheap") == set()


def test_a_shared_beginning_is_a_form_and_an_unrelated_sentence_links_nothing():
    assert _links("criticised", "the criticism was fair") == {"prefix5"}
    assert _links("costly", "the ship sailed at dawn") == set()
