"""The related-words table and its use: WordNet's tiers, kinds of a word, phrases as stand-ins."""

import io

import pytest

from retrieval.answer.derive_related import Relations, derive_from, write
from retrieval.answer.related import phrase_frequency, phrase_in, related_terms, term_groups
from retrieval.engine import Engine
from retrieval.index.terms import tokenize

# A made-up fragment of a wordnet, in the shape of the Open English WordNet's YAML source.
SYNSETS = {
    "1-v": {"members": ["pay"], "partOfSpeech": "v"},
    "2-v": {"members": ["compensate", "recompense"], "partOfSpeech": "v", "hypernym": ["1-v"]},
    "3-v": {"members": ["tip"], "partOfSpeech": "v", "hypernym": ["1-v"]},
    "4-v": {"members": ["quit", "step down", "resign"], "partOfSpeech": "v"},
    "5-n": {"members": ["interest rate", "rate of interest"], "partOfSpeech": "n", "hypernym": ["6-n"]},
    "6-n": {"members": ["rate"], "partOfSpeech": "n"},
}
ENTRIES = {
    "pay": {"v": {"form": ["paid"], "sense": [{"synset": "1-v", "derivation": ["payment%1:04:00::"]}]}},
    "payment": {"n": {"sense": [{"synset": "1-v"}]}},
    "compensate": {"v": {"sense": [{"synset": "2-v"}]}},
    "recompense": {"v": {"sense": [{"synset": "2-v"}]}},
    "tip": {"v": {"sense": [{"synset": "3-v"}]}},
    "quit": {"v": {"sense": [{"synset": "4-v"}]}},
    "step down": {"v": {"sense": [{"synset": "4-v"}]}},
    "resign": {"v": {"sense": [{"synset": "4-v"}]}},
    "interest rate": {"n": {"sense": [{"synset": "5-n"}]}},
    "rate of interest": {"n": {"sense": [{"synset": "5-n"}]}},
    "rate": {"n": {"sense": [{"synset": "6-n"}]}},
}


def _t(words: str) -> str:
    return "_".join(tokenize(words))


def _similar(a: str, b: str) -> float:
    return 0.1 if "tip" in (a, b) else 0.9  # "tip" is the kind of paying a reader does not mean by "pay"


@pytest.fixture(scope="module")
def table():
    return derive_from(SYNSETS, ENTRIES, Relations(), _similar)


def test_synonyms_inflections_and_derived_words_are_close_and_symmetric(table):
    assert table[_t("quit")][_t("resign")] == 0 and table[_t("resign")][_t("quit")] == 0
    assert table[_t("pay")][_t("paid")] == 0  # an irregular form the index keeps apart
    assert table[_t("pay")][_t("payment")] == 0 and table[_t("payment")][_t("pay")] == 0


def test_a_kind_stands_in_for_its_class_and_never_the_other_way(table):
    assert table[_t("pay")][_t("compensate")] == 1  # "compensate Sony" says "pay Sony"
    assert _t("pay") not in table.get(_t("compensate"), {})  # "pay" does not say "compensate"


def test_a_kind_the_embeddings_call_far_is_left_out(table):
    assert _t("tip") not in table[_t("pay")]
    assert _t("tip") in derive_from(SYNSETS, ENTRIES, Relations(), None)[_t("pay")]  # no filter: kept


def test_a_phrase_stands_in_for_a_word_but_a_phrase_keeps_only_words(table):
    assert table[_t("quit")][_t("step down")] == 0
    assert _t("rate of interest") not in table.get(_t("interest rate"), {})  # phrase for phrase: none
    assert _t("rate") not in table.get(_t("interest rate"), {})  # its own word says nothing more
    assert _t("step down") not in derive_from(SYNSETS, ENTRIES, Relations(phrases=False))[_t("quit")]


def test_the_table_is_written_in_two_tiers(table):
    out = io.StringIO()
    write(table, out)
    row = next(line for line in out.getvalue().splitlines() if line.startswith(_t("pay") + "\t"))
    key, close, narrower = row.split("\t")
    assert _t("paid") in close.split() and _t("compensate") in narrower.split() and _t("compensate") not in close.split()


def test_a_phrase_is_held_only_with_its_words_in_a_row():
    assert phrase_in("She has no plans to step down.", _t("step down"))
    assert not phrase_in("She will step in if the price goes down.", _t("step down"))
    assert phrase_frequency(_t("step down"), {"step": 3, "down": 9}.get) == 3


def test_close_words_are_tried_before_kinds():
    held = {t: 1 for t in related_terms("agreement")}
    stand_ins = term_groups(["agreement"], lambda t: held.get(t, 0))[0].stand_ins
    assert "deal" in stand_ins and "accord" in stand_ins
    assert stand_ins.index("accord") < stand_ins.index("deal")  # a synonym before a kind


def test_the_second_pass_answers_with_a_phrase_and_a_kind_and_says_so(tmp_path):
    (tmp_path / "board.txt").write_text(
        " date 2023-02-01 business\n\nMarta Lind said she had no plans to step down as chair.\n\n"
        "Jon Hale said he would step in if shares went down again.\n\n"
        "“The firm will compensate every family,” said Ivo Berg, its lawyer.\n",
        encoding="utf-8",
    )
    engine, _ = Engine.from_paths([tmp_path])
    quit_ = engine.ask("who said she would not quit?")
    assert [q.speaker for q in quit_.answers] == ["Marta Lind"]  # Hale's "step ... down" is no phrase
    assert [(m.word, m.stands_for) for m in quit_.answers[0].matched] == [("step down", "quit")]
    pay = engine.ask("who said the firm would pay?")
    assert [q.speaker for q in pay.answers] == ["Ivo Berg"]
    assert [(m.word, m.stands_for) for m in pay.answers[0].matched] == [("compensate", "pay")]


def test_wordllamas_embeddings_tell_a_meant_kind_from_a_far_one():
    pytest.importorskip("wordllama")
    from retrieval.answer.derive_related import MIN_KIND_SIMILARITY, wordllama_similarity

    similar = wordllama_similarity()  # the model in the wheel: nothing is fetched
    assert similar("pay", "compensate") >= MIN_KIND_SIMILARITY > similar("fall", "season")
    assert similar("agreement", "deal") >= MIN_KIND_SIMILARITY > similar("surrender", "delivery")
