"""The two passes: the literal one keeps rank-bm25's scores; the second is labelled and weighed down."""

import numpy as np
import pytest

from retrieval.answer.matching import query_terms
from retrieval.answer.search import RELATED_WEIGHT, TwoPasses, says_no
from retrieval.engine import Engine


@pytest.fixture(scope="module")
def searcher(seed_paths) -> TwoPasses:
    engine, _ = Engine.from_paths(seed_paths)
    return TwoPasses(engine.library)


def test_the_literal_pass_keeps_the_librarys_scores(searcher):
    terms = query_terms("casualties")
    literal = searcher.ranked(terms, None, 5, related=False)
    hits = searcher.library.search(terms, 50)
    assert len(literal) and literal.indices.tolist() == hits.indices[: len(literal)].tolist()
    assert np.array_equal(literal.scores, hits.scores[: len(literal)])
    assert all(s == () for s in literal.stand_ins)
    ranked = searcher.ranked(terms, None, 5)  # later passes only add sentences after the literal ones
    assert ranked.indices[: len(literal)].tolist() == literal.indices.tolist()
    assert np.array_equal(ranked.scores[: len(literal)], literal.scores)


def test_the_second_pass_says_which_words_stood_in_and_ranks_below(searcher):
    terms = query_terms("harmed")
    ranked = searcher.ranked(terms, None, 5)
    literal = [j for j, s in enumerate(ranked.stand_ins) if not s]
    second = [j for j, s in enumerate(ranked.stand_ins) if s]
    assert literal and second and max(literal) < min(second)
    texts = {searcher.library.text(int(ranked.indices[j])): ranked.stand_ins[j] for j in second}
    casualties = [s for t, s in texts.items() if "suffered no casualties" in t]
    assert casualties and casualties[0][0][1] == "harm"
    unweighted = searcher.library.search([casualties[0][0][0]] + terms, 50)
    j = next(j for j in second if "suffered no casualties" in searcher.library.text(int(ranked.indices[j])))
    at = unweighted.indices.tolist().index(int(ranked.indices[j]))
    assert ranked.scores[j] == pytest.approx(unweighted.scores[at] * RELATED_WEIGHT)


def test_no_second_pass_when_asked_not_to(searcher):
    assert len(searcher.ranked(query_terms("harmed"), None, 5, related=False)) == 1


@pytest.mark.parametrize(
    "text, words, denied",
    [
        ("Iraq said its forces suffered no casualties.", "casualties", True),
        ("They said none of their troops in Iraq were harmed.", "harmed", True),
        ("Iran told Washington to withdraw its troops to prevent more deaths and warned allies not to help.", "deaths", False),
        ("He said it wasn't safe.", "safe", True),
        ("An appointee like him cannot possibly fulfill the mission.", "fulfill", True),
        ("Nobody was there.", "", True),
        ("Everyone was there.", "", False),
    ],
)
def test_a_negation_must_stand_before_the_word_it_denies(text, words, denied):
    assert says_no(text, query_terms(words)) is denied
