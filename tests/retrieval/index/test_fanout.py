"""A shard that does not answer is said so in the answer; never a partial answer shown as complete."""

from __future__ import annotations

import pytest

from retrieval.engine import Engine
from retrieval.index.availability import MISSING
from retrieval.index.fanout import LocalShards, ShardedLibrary, ShardServer
from retrieval.index.generations import read_generation

UNAVAILABLE = "Part of the archive is unavailable right now"


class Unplugged(LocalShards):
    """Every shard in this process, but the ones in ``down`` do not answer (as a dead node's)."""

    down: set[int] = set()

    def call(self, calls):
        return [MISSING if j in self.down else getattr(self.servers[j], m)(*args) for j, m, args in calls]


@pytest.fixture
def unplugged(sharded_dir):
    generation = read_generation(sharded_dir("tiny", 3))
    transport = Unplugged([ShardServer.open(generation.shard_folder(j), e) for j, e in enumerate(generation.shards)])
    return Engine(ShardedLibrary(generation, transport)), transport


@pytest.mark.parametrize("question", ["who said the road was closed?", "road closed", "how many patients?"])
def test_a_missing_shard_is_named_in_the_answer_and_recovery_gives_the_whole_answer(unplugged, question):
    engine, transport = unplugged
    complete = engine.ask(question)
    assert complete.message is None or UNAVAILABLE not in complete.message
    transport.down = {1}
    partial = engine.ask(question)
    assert partial.message.startswith(UNAVAILABLE) and "shard 2 of 3" in partial.message
    first = {d.document: d.first_sentence for d in engine.library.documents}
    lo, hi = engine.library._bounds[1:3]
    assert partial != complete and not any(lo <= first[q.document] < hi for q in partial.answers)  # none from shard 2
    transport.down = set()
    assert engine.ask(question) == complete


def test_reading_a_missing_shard_s_sentences_answers_unavailable(unplugged):
    engine, transport = unplugged
    speaker = engine.library.speaker_ids[int(engine.library._bounds[2])]  # someone quoted in the last shard
    name = engine.library.speakers[int(speaker)].name if speaker >= 0 else "Lopez"
    engine.library._rows.clear()
    transport.down = {0, 1, 2}
    answer = engine.ask(f"what did {name.split()[-1]} say?")
    assert answer.answers == [] and answer.message.startswith(UNAVAILABLE)
