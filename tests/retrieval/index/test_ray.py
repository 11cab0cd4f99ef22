"""The sharded index on a real local Ray cluster: built by tasks, served by shard actors, a killed actor."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from retrieval.engine import Engine
from retrieval.index.store import load_library
from retrieval.index.generations import read_generation
from tests.retrieval.index.test_shards import questions_for

UNAVAILABLE = "Part of the archive is unavailable right now"
RECOVERY_SECONDS = 60  # a restarted actor reopens its shard in a second or two; this is a generous cap


def quotebot(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def built_on_cluster(ray_cluster, parity_corpora, tmp_path_factory):
    """``quotebot index --shards 3 --ray ADDRESS``, run as a user runs it."""
    index = tmp_path_factory.mktemp("ray-built") / "index"
    done = quotebot("index", "--corpus", str(parity_corpora["wire-700"]), "--index-dir", str(index), "--shards", "3", "--ray", ray_cluster)
    assert done.returncode == 0, done.stderr
    assert f"Indexed {len(list(parity_corpora['wire-700'].rglob('*.txt')))} documents" in done.stdout
    return index


def test_ray_tasks_build_the_same_index_as_one_machine(built_on_cluster, sharded_dir):
    on_cluster, local = read_generation(built_on_cluster), read_generation(sharded_dir("wire-700", 3))
    for field in ("shards", "vocabulary", "speakers", "documents"):
        assert getattr(on_cluster, field) == getattr(local, field), field
    assert on_cluster.df.tolist() == local.df.tolist() and on_cluster.speaker_ids.tolist() == local.speaker_ids.tolist()
    assert np.load(on_cluster.folder / "idf.npy").tolist() == np.load(local.folder / "idf.npy").tolist()
    for key in ("sentences", "total_length", "average_idf", "idf_floor"):
        assert on_cluster.manifest[key] == local.manifest[key]
    for j in range(3):
        a, b = load_library(on_cluster.shard_folder(j)), load_library(local.shard_folder(j))
        for name in ("term_ptr", "post_sentences", "post_scores", "idf"):
            assert a.bm25[name].tolist() == b.bm25[name].tolist(), (j, name)


@pytest.fixture(scope="module")
def cluster_engine(ray_cluster, built_on_cluster):
    return Engine.from_sharded(built_on_cluster, ray_cluster)


def test_shard_actors_answer_as_one_index(cluster_engine, single_library):
    single = Engine(single_library("wire-700"))
    assert cluster_engine.summary() == single.summary()
    for question in questions_for(single.library):
        assert cluster_engine.ask(question) == single.ask(question), question


def test_quotebot_ask_with_ray_prints_the_single_index_s_json(ray_cluster, built_on_cluster, parity_corpora, single_library, tmp_path):
    question = questions_for(single_library("wire-700"))[0]
    expected = quotebot("ask", question, "--json", "--corpus", str(parity_corpora["wire-700"]))
    got = quotebot("ask", question, "--json", "--index-dir", str(built_on_cluster), "--ray", ray_cluster)
    assert got.returncode == 0, got.stderr
    assert got.stdout == expected.stdout and json.loads(got.stdout)["answers"]


def test_a_killed_shard_actor_is_said_unavailable_then_restarted(cluster_engine):
    import ray

    question = "said the government"  # a plain search: every shard is asked
    complete = cluster_engine.ask(question)
    assert complete.answers and (complete.message is None or UNAVAILABLE not in complete.message)
    actor = cluster_engine.library.transport.actors[1]
    pid = ray.get(actor.pid.remote())
    os.kill(pid, signal.SIGKILL)  # the shard's process dies, as on a lost node
    answers = []
    deadline = time.monotonic() + RECOVERY_SECONDS
    while time.monotonic() < deadline:
        answers.append(cluster_engine.ask(question))
        if answers[-1] == complete and any(a != complete for a in answers):
            break
    flagged = [a for a in answers if a != complete]
    assert flagged, "no answer came while the shard was away"
    assert all(a.message and a.message.startswith(UNAVAILABLE) and "shard 2 of 3" in a.message for a in flagged)
    assert answers[-1] == complete  # recovered: the whole answer again
    assert ray.get(actor.pid.remote()) != pid  # by a restarted actor
