"""The verb of a claim, which an answer must hold (or a relative of it)."""

import pytest

from retrieval.answer.claims import claim_terms, claim_verb, unheld_claim, unheld_name
from retrieval.answer.related import related_terms


@pytest.mark.parametrize(
    "topic, verb",
    [
        ("interest rates would fall", ("fall", None)),
        ("the verdict would not be overturned", ("overturned", None)),
        ("borrowing costs would go up again", ("go", "up")),
        ("Sony had only postponed the film", ("postponed", "the")),
        ("Petrovic was injured", ("injured", None)),
        ("the hospital had no vaccines left", None),  # "had" before no participle
        ("casualties", None),
        ("prices will in the end", None),  # a question word after the modal is no claim's verb
    ],
)
def test_claim_verb(topic, verb):
    assert claim_verb(topic) == verb


def test_claim_terms_are_the_verb_and_its_relatives():
    terms = claim_terms("interest rates would fall")
    assert "fall" in terms and set(related_terms("fall")) <= terms
    assert claim_terms("who warned about prices") == frozenset()


def test_a_phrasal_verbs_meaning_is_said_in_its_relatives_words():
    terms = claim_terms("borrowing costs would go up")
    assert {"rise", "increas", "rais"} <= terms  # "go up" ~ "rise" ~ "increase", "raise"
    # A one-word verb keeps its own relatives only: "fall" is not said by whatever "drop" relates to.
    fall = claim_terms("rates would fall")
    assert fall == frozenset(["fall", *related_terms("fall")])


def test_an_unheld_claim_is_named_only_when_nothing_like_it_is_in_the_articles():
    held = {"drop": 3}
    assert unheld_claim("rates would fall", lambda t: held.get(t, 0)) is None  # "drop" is a relative
    assert unheld_claim("rates would fall", lambda t: 0) == "fall"
    assert unheld_claim("rates", lambda t: 0) is None


@pytest.mark.parametrize("topic", ["Okonjo would make a great governor", "the bill would become law", "prices will get worse"])
def test_a_light_verb_requires_nothing_of_the_answer(topic):
    # "he would be a great governor" says it without the verb
    assert claim_terms(topic) == frozenset()
    assert unheld_claim(topic, lambda term: 0) is None


def test_a_phrasal_light_verb_with_relatives_is_still_required():
    assert claim_terms("prices would go up")  # "go" is no light verb; "go up" means rise


def test_an_unheld_name_is_a_capitalised_word_no_article_uses():
    frequency = {"vote": 3, "harbour": 2}.get
    assert unheld_name("the Quorvex vote", lambda t: frequency(t, 0)) == "Quorvex"
    assert unheld_name("the Harbour vote", lambda t: frequency(t, 0)) is None
    assert unheld_name("the Quorvex ballot", lambda t: 0) is None  # nothing asked is there at all


def test_a_month_or_weekday_is_a_date_not_a_name_the_articles_must_use():
    frequency = {"attack": 3, "vote": 2}.get
    assert unheld_name("worse than the September 11 attacks", lambda t: frequency(t, 0)) is None
    assert unheld_name("the Monday vote", lambda t: frequency(t, 0)) is None
    assert unheld_name("the Quorvex attacks in September", lambda t: frequency(t, 0)) == "Quorvex"
