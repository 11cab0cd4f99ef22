import pytest

import numpy as np

from retrieval.answer.matching import MIN_TOPIC_COVERAGE, TermWeights, query_terms
from retrieval.answer.speakers import SpeakerMatcher
from retrieval.index.terms import tokenize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("casualties", tokenize("casualties")),
        ("anything about the stock market in Tokyo", tokenize("stock market Tokyo")),
        ("what did they say", []),
        ("Iran’s missiles, Iran's missiles", tokenize("Iran missiles")),
        ("disease outbreaks after the tsunami", tokenize("disease outbreaks tsunami")),  # when, not what
        ("contact tracing is hopeless now", tokenize("contact tracing hopeless")),  # "now" too
        ("", []),
        (None, []),
    ],
)
def test_query_terms_drop_question_words_and_duplicates(text, expected):
    assert query_terms(text) == expected


def _weights(frequencies: dict[str, int], sentences: int = 100) -> TermWeights:
    return TermWeights(list(frequencies), list(frequencies.values()), sentences)


def test_terms_missing_from_the_corpus_make_the_question_unanswerable():
    assert not _weights({"stock": 0, "market": 0, "tokyo": 0}).answerable
    assert not _weights({"stock": 0, "market": 0, "iraq": 30}).answerable
    assert _weights({"casualti": 3, "lately": 0}).answerable
    assert not _weights({}).answerable


@pytest.mark.parametrize(
    "sentence_terms, matches",
    [
        ({"missil", "attack"}, True),
        ({"missil"}, True),  # the rare word carries most of the weight
        ({"attack"}, False),  # one common word shared is not a match
        (set(), False),
    ],
)
def test_a_sentence_must_hold_most_of_the_question_weight(sentence_terms, matches):
    weights = _weights({"missil": 2, "attack": 60})
    present = np.array([[term in sentence_terms for term in weights.known]])
    # The engine's vectorised rule, and the plain one it must equal.
    assert bool(weights.coverages(present)[0] >= MIN_TOPIC_COVERAGE) is matches
    assert weights.coverages(present)[0] == weights.coverage(sentence_terms)


def test_a_lacking_word_weighs_less_beside_the_rarest_word_held():
    # "homeowners with big mortgages": the corpus lacks "homeowners" ("households" may stand for it).
    weights = _weights({"mortgag": 2, "homeown": 0}, sentences=1000)
    assert weights.coverage({"mortgag"}) >= MIN_TOPIC_COVERAGE
    # Beside a more common word only, the lacking word weighs fully: one shared word is no answer.
    common = _weights({"mortgag": 2, "struggl": 40, "homeown": 0}, sentences=1000)
    assert common.coverage({"struggl"}) < MIN_TOPIC_COVERAGE
    for w, held in ((weights, {"mortgag"}), (common, {"struggl"}), (common, {"mortgag", "struggl"})):
        present = np.array([[term in held for term in w.known]])
        assert w.coverages(present)[0] == w.coverage(held)  # the vectorised rule equals the plain one


SPEAKERS = [
    ("Donald Trump", ("U.S. President",)),
    ("Jonathan Hoffman", ("Pentagon spokesman",)),
    ("Mohammad Javad Zarif", ("Iranian Foreign Minister",)),
    ("Iranian state television", ()),
    ("state television", ()),
    ("Iraq", ()),
    ("Ivanka Trump", ()),
]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Zarif", ["Mohammad Javad Zarif"]),
        ("Mohammad Javad Zarif", ["Mohammad Javad Zarif"]),
        ("Foreign Minister Zarif", ["Mohammad Javad Zarif"]),
        ("the Pentagon spokesman", ["Jonathan Hoffman"]),
        ("Donald Trump", ["Donald Trump"]),
        ("President Trump", ["Donald Trump"]),
        ("Mr. Hoffman", ["Jonathan Hoffman"]),
        ("Trump", ["Donald Trump", "Ivanka Trump"]),  # two people, both shown, never merged
        ("Iranian television", ["Iranian state television"]),
        ("Iraq", ["Iraq"]),
        # no speaker is called "Iran": words sharing its start stand in for it
        ("Iran", ["Mohammad Javad Zarif", "Iranian state television"]),
        ("Iran's foreign minister", ["Mohammad Javad Zarif"]),
        ("the Iranian foreign minister", ["Mohammad Javad Zarif"]),
        ("Ira", []),  # too short a start to stand for anything
        ("Trumpet", []),  # not a demonym ending
        ("the Iraqi government", []),  # "government" is said of no one
        ("Iraqi", ["Iraq"]),
        ("Tokyo", []),
        ("the", []),
    ],
)
def test_speaker_matcher(subject, expected):
    matcher = SpeakerMatcher([n for n, _ in SPEAKERS], [d for _, d in SPEAKERS])
    assert sorted(SPEAKERS[i][0] for i in matcher.find(subject)) == sorted(expected)


def test_a_role_is_found_whatever_word_for_it_the_article_used():
    matcher = SpeakerMatcher(["Monica Reyes", "Jon Hale", "Ann Lee"], [["police spokeswoman"], ["union steward"], ["chairwoman of the board"]])
    assert matcher.find("the police spokesman") == [0]
    assert matcher.find("the spokesperson") == [0]
    assert matcher.find("the board chairman") == [2]
