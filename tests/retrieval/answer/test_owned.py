"""A subject naming an owner's document or voice finds the owner's speakers (``answer.owned``)."""

from retrieval.answer.owned import owned_speakers
from retrieval.index.library import SpeakerInfo

SPEAKERS = (
    SpeakerInfo("William Barr", ("Attorney General",), 3),
    SpeakerInfo("a spokesman for Dianne Feinstein", (), 1),
    SpeakerInfo("Dianne Feinstein", ("Senator",), 2),
    SpeakerInfo("Donald Trump", ("President",), 9),
)


def find(name: str) -> list[int]:
    """Speakers whose name holds every word of ``name`` (a stand-in for ``SpeakerMatcher.find``)."""
    asked = name.lower().split()
    return [i for i, s in enumerate(SPEAKERS) if all(w in s.name.lower().split() for w in asked)]


def test_a_document_of_its_owner_speaks_as_the_owner():
    assert owned_speakers("Barr's memo", find, SPEAKERS) == [0]
    assert owned_speakers("the Barr’s letter", find, SPEAKERS) == [0]


def test_an_office_is_heard_through_those_who_speak_for_the_owner():
    assert owned_speakers("Feinstein's office", find, SPEAKERS) == [1]


def test_with_no_voice_quoted_the_owner_answers_for_the_office():
    assert owned_speakers("Barr's office", find, SPEAKERS) == [0]


def test_lawyers_and_other_roles_are_not_their_clients():
    assert owned_speakers("Trump's lawyers", find, SPEAKERS) == []
    assert owned_speakers("Trump's nephew", find, SPEAKERS) == []


def test_a_subject_with_no_possessive_names_no_owner():
    assert owned_speakers("the memo", find, SPEAKERS) == []
    assert owned_speakers("Feinstein office", find, SPEAKERS) == []
