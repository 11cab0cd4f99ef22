"""The attribution word lists load, hold what the rules rely on, and are documented."""

from __future__ import annotations

from importlib import resources

import pytest

import retrieval.attribution as attribution_package
from retrieval.attribution.lexicon import lexicon

# Every word list in the package, whichever stage reads it.
FILES = sorted(
    entry.name
    for entry in resources.files("retrieval.lexicon").iterdir()
    if entry.name.endswith((".txt", ".tsv"))
)


@pytest.mark.parametrize("name", FILES)
def test_every_list_is_documented(name: str) -> None:
    readme = resources.files("retrieval.lexicon").joinpath("README.md").read_text(encoding="utf-8")
    assert f"`{name}`" in readme


@pytest.mark.parametrize(
    "form, lemma, strict",
    [("said", "say", False), ("told", "tell", False), ("added", "add", True), ("tweeted", "tweet", False), ("pointed", "point", True)],
)
def test_reporting_verb_forms(form: str, lemma: str, strict: bool) -> None:
    verb = lexicon().verbs[form]
    assert (verb.lemma, verb.strict) == (lemma, strict)


@pytest.mark.parametrize("belief", ["think", "thinks", "want", "wants", "hope", "hopes", "expect", "expects", "know", "knows", "shows", "finds"])
def test_belief_and_perception_verbs_are_not_speech(belief: str) -> None:
    # "..., court files show." closes a sentence with its source, and "the poll shows" or "the
    # study finds" gives a document's finding (evidence_nouns.txt); after a person they are no speech.
    verb = lexicon().verbs.get(belief)
    assert verb is None or verb.closing or verb.evidence


def test_package_exports_attribute() -> None:
    assert attribution_package.__all__ == ["attribute"]
    assert callable(attribution_package.attribute)


def test_every_layout_and_resolution_is_explained() -> None:
    from typing import get_args

    from retrieval.attribution.kinds import KINDS, RESOLUTIONS, explain
    from retrieval.models import Attribution, Resolution

    assert set(RESOLUTIONS) == set(get_args(Resolution))
    attribution = Attribution("Jonathan Hoffman", "Hoffman", "Pentagon spokesman", "said", "QSV", "surname")
    assert explain(attribution) == (
        "QSV: quote, then speaker, then verb (“...,” Trump said.); cue “said”; speaker “Hoffman” -> "
        "Jonathan Hoffman (a surname, linked to the full name given earlier in the article)"
    )
    assert "QSV" in KINDS and "CONTINUATION" in KINDS


def test_every_layout_the_rules_emit_is_explained() -> None:
    import re
    from importlib import resources

    from retrieval.attribution.kinds import KINDS

    source = "".join(
        resources.files("retrieval.attribution").joinpath(name).read_text(encoding="utf-8")
        for name in ("cues.py", "continuation.py")
    )
    emitted = set(re.findall(r'"([A-Z][A-Z_]{1,})"', source))
    assert emitted <= set(KINDS), emitted - set(KINDS)
    from retrieval.attribution.speech_model import KIND

    assert KIND in KINDS  # the speech model's attributions are explained too
