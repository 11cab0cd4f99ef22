"""A question's word in the other spelling: British and American, a compound's other number."""

from pathlib import Path

import pytest

from retrieval.answer.related import related_terms
from retrieval.answer.spellings import spelling_variants
from retrieval.engine import Engine
from retrieval.index.terms import tokenize

ARTICLE = """ date 2024-05-02 world

The Valdorian council voted on Tuesday to close the Lusk ferry terminal.

"This closure is a disgrace and it will hurt every family on the island," said Piet Moreau, who runs a bakery near the harbor.

"We will keep the terminal open through the winter," said Anna Kovac, the harbor master.

"The new labor rules will help dockworkers," said Jan Olsen.
"""


@pytest.mark.parametrize(
    "written, other",
    [
        ("criticised", "criticized"),
        ("organisation", "organizations"),
        ("analysed", "analyzed"),
        ("labour", "labor"),
        ("honor", "honour"),
        ("defence", "defense"),
        ("centre", "center"),
        ("programme", "program"),
        ("congresswomen", "congresswoman"),
        ("spokesman", "spokesmen"),
    ],
)
def test_a_stem_has_its_other_spelling(written, other):
    assert tokenize(other)[0] in spelling_variants(tokenize(written)[0])


@pytest.mark.parametrize("word", ["tour", "human", "crisis", "water", "senator", "1990s", "step_down"])
def test_words_no_rule_fits_have_no_variant(word):
    term = "_".join(tokenize(word.replace("_", " ")))
    assert spelling_variants(term) == ()


def test_the_british_spelling_borrows_the_american_ones_relatives():
    relatives = related_terms(tokenize("criticised")[0])
    assert relatives[0] == tokenize("criticized")[0]
    assert tokenize("condemn")[0] in relatives


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("spellings")
    (folder / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    engine, _ = Engine.from_paths([folder])
    return engine


def test_a_question_in_british_spelling_finds_the_american_sentence(engine):
    texts = [q.text for q in engine.ask("who talked about the harbour?").answers]
    assert any("harbor" in t for t in texts)
    texts = [q.text for q in engine.ask("who said the labour rules would help dockworkers?").answers]
    assert any("labor rules" in t for t in texts)


def test_the_other_spelling_answers_nothing_the_articles_do_not_say(engine):
    assert not engine.ask("who said the defence budget would grow?").answers
