"""Without --ray nothing changes: one process, and Ray is never imported."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.retrieval.index.conftest import TINY

ASK_AND_REPORT = """
import sys
from bot.cli import cli
cli.main(sys.argv[1:], prog_name="quotebot", standalone_mode=False)
print("RAY-IMPORTED" if "ray" in sys.modules else "NO-RAY")
"""


def ask(*args: str) -> str:
    done = subprocess.run([sys.executable, "-c", ASK_AND_REPORT, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_normal_ask_never_imports_ray():
    out = ask("ask", "who said casualties?", "--json")
    assert '"speaker": "Donald Trump"' in out and out.rstrip().endswith("NO-RAY")


@pytest.fixture
def tiny(tmp_path):
    for name, text in TINY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_sharded_index_without_ray_stays_in_one_process_without_ray(tiny, tmp_path):
    index = tmp_path / "index"
    built = subprocess.run(
        [sys.executable, "-m", "bot", "index", "--corpus", str(tiny), "--index-dir", str(index), "--shards", "3"],
        capture_output=True, text=True, timeout=120,
    )
    assert built.returncode == 0, built.stderr
    assert "Indexed 8 documents" in built.stdout
    out = ask("ask", "who said the road was closed?", "--index-dir", str(index))
    assert "Officials said the road was closed." in out and out.rstrip().endswith("NO-RAY")


def test_ray_without_an_index_folder_is_a_usage_error():
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "hello", "--ray", "local"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "--ray serves a sharded index: give --index-dir DIR" in done.stderr


def test_ray_without_shards_for_a_single_index_is_a_usage_error(tiny, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "bot", "index", "--corpus", str(tiny), "--index-dir", str(tmp_path / "i"), "--ray", "local"],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2 and "--ray builds a sharded index: give --shards K as well." in done.stderr
    assert not (tmp_path / "i").exists()


def test_a_sharded_folder_is_rebuilt_with_its_shard_count(tiny, tmp_path):
    index = tmp_path / "index"
    for args in (["--shards", "4"], []):
        done = subprocess.run([sys.executable, "-m", "bot", "index", "--corpus", str(tiny), "--index-dir", str(index), *args],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    from retrieval.index.generations import read_generation

    assert len(read_generation(index).shards) == 4 and len([p for p in index.iterdir() if p.name.startswith("gen-")]) == 2
