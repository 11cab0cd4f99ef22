"""The event-id memory that keeps retried events from being answered twice."""

from __future__ import annotations

import logging
import threading

import pytest

from bot.dedupe import EventDeduplicator


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    "deliveries, firsts",
    [
        (["Ev1", "Ev1", "Ev1"], [True, False, False]),
        (["Ev1", "Ev2", "Ev1", "Ev2"], [True, True, False, False]),
        (["Ev1", "Ev2", "Ev3"], [True, True, True]),
    ],
)
def test_first_time(deliveries, firsts):
    dedupe = EventDeduplicator()
    assert [dedupe.first_time(e) for e in deliveries] == firsts


def test_ids_are_forgotten_after_the_window():
    clock = Clock()
    dedupe = EventDeduplicator(ttl=60, clock=clock)
    assert dedupe.first_time("Ev1")
    clock.now = 59
    assert not dedupe.first_time("Ev1")
    clock.now = 61
    assert dedupe.first_time("Ev1")


def test_memory_is_bounded_oldest_first():
    dedupe = EventDeduplicator(capacity=3)
    for e in ("Ev1", "Ev2", "Ev3", "Ev4"):
        assert dedupe.first_time(e)
    assert dedupe.first_time("Ev1")  # dropped to make room
    assert not dedupe.first_time("Ev4")


def test_concurrent_deliveries_let_exactly_one_through():
    dedupe = EventDeduplicator()
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


def test_middleware_runs_listeners_only_for_new_events():
    dedupe = EventDeduplicator()
    deliveries = [
        ({"event_id": "EvA"}, True),
        ({"event_id": "EvA"}, False),  # the retry
        ({"event_id": "EvB"}, True),
        ({"type": "block_actions"}, True),  # no event id: never deduplicated
        ({"type": "block_actions"}, True),
        ({"command": "/ask"}, True),
    ]
    for body, calls_next in deliveries:
        called: list[bool] = []
        response = dedupe.middleware(body, lambda: called.append(True), logging.getLogger("test"))
        assert bool(called) is calls_next, body
        assert (response is None) is calls_next
        if response is not None:
            assert response.status == 200
