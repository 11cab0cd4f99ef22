"""Questions in people's own words, over made-up articles: related words, speakers as people
name them, periods, aggregates, and figures of the thing asked."""

from __future__ import annotations

import pytest

from retrieval.engine import Engine

BLAST = """ date 2023-03-12 world

KORVA, March 12 (Reuters) - An explosion at the Delta chemical plant killed nine workers on Sunday, police said.

The plant employs 1,200 staff, according to its owner, Delta Chemicals (DC).

“We are devastated,” DC said in a statement. Seven people were killed in a second blast nearby, the fire service said.

Chief Financial Officer Ana Ruiz told analysts the deal to buy Ostra was worth $1.2 billion, or $0.15 a share more than its price last week.

Mayor Tom Reyes said nobody in the town centre was hurt.

The World Health Organization said it was sending a team of doctors.

Interest rates would keep rising, the central bank said.

Plant safety analyst Maria Stone said the explosion was the worst in a decade.

“Safety checks at the plant were skipped,” said Jon Hale, a union steward.
"""

MATCH = """ date 2023-01-20 sport

Carter scored twice in ten minutes as United won 2-0 on Saturday.

“I was lucky,” Carter, 24, said after the match.

Coach Lena Park said the referee had been fair.

“He stabbed the guard,” said Ola Berg, who saw the fight.

The supporters' club was constituted in 1990, its chairman said.
"""

LATER = """ date 2023-06-02 world

Ana Ruiz said the Ostra deal had closed.

Tom Reyes said the plant would reopen in July.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("questions")
    for name, text in (("blast.txt", BLAST), ("match.txt", MATCH), ("later.txt", LATER)):
        (folder / name).write_text(text, encoding="utf-8")
    built, skipped = Engine.from_paths([folder])
    assert skipped == ()
    return built


def _figures(answer):
    return [q.figure for q in answer.answers]


def test_a_dateline_is_no_count(engine):
    figures = _figures(engine.ask("how many died in the explosion?"))
    assert "nine workers" in figures and not any(f.startswith("12") for f in figures)


def test_the_counted_noun_must_be_the_figures_own(engine):
    figures = _figures(engine.ask("how many people were killed?"))
    assert "Seven people" in figures and "nine workers" in figures
    assert not any("staff" in f for f in figures)


def test_scores_and_times_are_no_count_of_goals(engine):
    answer = engine.ask("how many goals did Carter score?")
    assert not any(f in ("ten minutes", "0", "2") for f in _figures(answer))


def test_how_much_gives_the_amount_not_the_per_share_figure(engine):
    assert _figures(engine.ask("how much was the deal worth?"))[:1] == ["$1.2 billion"]


def test_a_paraphrase_is_answered_by_a_labelled_second_pass(engine):
    answer = engine.ask("who said nobody was injured?")
    assert [q.speaker for q in answer.answers] == ["Tom Reyes"]
    assert [(m.word, m.stands_for) for m in answer.answers[0].matched] == [("hurt", "injured")]
    literal = engine.ask("who said nobody was hurt?")
    assert literal.answers[0].matched == [] and literal.answers[0].score > answer.answers[0].score


def test_a_negated_question_needs_a_sentence_that_says_no(engine):
    assert engine.ask("who said nobody was killed?").answers == []


@pytest.mark.parametrize(
    "subject, speaker",
    [
        ("the finance chief", "Ana Ruiz"),  # alias table: finance chief ~ chief financial officer
        ("the CFO", "Ana Ruiz"),
        ("the WHO", "World Health Organization"),  # an acronym of the speaker's name
        ("Mayor Reyes", "Tom Reyes"),
        ("the coach", "Lena Park"),
    ],
)
def test_speakers_as_people_name_them(engine, subject, speaker):
    assert {q.speaker for q in engine.ask(f"what did {subject} say?").answers} == {speaker}


@pytest.mark.parametrize("subject", ["the Reyes spokesman", "the Delta president"])
def test_a_title_is_dropped_only_for_a_person_named(engine, subject):
    assert engine.ask(f"what did {subject} say?").answers == []


def test_a_period_filters_articles_and_shows_in_the_answer(engine):
    answer = engine.ask("what did Ana Ruiz say in June 2023?")
    assert [q.text for q in answer.answers] == ["Ana Ruiz said the Ostra deal had closed."]
    assert answer.period.phrase == "in June 2023" and answer.period.start.month == 6
    assert engine.ask("what did Ana Ruiz say last month?").answers == []  # May 2023: no article
    assert engine.ask("what did Carter say since February?").answers == []


def test_aggregates_rank_speakers_by_matching_quotes(engine):
    answer = engine.ask("who is quoted most about the plant?")
    assert answer.intent == "speakers"
    names = [t.name for t in answer.speakers]
    assert names[:1] == ["Tom Reyes"] or names[:1] == ["Delta Chemicals"]
    assert all(t.count == len([1 for q in t.quotes]) or t.count >= len(t.quotes) for t in answer.speakers)
    assert {t.name for t in answer.speakers} >= {"Tom Reyes"}


def test_a_timeline_lists_quotes_in_date_order(engine):
    answer = engine.ask("what has Tom Reyes said over time?")
    assert answer.intent == "timeline"
    assert [p.date.isoformat() for p in answer.timeline] == ["2023-03-12", "2023-06-02"]
    assert [q.date for q in answer.answers] == sorted(q.date for q in answer.answers)


def test_the_nothing_found_message_says_what_was_searched(engine):
    answer = engine.ask("who said the referee was biased?")
    assert answer.answers == [] or all(q.speaker != "Carter" for q in answer.answers)
    missing = engine.ask("who said anything about the stadium roof?")
    assert missing.answers == [] and "nothing in the articles" in missing.message


def test_which_noun_ranks_the_speakers_it_names_first(engine):
    answer = engine.ask("which analysts commented on the explosion?")
    assert answer.intent == "speakers" and answer.subject == "analysts"
    assert [t.name for t in answer.speakers][:1] == ["Maria Stone"]
    # A noun no speaker is described by names nobody: everyone is ranked, as before.
    assert engine.ask("which poets commented on the explosion?").speakers


def test_a_claim_whose_verb_the_articles_lack_is_not_answered(engine):
    answer = engine.ask("who said interest rates would plummet?")  # nothing like "plummet" in the articles
    assert answer.answers == [] and "plummet" in answer.message
    # The verb or a relative must be in the answer: "rose" is no answer to "would fall".
    assert engine.ask("who said interest rates would fall?").answers == []
    assert [q.speaker for q in engine.ask("who said interest rates would rise?").answers] == ["the central bank"]


def test_stand_ins_for_one_missing_word_do_not_answer_for_two(engine):
    # The articles lack "knife" and "found"; "stabbed" stands in for the one, "constituted" (found
    # a club) for the other. Berg's sentence stands in for "knife" alone: no answer.
    assert engine.ask("who said a knife was found?").answers == []
    assert [q.speaker for q in engine.ask("who said a knife?").answers] == ["Ola Berg"]  # the stand-in works alone


def test_a_negating_prefix_the_articles_lack_is_read_as_not(tmp_path):
    (tmp_path / "apology.txt").write_text(
        " date 2023-02-01 sport\n\n“His apology was not sincere,” said Ivo Lind, the visiting coach.\n\n"
        "Coach Lena Park said the apology was sincere and the referee fair.\n",
        encoding="utf-8",
    )
    engine, _ = Engine.from_paths([tmp_path])
    assert [q.speaker for q in engine.ask("who said the apology was insincere?").answers] == ["Ivo Lind"]
    assert engine.ask("who said the referee was unfair?").answers == []  # Park's "fair" says no no
    assert engine.ask("who said the apology was dishonest?").answers == []  # nothing like "honest"


def test_a_question_word_naming_the_speaker_is_held_by_their_quote(tmp_path):
    (tmp_path / "book.txt").write_text(
        " date 2023-02-01 culture\n\nHelena Marsh, a glaciologist, has written a book about the ice.\n\n"
        "“I wanted to call it Frost, and the publisher said no,” she said.\n\n"
        "Tom Reyes, a producer, is making a film of it.\n\n“We wanted to call it Thaw,” he said.\n",
        encoding="utf-8",
    )
    engine, _ = Engine.from_paths([tmp_path])
    answer = engine.ask("what did Marsh want to call her book?")
    assert any(q.text.startswith("“I wanted to call it Frost") and q.speaker == "Helena Marsh" for q in answer.answers)
    assert "Tom Reyes" not in [q.speaker for q in answer.answers]  # "want to call" alone is no answer


def test_a_lacking_word_weighs_less_beside_the_rarest_word_in_the_related_pass(tmp_path):
    filler = "".join(f"“The weather was {'struggling' if n < 5 else 'mild'} on day {n},” said Tom Reyes.\n\n" for n in range(30))
    (tmp_path / "rates.txt").write_text(
        " date 2023-02-01 business\n\n" + filler + "“Households with large mortgages feel the squeeze,” said Ana Ruiz.\n\n"
        "“Large crowds came,” said Jon Hale.\n",
        encoding="utf-8",
    )
    engine, _ = Engine.from_paths([tmp_path])
    # "homeowners" is in no article; "big" stands in as "large"; "mortgages" is held.
    assert [q.speaker for q in engine.ask("who said homeowners with big mortgages were struggling?").answers] == ["Ana Ruiz"]
    assert engine.ask("who said homeowners with big gardens were struggling?").answers == []  # "large" alone


def test_a_figure_of_them_counts_what_the_sentence_before_names(tmp_path):
    (tmp_path / "meters.txt").write_text(
        " date 2023-02-01 local\n\nThe new parking meters take only cards, the council said.\n\n"
        "Since July it has installed 340 of them along the high street, a spokesman said.\n\n"
        "The library lent 120 of them last year, its director said.\n",
        encoding="utf-8",
    )
    engine, _ = Engine.from_paths([tmp_path])
    figures = [q.figure for q in engine.ask("how many meters has the council installed?").answers]
    assert figures == ["340"]  # the library's "120 of them" follows no sentence about meters
