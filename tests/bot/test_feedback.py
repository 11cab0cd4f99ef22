"""Votes in SQLite: replaced by a second vote of the same person, kept across restarts, listed."""

from __future__ import annotations

import json
import threading

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.feedback import FeedbackError, FeedbackStore, QuoteRef, Vote

REFS = (QuoteRef("harbour.txt", 10, 40), QuoteRef("orchard.txt", 0, 12))


def vote(user: str = "U1", value: str = "up", message_ts: str = "1.1", at: str = "2026-12-01T09:00:00+00:00") -> Vote:
    return Vote("C1", message_ts, user, value, "who said apples?", REFS, at)  # type: ignore[arg-type]


def test_a_second_vote_by_the_same_person_replaces_the_first(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.record(vote("U1", "up"))
    store.record(vote("U2", "up"))
    store.record(vote("U1", "down", at="2026-12-01T09:05:00+00:00"))
    store.record(vote("U1", "up", message_ts="2.2", at="2026-12-01T09:06:00+00:00"))  # another answer: another vote
    assert [(v.user, v.message_ts, v.vote) for v in store.votes()] == [("U2", "1.1", "up"), ("U1", "1.1", "down"),
                                                                          ("U1", "2.2", "up")]


def test_votes_survive_a_restart(tmp_path):
    FeedbackStore(tmp_path / "f.sqlite3").record(vote())
    (again,) = FeedbackStore(tmp_path / "f.sqlite3").votes()
    assert again == vote()


def test_concurrent_votes_are_all_kept(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    threads = [threading.Thread(target=store.record, args=(vote(f"U{i}"),)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(store.votes()) == 20


def test_an_unwritable_place_is_one_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(FeedbackError, match="QUOTEBOT_FEEDBACK_DB"):
        FeedbackStore(blocker / "f.sqlite3")


def test_feedback_command_lists_votes(tmp_path, monkeypatch):
    db = tmp_path / "f.sqlite3"
    FeedbackStore(db).record(vote("U1", "down"))
    monkeypatch.setenv("QUOTEBOT_FEEDBACK_DB", str(db))
    text = CliRunner().invoke(cli, ["feedback"])
    assert text.exit_code == 0
    assert text.output == "2026-12-01T09:00:00+00:00  👎  U1  C1  who said apples?  (2 quotes)\n"
    listed = CliRunner().invoke(cli, ["feedback", "--json"])
    assert json.loads(listed.output) == [{
        "channel": "C1", "message_ts": "1.1", "user": "U1", "vote": "down", "question": "who said apples?",
        "quotes": [{"document": "harbour.txt", "start": 10, "end": 40}, {"document": "orchard.txt", "start": 0, "end": 12}],
        "voted_at": "2026-12-01T09:00:00+00:00",
    }]


def test_feedback_command_without_votes_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("QUOTEBOT_FEEDBACK_DB", str(tmp_path / "none.sqlite3"))
    result = CliRunner().invoke(cli, ["feedback"])
    assert result.exit_code == 0 and result.output.startswith("No votes yet in ")
    assert json.loads(CliRunner().invoke(cli, ["feedback", "--json"]).output) == []
    assert not (tmp_path / "none.sqlite3").exists()  # listing creates nothing
