"""Beside the question's rarest word, a word the sentence lacks weighs less (``RAREST_HELD_MISSING_WEIGHT``)."""

import numpy as np
import pytest

from retrieval.answer.matching import MIN_TOPIC_COVERAGE, RAREST_HELD_MISSING_WEIGHT, TermWeights, plain_idf

# "who said churchgoers must be armed to protect their flocks?" over 1,000 sentences: "flock"
# is in none of them, "churchgoer" the rarest the corpus has.
TERMS = ["churchgoer", "arm", "protect", "flock"]
FREQUENCIES = [2, 40, 60, 0]
N = 1000


@pytest.fixture
def weights() -> TermWeights:
    return TermWeights(TERMS, FREQUENCIES, N)


def test_a_missed_word_beside_the_rarest_weighs_less(weights):
    idf = {t: plain_idf(df, N) for t, df in zip(TERMS, FREQUENCIES)}
    held = {"churchgoer", "arm"}
    missing = idf["protect"]
    total = idf["churchgoer"] + idf["arm"] + RAREST_HELD_MISSING_WEIGHT * missing + 0.7 * idf["flock"]
    assert weights.coverage(held) == pytest.approx((idf["churchgoer"] + idf["arm"]) / total)
    whole = (idf["churchgoer"] + idf["arm"]) / (total + (1 - RAREST_HELD_MISSING_WEIGHT) * missing)
    assert weights.coverage(held) > whole


def test_without_the_rarest_word_every_missed_word_weighs_whole(weights):
    idf = {t: plain_idf(df, N) for t, df in zip(TERMS, FREQUENCIES)}
    held = {"arm", "protect"}
    assert weights.coverage(held) == pytest.approx((idf["arm"] + idf["protect"]) / sum(idf.values()))
    assert weights.coverage(held) < MIN_TOPIC_COVERAGE


def test_the_rarest_word_alone_still_answers_nothing(weights):
    assert weights.coverage({"churchgoer"}) < MIN_TOPIC_COVERAGE
    # "who called injecting disinfectant irresponsible?": "irresponsibly take ... out of context"
    heavy = TermWeights(["inject", "disinfect", "irrespons"], [30, 20, 2], N)
    alone = heavy.coverage({"irrespons"})
    assert alone < MIN_TOPIC_COVERAGE
    idf = [plain_idf(df, N) for df in (30, 20, 2)]
    assert idf[2] / (idf[2] + RAREST_HELD_MISSING_WEIGHT * (idf[0] + idf[1])) >= MIN_TOPIC_COVERAGE  # halved, it would pass
    assert heavy.coverage({"irrespons", "inject"}) >= MIN_TOPIC_COVERAGE


@pytest.mark.parametrize("held", [set(), {"churchgoer"}, {"churchgoer", "arm"}, {"arm", "protect"}, {"churchgoer", "arm", "protect"}])
def test_one_sentence_and_many_give_the_same_float(weights, held):
    present = np.array([[t in held for t in weights.known]], bool)
    assert weights.coverages(present)[0] == weights.coverage(held)


def test_a_soft_verb_is_never_missed():
    soft = TermWeights(["protect", *TERMS[:2]], [60, 2, 40], N, soft=["protect"])
    assert soft.coverage({"churchgoer", "arm"}) == pytest.approx(1.0)
