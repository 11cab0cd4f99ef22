"""One answer per message: the delivery key, and claims shared through memory or a real Redis."""

from __future__ import annotations

import logging
import threading

import pytest

from bot.dedupe import EventDeduplicator, delivery_key
from bot.shared_state import MemoryState, connect


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


MENTION = {"type": "app_mention", "channel": "C1", "ts": "1.0001", "user": "U1", "text": "<@UBOT> hi"}


@pytest.mark.parametrize(
    "body, key",
    [
        # the app_mention and its message twin, under different event ids, share one key
        ({"team_id": "T1", "event_id": "Ev1", "event": MENTION}, "msg:T1:C1:1.0001"),
        ({"team_id": "T1", "event_id": "Ev2", "event": {**MENTION, "type": "message"}}, "msg:T1:C1:1.0001"),
        ({"event_id": "Ev3", "event": {**MENTION, "team": "T2"}}, "msg:T2:C1:1.0001"),
        ({"team_id": "T1", "event_id": "Ev4", "event": {**MENTION, "channel": "C2"}}, "msg:T1:C2:1.0001"),
        ({"command": "/ask", "trigger_id": "123.456.abc"}, "trigger:123.456.abc"),
        ({"type": "block_actions", "trigger_id": "9.9"}, "trigger:9.9"),
        ({"event_id": "Ev5", "event": {"type": "app_home_opened", "user": "U1"}}, "event:Ev5"),
        ({"event_id": "Ev6", "event": {"type": "message"}}, "event:Ev6"),  # a message without channel/ts
        ({"type": "url_verification", "challenge": "x"}, None),
        ({"command": "/ask"}, None),
    ],
)
def test_delivery_key(body, key):
    assert delivery_key(body) == key


@pytest.fixture(params=["memory", "redis"])
def state(request):
    if request.param == "memory":
        return MemoryState()
    return connect(request.getfixturevalue("redis_url"))


def test_first_time_then_repeats(state):
    dedupe = EventDeduplicator(state)
    assert [dedupe.first_time(k) for k in ("a", "a", "b", "a", "b")] == [True, False, True, False, False]


def test_two_replicas_sharing_redis_agree(redis_url):
    one, two = EventDeduplicator(connect(redis_url)), EventDeduplicator(connect(redis_url))
    assert one.first_time("msg:T1:C1:1.0001")
    assert not two.first_time("msg:T1:C1:1.0001")
    assert two.first_time("msg:T1:C1:1.0002")


def test_claims_are_forgotten_after_the_window():
    clock = Clock()
    dedupe = EventDeduplicator(MemoryState(clock), ttl=60)
    assert dedupe.first_time("Ev1")
    clock.now = 59
    assert not dedupe.first_time("Ev1")
    clock.now = 61
    assert dedupe.first_time("Ev1")


def test_memory_is_bounded_oldest_first():
    dedupe = EventDeduplicator(MemoryState(capacity=3))
    for e in ("Ev1", "Ev2", "Ev3", "Ev4"):
        assert dedupe.first_time(e)
    assert dedupe.first_time("Ev1")  # dropped to make room
    assert not dedupe.first_time("Ev4")


def test_concurrent_deliveries_let_exactly_one_through(state):
    dedupe = EventDeduplicator(state)
    results: list[bool] = []
    barrier = threading.Barrier(20)

    def deliver() -> None:
        barrier.wait()
        results.append(dedupe.first_time("EvSame"))

    threads = [threading.Thread(target=deliver) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 1


def test_middleware_runs_listeners_only_for_new_deliveries():
    dedupe = EventDeduplicator()
    deliveries = [
        ({"event_id": "EvA"}, True),
        ({"event_id": "EvA"}, False),  # the retry
        ({"event_id": "EvB"}, True),
        ({"team_id": "T1", "event_id": "EvC", "event": MENTION}, True),
        ({"team_id": "T1", "event_id": "EvD", "event": {**MENTION, "type": "message"}}, False),  # its twin
        ({"type": "block_actions"}, True),  # nothing to key on: never deduplicated
        ({"type": "block_actions"}, True),
        ({"command": "/ask", "trigger_id": "1.2"}, True),
        ({"command": "/ask", "trigger_id": "1.2"}, False),
    ]
    for body, calls_next in deliveries:
        called: list[bool] = []
        response = dedupe.middleware(body, lambda: called.append(True), logging.getLogger("test"))
        assert bool(called) is calls_next, body
        assert (response is None) is calls_next
        if response is not None:
            assert response.status == 200
