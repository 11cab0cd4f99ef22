"""``Relations(nouns=True)``: a noun sharing a verb's index term is read too (measured, not shipped)."""

from retrieval.answer.derive_related import Relations, derive_from
from retrieval.answer.derive_steps import noun_of
from retrieval.index.terms import tokenize

# "relate" (verb) and "relative" (noun) share the term "relat"; "death" and "deathly" share "death".
SYNSETS = {
    "1-v": {"members": ["relate", "link"], "partOfSpeech": "v"},
    "2-n": {"members": ["relative", "kinsman"], "partOfSpeech": "n"},
    "3-n": {"members": ["death", "end"], "partOfSpeech": "n"},
    "4-r": {"members": ["deathly", "extremely"], "partOfSpeech": "r"},
}
ENTRIES = {
    "relate": {"v": {"sense": [{"synset": "1-v"}]}},
    "link": {"v": {"sense": [{"synset": "1-v"}]}},
    "relative": {"n": {"sense": [{"synset": "2-n"}]}},
    "kinsman": {"n": {"sense": [{"synset": "2-n"}]}},
    "death": {"n": {"sense": [{"synset": "3-n"}]}},
    "end": {"n": {"sense": [{"synset": "3-n"}]}},
    "deathly": {"r": {"sense": [{"synset": "4-r"}]}},
    "extremely": {"r": {"sense": [{"synset": "4-r"}]}},
}


def _t(word: str) -> str:
    return tokenize(word)[0]


def test_the_shortest_word_alone_is_read_by_default():
    table = derive_from(SYNSETS, ENTRIES, Relations(two_steps=False))
    assert _t("link") in table[_t("relate")]
    assert _t("kinsman") not in table[_t("relate")]


def test_with_nouns_a_verbs_term_holds_the_nouns_senses_too():
    table = derive_from(SYNSETS, ENTRIES, Relations(two_steps=False, nouns=True))
    assert {_t("link"), _t("kinsman")} <= set(table[_t("relate")])
    assert _t("relate") in table[_t("kinsman")]


def test_a_longer_word_of_a_nouns_term_is_still_left_out():
    table = derive_from(SYNSETS, ENTRIES, Relations(two_steps=False, nouns=True))
    assert _t("extremely") not in table.get(_t("death"), {})
    assert not noun_of("deathly", _t("death"), ENTRIES, {_t("death")})
    assert noun_of("relative", _t("relate"), ENTRIES, set())
