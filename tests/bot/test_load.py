"""50 mentions at once to the running server: each answered exactly once, none lost.

Prints the time from sending a mention to its ``chat.postMessage`` reaching the fake Web API
(p50/p95), and the same for mentions sent one at a time in the same run as the baseline.
Run ``python3 -m pytest tests/bot/test_load.py -q`` to see the figures; nothing is asserted on time.
"""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor

from tests.bot.slack_fakes import BOT_USER, event_body, mention, unique

CONCURRENT = 50
SEQUENTIAL = 10
QUESTIONS = ["who said the pier will stay closed?", "who said apples?", "crane inspection", "frost warnings blossoms"]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _send(post, fake_slack, n: int) -> tuple[str, str, float, int]:
    channel = unique("CLOAD")
    event = mention(f"<@{BOT_USER}> {QUESTIONS[n % len(QUESTIONS)]}", channel)
    sent = time.monotonic()
    status = post(event_body(event)).status_code
    return channel, event["ts"], sent, status


def _latencies(fake_slack, sent: list[tuple[str, str, float, int]]) -> list[float]:
    latencies = []
    for channel, ts, at, status in sent:
        assert status == 200
        (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel, timeout=60)
        assert reply.params["thread_ts"] == ts
        latencies.append(reply.at - at)
    return latencies


def test_fifty_concurrent_mentions_are_each_answered_once(post, fake_slack, capsys):
    baseline = _latencies(fake_slack, [_send(post, fake_slack, n) for n in range(SEQUENTIAL)])
    with ThreadPoolExecutor(max_workers=CONCURRENT) as pool:
        sent = list(pool.map(lambda n: _send(post, fake_slack, n), range(CONCURRENT)))
    latencies = _latencies(fake_slack, sent)
    time.sleep(0.5)  # a duplicate answer would arrive within this
    for channel, *_ in sent:
        assert len(fake_slack.find("chat.postMessage", channel=channel)) == 1
    base = statistics.median(baseline)
    with capsys.disabled():
        print(
            f"\n{CONCURRENT} concurrent mentions, request -> chat.postMessage: "
            f"p50 {1000 * _percentile(latencies, 0.5):.0f} ms, p95 {1000 * _percentile(latencies, 0.95):.0f} ms; "
            f"one at a time (baseline, n={SEQUENTIAL}): p50 {1000 * base:.0f} ms; "
            f"p50 ratio {_percentile(latencies, 0.5) / base:.1f}x"
        )
