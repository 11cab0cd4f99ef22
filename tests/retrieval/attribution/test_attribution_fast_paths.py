"""The fast paths of attribution give what the plain forms they replace give.

Checked on every string in the attribution tests (the sentences the rules were written for) and
on the seed articles, plus characters chosen to be awkward.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

from retrieval.attribution import aliases, people
from retrieval.attribution.cues import _cue_words, may_hold_cue
from retrieval.attribution.occasions import _cue_words as occasion_words
from retrieval.attribution.speech_acts import _act_verbs, speech_act_cue_words
from retrieval.attribution.quotes import QUOTED, _hide, _marks, mask_paragraph, opens_with_mark
from retrieval.attribution.sentence_words import LETTERS as _WORDS
from retrieval.attribution.tokens import _SPACED_TOKEN, _TOKEN, _tokenize_spaced, tokenize

_HERE = Path(__file__).parent
_ROOT = _HERE.parents[2]
_AWKWARD = ["a\u00a0b\u2028c\u3000d\x1c\x1d\x1e\x1f\x85e", "  lead and trail  ", "", " ", "İstanbul’s ‘Ş’ ‘x’", "U.S. al-Asad 3.5 9/11 ISIS' men J. Smith."]


@lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    """Every string constant of the attribution tests, each seed article, and the awkward ones."""
    found: list[str] = list(_AWKWARD)
    for path in sorted(_HERE.glob("test_attribution*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found.extend(n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str))
    found.extend(p.read_text(encoding="utf-8") for p in sorted((_ROOT / "seeds").glob("*.txt")))
    return tuple(found)


def test_texts_are_many():
    assert len(_texts()) > 500


def test_hide_is_the_non_space_substitution():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert _hide(every) == re.sub(r"\S", QUOTED, every)
    for text in _texts():
        assert _hide(text) == re.sub(r"\S", QUOTED, text)


def test_spaced_tokens_are_the_tokens_with_their_offsets():
    for text in _texts():
        for masked in [text, *(v.masked for v in mask_paragraph([text]))]:
            expected = [(m.start(), m.group()) for m in _TOKEN.finditer(masked)]
            got, end = [], 0
            for space, token in _SPACED_TOKEN.findall(masked):
                got.append((end + len(space), token))
                end += len(space) + len(token)
            assert got == expected, masked


def test_word_by_word_tokens_are_the_spaced_tokens():
    # Words read once and placed by their lengths give the tokens the spaced pattern gives,
    # wherever a stop, an apostrophe or a space stands ("ISIS' men" / "of ISIS'", "he . received").
    edges = ["ISIS' men", "of ISIS'", "of ISIS' ", "he . received it", "he . Received", ". and", "x .", "a  b", "a\tb c", "U.S. Mr. J. Smith. Obama.", "‘90s ’em'", "░░ \"x\" --"]
    for text in [*_texts(), *edges]:
        for masked in [text, *(v.masked for v in mask_paragraph([text]))]:
            assert tokenize(masked) == _tokenize_spaced(masked), masked


def test_token_shortcuts_match_what_the_full_pattern_matches():
    # Every printable ASCII character and some others around a letter run, a number and a mark.
    chars = [chr(c) for c in range(32, 127)] + list("’‘“”–—…é1İ\u00a0\t") + [QUOTED]
    for c in chars:
        for masked in (f"ab{c}cd", f"{c}ab", f"ab{c}", f"As{c} x", f"3{c}5 {c}{c}", f"U.S{c}A", f"x {c}{QUOTED}{c}"):
            got, end = [], 0
            for space, token in _SPACED_TOKEN.findall(masked):
                got.append((end + len(space), token))
                end += len(space) + len(token)
            assert got == [(m.start(), m.group()) for m in _TOKEN.finditer(masked)], masked


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its word boundary back before the first capital."""
    return re.compile(pattern.pattern.replace("[A-Z](?<=\\b[A-Z])", "\\b[A-Z]"))


def test_capital_patterns_match_as_with_a_leading_word_boundary():
    patterns = [people._capital_run(), aliases._CAPITALS, aliases._RUN]
    for pattern in patterns:
        assert "(?<=\\b[A-Z])" in pattern.pattern  # else this test checks nothing
        plain = _plain(pattern)
        for text in _texts():
            assert [(m.span(), m.group()) for m in pattern.finditer(text)] == [(m.span(), m.group()) for m in plain.finditer(text)]


def test_opening_mark_test_is_the_full_match():
    openers, _, _, pattern = _marks()
    lines = [line for text in _texts() for line in text.splitlines()]
    lines += [f"{mark}{after}" for mark in [*openers, "”", "’", "»"] for after in ("We won", " x", "90s", "")]
    for text in lines:
        m = pattern.match(text.lstrip())
        assert opens_with_mark(text) == (m is not None and m.group() in openers), text
    assert opens_with_mark("  “We won,” she said.") and not opens_with_mark("She said “we won.”")


def test_lone_word_forms_are_the_bare_word_and_its_lower_case():
    for word in ("Trump’s", "Obama's", "Davis'", "U.S.", "Chelsea", "AP."):
        name = word.removesuffix("’s").removesuffix("'s")
        assert people._lone_forms(word) == (people._bare(name), name.lower())
    assert people._lone_forms("Trump’s") == ("trump", "trump")


def test_alias_prefilter_never_skips_a_match():
    for text in _texts():
        if aliases._NAME.search(text) is not None:
            assert aliases._NAME_END.search(text) is not None, text


def test_cue_search_finds_a_cue_exactly_when_a_whole_word_is_one():
    """A cue word, a speech act's noun (or adjective) together with a light verb (or copula), or
    an occasion of speech ("in a statement")."""
    cues, nouns, verbs = _cue_words(), speech_act_cue_words(), _act_verbs()
    for text in [*_texts(), "said2 x", "unsaid", "SAID", "said’s", "İstanbul said", "they voiced support", "support staff", "in a statement"]:
        for masked in [text, *(v.masked for v in mask_paragraph([text]))]:
            found = set(_WORDS.findall(masked.lower()))
            act = not nouns.isdisjoint(found) and not verbs.isdisjoint(found) or not occasion_words().isdisjoint(found)
            assert may_hold_cue(masked) == (not cues.isdisjoint(found) or act), masked


def test_word_search_takes_whole_runs_of_letters_only(word_search):
    found = word_search(frozenset({"say", "says", "hit out", "a"}))
    assert [m.group() for m in found.finditer("he says, I say: hit out at a1 essay sayso")] == ["says", "say", "a"]
    assert word_search(frozenset()).search("anything") is None
