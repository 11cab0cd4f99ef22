"""Memory of `quotebot serve` receiving an oversized unsigned request, against a small one.

Starts `quotebot serve` (HTTP mode, the fake Slack Web API of the tests), sends one 1 KB unsigned
POST (the baseline), then one of ``HUGE_BYTES`` with a Content-Length and one sent chunked
(no length), and prints the server's peak resident memory (VmHWM) after each, with the status.

    PYTHONPATH=$PWD python3 -m benchmarks.oversized_request
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Iterator

import requests

from tests.bot.slack_fakes import BOT_TOKEN, SIGNING_SECRET, FakeSlack, clean_env, start_serve, stop_serve, write_corpus

__all__ = ["main", "HUGE_BYTES"]

HUGE_BYTES = 40_000_000  # the size the security report sent
_CHUNK = 1 << 20


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc (Linux only)")


def _chunks() -> Iterator[bytes]:
    for _ in range(HUGE_BYTES // _CHUNK):
        yield b"x" * _CHUNK


def _post(url: str, data) -> int:
    try:
        return requests.post(url, data=data, headers={"Content-Type": "application/json"}, timeout=60).status_code
    except requests.ConnectionError:  # the server closed the connection after answering early
        return -1


def main() -> None:
    fake = FakeSlack()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "corpus")
        env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
                        QUOTEBOT_SLACK_API_URL=fake.api_url, QUOTEBOT_CORPUS=str(corpus))
        served = start_serve(Path(tmp), env)
        url = served.url + "/slack/events"
        try:
            pid = served.process.pid
            rows = [("started", None, _peak_mb(pid))]
            rows.append(("1 KB unsigned", _post(url, b"x" * 1024), _peak_mb(pid)))
            rows.append((f"{HUGE_BYTES / 1e6:.0f} MB with Content-Length", _post(url, b"x" * HUGE_BYTES), _peak_mb(pid)))
            rows.append((f"{HUGE_BYTES / 1e6:.0f} MB chunked", _post(url, _chunks()), _peak_mb(pid)))
        finally:
            stop_serve(served)
            fake.close()
    baseline = rows[1][2]
    print(f"{'request':<28} {'status':>6} {'peak MB':>8} {'vs 1 KB':>8}")
    for name, status, peak in rows:
        print(f"{name:<28} {status if status is not None else '':>6} {peak:8.1f} {peak / baseline:8.2f}")


if __name__ == "__main__":
    main()
