"""The seed article: every sentence's speaker (or none), as a reader of the article sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.attribution import attribute
from retrieval.text.corpus import read_article
from retrieval.text.sentences import article_sentences

SEED = next((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))

# Sentence opening -> expected speaker (None: nobody is quoted or reported).
EXPECTED: list[tuple[str, str | None]] = [
    ("date 2020-01-08", None),
    ("BAGHDAD / WASHINGTON", None),
    ("Middle East.", None),
    ("Iran’s Supreme Leader Ali Khamenei said", "Ali Khamenei"),
    ("He was addressing a gathering", None),
    ("Iranian state television said Iran had fired 15", "Iranian state television"),
    ("The US military said", "US military"),
    ("Iraq said 22 rockets", "Iraq"),
    ("Iranian officials said", "Iranian officials"),
    ("Iranian television mourned", None),
    ("U.S. President Donald Trump said", "Donald Trump"),
    ("“All is well!”", "Donald Trump"),
    ("Trump said on Twitter.", "Donald Trump"),
    ("He visited one of the target countries", "Donald Trump"),
    ("One source said", "One source"),
    ("Iranian state television said 80", "Iranian state television"),
    ("He gave no evidence", None),
    ("Germany, Denmark, Norway and Poland said", "Germany, Denmark, Norway and Poland"),
    ("Britain, which also has personnel in Iraq, condemned", "Britain"),
    ("Iraq said its forces", "Iraq"),
    ("Pentagon spokesman Jonathan Hoffman said", "Jonathan Hoffman"),
    ("“As we evaluate our situation", "Jonathan Hoffman"),
    ("More than 5,000 US troops", None),
    ("Iran, which has long said", "Iran"),
    (".", None),
    ("Soleimani, a leading figure", None),
    ("“PROPOSAL TOOLS”", None),
    ("Iranian television reported an official", "Iranian television"),
    ("He quoted another source", "an official in the office of the supreme leader"),
    ("Iranian President Hassan Rouhani is expected", "state television"),
    ("Hours before the Iranian attacks", "Mark Esper"),
    ("“I think we should expect", "Mark Esper"),
    ("Iranian Foreign Minister Mohammad Javad Zarif said", "Mohammad Javad Zarif"),
    ("“We do not seek escalation", "Mohammad Javad Zarif"),
]


@pytest.fixture(scope="module")
def seed_pairs():
    article = read_article(SEED)
    sentences = article_sentences(article)
    return list(zip(sentences, attribute(article, sentences)))


def _expected(text: str) -> str | None:
    matches = [(prefix, speaker) for prefix, speaker in EXPECTED if text.startswith(prefix)]
    assert matches, f"no expectation written for seed sentence {text!r}"
    return max(matches, key=lambda m: len(m[0]))[1]


def _speaker_or_outer(attribution, expected: str | None) -> str | None:
    """A nested attribution is right either way: the expected name as its speaker, or as one of
    the outer sources it came through."""
    if attribution is None:
        return None
    return expected if expected is not None and expected in attribution.via else attribution.speaker


def test_every_seed_sentence_has_the_expected_speaker(seed_pairs) -> None:
    got = [(s.text, _speaker_or_outer(a, _expected(s.text))) for s, a in seed_pairs]
    want = [(s.text, _expected(s.text)) for s, _ in seed_pairs]
    assert got == want


def test_nested_attribution_keeps_its_chain(seed_pairs) -> None:
    reported = _find(seed_pairs, "Iranian television reported an official")
    assert (reported.speaker, reported.via, reported.kind) == ("an official in the office of the supreme leader", ("Iranian television",), "NESTED")
    quoted = _find(seed_pairs, "He quoted another source")
    assert (quoted.speaker, quoted.via) == ("another source", ("an official in the office of the supreme leader",))


def _find(seed_pairs, opening: str):
    return next(a for s, a in seed_pairs if s.text.startswith(opening))


def test_hoffman_surname_keeps_his_role(seed_pairs) -> None:
    attribution = _find(seed_pairs, "“As we evaluate")
    assert (attribution.speaker, attribution.mention, attribution.description, attribution.resolution) == (
        "Jonathan Hoffman",
        "Hoffman",
        "Pentagon spokesman",
        "surname",
    )


def test_zarif_second_sentence_is_his_via_he_wrote(seed_pairs) -> None:
    attribution = _find(seed_pairs, "“We do not seek")
    assert (attribution.mention, attribution.cue, attribution.resolution) == ("he", "wrote", "pronoun")


def test_trump_on_twitter_keeps_his_title(seed_pairs) -> None:
    attribution = _find(seed_pairs, "“All is well!”")
    assert (attribution.speaker, attribution.description) == ("Donald Trump", "U.S. President")
