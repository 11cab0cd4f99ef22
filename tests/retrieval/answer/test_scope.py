"""Scope: a question restricted to corpus folders or tags quotes only from documents inside."""

from __future__ import annotations


import pytest

from retrieval.answer.scope import Scope, in_scope
from retrieval.engine import Engine


@pytest.mark.parametrize(
    "scope, path, tags, inside",
    [
        (Scope(folders=("politics",)), "/data/wire/politics/vote.txt", (), True),
        (Scope(folders=("politics",)), "/data/wire/politics/2021/vote.txt", (), True),
        (Scope(folders=("wire/politics",)), "/data/wire/politics/vote.txt", (), True),
        (Scope(folders=("./politics",)), "/data/wire/politics/vote.txt", (), True),
        (Scope(folders=("/data/wire",)), "/data/wire/politics/vote.txt", (), True),
        (Scope(folders=("/wire",)), "/data/wire/politics/vote.txt", (), False),  # absolute: from the root
        (Scope(folders=("politics",)), "/data/wire/sport/politics.txt", (), False),  # a file name is not a folder
        (Scope(folders=("polit",)), "/data/wire/politics/vote.txt", (), False),
        (Scope(folders=("politics",)), None, ("politics",), False),  # no path: folders cannot match
        (Scope(tags=("Business",)), None, ("business",), True),
        (Scope(tags=("business",)), "/a/b.txt", ("sport",), False),
        (Scope(folders=("sport",), tags=("business",)), "/a/b.txt", ("business",), True),  # either one is enough
        (Scope(), "/a/b.txt", ("business",), False),
    ],
)
def test_in_scope(scope, path, tags, inside):
    assert in_scope(scope, path, tags) is inside


ARTICLES = {
    "politics/council.txt": " date 2021-05-10 politics\n\nCouncillor Tom Okafor said the harbour budget vote would be delayed.\n",
    "business/harbour.txt": " date 2021-03-04 business\n\nMaria Lindqvist said harbour cargo volumes fell.\n",
    "sport/regatta.txt": " date 2021-06-01 sport\n\nCoach Ann Berg said the harbour regatta was a success.\n",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("scoped")
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return Engine.from_paths([root])[0]


@pytest.mark.parametrize(
    "question, scope, documents",
    [
        ("who said harbour?", None, {"council.txt", "harbour.txt", "regatta.txt"}),
        ("who said harbour?", Scope(folders=("politics",)), {"council.txt"}),
        ("who said harbour?", Scope(tags=("business", "sport")), {"harbour.txt", "regatta.txt"}),
        ("harbour", Scope(folders=("sport",)), {"regatta.txt"}),
        ("what did Okafor say?", Scope(folders=("business",)), set()),  # his quotes are elsewhere
        ("what did Okafor say?", Scope(tags=("politics",)), {"council.txt"}),
        ("who said harbour?", Scope(folders=("weather",)), set()),
    ],
)
def test_engine_quotes_only_inside_the_scope(engine, question, scope, documents):
    answer = engine.ask(question, top=10, scope=scope)
    assert {q.document for q in answer.answers} == documents
    assert (answer.message is None) is bool(documents)


def test_scope_holds_for_an_engine_opened_from_a_saved_index(tmp_path):
    root = tmp_path / "corpus"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    Engine.from_paths([root], index_dir=tmp_path / "index")
    reopened, _ = Engine.from_paths([root], index_dir=tmp_path / "index")  # read back from disk
    answer = reopened.ask("who said harbour?", top=10, scope=Scope(folders=("sport",), tags=("politics",)))
    assert {q.document for q in answer.answers} == {"regatta.txt", "council.txt"}


@pytest.mark.parametrize(
    "candidates, mask, kept",
    [
        (None, None, None),
        ([0, 2, 3], None, [0, 2, 3]),
        (None, [True, False, True, True], [0, 2, 3]),
        ([1, 3], [True, False, True, True], [3]),
        ([], [True, True], []),
    ],
)
def test_restrict(candidates, mask, kept):
    import numpy as np

    from retrieval.answer.scope import restrict

    result = restrict(None if candidates is None else np.array(candidates, np.int64), None if mask is None else np.array(mask))
    assert (result is None) if kept is None else result.tolist() == kept
