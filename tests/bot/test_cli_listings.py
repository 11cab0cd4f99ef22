"""``quotebot quotes`` and ``quotebot sentences``: what the corpus holds, listed as text or JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.engine import Engine
from retrieval.results import Quote
from retrieval.text.corpus import read_article
from retrieval.text.sentences import article_sentences, split_text
from tests.bot.cli_runs import one_error_line, run


def test_quotes_json_lines_over_many_files(runner, corpus, article_texts):
    files = sorted(str(p) for p in corpus.rglob("*.txt"))
    result = run(runner, "quotes", *files, "--json")
    assert result.exit_code == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    engine, _ = Engine.from_paths([Path(f) for f in files])
    assert len(lines) == len(list(engine.quotes()))
    for line in lines:
        data = json.loads(line)
        assert set(data) == set(Quote.model_fields) - {"score"}
        assert data["speaker"]
        assert article_texts[data["document"]][data["start"] : data["end"]] == data["text"]


@pytest.mark.parametrize("explain", [False, True])
def test_quotes_human_output(runner, corpus, explain):
    result = run(runner, "quotes", str(corpus), *(["--explain"] if explain else []))
    assert result.exit_code == 0 and result.stderr == ""
    engine, _ = Engine.from_paths([corpus])
    quotes = list(engine.quotes())
    assert result.stdout.count("\n  — ") == len(quotes)
    assert result.stdout.count("\n  why: ") == (len(quotes) if explain else 0)


def test_sentences_of_a_file_go_through_the_article_loader(runner, corpus):
    path = corpus / "harbour.txt"
    expected = [s.text for s in article_sentences(read_article(path))]
    result = run(runner, "sentences", str(path), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == expected
    plain = run(runner, "sentences", str(path))
    assert plain.stdout.splitlines() == [" ".join(s.split()) for s in expected]


@pytest.mark.parametrize(
    "text",
    [
        "“All is well!” Trump said on Twitter. He gave no evidence.",
        "One sentence without a full stop",
        "Ünïcödé ✓ works. 😀 Emoji too.",
        "",
    ],
)
def test_sentences_of_standard_input_are_split_as_they_are(runner, text):
    result = run(runner, "sentences", "--json", input=text.encode("utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == split_text(text)


def test_sentences_of_standard_input_keep_a_header_line(runner, corpus):
    text = (corpus / "harbour.txt").read_text(encoding="utf-8")
    result = run(runner, "sentences", "--json", input=text)
    assert json.loads(result.stdout) == split_text(text)


def test_sentences_errors(runner, corpus):
    assert one_error_line(run(runner, "sentences", "--json", input=b"caf\xe9 au lait.")) == (
        "Error: standard input is not UTF-8 text."
    )
    assert one_error_line(run(runner, "sentences", str(corpus))) == f"Error: {corpus} is a folder; give one article file."


@pytest.mark.parametrize(
    "name, content",
    [("binary.txt", b"\x00\x01\x02PNG\x00" * 20), ("latin1.txt", "d\xe9clar\xe9 ceci.".encode("latin-1")), ("empty.txt", b"")],
    ids=["binary", "latin1", "empty"],
)
def test_sentences_of_an_unreadable_file_is_one_error_line_naming_it(runner, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    result = run(runner, "sentences", str(path))
    assert name in one_error_line(result)
