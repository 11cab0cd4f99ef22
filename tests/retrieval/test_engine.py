"""The question layer end to end over two small made-up articles."""

import datetime as dt

import pytest

from retrieval.errors import QuestionError


def _speakers(answer):
    return [q.speaker for q in answer.answers]


def test_who_said_returns_only_attributed_matching_sentences(engine):
    answer = engine.ask("who said hospitals?")
    assert answer.intent == "who_said" and answer.topic == "hospitals"
    assert set(_speakers(answer)) == {"Maria Lopez", "The city council"}
    assert all("hospitals" in q.text for q in answer.answers)
    scores = [q.score for q in answer.answers]
    assert scores == sorted(scores, reverse=True)


def test_what_did_someone_say_returns_their_sentences_in_article_order(engine):
    answer = engine.ask("What did Lopez say?")
    assert answer.subject == "Lopez"
    assert _speakers(answer) == ["Maria Lopez"] * 3
    assert [q.sentence for q in answer.answers] == sorted(q.sentence for q in answer.answers)
    assert answer.answers[2].text == "“But nobody will be turned away.”"


def test_each_quote_carries_the_offsets_of_the_words_that_matched(engine):
    answer = engine.ask("who said hospitals?")
    assert answer.answers
    for quote in answer.answers:
        assert [quote.text[a:b] for a, b in quote.highlights] == ["hospitals"]
    assert all(q.highlights == [] for q in engine.quotes())  # a listing answers no question


def test_speaker_found_by_role(engine):
    assert set(_speakers(engine.ask("what did the health minister say?"))) == {"Maria Lopez"}


def test_what_did_someone_say_about_a_topic_ranks_within_their_quotes(engine):
    answer = engine.ask("what did Reyes say about repairs?")
    assert answer.answers[0].text == "He said repairs would cost $2 million." and not answer.answers[0].matched
    assert answer.answers[0].speaker == "Tom Reyes" and answer.answers[0].speaker_mention == "He"
    # His other quotes come only beside a sentence about repairs, and say so.
    assert all(q.speaker == "Tom Reyes" and [m.nearby for m in q.matched] == [True] for q in answer.answers[1:])


def test_unknown_speaker_says_so(engine):
    answer = engine.ask("what did Zarif say?")
    assert answer.answers == [] and "Zarif" in answer.message


def test_how_many_shows_each_source_figure(engine):
    answer = engine.ask("how many patients were treated?")
    figures = {q.figure: q.speaker for q in answer.answers}
    assert figures == {"40 patients": "Maria Lopez", "35 people": "The city council"}
    assert "different figures" in answer.message


def test_nothing_found_quotes_nothing(engine):
    answer = engine.ask("who said anything about the stock market in Tokyo?")
    assert answer.answers == [] and answer.total == 0
    assert answer.message.startswith("I found nothing")


def test_plain_search_includes_unattributed_sentences(engine):
    answer = engine.ask("river levels")
    assert answer.intent == "search"
    assert [(q.text, q.speaker) for q in answer.answers] == [("River levels fell on Tuesday.", None)]


def test_answers_are_verbatim_slices_of_their_files(engine, news_dir):
    for question in ("who said hospitals?", "what did Reyes say?", "bridge", "how many patients?"):
        for quote in engine.ask(question).answers:
            text = (news_dir / quote.document).read_text(encoding="utf-8")
            assert text[quote.start : quote.end] == quote.text


def test_answers_carry_the_article_date(engine):
    answer = engine.ask("what did Reyes say?")
    assert {q.date for q in answer.answers} == {dt.date(2021, 3, 5)}
    assert {q.document for q in answer.answers} == {"bridge.txt"}


def test_top_caps_answers_and_total_counts_them_all(engine):
    answer = engine.ask("what did Lopez say?", top=1)
    assert len(answer.answers) == 1 and answer.total == 3


def test_help_examples_are_answerable(engine):
    answer = engine.ask("help")
    assert answer.intent == "help" and answer.answers == []
    examples = engine.summary().example_questions
    assert examples and all(example in answer.message for example in examples)
    for example in examples:
        assert engine.ask(example).answers, example


@pytest.mark.parametrize(
    "question, expected",
    [("", True), ("help", True), ("Help!", True), ("HELP.", True), ("?", True), ("usage", True), ("hi", True),
     ("what can you do?", True),
     ("help me find casualties", False), ("who said help?", False), ("casualties", False)],
)
def test_wants_help(engine, question, expected):
    assert engine.wants_help(question) is expected


@pytest.mark.parametrize("question", ["", "   ", "x" * 4000, "\x00\x07", "\t\x1b"])
def test_unaskable_questions_raise_a_clear_error(engine, question):
    with pytest.raises(QuestionError):
        engine.ask(question)


@pytest.mark.parametrize("question", ["🌊🌊🌊", "<!channel>", "?!", "who said 🌊?"])
def test_odd_questions_get_a_message_not_a_crash(engine, question):
    answer = engine.ask(question)
    assert answer.message and answer.answers == []


def test_control_characters_never_reach_the_answer(engine):
    answer = engine.ask("who said\x00 hospitals?\x1b")
    assert answer.question == "who said hospitals?" and answer.answers


def test_summary_counts(engine):
    summary = engine.summary()
    assert [d.document for d in summary.documents] == ["bridge.txt", "flood.txt"]
    assert summary.sentences == sum(d.sentences for d in summary.documents)
    assert summary.quotes == sum(d.quotes for d in summary.documents)
    assert summary.top_speakers[0].name == "Maria Lopez" and summary.top_speakers[0].quotes == 3
