"""Words two steps away, initialisms and inflected phrasal verbs in the derived related-words table."""

import pytest

from retrieval.answer.derive_related import Relations, derive_from
from retrieval.answer.derive_steps import initialism
from retrieval.index.terms import tokenize

# A made-up fragment of a wordnet, in the shape of the Open English WordNet's YAML source.
SYNSETS = {
    "1-a": {"members": ["angry"], "partOfSpeech": "a", "similar": ["2-s", "3-s"]},
    "2-s": {"members": ["furious", "livid"], "partOfSpeech": "s", "similar": ["1-a"]},
    "3-s": {"members": ["sore"], "partOfSpeech": "s", "similar": ["1-a"]},
    "4-n": {"members": ["anger", "rage"], "partOfSpeech": "n"},
    "5-n": {"members": ["United Nations", "UN"], "partOfSpeech": "n"},
    "6-n": {"members": ["United States", "US"], "partOfSpeech": "n"},
    "7-v": {"members": ["bring down", "topple"], "partOfSpeech": "v"},
    "8-n": {"members": ["us"], "partOfSpeech": "n"},
}
ENTRIES = {
    "angry": {"a": {"sense": [{"id": "angry%3:00:00::", "synset": "1-a", "derivation": ["anger%1:12:00::"]}]}},
    "furious": {"s": {"sense": [{"id": "furious%5:00:00:angry:00", "synset": "2-s"}]}},
    "livid": {"s": {"sense": [{"id": "livid%5:00:00:angry:00", "synset": "2-s"}]}},
    "sore": {"s": {"sense": [{"id": "sore%5:00:00:angry:00", "synset": "3-s"}]}},
    "anger": {"n": {"sense": [{"id": "anger%1:12:00::", "synset": "4-n"}]}},
    "rage": {"n": {"sense": [{"id": "rage%1:12:00::", "synset": "4-n"}]}},
    "United Nations": {"n": {"sense": [{"id": "united_nations%1:14:00::", "synset": "5-n"}]}},
    "UN": {"n": {"sense": [{"id": "un%1:14:00::", "synset": "5-n"}]}},
    "United States": {"n": {"sense": [{"id": "united_states%1:14:00::", "synset": "6-n"}]}},
    "US": {"n": {"sense": [{"id": "us%1:14:00::", "synset": "6-n"}]}},
    "us": {"n": {"sense": [{"id": "us%1:10:00::", "synset": "8-n"}]}},
    "bring": {"v": {"form": ["brought"], "sense": []}},
    "bring down": {"v": {"sense": [{"id": "bring_down%2:35:00::", "synset": "7-v"}]}},
    "topple": {"v": {"sense": [{"id": "topple%2:35:00::", "synset": "7-v"}]}},
}


def _t(words: str) -> str:
    return "_".join(tokenize(words))


def _similar(a: str, b: str) -> float:
    return 0.1 if "sore" in (a, b) else 0.9  # "sore" is the sense of "angry" a reader does not mean


@pytest.fixture(scope="module")
def table():
    return derive_from(SYNSETS, ENTRIES, Relations(), _similar)


def test_a_similar_adjectives_derived_word_is_two_steps_away_both_ways(table):
    assert table[_t("furious")][_t("angry")] == 2  # a satellite and its head
    assert table[_t("furious")][_t("anger")] == 2 and table[_t("anger")][_t("furious")] == 2
    assert table[_t("furious")][_t("rage")] == 2  # the derived word's synonym
    assert table[_t("angry")][_t("anger")] == 0  # its own derived word stays close


def test_a_two_step_word_the_embeddings_call_far_is_left_out(table):
    assert _t("sore") not in table[_t("angry")]
    assert _t("sore") in derive_from(SYNSETS, ENTRIES, Relations(), None)[_t("angry")]
    assert _t("anger") not in derive_from(SYNSETS, ENTRIES, Relations(two_steps=False), _similar).get(_t("furious"), {})


def test_an_initialism_is_keyed_lower_case_unless_that_is_a_word_of_its_own(table):
    assert table["un"][_t("United Nations")] == 0
    assert "un" not in table.get(_t("United Nations"), {})  # one way: a name never stands for the letters
    assert _t("United States") not in table.get("us", {})  # "US" is not the pronoun's "us"
    assert initialism("UN", ENTRIES) == "un" and initialism("US", ENTRIES) is None and initialism("Paris", ENTRIES) is None


def test_a_phrasal_verb_is_keyed_under_its_irregular_forms_too(table):
    assert table[_t("brought down")] == table[_t("bring down")]
    assert _t("topple") in table[_t("brought down")]


def test_the_shipped_table_answers_two_steps_away_initialisms_and_inflected_phrases(tmp_path):
    from retrieval.engine import Engine

    (tmp_path / "city.txt").write_text(
        " date 2024-03-05 city\n\n“I have no fear of him any more,” said Rosa Quint, who testified on Monday.\n\n"
        "The council will ban street parking on market days, said Deputy Mayor Omar Vale.\n\n"
        "“The United Nations has to send observers,” said Ines Karr, a local campaigner.\n\n"
        "The storm brought down power lines across the valley, said Tom Reyes, a utility spokesman.\n",
        encoding="utf-8",
    )
    engine, _ = Engine.from_paths([tmp_path])
    afraid = engine.ask("who said she was not afraid?")
    assert [q.speaker for q in afraid.answers] == ["Rosa Quint"]
    assert [(m.word, m.stands_for) for m in afraid.answers[0].matched] == [("fear", "afraid")]
    assert [q.speaker for q in engine.ask("who said parking would be prohibited?").answers] == ["Omar Vale"]
    un = engine.ask("who spoke about the UN?")
    assert [q.speaker for q in un.answers] == ["Ines Karr"]
    assert [(m.word, m.stands_for) for m in un.answers[0].matched] == [("United Nations", "UN")]
    assert engine.ask("who said the UN was afraid of parking?").answers == []  # stand-ins for words no sentence shares


def test_a_phrase_written_with_an_irregular_form_is_only_a_key(table):
    assert _t("brought down") not in table[_t("topple")]  # "have not given up hope" does not say "surrendered"


def test_a_counted_noun_takes_no_relative_two_steps_away():
    # "how many soldiers?" is answered by troops, never by a figure of "the military".
    from retrieval.answer.related import _tiers, near_terms, related_terms

    two_steps = [(key, term) for (key, term), tier in _tiers().items() if tier == 2]
    assert two_steps
    for key, term in two_steps[:200]:
        assert term in related_terms(key) and term not in near_terms(key)
    assert set(near_terms("soldier")) <= set(related_terms("soldier"))
    assert "foot_soldier" in near_terms("soldier") and "militari" not in near_terms("soldier")


# Phrasal verbs and their class, adverbs and their adjective: a second made-up fragment.
PHRASAL_SYNSETS = {
    "1-v": {"members": ["return"], "partOfSpeech": "v"},
    "2-v": {"members": ["go back"], "partOfSpeech": "v", "hypernym": ["1-v"]},
    "3-v": {"members": ["homecoming"], "partOfSpeech": "v", "hypernym": ["1-v"]},
    "4-n": {"members": ["interest rate"], "partOfSpeech": "n", "hypernym": ["5-n"]},
    "5-n": {"members": ["charge"], "partOfSpeech": "n"},
    "6-s": {"members": ["deliberate", "intended"], "partOfSpeech": "s"},
    "7-r": {"members": ["deliberately", "on purpose"], "partOfSpeech": "r"},
    "8-n": {"members": ["death"], "partOfSpeech": "n"},
    "9-r": {"members": ["deathly", "extremely"], "partOfSpeech": "r"},
}
PHRASAL_ENTRIES = {
    "return": {"v": {"sense": [{"id": "return%2:38:00::", "synset": "1-v"}]}},
    "go": {"v": {"form": ["gone", "went"], "sense": []}},
    "go back": {"v": {"sense": [{"id": "go_back%2:38:00::", "synset": "2-v"}]}},
    "homecoming": {"v": {"sense": [{"id": "homecoming%2:38:00::", "synset": "3-v"}]}},
    "interest rate": {"n": {"sense": [{"id": "interest_rate%1:21:00::", "synset": "4-n"}]}},
    "charge": {"n": {"sense": [{"id": "charge%1:21:00::", "synset": "5-n"}]}},
    "deliberate": {"s": {"sense": [{"id": "deliberate%5:00:00:intended:00", "synset": "6-s"}]}},
    "intended": {"s": {"sense": [{"id": "intended%5:00:00:intended:00", "synset": "6-s"}]}},
    "deliberately": {"r": {"sense": [{"id": "deliberately%4:02:00::", "synset": "7-r", "pertainym": ["deliberate%5:00:00:intended:00"]}]}},
    "on purpose": {"r": {"sense": [{"id": "on_purpose%4:02:00::", "synset": "7-r"}]}},
    "death": {"n": {"sense": [{"id": "death%1:19:00::", "synset": "8-n"}]}},
    "deathly": {"r": {"sense": [{"id": "deathly%4:02:01::", "synset": "9-r"}]}},
    "extremely": {"r": {"sense": [{"id": "extremely%4:02:00::", "synset": "9-r"}]}},
}


@pytest.fixture(scope="module")
def phrasal():
    return derive_from(PHRASAL_SYNSETS, PHRASAL_ENTRIES, Relations(), lambda a, b: 0.1 if "homecoming" in (a, b) else 0.9)


def test_a_phrasal_verb_is_stood_in_for_by_its_class_word(phrasal):
    assert phrasal[_t("go back")][_t("return")] == 1  # "Christians have returned" says "gone back"
    assert phrasal[_t("gone back")][_t("return")] == 1  # and so under its irregular forms
    assert _t("charge") not in phrasal.get(_t("interest rate"), {})  # a noun phrase keeps its class apart
    assert _t("return") not in derive_from(PHRASAL_SYNSETS, PHRASAL_ENTRIES, Relations(phrasal_classes=False), None).get(_t("go back"), {})


def test_an_adverb_of_the_same_term_brings_its_synonyms_and_an_adverb_of_degree_does_not(phrasal):
    assert _t("deliberately") == _t("deliberate") and phrasal[_t("deliberate")][_t("on purpose")] == 0
    assert _t("extremely") not in phrasal.get(_t("death"), {})  # "deathly" is no adverb of "death"
    assert derive_from(PHRASAL_SYNSETS, PHRASAL_ENTRIES, Relations(adverbs=False), None)[_t("deliberate")].get(_t("on purpose")) != 0
