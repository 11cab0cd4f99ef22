from pathlib import Path

from retrieval.engine import Engine


def test_seed_search_finds_casualty_sentences():
    engine, skipped = Engine.from_paths([Path(__file__).parent.parent / "seeds"])
    answer = engine.ask("casualties")
    assert skipped == ()
    assert answer.answers and all("casualties" in q.text for q in answer.answers)
