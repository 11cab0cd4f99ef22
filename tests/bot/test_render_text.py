"""Answers and quotes as terminal text: exact layout, explanations, highlighting, colour choice."""

from __future__ import annotations

import datetime as dt
import json

import click
import pytest

from bot.render.text import (
    answer_json,
    answer_text,
    quote_json_line,
    quote_text,
    highlight,
    use_colour,
)
from retrieval.results import Answer, MatchedWord, Period, Quote, SpeakerTally


def make_quote(**fields) -> Quote:
    base = dict(
        text="“We will rebuild,” Hoffman said.",
        speaker="Jonathan Hoffman",
        speaker_mention="Hoffman",
        speaker_description="Pentagon spokesman",
        cue="said",
        document="a.txt",
        date=dt.date(2020, 1, 8),
        paragraph=2,
        sentence=5,
        start=100,
        end=132,
        score=3.14159,
        kind="QCS",
        resolution="surname",
    )
    base.update(fields)
    return Quote(**base)


@pytest.mark.parametrize(
    "fields, source_line",
    [
        ({}, "  — Jonathan Hoffman (Pentagon spokesman), a.txt, 2020-01-08"),
        ({"speaker_description": None}, "  — Jonathan Hoffman, a.txt, 2020-01-08"),
        ({"date": None}, "  — Jonathan Hoffman (Pentagon spokesman), a.txt"),
        ({"speaker": None, "speaker_description": None}, "  — a.txt, 2020-01-08"),
        ({"figure": "15 missiles"}, "  — Jonathan Hoffman (Pentagon spokesman), a.txt, 2020-01-08, figure: 15 missiles"),
        ({"publisher": "Wire", "url": "https://wire.example/a", "title": "Strikes"},
         "  — Jonathan Hoffman (Pentagon spokesman), Strikes, Wire, 2020-01-08, https://wire.example/a"),
        (
            {"speaker": "another source", "speaker_description": None, "via": ["an official", "state television"]},
            "  — another source, quoted by an official, via state television, a.txt, 2020-01-08",
        ),
    ],
)
def test_quote_text_is_sentence_then_source_line(fields, source_line):
    quote = make_quote(**fields)
    assert quote_text(quote) == f"{quote.text}\n{source_line}"


def test_quote_text_puts_a_hard_wrapped_sentence_on_one_line():
    quote = make_quote(text="“We will\nrebuild,”   Hoffman\tsaid.")
    assert quote_text(quote).splitlines()[0] == "“We will rebuild,” Hoffman said."


@pytest.mark.parametrize(
    "fields, why",
    [
        ({}, "  why: pattern QCS; cue “said”; speaker: surname (“Hoffman”), surname of a person named earlier"),
        (
            {"resolution": "pronoun", "speaker_mention": "he", "kind": "SV"},
            "  why: pattern SV; cue “said”; speaker: pronoun (“he”), pronoun for a speaker named earlier",
        ),
        (
            {"resolution": "continuation", "speaker_mention": None, "cue": None},
            "  why: pattern QCS; speaker: continuation, continues a quote attributed nearby",
        ),
        ({"speaker": None, "kind": None, "resolution": None}, "  why: no one is quoted in this sentence"),
    ],
)
def test_explain_adds_score_and_why(fields, why):
    lines = quote_text(make_quote(**fields), explain=True).splitlines()
    assert lines[1].endswith(", score 3.14")
    assert lines[2] == why
    assert len(lines) == 3


def test_explain_without_score_shows_none():
    lines = quote_text(make_quote(score=None), explain=True).splitlines()
    assert "score" not in lines[1]


def test_answer_without_quotes_shows_only_its_message():
    answer = Answer(question="who said tokyo?", intent="who_said", topic="tokyo", message="Nothing about tokyo.")
    assert answer_text(answer) == "Nothing about tokyo."


def test_answer_text_separates_quotes_and_says_how_many_were_cut():
    quotes = [make_quote(sentence=i) for i in range(2)]
    answer = Answer(question="rebuild", intent="search", topic="rebuild", answers=quotes, total=7)
    blocks = answer_text(answer).split("\n\n")
    assert blocks == [quote_text(quotes[0]), quote_text(quotes[1]), "(2 of 7 matching sentences shown.)"]


def test_answer_text_explain_ends_with_what_was_understood():
    answer = Answer(question="what did Hoffman say about rebuilding?", intent="what_did_say", subject="Hoffman",
                    topic="rebuilding", answers=[make_quote()], total=1)
    assert answer_text(answer, explain=True).endswith(
        "\n\nUnderstood: intent what_did_say, subject “Hoffman”, topic “rebuilding”."
    )


def test_highlight_marks_only_the_given_words_and_keeps_the_text():
    text = "Iraq said its forces suffered no casualties, Casualties aside."
    marked = highlight(text, [(33, 43), (45, 55)], colour=True)
    assert click.unstyle(marked) == text
    assert marked.count("\x1b[") >= 2 * 2  # two words, each opened and closed
    assert click.style("casualties", fg="yellow", bold=True) in marked
    assert click.style("said", fg="yellow", bold=True) not in marked


@pytest.mark.parametrize("spans, colour", [([(33, 43)], False), ([], True)])
def test_highlight_leaves_text_alone(spans, colour):
    text = "Iraq said its forces suffered no casualties."
    assert highlight(text, spans, colour) == text


def test_quote_text_in_colour_unstyles_to_the_plain_text():
    quote = make_quote(highlights=[(6, 13)])
    assert click.unstyle(quote_text(quote, explain=True, colour=True)) == quote_text(quote, explain=True)


def test_a_highlight_in_a_hard_wrapped_sentence_survives_joining_its_lines():
    quote = make_quote(text="We will\n  rebuild, he said.", highlights=[(10, 17)])
    assert quote_text(quote, colour=True).splitlines()[0] == "We will " + click.style("rebuild", fg="yellow", bold=True) + ", he said."


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    "tty, environ, expected",
    [
        (True, {}, True),
        (True, {"NO_COLOR": "1"}, False),
        (True, {"NO_COLOR": ""}, True),  # no-color.org: only a non-empty value opts out
        (False, {}, False),
        (False, {"NO_COLOR": "1"}, False),
    ],
)
def test_use_colour(tty, environ, expected):
    assert use_colour(_Stream(tty), environ) is expected


def test_answer_json_is_exactly_the_model():
    answer = Answer(question="q", intent="search", topic="q", answers=[make_quote()], total=1)
    assert answer_json(answer) == answer.model_dump_json(indent=2)
    assert Answer.model_validate_json(answer_json(answer)) == answer


def test_quote_json_line_has_every_field_but_score_on_one_line():
    line = quote_json_line(make_quote())
    assert "\n" not in line
    data = json.loads(line)
    assert set(data) == set(Quote.model_fields) - {"score"}
    assert data["document"] == "a.txt" and data["start"] == 100 and data["end"] == 132


@pytest.mark.parametrize(
    "fields, source",
    [
        ({}, "  — Jonathan Hoffman (Pentagon spokesman), a.txt, 2020-01-08"),
        ({"title": "Pentagon briefing", "publisher": "Wire", "url": "https://news.example/b"},
         "  — Jonathan Hoffman (Pentagon spokesman), Pentagon briefing, Wire, 2020-01-08, https://news.example/b"),
    ],
)
def test_source_line_uses_title_publisher_and_address_when_known(fields, source):
    assert quote_text(make_quote(**fields)).splitlines()[1] == source


def test_an_aggregate_answer_leads_with_a_text_bar_chart():
    from retrieval.results import SpeakerTally, TimelinePoint

    speakers = [SpeakerTally(name="Ann Lee", count=4), SpeakerTally(name="Bo Chan", count=1), SpeakerTally(name="Cy", count=2)]
    text = answer_text(Answer(question="who is quoted most about x?", intent="speakers", speakers=speakers))
    assert text.split("\n\n")[1].splitlines() == [  # after the ranking
        "Ann Lee  ██████████████████████████████ 4",
        "Cy       ███████████████ 2",
        "Bo Chan  ████████ 1",
    ]
    points = [TimelinePoint(date=dt.date(2021, 3, 2), count=1), TimelinePoint(date=dt.date(2021, 1, 5), count=3)]
    timeline = answer_text(Answer(question="x over time", intent="timeline", timeline=points))
    assert timeline.splitlines() == ["2021-01-05  ██████████████████████████████ 3", "2021-03-02  ██████████ 1"]


def test_a_later_page_says_which_quotes_it_shows():
    page = Answer(question="q", intent="search", answers=[make_quote(), make_quote()], total=9, offset=4)
    assert answer_text(page).endswith("(5–6 of 9 matching sentences shown.)")


def test_explain_says_which_words_stood_in_for_the_questions():
    quote = make_quote(matched=[MatchedWord(word="casualties", stands_for="deaths")])
    assert "  matched: “casualties” for “deaths”" in quote_text(quote, explain=True).splitlines()
    assert "matched" not in quote_text(quote)
    assert "matched" not in quote_text(make_quote(), explain=True)
    beside = make_quote(matched=[MatchedWord(word="Iran", stands_for="Iran", nearby=True)])
    assert "  matched: “Iran” nearby" in quote_text(beside, explain=True).splitlines()


def test_explain_shows_the_publisher_understood():
    answer = Answer(question="who said strike in the Reuters articles?", intent="who_said", topic="strike", publisher="Reuters")
    assert "articles of Reuters" in answer_text(answer, explain=True)


def test_an_aggregate_answer_lists_its_ranking_and_the_period_understood():
    speakers = [SpeakerTally(name="Ann Lee", count=3), SpeakerTally(name="Bo Day", count=1)]
    period = Period(phrase="in May 2021", start=dt.date(2021, 5, 1), end=dt.date(2021, 5, 31))
    answer = Answer(question="who is quoted most about prices in May 2021?", intent="speakers", speakers=speakers, period=period)
    text = answer_text(answer, explain=True)
    assert text.startswith("1. Ann Lee: 3 matching quotes\n2. Bo Day: 1 matching quote")
    assert "articles dated 2021-05-01 to 2021-05-31 (“in May 2021”)" in text
