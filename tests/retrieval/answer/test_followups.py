"""Follow-ups read against the last answer: the question actually asked, where "more" starts, who is left out."""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.answer.followups import FollowUp, last_speaker, narrow, read_follow_up, wanted
from retrieval.results import Answer, Quote


def quote(speaker: str | None, n: int = 0) -> Quote:
    return Quote(text=f"Sentence {n}.", speaker=speaker, speaker_mention=None, speaker_description=None, cue="said",
                 document="a.txt", date=dt.date(2021, 3, 4), paragraph=0, sentence=n, start=n * 20, end=n * 20 + 12)


def answer(question: str, intent: str, speakers: list[str | None], subject: str | None = None, topic: str | None = None,
           offset: int = 0, total: int | None = None) -> Answer:
    quotes = [quote(s, i) for i, s in enumerate(speakers)]
    return Answer(question=question, intent=intent, subject=subject, topic=topic, answers=quotes,  # type: ignore[arg-type]
                  total=len(quotes) if total is None else total, offset=offset)


WHO = answer("who said the pier will stay closed?", "who_said", ["Marta Quell", "Tomas Brenn"], topic="the pier will stay closed")
WHAT = answer("what did Quell say?", "what_did_say", ["Marta Quell"] * 3, subject="Quell", total=7)
WHAT_ABOUT = answer("what did Quell say about the crane?", "what_did_say", ["Marta Quell"], subject="Quell", topic="the crane")
SEARCH = answer("crane inspection", "search", [None, "Tomas Brenn"], topic="crane inspection")
HOW_MANY = answer("how many dockworkers were hurt?", "how_many", ["Marta Quell"], topic="dockworkers were hurt")
NOBODY = answer("who said zyzzyva?", "who_said", [], topic="zyzzyva")


@pytest.mark.parametrize(
    "previous, text, expected",
    [
        # "more": the same question, after the quotes already shown
        (WHO, "more", FollowUp(WHO.question, "more", 2)),
        (WHO, "More please!", FollowUp(WHO.question, "more", 2)),
        (WHAT.model_copy(update={"offset": 3}), "next", FollowUp(WHAT.question, "more", 6)),
        (SEARCH, "what else?", FollowUp(SEARCH.question, "more", 2)),
        # the last speaker
        (WHO, "what else did he say?", FollowUp("what did Marta Quell say?", "speaker")),
        (WHO, "What else did she say about the crane?", FollowUp("what did Marta Quell say about the crane?", "speaker")),
        (WHO, "what did she say about cranes?", FollowUp("what did Marta Quell say about cranes?", "speaker")),
        (WHAT_ABOUT, "what else did she say?", FollowUp("what did Marta Quell say?", "speaker")),
        (WHO, "what else did Tomas Brenn say?", FollowUp("what did Tomas Brenn say?", "speaker")),
        (WHO, "did he say anything else?", FollowUp("what did Marta Quell say?", "speaker")),
        (SEARCH, "what else did he say?", FollowUp("what did Tomas Brenn say?", "speaker")),  # first named speaker
        # "what else did he say?" right after "what did Marta Quell say?" is the next page of it
        (WHAT.model_copy(update={"question": "what did Marta Quell say?"}), "what else did he say?",
         FollowUp("what did Marta Quell say?", "more", 3)),
        # a new topic: same speaker, or the same kind of question
        (WHAT, "and about the troops?", FollowUp("what did Marta Quell say about the troops?", "topic")),
        (WHAT_ABOUT, "what about the union?", FollowUp("what did Marta Quell say about the union?", "topic")),
        (WHO, "and about the crane?", FollowUp("who said the crane?", "topic")),
        (HOW_MANY, "what about cranes?", FollowUp("how many cranes?", "topic")),
        (SEARCH, "how about apples", FollowUp("apples", "topic")),
        # other speakers on the same topic
        (WHO, "who else?", FollowUp("who said the pier will stay closed?", "others", 0, ("Marta Quell", "Tomas Brenn"))),
        (WHAT_ABOUT, "who else said that?", FollowUp("who said the crane?", "others", 0, ("Marta Quell",))),
        (SEARCH, "anyone else?", FollowUp("who said crane inspection?", "others", 0, ("Tomas Brenn",))),
        (WHO, "who else said so about the harbour?", FollowUp("who said the harbour?", "others", 0, ("Marta Quell", "Tomas Brenn"))),
    ],
)
def test_follow_up_becomes_the_question_actually_asked(previous, text, expected):
    assert read_follow_up(previous, text) == expected


@pytest.mark.parametrize(
    "previous, text",
    [
        (WHO, "who said apples?"),  # a question of its own
        (WHO, "what did Lena Okafor say?"),
        (WHO, "thanks!"),
        (WHO, ""),
        (WHO, "   ?! "),
        (WHAT, "who else?"),  # no topic to look for others on
        (NOBODY, "what else did he say?"),  # nobody was quoted: "he" is nobody
        (WHO, "more apples were picked"),  # "more" only as the whole reply
        (WHO, "about"),
    ],
)
def test_not_a_follow_up(previous, text):
    assert read_follow_up(previous, text) is None


@pytest.mark.parametrize(
    "previous, speaker",
    [(WHO, "Marta Quell"), (WHAT, "Marta Quell"), (SEARCH, "Tomas Brenn"), (NOBODY, None),
     (answer("what did Okafor say?", "what_did_say", [], subject="Okafor"), "Okafor")],
)
def test_last_speaker(previous, speaker):
    assert last_speaker(previous) == speaker


def test_more_skips_what_was_shown_and_keeps_the_words_typed():
    fetched = answer("who said x?", "who_said", ["A", "B", "C", "D", "E", "F", "G"], topic="x", total=12)
    page = narrow(fetched, FollowUp("who said x?", "more", 5), top=5, typed="more")
    assert [q.speaker for q in page.answers] == ["F", "G"]
    assert (page.offset, page.total, page.follow_up, page.question) == (5, 12, "more", "who said x?")


def test_who_else_leaves_the_speakers_out():
    fetched = answer("who said x?", "who_said", ["A", "B", "a", "C", None, "B"], topic="x", total=6)
    page = narrow(fetched, FollowUp("who said x?", "others", 0, ("A", "B")), top=2, typed="who else?")
    assert [q.speaker for q in page.answers] == ["C", None]
    assert page.total == 2


@pytest.mark.parametrize(
    "follow, message",
    [
        (FollowUp("who said x?", "more", 2), "That was all: there are no more quotes for “who said x?”."),
        (FollowUp("who said x?", "others", 0, ("A", "B")), "No one else is quoted about “x” in the articles."),
    ],
)
def test_an_empty_page_says_so(follow, message):
    fetched = answer("who said x?", "who_said", ["A", "B"], topic="x")
    page = narrow(fetched, follow, top=5, typed="more")
    assert page.answers == [] and page.message == message


def test_nothing_found_keeps_the_engines_message():
    fetched = NOBODY.model_copy(update={"message": "I found nothing."})
    assert narrow(fetched, FollowUp(NOBODY.question, "more", 0), top=5, typed="more").message == "I found nothing."


@pytest.mark.parametrize(
    "follow, top, count",
    [(FollowUp("q", "more", 5), 5, 10), (FollowUp("q", "topic"), 3, 3), (FollowUp("q", "others", 0, ("A", "B")), 5, 15),
     (FollowUp("q", "more", 10_000), 5, 500)],
)
def test_wanted_leaves_room_for_the_page(follow, top, count):
    assert wanted(follow, top) == count
