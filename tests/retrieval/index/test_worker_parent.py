"""The indexing pool's workers never outlive the process that made them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# Makes a pool of three workers, prints their process ids, then waits to be killed.
POOL = """
import multiprocessing, sys, time
from retrieval.index.workers import _pool
pool = _pool(multiprocessing.get_context("fork"), 3)
print(" ".join(str(p.pid) for p in pool._pool), flush=True)
time.sleep(60)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie has gone; only its entry waits for a reaper
        return stat.read().split(") ", 1)[1][0] != "Z"


def _reading(pid: int) -> bool:
    """The idle worker that holds the task queue's lock waits in a pipe read; the others wait
    for the lock itself."""
    with open(f"/proc/{pid}/wchan") as wchan:
        return "pipe" in wchan.read()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal is Linux's")
def test_workers_waiting_on_a_dead_workers_lock_end_with_the_parent() -> None:
    # A worker stopped while it holds the task queue's lock (as a `kill` of the parent can leave
    # it) leaves the others waiting on that lock for ever; only the kernel can end them once
    # the parent is gone.
    parent = subprocess.Popen([sys.executable, "-c", POOL], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    workers: list[int] = []
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        deadline = time.monotonic() + 20
        while not any(_reading(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        holder = next(pid for pid in workers if _reading(pid))
        os.kill(holder, signal.SIGKILL)
        waiting = [pid for pid in workers if pid != holder]
        parent.send_signal(signal.SIGKILL)  # no finaliser runs
        parent.wait()
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in waiting) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in waiting)
    finally:
        parent.kill()
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_a_worker_whose_parent_has_gone_exits_at_once() -> None:
    started = subprocess.run(
        [sys.executable, "-c", "from retrieval.index.workers import _quiet_worker; _quiet_worker(-1); print('went on')"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert started.returncode == 1 and "went on" not in started.stdout
    kept = subprocess.run(
        [sys.executable, "-c", "import os; from retrieval.index.workers import _quiet_worker; _quiet_worker(os.getppid()); print('went on')"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert kept.returncode == 0 and "went on" in kept.stdout
