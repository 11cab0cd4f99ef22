"""Thread context: the last answer per thread, for a limited time, shared like the rest of the state."""

from __future__ import annotations

from bot.shared_state import MemoryState, connect
from bot.threads import ThreadStore
from retrieval.results import Answer


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_last_answer_is_kept_per_thread_until_the_time_limit():
    clock = Clock()
    threads = ThreadStore(MemoryState(clock), ttl=60)
    first, second = Answer(question="a", intent="search"), Answer(question="b", intent="who_said", offset=5)
    threads.remember(("T1", "C1", "1.1"), first)
    threads.remember(("T1", "C1", "1.1"), second)
    threads.remember(("T1", "C2", "1.1"), first)
    assert threads.last(("T1", "C1", "1.1")) == second
    assert threads.last(("T1", "C2", "1.1")) == first
    assert threads.last(("T1", "C1", "2.2")) is None
    clock.now = 61
    assert threads.last(("T1", "C1", "1.1")) is None


def test_context_written_by_one_replica_is_read_by_another(redis_url):
    answer = Answer(question="who said x?", intent="who_said", topic="x", follow_up="more", offset=3)
    ThreadStore(connect(redis_url)).remember(("T1", "C1", "1.1"), answer)
    assert ThreadStore(connect(redis_url)).last(("T1", "C1", "1.1")) == answer


def test_unreadable_context_starts_the_thread_afresh():
    state = MemoryState()
    state.put("thread:T1:C1:1.1", '{"question": 3}', 60)
    assert ThreadStore(state).last(("T1", "C1", "1.1")) is None
