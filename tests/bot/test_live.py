"""A running ``quotebot serve`` learns articles while it answers: ``@quotebot add``, links by DM,
files dropped in its corpus folder, and generations another process saves to the shared index.

The server is the real subprocess, talking to the fake Web API with signed requests; the pages it
is told to add are served by a small HTTP server on 127.0.0.1 in this process (the server is
started with ``QUOTEBOT_ALLOW_PRIVATE_URLS=1`` for that: nothing reaches the network).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests

from bot.adding import NOT_ALLOWED
from retrieval.index.store import saved_generation
from tests.bot.slack_fakes import (
    BOT_TOKEN,
    BOT_USER,
    SIGNING_SECRET,
    FakeSlack,
    Served,
    clean_env,
    local_site,
    start_serve,
    stop_serve,
    write_corpus,
)
from tests.bot.slack_requests import (
    event_body,
    mention,
    signature,
    unique,
)

ADDER = "UADDER"
# A dropped file must be answered within this long at seed size (the figure).
DROP_ANSWERED_SECONDS = 5.0


def _page(title: str, speaker: str, said: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>{title}</title>
<meta property="og:site_name" content="Fjord Courier"><meta property="article:published_time" content="2023-06-01T08:00:00Z">
</head><body><nav>Home | News | Sport</nav><article><h1>{title}</h1>
<p>The regional council met in the town hall on Thursday to discuss the situation, officials said.</p>
<p>"{said}," said {speaker}, the council's chief engineer, after the meeting ended late in the evening.</p>
<p>Residents said they would wait for the next report before deciding what to do about the matter.</p>
</article><footer>© Fjord Courier</footer></body></html>"""


PAGES = {
    "/glacier.html": _page("Glacier retreat speeds up", "Ingrid Solberg", "The glacier lost forty metres this spring"),
    "/tunnel.html": _page("Tunnel opening delayed", "Harald Vik", "The tunnel cannot open before the autumn"),
    "/ferry.html": _page("Ferry timetable changes", "Sigrid Moe", "The ferry will sail every hour from July"),
}


@pytest.fixture(scope="module")
def pages() -> Iterator[str]:
    def page(path: str, base: str) -> tuple[str, str] | None:
        return (PAGES[path], "text/html; charset=utf-8") if PAGES.get(path) else None

    with local_site(page) as base:
        yield base


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Served, FakeSlack, Path, Path]]:
    fake = FakeSlack()
    root = tmp_path_factory.mktemp("live")
    corpus, index = write_corpus(root / "corpus"), root / "index"
    env = clean_env(
        SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, QUOTEBOT_SLACK_API_URL=fake.api_url,
        QUOTEBOT_CORPUS=str(corpus), QUOTEBOT_INDEX_DIR=str(index), QUOTEBOT_ALLOW_PRIVATE_URLS="1",
        QUOTEBOT_ADD_ALLOWED=ADDER,
    )  # fmt: skip
    served = start_serve(root, env)
    yield served, fake, corpus, index
    stop_serve(served)
    fake.close()


def _post(served: Served, event: dict[str, Any]) -> None:
    text = json.dumps(event_body(event))
    ts = str(int(time.time()))
    headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature(text, ts)}
    assert requests.post(served.url + "/slack/events", data=text.encode(), headers=headers, timeout=10).status_code == 200


def _reply_text(call) -> str:
    blocks = call.params.get("blocks")
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    return (call.params.get("text") or "") + json.dumps(blocks or [], ensure_ascii=False)


def _ask(served: Served, fake: FakeSlack, question: str, timeout: float = 10.0) -> str:
    channel = unique("C")
    _post(served, mention(f"<@{BOT_USER}> {question}", channel))
    (reply,) = fake.wait_for("chat.postMessage", channel=channel, timeout=timeout)
    return _reply_text(reply)


def test_at_quotebot_add_stores_the_article_and_the_next_mention_is_answered_from_it(live, pages):
    served, fake, corpus, _ = live
    url = pages + "/glacier.html"
    channel = unique("C")
    event = mention(f"<@{BOT_USER}> add <{url}|{url.removeprefix('http://')}>", channel, user=ADDER)
    _post(served, event)
    (reply,) = fake.wait_for("chat.postMessage", channel=channel, timeout=30)
    text = _reply_text(reply)
    assert reply.params["thread_ts"] == event["ts"]
    assert f"Added <{url}|Glacier retreat speeds up> · 2023-06-01 · Fjord Courier" in text
    assert "3 sentences" in text or "sentences" in text
    assert "Try: " in text and "what did Solberg say?" in text
    [stored] = corpus.glob("glacier-retreat-speeds-up-*.txt")
    assert f" url: {url}\n" in stored.read_text(encoding="utf-8")
    answer = _ask(served, fake, "what did Solberg say?")
    assert "The glacier lost forty metres this spring" in answer
    assert f"<{url}|Glacier retreat speeds up>" in answer  # the quote links its article
    # App Home lists it: views are built from the generation answering now.
    viewer = unique("UVIEWER")
    _post(served, {"type": "app_home_opened", "user": viewer, "channel": unique("D"), "tab": "home", "event_ts": f"{time.time():.6f}"})
    (view,) = fake.wait_for("views.publish", user_id=viewer, timeout=30)
    assert stored.name in json.dumps(view.params.get("view"), ensure_ascii=False)
    # Adding it again is recognised, not stored twice.
    channel = unique("C")
    _post(served, mention(f"<@{BOT_USER}> add <{url}>", channel, user=ADDER))
    (again,) = fake.wait_for("chat.postMessage", channel=channel, timeout=30)
    assert "Already added" in _reply_text(again) and "the same URL is already stored" in _reply_text(again)
    assert len(list(corpus.glob("glacier-retreat-speeds-up-*.txt"))) == 1


def test_someone_not_allowed_to_add_gets_a_short_refusal(live, pages):
    served, fake, corpus, _ = live
    channel = unique("C")
    _post(served, mention(f"<@{BOT_USER}> add <{pages}/tunnel.html>", channel, user="USOMEONE"))
    (reply,) = fake.wait_for("chat.postMessage", channel=channel)
    assert NOT_ALLOWED in _reply_text(reply)
    assert not list(corpus.glob("tunnel-*.txt"))


def test_a_link_sent_by_direct_message_is_added(live, pages):
    served, fake, corpus, _ = live
    channel = unique("D")
    event = {"type": "message", "channel_type": "im", "user": ADDER, "text": f"<{pages}/tunnel.html>", "channel": channel,
             "ts": f"{time.time():.6f}"}
    _post(served, event)
    (reply,) = fake.wait_for("chat.postMessage", channel=channel, timeout=30)
    assert f"Added <{pages}/tunnel.html|Tunnel opening delayed>" in _reply_text(reply)
    assert "The tunnel cannot open before the autumn" in _ask(served, fake, "what did Vik say?")


def test_a_refused_add_says_why_in_one_line(live, pages):
    served, fake, corpus, _ = live
    channel = unique("C")
    _post(served, mention(f"<@{BOT_USER}> add <{pages}/missing.html>", channel, user=ADDER))
    (reply,) = fake.wait_for("chat.postMessage", channel=channel, timeout=30)
    assert "Could not add" in _reply_text(reply) and "the server answered HTTP 404" in _reply_text(reply)


def test_a_file_dropped_into_the_corpus_folder_is_answered_within_seconds(live):
    served, fake, corpus, _ = live
    text = textwrap.dedent("""\
         date 2023-06-02

        LONGYEAR – The research station will close for the winter, its director said.

        "We will reopen the station in March," said Kari Nordahl, the station director.
        """)
    (corpus / ".tmp-drop").write_text(text, encoding="utf-8")
    (corpus / ".tmp-drop").rename(corpus / "station.txt")
    dropped = time.monotonic()
    while True:
        answer = _ask(served, fake, "what did Nordahl say?")
        if "We will reopen the station in March" in answer:
            break
        assert time.monotonic() - dropped < DROP_ANSWERED_SECONDS, answer
        time.sleep(0.1)
    assert time.monotonic() - dropped < DROP_ANSWERED_SECONDS


def test_a_generation_saved_by_another_process_is_picked_up(live, pages, tmp_path):
    served, fake, corpus, index = live
    deadline = time.monotonic() + 10
    # Earlier tests' generations may still be being saved: start once the server answers from the saved one.
    while (before := requests.get(served.url + "/healthz", timeout=5).json()["generation"]) != saved_generation(index):
        assert time.monotonic() < deadline, served.output()
        time.sleep(0.1)
    page = tmp_path / "ferry.html"
    page.write_text(PAGES["/ferry.html"], encoding="utf-8")
    env = clean_env(QUOTEBOT_CORPUS=str(corpus), QUOTEBOT_INDEX_DIR=str(index))
    done = subprocess.run([sys.executable, "-m", "bot", "add", str(page)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("Added ferry-timetable-changes-"), done.stderr
    deadline = time.monotonic() + 10
    while requests.get(served.url + "/healthz", timeout=5).json()["generation"] == before:
        assert time.monotonic() < deadline, served.output()
        time.sleep(0.1)
    assert "The ferry will sail every hour from July" in _ask(served, fake, "what did Moe say?")
