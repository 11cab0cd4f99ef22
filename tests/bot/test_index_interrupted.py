"""Stopping `quotebot index` half-way (Ctrl-C in a terminal, or `kill`) is quiet and leaves nothing behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.bot.slack_fakes import ROOT, clean_env

# Enough files that the work goes to worker processes and takes a few seconds on two cores.
FILES = 150
START_TIMEOUT = 60.0
STOP_TIMEOUT = 15.0


def _group(pgid: int) -> list[str]:
    return subprocess.run(["pgrep", "-g", str(pgid)], capture_output=True, text=True).stdout.split()


def _group_empties(pgid: int) -> bool:
    """Whether every process of the group ends within STOP_TIMEOUT: a worker the kernel signals
    when its parent goes needs a moment to end on a loaded machine, one left behind never does."""
    deadline = time.monotonic() + STOP_TIMEOUT
    while _group(pgid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _wait_for_workers(process: subprocess.Popen) -> None:
    """Until the index command has started its worker processes: it is reading files."""
    deadline = time.monotonic() + START_TIMEOUT
    while len(_group(process.pid)) < 2:
        assert process.poll() is None and time.monotonic() < deadline, "no worker started"
        time.sleep(0.02)


def _corpus(folder):
    folder.mkdir()
    body = "\n\n".join(
        f"Officials said {i} people had left the district. “We are doing what we can,” said Mayor Jane Doe{i}."
        for i in range(40)
    )
    for n in range(FILES):
        (folder / f"a{n:03d}.txt").write_text(f" date 2020-01-{n % 28 + 1:02d}\n\n{body} File {n}.", encoding="utf-8")
    return folder


@pytest.mark.parametrize("how", ["ctrl-c", "kill"])
def test_interrupted_index_prints_no_traceback_and_leaves_no_temporary_folder(tmp_path, how):
    corpus = _corpus(tmp_path / "corpus")
    index_dir = tmp_path / "indexes" / "index"
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "index", "--corpus", str(corpus), "--index-dir", str(index_dir)],
        cwd=ROOT, env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    _wait_for_workers(process)
    if how == "ctrl-c":
        os.killpg(process.pid, signal.SIGINT)  # a terminal sends it to every process of the job
    else:
        process.send_signal(signal.SIGTERM)  # kill PID reaches the main process only
    _, stderr = process.communicate(timeout=30)
    assert process.returncode != 0
    assert b"Traceback" not in stderr and b"KeyboardInterrupt" not in stderr, stderr.decode()
    assert stderr.strip().endswith(b"Aborted!")
    leftovers = [p.name for p in (tmp_path / "indexes").iterdir()] if (tmp_path / "indexes").exists() else []
    assert [name for name in leftovers if name.startswith(".")] == []
    assert _group_empties(process.pid), _group(process.pid)  # no worker left
