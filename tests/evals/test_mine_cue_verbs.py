"""The cue-verb miner: lemmas, spelling of forms, and which annotated cues become verbs."""

from __future__ import annotations

from collections import Counter

import pytest

from evals.mine_cue_verbs import forms_of, lemma_of, mine


@pytest.mark.parametrize(
    "lemma, forms",
    [
        ("deny", ("deny", "denies", "denied", "denying")),
        ("blame", ("blame", "blames", "blamed", "blaming")),
        ("dismiss", ("dismiss", "dismisses", "dismissed", "dismissing")),
        ("echo", ("echo", "echoes", "echoed", "echoing")),
    ],
)
def test_forms_of(lemma: str, forms: tuple[str, ...]) -> None:
    assert forms_of(lemma) == forms


@pytest.mark.parametrize(
    "form, vocabulary, lemma",
    [
        ("blamed", {"blame": 3, "blamed": 2}, "blame"),
        ("claimed", {"claim": 3, "claimed": 2}, "claim"),
        ("slammed", {"slammed": 2}, "slam"),
        ("alluded", {"alluded": 1}, "allude"),  # no base form in the articles: a silent e
        ("bemoaned", {"bemoaned": 1}, "bemoan"),
        ("denied", {"denied": 4, "denies": 1}, "deny"),
        ("statement", {"statement": 9}, None),  # no past tense anywhere: no verb
    ],
)
def test_lemma_of(form: str, vocabulary: dict[str, int], lemma: str | None) -> None:
    assert lemma_of(form, Counter(vocabulary)) == lemma


def _article(text: str, cues: list[str], source: str = "Smith") -> dict:
    attributions = []
    cursor = 0
    for cue in cues:
        start = text.index(cue, cursor)
        cursor = start + len(cue)
        src = text.rfind(source, 0, start)
        attributions.append({"cue": [[start, start + len(cue)]], "source": [[src, src + len(source)]] if src >= 0 else []})
    return {"text": text, "attributions": attributions}


def test_mine_keeps_frequent_cues_and_leaves_out_beliefs_known_verbs_and_other_senses() -> None:
    sentence = "Smith denied it. Smith thinks so. Smith said so. Smith blasted them. "
    articles = [_article(sentence * 6 + "A question. " * 20 + "Smith questioned it. " * 6, ["denied", "thinks", "said", "blasted"] * 6 + ["questioned"] * 6)]
    articles[0]["text"] += "It was questioned. "  # one use that is no cue
    rows = {lemma: (forms, flags) for lemma, forms, _, _, flags in mine(articles)}
    assert set(rows) == {"deny", "blast", "question"}  # "think" is a belief, "say" is hand-written
    assert "question" not in rows["question"][0] and "questioned" in rows["question"][0]
    assert rows["blast"][1] == {"noinvert"}  # a cue every time it occurs: not strict


def test_mine_marks_a_verb_seen_before_its_source_as_invertible() -> None:
    text = "“We lost,” insisted Smith. " * 6
    rows = {lemma: flags for lemma, _, _, _, flags in mine([_article(text, ["insisted"] * 6)])}
    assert "insist" not in rows  # hand-written already
    text = "“We lost,” fumed Smith. " * 6
    articles = [_article(text, ["fumed"] * 6)]
    for attribution, start in zip(articles[0]["attributions"], range(0, len(text), len(text) // 6)):
        cue_end = attribution["cue"][0][1]
        attribution["source"] = [[cue_end + 1, cue_end + 6]]
    rows = {lemma: flags for lemma, _, _, _, flags in mine(articles)}
    assert rows["fume"] == set()
