"""A body quoted under its acronym is found by it beside the people described by it."""

import pytest

ARTICLES = {
    "agency.txt": (
        "The NWF said on Monday that the reservoirs would stay open to anglers all winter.\n\n"
        '"We expect the reservoirs to freeze early," said NWF director Jo Park.\n'
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def test_the_body_named_by_the_acronym_is_found_with_its_director(engine):
    answer = engine.ask("what did the NWF say about the reservoirs?")
    assert {q.speaker for q in answer.answers} == {"NWF", "Jo Park"}
