"""The cheap tests run before the cue rules skip only sentences on which no rule fires.

A sentence is tokenized and read by the cue rules only when ``cues.may_hold_cue`` passes, and
the speech-act rules run only when ``speech_acts.may_hold_act`` passes; both ask
``sentence_words`` whether the sentence holds a word of a rule's list. Here the same articles
are attributed with both tests forced open (every sentence tokenized and read by every rule) and
the answers must be the same: a new rule that fires on a word none of the lists holds fails
here, instead of being skipped without a word. Likewise ``people._nobody`` passes over a lone
capitalised word before the full read of a run: with it forced open the people found are the same. The articles are real copy from twelve
publishers (``evals/news_ninth``, 1,751 sentences) that no rule was written from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.attribution import attribute, cues, people, pipeline
from retrieval.attribution.nominal import nominal_cue_words
from retrieval.attribution.occasions import _cue_words as occasion_words
from retrieval.attribution.sentence_words import holds_any, letter_runs
from retrieval.attribution.speech_acts import _act_verbs, speech_act_cue_words
from retrieval.attribution.quotes import mask_paragraph
from retrieval.lexicon import words
from retrieval.text.corpus import load_corpus
from retrieval.text.sentences import article_sentences

_ARTICLES = Path(__file__).resolve().parents[3] / "evals" / "news_ninth"


@pytest.fixture(scope="module")
def split():
    articles = load_corpus(sorted(_ARTICLES.glob("*/articles"))).articles
    return [(article, article_sentences(article)) for article in articles]


def test_the_articles_are_many(split):
    assert len(split) >= 30 and sum(len(sentences) for _, sentences in split) >= 1000


def test_opening_the_cheap_tests_changes_no_attribution(split, monkeypatch):
    gated = [attribute(article, sentences) for article, sentences in split]
    skipped = sum(not cues.may_hold_cue(s.text) for _, sentences in split for s in sentences)
    assert skipped > 100  # else the cheap tests skip nothing and this test proves nothing
    monkeypatch.setattr(pipeline, "may_hold_cue", lambda masked: True)
    monkeypatch.setattr(cues, "may_hold_cue", lambda masked: True)
    monkeypatch.setattr(cues, "may_hold_act", lambda lowered: True)
    for (article, sentences), before in zip(split, gated):
        opened = attribute(article, sentences)
        for sentence, want, got in zip(sentences, before, opened, strict=True):
            assert got == want, sentence.text


def test_shared_runs_answer_as_a_search_for_each_list(split, word_search):
    lists = [cues._cue_words(), speech_act_cue_words(), _act_verbs(), occasion_words(), nominal_cue_words(), words("number_words.txt")]
    texts = [s.text for _, sentences in split for s in sentences[:20]]
    texts += [v.masked for v in mask_paragraph(texts[:200])] + ["said2 x", "unsaid", "SAID", "said’s", "İstanbul said", "a\u00a0said\u3000x", ""]
    for text in texts:
        lowered = text.lower()
        for listed in lists:
            assert holds_any(lowered, listed) == (word_search(listed).search(lowered) is not None), (text, sorted(listed)[:3])


def test_runs_are_whole_runs_of_letters():
    assert letter_runs("he said2 x, un-said; o’brien 3rd") == {"he", "said", "x", "un", "o", "brien", "rd"}
    assert not holds_any("unsaid essay", frozenset({"said", "say"}))
    assert holds_any("well, said he", frozenset({"said"}))


def test_reading_every_lone_word_finds_the_same_people(split, monkeypatch):
    masked = [[v.masked for v in mask_paragraph([s.text for s in sentences])] for _, sentences in split]
    found = [people.scan_people(texts) for texts in masked]
    passed = sum(people._nobody(people._Scan(frozenset(), set()), w, "", "") for w in ("The", "Tuesday", "Chelsea"))
    assert passed == 3  # the cheap test does pass words over, so this test proves something
    monkeypatch.setattr(people, "_nobody", lambda scan, word, prefix, after: False)
    for texts, before in zip(masked, found):
        assert people.scan_people(texts) == before
