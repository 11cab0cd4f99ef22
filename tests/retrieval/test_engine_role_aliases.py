"""A state's "top prosecutor" is its attorney general, as papers write it; no other attorney is."""

import pytest

ARTICLES = {
    "court.txt": (
        " date 2023-06-02 local\n\n"
        "Valdoria Attorney General Mira Holt said her office had opened an investigation.\n\n"
        "“My client did nothing wrong,” said defense attorney Sam Reed.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def test_the_top_prosecutor_is_the_attorney_general(engine):
    assert [q.speaker for q in engine.ask("what did Valdoria's top prosecutor say?").answers] == ["Mira Holt"]


def test_a_defense_attorney_is_no_top_prosecutor(engine):
    assert "Sam Reed" not in [q.speaker for q in engine.ask("what did the top prosecutor say?").answers]
