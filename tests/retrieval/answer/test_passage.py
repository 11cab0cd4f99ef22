"""The passage pass: a quote that does not repeat its topic is found through the sentence beside it."""

from pathlib import Path

import numpy as np
import pytest

from retrieval.answer.matching import TermWeights, query_terms
from retrieval.answer.passage import PASSAGE_WEIGHT, passage_ranked
from retrieval.answer.search import TwoPasses
from retrieval.engine import Engine

ARTICLE = """ date 2024-05-02 world

Talks on the Valdorian reservoir resumed in Lusk on Tuesday after a month of delays.

"We do not want just any agreement," Foreign Minister Anna Kovac told reporters.

"It is a good day for farmers," said Piet Moreau, who grows barley near the border.

The weather in Lusk was mild and the harbour reopened to ferries on Tuesday.

"Ferries bring tourists back," harbour master Jan Olsen said.

"Nothing about this is simple," Kovac said at the end of a long day.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("passage")
    (folder / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    engine, _ = Engine.from_paths([folder])
    return engine


def test_a_speakers_quote_is_found_through_the_sentence_before_it(engine):
    answer = engine.ask("what did Kovac say about the reservoir?")
    texts = [q.text for q in answer.answers]
    assert any("just any agreement" in t for t in texts)
    quote = next(q for q in answer.answers if "just any agreement" in q.text)
    assert [(m.word, m.nearby) for m in quote.matched] == [("reservoir", True)]


def test_nearby_matches_rank_after_literal_ones_and_are_weighed_down(engine):
    lib = engine.library
    terms = query_terms("reservoir")
    weights = TermWeights(terms, [lib.document_frequency(t) for t in terms], len(lib))
    literal = lib.search(terms, 10)
    indices, scores, stand_ins = passage_ranked(lib, TwoPasses(lib)._starts, weights, None, 0.5, literal.indices)
    assert len(indices) and not np.isin(indices, literal.indices).any()
    assert scores.max() <= literal.scores.max() * PASSAGE_WEIGHT
    assert all(s == (("reservoir", "reservoir"),) for s in stand_ins)


def test_over_everyones_quotes_the_passage_pass_adds_nothing_to_a_found_answer(engine):
    # Beside Olsen's quote stand Moreau's and Kovac's: over everyone's quotes they are no answer.
    answer = engine.ask("who said tourists?")
    assert [q.speaker for q in answer.answers] == ["Jan Olsen"] and not answer.answers[0].matched


def test_no_passage_when_no_sentence_holds_the_words(engine):
    answer = engine.ask("what did Kovac say about submarines?")
    assert answer.answers == []


LEAD_ARTICLE = """ date 2024-06-10 world

A flood on the Marra river forced the evacuation of three villages in the north on Sunday.

"The water rose faster than in the flood of 1998," said Mayor Edda Lind, standing on the dyke.

Rescue crews worked through the night. Roads to the coast were closed until Monday.

Farmers lost most of the spring barley, the agriculture office said.

Lind also spoke at the town hall. "We will rebuild every house," she said.

A mountain festival in the south drew a record crowd. "We sold out by noon," said organiser Paul Aro.
"""


@pytest.fixture(scope="module")
def flood(engine_over) -> Engine:
    return engine_over({"flood.txt": LEAD_ARTICLE})


def test_the_lead_speaks_for_a_speakers_other_quotes_in_its_article(flood):
    # "We will rebuild" never says "flood" and stands far from it; the article's lead does, and
    # another of Lind's quotes there answers by itself.
    texts = [q.text for q in flood.ask("what did Lind say about the flood?").answers]
    assert any("rebuild every house" in t for t in texts) and any("faster than" in t for t in texts)
    rebuilt = next(q for q in flood.ask("what did Lind say about the flood?").answers if "rebuild" in q.text)
    assert [(m.word, m.nearby) for m in rebuilt.matched] == [("flood", True)]


def test_the_lead_alone_says_nothing_of_a_speaker_none_of_whose_quotes_answers(flood):
    # Aro is quoted in the flooded article, but nothing he said is about the flood.
    assert flood.ask("what did Paul Aro say about the flood?").answers == []


NURSES = """ date 2024-07-01 health

Striking nurses at Holm General Hospital returned to work on Friday after a month without pay talks.

The hospital opened two wards again. Surgery lists were cut by half. Ambulances went to Orra instead.

“It has been a hard month for every family on this ward,” said ward sister Mia Dahl.
"""

PORTERS = """ date 2024-07-02 health

Union leader Ben Ortiz said the porters strike at Vell Hospital would go on into August.

Visitors waited for hours at the main entrance. Some clinics moved to the town hall. The car park was closed.

“It has been a long summer,” said cleaner Rosa Lund.
"""


def test_a_lead_holding_every_word_of_the_question_speaks_for_a_quote_by_itself(engine_over):
    engine = engine_over({"nurses.txt": NURSES, "porters.txt": PORTERS})
    answer = engine.ask("what did Mia Dahl say about the nurses strike?")
    assert [q.speaker for q in answer.answers] == ["Mia Dahl"]
    # A lead that is another speaker's quote tells what he talked about, not what Lund did.
    assert engine.ask("what did Rosa Lund say about the porters strike?").answers == []
