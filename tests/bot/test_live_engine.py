"""The live engine swaps whole generations: every answer comes wholly from one of them."""

from __future__ import annotations

import threading
from pathlib import Path

from bot.live import LiveEngine
from retrieval.engine import Engine

ARTICLE = " date 2021-03-0{n}\n\nInspector Lena Holt{n} said the pier{n} would stay closed, and the harbour said so too.\n"
QUESTION = "who said the harbour would stay closed?"


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
    assert [len(state.answers) for state in states] == [1, 2, 3, 4, 5]  # each generation answers differently
    assert live.refresh() is False  # nothing changed: the same generation keeps answering


def test_a_generation_saved_by_another_process_is_followed_without_indexing_again(tmp_path: Path):
    import subprocess
    import sys
    import time

    from bot.live import Watchers
    from tests.bot.slack_fakes import clean_env

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a0.txt").write_text(ARTICLE.format(n=0), encoding="utf-8")
    live = LiveEngine(Engine.from_paths([corpus], index)[0], [corpus], index)
    watchers = Watchers(live, [], index).start()  # no folder watched: only the index generations
    try:
        page = tmp_path / "a1.txt"
        page.write_text(ARTICLE.format(n=1), encoding="utf-8")
        env = clean_env(QUOTEBOT_CORPUS=str(corpus), QUOTEBOT_INDEX_DIR=str(index))
        done = subprocess.run([sys.executable, "-m", "bot", "add", str(page)], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        deadline = time.monotonic() + 10
        while live.report.generation != 2:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert live.report.processed == 0  # taken as the other process saved it
        assert [q.document for q in live.ask(QUESTION, top=10).answers] == ["a0.txt", "a1.txt"]
    finally:
        watchers.stop()


def test_feeds_are_read_into_the_corpus_folder_and_answered(tmp_path: Path):
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from bot.live import Watchers
    from retrieval.sources.fetch import FetchPolicy
    from retrieval.sources.read import Reader
    from tests.retrieval.sources.conftest import PAGE

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/feed.xml":
                body, kind = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                              f'<item><title>Pier</title><link>{base}/pier.html</link></item></channel></rss>'), "application/rss+xml"
            else:
                body, kind = PAGE, "text/html"
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a0.txt").write_text(ARTICLE.format(n=0), encoding="utf-8")
    live = LiveEngine(Engine.from_paths([corpus])[0], [corpus], None)
    feed = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    reader = Reader(FetchPolicy(allow_private=True))  # the feed is served on 127.0.0.1 by this test
    watchers = Watchers(live, [], None, [feed], feed_minutes=60, reader=reader, intake_dir=corpus).start()
    try:
        deadline = time.monotonic() + 20
        while not live.ask("what did Quell say?").answers:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert live.ask("what did Quell say?").answers[0].url == f"http://127.0.0.1:{server.server_address[1]}/pier.html"
        assert len(list(corpus.glob("harbour-closes-*.txt"))) == 1
    finally:
        watchers.stop()
        server.shutdown()
        server.server_close()
