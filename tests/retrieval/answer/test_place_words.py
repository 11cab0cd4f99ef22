"""Places beside their adjectives and peoples: "Iraqi Christians" are Christians of Iraq."""

from retrieval.answer.derive_places import gloss_place, place_pairs, table
from retrieval.answer.related import near_terms, related_terms
from retrieval.engine import Engine
from retrieval.index.terms import tokenize

# A made-up fragment of a wordnet's adjectives and people, in the shape of the YAML source.
SYNSETS = {
    "1-a": {"definition": ["of or relating to or characteristic of Ruritania or its people"], "members": ["Ruritanian"], "lexfile": "adj.pert"},
    "2-n": {"definition": ["a native or inhabitant of Ruritania"], "members": ["Ruritanian", "Rurite"], "lexfile": "noun.person"},
    "3-a": {"definition": ["of or relating to or characteristic of Platonov or his philosophy"], "members": ["Platonovian"], "lexfile": "adj.pert"},
    "4-n": {"definition": ["a native or resident of the Ruritanian state of Zenda"], "members": ["Zendan"], "lexfile": "noun.person"},
    "5-n": {"definition": ["a native or inhabitant of Ostland"], "members": ["Beaver"], "lexfile": "noun.person"},
    "6-a": {"definition": ["of or pertaining to Turkey or the people of Turkey"], "members": ["Turkish"], "lexfile": "adj.pert"},
    "7-a": {"definition": ["of or pertaining to Ostland or the people of Ostland"], "members": ["Polish"], "lexfile": "adj.pert"},
}
LOWER = {"beaver", "turkey", "polish"}


def _t(words: str) -> str:
    return "_".join(tokenize(words))


def test_a_gloss_names_the_place_of_an_adjective_or_a_people():
    assert gloss_place("of or relating to or characteristic of Israel or its people") == "Israel"
    assert gloss_place("of or pertaining to France or the people of France") == "France"
    assert gloss_place("a native or inhabitant of Texas") == "Texas"
    assert gloss_place("a native or inhabitant of the United States") == "United States"


def test_a_gloss_of_a_person_or_of_a_place_inside_another_names_no_place():
    assert gloss_place("of or relating to or characteristic of Plato or his philosophy") is None
    assert gloss_place("a native or resident of the American state of Georgia") is None  # "American" is no place
    assert gloss_place("of or relating to the sacrament of the Eucharist") is None


def test_pairs_leave_out_places_and_peoples_that_are_common_words_but_keep_adjectives():
    pairs = set(place_pairs(SYNSETS, LOWER))
    assert {("Ruritanian", "Ruritania"), ("Rurite", "Ruritania")} <= pairs
    assert not any(place == "Platonov" or word == "Zendan" for word, place in pairs)
    assert ("Turkish", "Turkey") not in pairs  # "turkey" is a bird too: a lower-cased index cannot tell
    assert ("Beaver", "Ostland") not in pairs  # a people's name that is a common word
    assert ("Polish", "Ostland") in pairs  # an adjective that is a common word too is still the place's


def test_the_table_holds_both_ways_as_index_terms():
    related = table(place_pairs(SYNSETS, LOWER))
    assert _t("Ruritania") in related[_t("Ruritanian")] and _t("Ruritanian") in related[_t("Ruritania")]


def test_the_shipped_table_relates_places_in_the_last_tier_only():
    assert _t("Israel") in related_terms(_t("Israeli")) and _t("Iraqi") in related_terms(_t("Iraq"))
    assert _t("Texan") in related_terms(_t("Texas"))
    assert _t("Israel") not in near_terms(_t("Israeli"))  # a counted noun: "Israelis" are people, not Israel


def test_a_question_with_the_adjective_is_answered_by_the_place(tmp_path):
    (tmp_path / "news.txt").write_text(
        " date 2023-02-01 world\n\n"
        "“Iraq is safe for families now,” said Hana Aziz, a bishop in Erbil.\n\n"
        "“Iran is safe for families now,” said Reza Amini, a cleric.\n\n"
        "“The farms need rain,” said Omar Said, a farmer.\n\n"
        "“The dam is safe for families downstream,” said Lina Mir, an engineer.\n\n"
        "“Families are safe in the shelters,” said Lina Mir.\n\n"
        "“The roads are open again,” said Omar Said.\n\n"
        "“The schools are open again,” said Omar Said.\n",
        encoding="utf-8",
    )
    engine, _ = Engine.from_paths([tmp_path])
    answer = engine.ask("who said Iraqi families are safe?")
    assert [q.speaker for q in answer.answers] == ["Hana Aziz"]  # never Amini, who speaks of Iran
    assert [(m.word, m.stands_for) for m in answer.answers[0].matched] == [("Iraq", "Iraqi")]
