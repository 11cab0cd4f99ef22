"""Progress of long index builds as log lines, for `quotebot serve` starting up."""

from __future__ import annotations

import logging

from bot.progress import LogProgress


def _lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records]


def test_each_stage_is_logged_when_it_starts(caplog):
    caplog.set_level(logging.INFO)
    progress = LogProgress(logging.getLogger("t"), every=3600)
    for done in range(0, 1001, 100):
        progress("reading", done, 1000)
    progress("indexing", 0, 1)
    assert _lines(caplog) == ["Reading: 0 of 1,000...", "Indexing: 0 of 1..."]


def test_a_long_stage_is_logged_again_as_it_goes(caplog):
    caplog.set_level(logging.INFO)
    progress = LogProgress(logging.getLogger("t"), every=0)
    progress("reading", 0, 40_000)
    progress("reading", 10_000, 40_000)
    assert _lines(caplog) == ["Reading: 0 of 40,000...", "Reading: 10,000 of 40,000 (25%)..."]


def test_serve_logs_what_it_opens_and_how_long_it_took(served):
    output = served.output()
    assert "Opening the corpus (" in output and "into memory..." in output
    assert "Indexed 2 articles, 11 sentences in " in output
