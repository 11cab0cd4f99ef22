"""Related words for the second pass: the WordNet table, the newswire groups, and the groups of a question."""

import pytest

from retrieval.answer.related import related_terms, term_groups
from retrieval.index.terms import tokenize


def _term(word: str) -> str:
    return tokenize(word)[0]


@pytest.mark.parametrize(
    "word, related, unrelated",
    [
        ("hurt", "harmed", "bread"),
        ("injured", "wounded", "cured"),
        ("deaths", "casualties", "births"),  # a newswire group: WordNet does not relate them
        ("sacked", "fired", "bagged"),
        ("prisoners", "detainees", "prism"),
        ("resigned", "quit", "signed"),
        ("Tehran", "Iran", "Iraq"),  # a capital for its country's government
        ("Beijing", "Chinese", "Japanese"),
        ("cop", "officers", "crop"),
        ("hacked", "cyberattack", "hacksaw"),
        ("divested", "sold", "invested"),
        ("jobless", "unemployment", "employment"),
        ("lawmakers", "legislators", "lawns"),
        ("sorry", "apologized", "sorrow"),  # "did Motel 6 say sorry?"
        ("deliberately", "intentionally", "deliverable"),  # an -ly adverb's synonyms, read under its adjective's term
    ],
)
def test_related_words(word, related, unrelated):
    assert _term(related) in related_terms(_term(word))
    assert _term(unrelated) not in related_terms(_term(word))


def test_a_phrasal_verb_is_stood_in_for_by_its_class_word():
    assert _term("returned") in related_terms("gone_back")  # "Christians who have returned" have gone back
    assert _term("withdraw") in related_terms("pull_out")
    assert _term("withdraw") not in related_terms(_term("pull"))  # the verb alone keeps its own senses


def test_a_two_word_phrase_has_its_own_relatives():
    assert _term("retaliate") in related_terms("strike_back")
    groups = term_groups(tokenize("Iran strike back"), lambda t: 1)
    assert [g.asked for g in groups] == [("iran",), ("strike", "back")]
    assert _term("retaliate") in groups[1].stand_ins


def test_stand_ins_are_words_the_corpus_holds_and_not_question_glue():
    held = {_term("harmed"): 3, _term("injured"): 1}
    groups = term_groups([_term("hurt")], lambda t: held.get(t, 0))
    assert set(groups[0].stand_ins) == set(held)
    assert groups[0].stand_ins[0] == _term("injured")  # rarest first within the WordNet words
    assert "say" in related_terms("alleg")
    assert "say" not in term_groups(["alleg"], lambda t: 5)[0].stand_ins  # "said" is in every quote


def test_the_table_is_symmetric():
    for word in ("harm", "injur"):
        for other in related_terms(word)[:5]:
            assert word in related_terms(other), (word, other)


def test_an_irregular_plural_shares_its_singulars_relatives():
    # The index keeps "children" apart from "child": "two million children" must count kids.
    assert _term("children") != _term("child")
    assert _term("children") in related_terms(_term("kid"))
    assert _term("kid") in related_terms(_term("children"))
    assert _term("children") not in related_terms(_term("children"))
