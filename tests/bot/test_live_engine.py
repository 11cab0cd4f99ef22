"""The live engine swaps whole generations: every answer comes wholly from one of them."""

from __future__ import annotations

import threading
from pathlib import Path

from bot.live import LiveEngine
from retrieval.engine import Engine

ARTICLE = " date 2021-03-0{n}\n\nInspector Lena Holt{n} said the pier{n} would stay closed, and the harbour said so too.\n"
QUESTION = "who said the pier would stay closed?"


def test_answers_during_swaps_come_wholly_from_the_old_or_the_new_generation(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a0.txt").write_text(ARTICLE.format(n=0), encoding="utf-8")
    states = []  # the answer each generation gives, computed from a fresh build
    for n in range(1, 5):
        states.append(Engine.from_paths([corpus])[0].ask(QUESTION, top=10))
        (corpus / f"a{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    states.append(Engine.from_paths([corpus])[0].ask(QUESTION, top=10))
    for n in range(1, 5):
        (corpus / f"a{n}.txt").unlink()
    live = LiveEngine(Engine.from_paths([corpus], tmp_path / "index")[0], [corpus], tmp_path / "index")
    seen, errors, stop = [], [], threading.Event()

    def asker() -> None:
        while not stop.is_set():
            try:
                seen.append(live.ask(QUESTION, top=10))
            except Exception as error:  # noqa: BLE001 — any error while swapping fails the test
                errors.append(error)

    thread = threading.Thread(target=asker)
    thread.start()
    swaps = []
    for n in range(1, 5):
        (corpus / f"a{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
        swaps.append(live.refresh())
    stop.set()
    thread.join()
    assert errors == [] and swaps == [True] * 4
    assert live.ask(QUESTION, top=10) == states[-1]
    assert seen and all(answer in states for answer in seen)
    assert live.refresh() is False  # nothing changed: the same generation keeps answering
