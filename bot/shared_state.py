"""What several ``quotebot serve`` replicas share: Redis when configured, else this process's memory.

Three things must agree across replicas: which Slack deliveries were already taken (so one
message is answered once), each thread's last answer (so a follow-up reaching another replica
still has its context) and how many messages a channel got this second (Slack's per-channel
rate limit). All three need only a few primitives with a time to live, offered by two backends
with the same behaviour: ``RedisState`` (``SET NX EX``, ``INCR``/``EXPIRE``) and ``MemoryState``.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Callable, Protocol

from retrieval.errors import QuotebotError

__all__ = ["SharedState", "MemoryState", "RedisState", "SharedStateError", "connect", "KEY_PREFIX", "MAX_MEMORY_KEYS"]

KEY_PREFIX = "quotebot:"
# Bounds the in-process memory under a flood of events; far more than a workspace sends per retry window.
MAX_MEMORY_KEYS = 100_000


class SharedStateError(QuotebotError):
    """The shared store (Redis) cannot be reached or refused a command."""


class SharedState(Protocol):
    """Keys with a time to live; every method is safe to call from several threads."""

    def claim(self, key: str, ttl: float) -> bool:
        """Set ``key`` unless it exists; True when this call set it (the caller owns it)."""

    def get(self, key: str) -> str | None:
        """The value of ``key``, None when missing or expired."""

    def put(self, key: str, value: str, ttl: float) -> None:
        """Set ``key`` to ``value`` for ``ttl`` seconds."""

    def increment(self, key: str, ttl: float) -> int:
        """Add one to the counter ``key`` (created with ``ttl`` seconds to live); the new count."""


class MemoryState:
    """``SharedState`` in this process only: right for one replica, and for the console."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, capacity: int = MAX_MEMORY_KEYS) -> None:
        self._clock = clock
        self._capacity = capacity
        self._values: OrderedDict[str, tuple[str, float]] = OrderedDict()  # key -> (value, expiry)
        self._lock = threading.Lock()

    def _live(self, key: str, now: float) -> tuple[str, float] | None:
        item = self._values.get(key)
        if item is not None and item[1] <= now:
            del self._values[key]
            return None
        return item

    def _set(self, key: str, value: str, expiry: float) -> None:
        self._values.pop(key, None)
        while len(self._values) >= self._capacity:
            self._values.popitem(last=False)  # the oldest write goes first
        self._values[key] = (value, expiry)

    def claim(self, key: str, ttl: float) -> bool:
        now = self._clock()
        with self._lock:
            if self._live(key, now) is not None:
                return False
            self._set(key, "1", now + ttl)
            return True

    def get(self, key: str) -> str | None:
        with self._lock:
            item = self._live(key, self._clock())
        return item[0] if item else None

    def put(self, key: str, value: str, ttl: float) -> None:
        with self._lock:
            self._set(key, value, self._clock() + ttl)

    def increment(self, key: str, ttl: float) -> int:
        now = self._clock()
        with self._lock:
            item = self._live(key, now)
            count = int(item[0]) + 1 if item else 1
            self._set(key, str(count), item[1] if item else now + ttl)
            return count


class RedisState:
    """``SharedState`` in Redis, so every replica pointed at the same server sees the same keys."""

    def __init__(self, client) -> None:  # a redis.Redis; untyped so retrieval users need no redis
        self._redis = client

    def _call(self, method: str, *args, **kwargs):
        from redis.exceptions import RedisError

        try:
            return getattr(self._redis, method)(*args, **kwargs)
        except RedisError as error:
            raise SharedStateError(f"Redis {method} failed: {type(error).__name__}: {error}") from None

    def claim(self, key: str, ttl: float) -> bool:
        return bool(self._call("set", KEY_PREFIX + key, "1", nx=True, px=_millis(ttl)))

    def get(self, key: str) -> str | None:
        value = self._call("get", KEY_PREFIX + key)
        return value.decode("utf-8") if isinstance(value, bytes) else value

    def put(self, key: str, value: str, ttl: float) -> None:
        self._call("set", KEY_PREFIX + key, value, px=_millis(ttl))

    def increment(self, key: str, ttl: float) -> int:
        from redis.exceptions import RedisError

        pipe = self._redis.pipeline()  # MULTI/EXEC: the window starts with the first increment
        pipe.set(KEY_PREFIX + key, 0, nx=True, px=_millis(ttl))
        pipe.incr(KEY_PREFIX + key)  # INCR keeps the key's time to live
        try:
            _, count = pipe.execute()
        except RedisError as error:
            raise SharedStateError(f"Redis INCR failed: {type(error).__name__}: {error}") from None
        return int(count)


def connect(url: str | None) -> SharedState:
    """``RedisState`` for ``url`` (checked with a PING), or ``MemoryState`` when ``url`` is empty.

    Raises:
        SharedStateError: the URL is malformed or the server does not answer.
    """
    if not url:
        return MemoryState()
    import redis

    try:
        client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5, health_check_interval=30)
        client.ping()
    except (ValueError, redis.exceptions.RedisError) as error:
        raise SharedStateError(
            f"QUOTEBOT_REDIS_URL: cannot use Redis ({type(error).__name__}: {error}); check the URL "
            "(redis://host:6379/0) and that the server is running, or unset it to run one replica."
        ) from None
    return RedisState(client)


def _millis(seconds: float) -> int:
    return max(1, int(seconds * 1000))
