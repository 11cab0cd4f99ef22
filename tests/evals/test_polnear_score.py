"""The PolNeAR scoring rules, each on a small hand-made case."""

from __future__ import annotations

import pytest

from evals.polnear_score import Line, covers, gold_labels, is_speech_cue, names_match, score_article, summarise


@pytest.mark.parametrize(
    "cue, speech",
    [
        ("said", True),
        ("has said", True),
        ("Told", True),
        ("according to", True),
        ("then pointed out", True),
        ("said in a statement", True),
        (":", True),
        (" : ", True),
        ('tweet_id="7782"', True),  # cue words are runs of letters
        ("thinks", False),
        ("wants", False),
        ("suggests", False),
        ("shows", False),
        ("accuses", False),
        ("saidx", False),
        ("", False),
    ],
)
def test_speech_cue(cue: str, speech: bool) -> None:
    assert is_speech_cue(cue) is speech


@pytest.mark.parametrize(
    "predicted, gold, match",
    [
        ("Donald Trump", "Trump", True),
        ("Trump", "Donald Trump", True),
        ("Hillary Clinton", "Clinton", True),
        ("Clinton campaign", "Hillary Clinton", False),
        ("Donald", "Donald Trump", False),  # the shorter prediction must end on the gold's last word
        ("Donald J. Trump", "Donald Trump", True),  # middle initials dropped
        ("donald trump", "Donald Trump", True),
        ("The New York Post", "New York Post", True),
        ("Mike Pence", "Donald Trump", False),
        ("", "Trump", False),
        ("Clinton’s team", "Clinton team", True),  # the gold reduces an owner's possessive
        ("Sanders' aides", "Sanders aides", True),
        ("Clinton’s policy", "Clinton policy", False),  # not what an owner has as a speaker
    ],
)
def test_names_match(predicted: str, gold: str, match: bool) -> None:
    assert names_match(predicted, gold) is match


TEXT = "Alpha beta gamma. Delta epsilon zeta eta."


@pytest.mark.parametrize(
    "sentence, line, covered",
    [
        ((0, 17), (0, 17), True),
        ((0, 17), (0, 41), True),  # a coarser line: all of the sentence is inside it
        ((0, 17), (6, 17), True),  # "beta gamma." is over half of the sentence
        ((0, 17), (0, 5), True),  # a finer line: all of the line is inside
        ((18, 41), (0, 17), False),
        ((0, 17), (16, 30), False),
    ],
)
def test_covers(sentence, line, covered: bool) -> None:
    assert covers(TEXT, sentence, line) is covered


def _article(attributions: list[dict]) -> dict:
    return {"text": TEXT, "sentences": [[0, 17], [18, 41]], "attributions": attributions}


def _attribution(content, cue_text="said", source=((0, 5),), cue=((6, 10),), speaker="Alpha") -> dict:
    return {
        "source": [list(s) for s in source],
        "cue": [list(c) for c in cue],
        "cue_text": cue_text,
        "content": [list(c) for c in content],
        "speaker": speaker,
    }


def test_gold_labels_speech_none_and_dont_care() -> None:
    speech = gold_labels(_article([_attribution([(18, 41)])]))
    assert [label for _, label, _ in speech] == ["dontcare", "speech"]  # the first holds the cue
    belief = gold_labels(_article([_attribution([(18, 41)], cue_text="thinks", cue=((30, 35),))]))
    assert [label for _, label, _ in belief] == ["none", "dontcare"]
    no_source = gold_labels(_article([_attribution([(18, 41)], source=(), cue=((30, 35),))]))
    assert [label for _, label, _ in no_source] == ["none", "dontcare"]
    # Three letters of overlap make speech; two are not enough (the sentence holds the cue, so
    # it is still "don't care").
    three = gold_labels(_article([_attribution([(18, 21)], cue=((30, 35),))]))
    assert [label for _, label, _ in three] == ["none", "speech"]
    two = gold_labels(_article([_attribution([(18, 20)], cue=((30, 35),))]))
    assert [label for _, label, _ in two] == ["none", "dontcare"]


def test_score_article_counts_tp_fp_fn_and_speaker() -> None:
    article = _article([_attribution([(18, 41)], cue=((30, 35),))])
    right = summarise(score_article(article, [Line(18, 41, "Alpha")]))
    assert (right.tp, right.fp, right.fn, right.speaker_right, right.speaker_scored) == (1, 0, 0, 1, 1)
    wrong = summarise(score_article(article, [Line(18, 41, "Omega"), Line(0, 17, "Alpha")]))
    assert (wrong.tp, wrong.fp, wrong.fn, wrong.speaker_right, wrong.speaker_scored) == (1, 1, 0, 0, 1)
    missed = summarise(score_article(article, []))
    assert (missed.tp, missed.fn, missed.recall, missed.f1) == (0, 1, 0.0, 0.0)
