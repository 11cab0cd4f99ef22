"""Class words (hypernyms) that give a question's word part of its weight, never all of it."""

from retrieval.answer.derive_classes import classes
from retrieval.answer.related import class_terms, term_groups
from retrieval.engine import Engine
from retrieval.index.terms import tokenize

# A made-up fragment of a wordnet, in the shape of the YAML source.
SYNSETS = {
    "1-n": {"members": ["committee", "commission"], "partOfSpeech": "n"},
    "2-n": {"members": ["panel", "jury"], "partOfSpeech": "n", "hypernym": ["1-n"]},
    "3-n": {"members": ["group", "grouping", "set", "bunch", "lot", "collection", "cluster"], "partOfSpeech": "n"},
    "4-n": {"members": ["quorum"], "partOfSpeech": "n", "hypernym": ["3-n"]},
    "5-n": {"members": ["season"], "partOfSpeech": "n"},
    "6-n": {"members": ["fall"], "partOfSpeech": "n", "hypernym": ["5-n"]},
}
ENTRIES = {
    "committee": {"n": {"sense": [{"synset": "1-n"}]}},
    "commission": {"n": {"sense": [{"synset": "1-n"}]}},
    "panel": {"n": {"sense": [{"synset": "2-n"}]}},
    "jury": {"n": {"sense": [{"synset": "2-n"}]}},
    "quorum": {"n": {"sense": [{"synset": "4-n"}]}},
    "fall": {"n": {"sense": [{"synset": "6-n"}]}},
    "season": {"n": {"sense": [{"synset": "5-n"}]}},
}


def _t(words: str) -> str:
    return "_".join(tokenize(words))


def _similar(a: str, b: str) -> float:
    return 0.1 if "season" in (a, b) else 0.9  # "season" is not what a reader means by "fall"


def test_a_word_lists_the_members_of_its_small_classes_one_way():
    table = classes(SYNSETS, ENTRIES, _similar)
    assert {_t("committee"), _t("commission")} <= table[_t("panel")]
    assert _t("panel") not in table.get(_t("committee"), set())  # a class word is no kind of it


def test_a_loose_class_and_one_the_embeddings_call_far_are_left_out():
    table = classes(SYNSETS, ENTRIES, _similar)
    assert not table.get(_t("quorum"))  # a class of seven members is a loose grouping
    assert not table.get(_t("fall"))
    assert _t("season") in classes(SYNSETS, ENTRIES, None)[_t("fall")]  # no filter: kept


def test_the_shipped_table_gives_a_group_its_class_words_the_corpus_holds():
    assert _t("committee") in class_terms(_t("panel"))
    df = {_t("committee"): 2, _t("panel"): 0}.get
    (group,) = term_groups([_t("panel")], lambda t: df(t, 0))
    assert group.classes == (_t("committee"),) and _t("committee") not in group.stand_ins


FILLER = ["roads", "schools", "bridges", "parks", "ports", "farms", "mines", "trains", "buses", "clinics", "courts", "prisons", "tunnels", "ferries"]


def test_a_class_word_answers_beside_the_other_words_but_never_alone(tmp_path):
    lines = [
        "“We will take the budget to the Senate committee,” said Ada Ruiz, a senator.",
        "“The Senate is in recess,” said Ben Ode, a clerk.",
        "“The Senate votes on Friday,” said Ben Ode.",
        "“The committee meets on Friday,” said Cy Moe, an aide.",
        "“The committee is split,” said Cy Moe.",
        "“The committee has no chair,” said Cy Moe.",
        *(f"“The {word} are open again,” said Di Lu, a mayor." for word in FILLER),
    ]
    (tmp_path / "hill.txt").write_text(" date 2023-02-01 politics\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    engine, _ = Engine.from_paths([tmp_path])
    answer = engine.ask("who talked about the Senate panel?")
    assert [q.speaker for q in answer.answers] == ["Ada Ruiz"]  # never Ode's Senate without a panel
    assert [(m.word, m.stands_for) for m in answer.answers[0].matched] == [("committee", "panel")]
    assert not engine.ask("who talked about the panel?").answers  # a class word alone holds only part of a word
