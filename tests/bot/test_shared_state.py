"""The two shared-state backends behave alike; Redis is a real redis-server."""

from __future__ import annotations

import time

import pytest

from bot.ratelimit import ChannelRateLimiter
from bot.shared_state import MemoryState, RedisState, SharedStateError, connect


@pytest.fixture(params=["memory", "redis"])
def state(request):
    if request.param == "memory":
        return MemoryState()
    return connect(request.getfixturevalue("redis_url"))


def test_claim_get_put_increment(state):
    assert state.claim("k", 10) and not state.claim("k", 10)
    assert state.get("missing") is None
    state.put("v", "héllo", 10)
    assert state.get("v") == "héllo"
    assert [state.increment("n", 10) for _ in range(3)] == [1, 2, 3]


def test_keys_expire(state):
    state.put("short", "x", 0.05)
    assert state.claim("gone", 0.05)
    time.sleep(0.15)
    assert state.get("short") is None and state.claim("gone", 10)
    assert state.increment("counter", 0.05) == 1
    time.sleep(0.15)
    assert state.increment("counter", 0.05) == 1  # a fresh window


def test_connect_without_url_is_memory():
    assert isinstance(connect(None), MemoryState) and isinstance(connect(""), MemoryState)


def test_connect_to_redis(redis_url):
    assert isinstance(connect(redis_url), RedisState)


@pytest.mark.parametrize("url", ["redis://127.0.0.1:1/0", "not a url"])
def test_unreachable_or_malformed_redis_is_one_clear_error(url):
    with pytest.raises(SharedStateError, match="QUOTEBOT_REDIS_URL"):
        connect(url)


class FakeTime:
    """Wall time that only moves when the limiter sleeps."""

    def __init__(self, start: float = 1000.25) -> None:
        self.now = start
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def test_rate_limiter_paces_one_channel_and_leaves_others_alone(state):
    when = FakeTime()
    limiter = ChannelRateLimiter(state, per_second=2, clock=when.clock, sleep=when.sleep)
    waits = [limiter.wait("C1") for _ in range(5)]
    assert waits == [0.0, 0.0, 0.75, 0.0, 1.0]  # two a second: the third and fourth in the next second, the fifth after
    assert limiter.wait("C2") == 0.0


def test_two_replicas_share_the_channel_budget(redis_url):
    when = FakeTime()
    one = ChannelRateLimiter(connect(redis_url), per_second=1, clock=when.clock, sleep=when.sleep)
    two = ChannelRateLimiter(connect(redis_url), per_second=1, clock=when.clock, sleep=when.sleep)
    assert one.wait("C1") == 0.0
    assert two.wait("C1") == 0.75  # the other replica's post took this second's slot


def test_rate_limiter_gives_up_waiting_after_the_limit():
    when = FakeTime()
    limiter = ChannelRateLimiter(MemoryState(lambda: when.now), per_second=1, clock=when.clock, sleep=when.sleep, max_wait=2.0)
    for _ in range(10):
        assert limiter.wait("C1") <= 2.0 + 1.0


def test_losing_redis_never_stops_an_answer(tmp_path, caplog):
    """Redis going away after start-up: deliveries go through, threads start afresh, posts are not paced."""
    from bot.dedupe import EventDeduplicator
    from bot.threads import ThreadStore
    from retrieval.results import Answer
    from tests.bot.redis_server import start_redis

    server = start_redis(tmp_path)
    state = connect(server.url)
    server.stop()
    with pytest.raises(SharedStateError):
        state.claim("k", 10)
    assert EventDeduplicator(state).first_time("msg:T1:C1:1.1")
    threads = ThreadStore(state)
    threads.remember(("T1", "C1", "1.1"), Answer(question="q", intent="search"))
    assert threads.last(("T1", "C1", "1.1")) is None
    assert ChannelRateLimiter(state).wait("C1") < 1.0
    assert caplog.text.count("Redis") >= 4  # each one logged
