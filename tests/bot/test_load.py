"""100 mentions split across two replicas sharing Redis: each answered exactly once, none lost.

Every mention goes to one replica and its ``message`` twin to the other, as Slack and a load
balancer may do. Prints the time from sending a mention to its ``chat.postMessage`` reaching the
fake Web API (p50/p95), and the same for mentions sent one at a time in the same run, the
baseline. Run ``python3 -m pytest tests/bot/test_load.py -q -s`` to see the figures; nothing is
asserted on time.
"""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor

from tests.bot.slack_fakes import BOT_USER
from tests.bot.slack_requests import event_body, mention, post_to, unique

CONCURRENT = 100
SEQUENTIAL = 10
QUESTIONS = ["who said the pier will stay closed?", "who said apples?", "crane inspection", "frost warnings blossoms"]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _send(urls: tuple[str, str], n: int) -> tuple[str, str, float, tuple[int, int]]:
    channel = unique("CLOAD")
    event = mention(f"<@{BOT_USER}> {QUESTIONS[n % len(QUESTIONS)]}", channel)
    twin = {**event, "type": "message", "channel_type": "channel"}
    first, other = urls if n % 2 == 0 else urls[::-1]
    sent = time.monotonic()
    statuses = (post_to(first, event_body(event)).status_code, post_to(other, event_body(twin)).status_code)
    return channel, event["ts"], sent, statuses


def _latencies(fake_slack, sent: list[tuple[str, str, float, tuple[int, int]]]) -> list[float]:
    latencies = []
    for channel, ts, at, statuses in sent:
        assert statuses == (200, 200)
        (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel, timeout=120)
        assert reply.params["thread_ts"] == ts
        latencies.append(reply.at - at)
    return latencies


def test_hundred_mentions_across_two_replicas_are_each_answered_once(replicas, fake_slack, capsys):
    urls = (replicas[0].url, replicas[1].url)
    baseline = _latencies(fake_slack, [_send(urls, n) for n in range(SEQUENTIAL)])
    with ThreadPoolExecutor(max_workers=50) as pool:
        sent = list(pool.map(lambda n: _send(urls, n), range(CONCURRENT)))
    latencies = _latencies(fake_slack, sent)
    time.sleep(1.0)  # a duplicate answer would arrive within this
    for channel, *_ in sent:
        assert len(fake_slack.find("chat.postMessage", channel=channel)) == 1
    base = statistics.median(baseline)
    with capsys.disabled():
        print(
            f"\n{CONCURRENT} mentions (each with its message twin) across 2 replicas sharing Redis, "
            f"request -> chat.postMessage: p50 {1000 * _percentile(latencies, 0.5):.0f} ms, "
            f"p95 {1000 * _percentile(latencies, 0.95):.0f} ms; one at a time (baseline, n={SEQUENTIAL}): "
            f"p50 {1000 * base:.0f} ms; p50 ratio {_percentile(latencies, 0.5) / base:.1f}x"
        )
