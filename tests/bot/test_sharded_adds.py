"""Articles added to a sharded index (``quotebot index --shards K``), which is built as a whole:
``quotebot add``, a file dropped in the corpus folder, a feed and ``@quotebot add <url>`` while
``quotebot serve`` answers from it. Each article is saved, the user is told it is not searchable
until the index is built again and how, the current generation is left untouched, and the next
build makes it searchable.

Real processes throughout: ``quotebot index``, ``add`` and ``ask`` as subprocesses, ``serve`` as a
subprocess on the sharded index in this process (no Ray) against the fake Web API; the page to add
and the feed listing another are served on 127.0.0.1 (``QUOTEBOT_ALLOW_PRIVATE_URLS=1``).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests

from tests.bot.slack_fakes import BOT_TOKEN, BOT_USER, SIGNING_SECRET, Served, clean_env, local_site, start_serve, stop_serve, write_corpus
from tests.bot.slack_requests import event_body, mention, payload_text, post_to, unique

SHARDS = 2
RUN_TIMEOUT = 120.0  # seconds for one quotebot command
LOG_TIMEOUT = 15.0  # seconds for serve to log what it saw
LIGHTHOUSE = ' date 2024-05-01 coast\n\nHARBOURTOWN – The mayor spoke.\n\n"We will rebuild the lighthouse by spring," said Nora Vell, the mayor.\n'


def _page(title: str, speaker: str, said: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>{title}</title>
<meta property="og:site_name" content="Fjord Courier"><meta property="article:published_time" content="2023-06-01T08:00:00Z">
</head><body><article><h1>{title}</h1>
<p>The regional council met in the town hall on Thursday to discuss the plans, officials said.</p>
<p>"{said}," said {speaker}, the council's harbour officer, after the meeting.</p>
<p>Residents said they would wait for the next report before deciding what to do about it.</p>
</article></body></html>"""


PAGES = {
    "/ferry.html": _page("Ferry timetable changes", "Sigrid Moe", "The ferry will sail every hour from July"),
    "/tunnel.html": _page("Tunnel opening delayed", "Harald Vik", "The tunnel cannot open before the autumn"),
}


def _quotebot(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=RUN_TIMEOUT
    )


def _sharded(root: Path) -> tuple[Path, Path]:
    corpus, index = write_corpus(root / "corpus"), root / "index"
    built = _quotebot("index", "--corpus", str(corpus), "--index-dir", str(index), "--shards", str(SHARDS), cwd=root)
    assert built.returncode == 0, built.stderr
    return corpus, index


def _index_state(index: Path) -> dict[str, str]:
    """Every file of the index folder and a digest of its bytes: what 'untouched' means."""
    return {str(p.relative_to(index)): hashlib.blake2b(p.read_bytes()).hexdigest() for p in sorted(index.rglob("*")) if p.is_file()}


def _ask(question: str, corpus: Path, index: Path) -> str:
    done = _quotebot("ask", "--corpus", str(corpus), "--index-dir", str(index), question, cwd=index.parent)
    return done.stdout


def _hint(index: Path) -> str:
    return f"run `quotebot index --shards {SHARDS} --index-dir {index}` (same corpus) to bring it up to date"


def test_quotebot_add_saves_the_article_says_when_it_is_searchable_and_leaves_the_index(tmp_path):
    corpus, index = _sharded(tmp_path)
    before, answered = _index_state(index), _ask("what did Quell say?", corpus, index)
    (tmp_path / "lighthouse.txt").write_text(LIGHTHOUSE, encoding="utf-8")
    added = _quotebot("add", "lighthouse.txt", "--corpus", str(corpus), "--index-dir", str(index), cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    lines = added.stdout.splitlines()
    assert lines[0] == "Saved lighthouse.txt: (2024-05-01); not searchable until the sharded index is built again."
    assert lines[1].startswith(f"The index in {index} is sharded and is built as a whole") and _hint(index) in lines[1]
    assert (corpus / "lighthouse.txt").read_text(encoding="utf-8") == LIGHTHOUSE
    assert _index_state(index) == before  # the current generation is not touched
    assert _ask("what did Quell say?", corpus, index) == answered
    assert "Nora Vell" not in _ask("lighthouse", corpus, index)
    again = _quotebot("add", "lighthouse.txt", "--corpus", str(corpus), "--index-dir", str(index), "--json", cwd=tmp_path)
    assert json.loads(again.stdout)["status"] == "duplicate"
    rebuilt = _quotebot("index", "--corpus", str(corpus), "--index-dir", str(index), cwd=tmp_path)  # as the hint says
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "said Nora Vell, the mayor" in _ask("lighthouse", corpus, index)


def test_json_output_marks_the_article_saved_and_keeps_the_hint_off_stdout(tmp_path):
    corpus, index = _sharded(tmp_path)
    (tmp_path / "lighthouse.txt").write_text(LIGHTHOUSE, encoding="utf-8")
    added = _quotebot("add", "lighthouse.txt", "--corpus", str(corpus), "--index-dir", str(index), "--json", cwd=tmp_path)
    assert added.returncode == 0
    (line,) = added.stdout.splitlines()
    item = json.loads(line)
    assert (item["status"], item["document"], item["reason"]) == (
        "saved", "lighthouse.txt", "not searchable until the sharded index is built again"
    )  # fmt: skip
    assert _hint(index) in added.stderr


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The pages, and a feed listing the tunnel page, on 127.0.0.1."""

    def page(path: str, base: str) -> tuple[str, str] | None:
        if path == "/feed.xml":
            feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Tunnel</title><link>{base}/tunnel.html</link></item></channel></rss>'
            return feed, "application/rss+xml"
        return (PAGES[path], "text/html; charset=utf-8") if PAGES.get(path) else None

    with local_site(page) as base:
        yield base


@pytest.fixture(scope="module")
def served_sharded(fake_slack, site, tmp_path_factory) -> Iterator[tuple[Served, Path, Path]]:
    """`quotebot serve` on a sharded index, reading the site's feed; each test adds files of its own."""
    root = tmp_path_factory.mktemp("sharded-serve")
    corpus, index = _sharded(root)
    env = clean_env(
        SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, QUOTEBOT_SLACK_API_URL=fake_slack.api_url,
        QUOTEBOT_CORPUS=str(corpus), QUOTEBOT_INDEX_DIR=str(index), QUOTEBOT_ALLOW_PRIVATE_URLS="1", QUOTEBOT_ADD_ALLOWED="*",
        QUOTEBOT_FEEDS=f"{site}/feed.xml",
    )  # fmt: skip
    served = start_serve(root, env)
    yield served, corpus, index
    stop_serve(served)


def _logged(served: Served, text: str) -> str:
    """The first log line holding ``text``, waiting for it."""
    deadline = time.monotonic() + LOG_TIMEOUT
    while time.monotonic() < deadline:
        found = [line for line in served.output().splitlines() if text in line]
        if found:
            return found[0]
        time.sleep(0.1)
    raise AssertionError(f"serve never logged {text!r}:\n{served.output()}")


def _health(served: Served) -> dict[str, Any]:
    return requests.get(served.url + "/healthz", timeout=5).json()


def test_a_file_dropped_in_the_corpus_of_a_sharded_serve_is_reported_waiting(served_sharded):
    served, corpus, index = served_sharded
    articles = _health(served)["articles"]
    (corpus / "dropped.txt").write_text(LIGHTHOUSE.replace("lighthouse", "breakwater"), encoding="utf-8")
    line = _logged(served, "dropped.txt is in the corpus but not searchable yet.")
    assert "WARNING" in line and _hint(index) in line and "restart `quotebot serve`" in line
    (corpus / "orchard.txt").unlink()
    line = _logged(served, "orchard.txt was removed from the corpus but is still answered from.")
    assert _hint(index) in line
    assert _health(served) == {**_health(served), "status": "ok", "articles": articles}  # still answering, as before
    assert "Traceback" not in served.output()


def test_quotebot_add_beside_a_sharded_serve_is_saved_and_reported_by_both(served_sharded, fake_slack, tmp_path):
    served, corpus, index = served_sharded
    (tmp_path / "lighthouse.txt").write_text(LIGHTHOUSE, encoding="utf-8")
    added = _quotebot("add", "lighthouse.txt", "--corpus", str(corpus), "--index-dir", str(index), cwd=tmp_path)
    assert added.returncode == 0 and added.stdout.startswith("Saved lighthouse.txt: ")
    _logged(served, "lighthouse.txt is in the corpus but not searchable yet.")
    channel = unique("C")
    post_to(served.url, event_body(mention(f"<@{BOT_USER}> who said the pier will stay closed?", channel)))
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel)
    assert "Marta Quell" in payload_text(reply)  # the generation it opened still answers


def test_slack_add_on_a_sharded_serve_says_saved_and_when_it_is_searchable(served_sharded, fake_slack, site):
    served, corpus, index = served_sharded
    event = mention(f"<@{BOT_USER}> add <{site}/ferry.html>", unique("C"))
    post_to(served.url, event_body(event))
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=event["channel"], thread_ts=event["ts"])
    text = payload_text(reply)
    assert "Saved <" in text and "Ferry timetable changes" in text
    assert f"It becomes searchable once whoever runs quotebot builds it again (`quotebot index --shards {SHARDS}`)" in text
    assert str(index) not in text and str(corpus) not in text  # no local path reaches Slack
    stored = [p for p in corpus.iterdir() if p.suffix == ".txt" and "Sigrid Moe" in p.read_text(encoding="utf-8")]
    assert len(stored) == 1
    _logged(served, f"{stored[0].name} is in the corpus but not searchable yet.")


def test_a_feed_read_by_a_sharded_serve_is_saved_and_reported_waiting(served_sharded):
    served, corpus, _ = served_sharded
    _logged(served, "Saved 1 article from feeds; not searchable until the sharded index is built again.")
    stored = [p for p in corpus.iterdir() if p.suffix == ".txt" and "Harald Vik" in p.read_text(encoding="utf-8")]
    assert len(stored) == 1  # (the folder watcher may start after the feed is read: its line is not awaited)
