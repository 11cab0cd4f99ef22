"""Counts as real prose words them: the asked noun a few words after the figure, people counted by
what they are, a poll's share that views, a span of time asked as "how much time", and an event
word the articles say only through a relative."""

import pytest

from retrieval.answer.counted import counted_nouns, lead_terms
from retrieval.answer.counting import _held
from retrieval.answer.durations import asks_time
from retrieval.answer.figures import count_figure, has_count
from retrieval.index.terms import tokenize

ARTICLES = {
    "raid.txt": (
        "Security forces stormed a compound outside Valdor on Monday.\n\n"
        "Officials said 80 gunmen had been killed in the raid.\n"
    ),
    "campus.txt": (
        "Marlow College students must now wait before they protest on campus, under a rule the college adopted.\n\n"
        "“If something happens, students have to sit around for two days before they can speak out,” Beltz said.\n"
    ),
    "donors.txt": (
        "Congressional candidates in Valdoria raised $62 million last year.\n\n"
        "Many congressional candidates spend 25 hours a week calling donors, Salerno said.\n"
    ),
    "earnings.txt": "The company expects revenue of about $3.45 billion for the quarter ending in April, it said.\n",
    "club.txt": (
        "The mayor said he would ask the Valdor club to return the $2 million it was set to receive.\n\n"
        "The club spent $5 million on its stadium last spring.\n"
    ),
    "embassy.txt": (
        "Protesters stormed the gate of the embassy in Valdor on Tuesday.\n\n"
        "Command told reporters that around 100 additional Marines would be sent to guard the outpost.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def figures(answer):
    return [q.figure for q in answer.answers]


@pytest.mark.parametrize(
    "sentence, counted, figure",
    [
        ('Command said that "around 100" additional Marines would be sent.', "extra Marines", '100" additional Marines'),
        ("Last year nearly 270,000 new foreign students enrolled.", "foreign students", "270,000 new foreign students"),
        # the asked noun past a function word, or absent, leaves the figure at its first word
        ("They sent 100 additional guards with the Marines.", "Marines", None),
        ("They sent 100 additional guards.", "guards", "100 additional guards"),
    ],
)
def test_the_figure_reaches_the_asked_noun_after_it(sentence, counted, figure):
    nouns = counted_nouns(lead_terms(counted))
    assert count_figure(sentence, tokenize(counted), nouns) == figure


def test_a_noun_naming_people_counts_for_people_of_any_kind():
    assert "terrorist" in counted_nouns(lead_terms("people died"))
    assert count_figure("Officials said 80 gunmen had been killed.", tokenize("people died"), counted_nouns(lead_terms("people died"))) == "80 gunmen"
    # a count of one kind of people is no count of another kind
    assert "journalist" not in counted_nouns(lead_terms("soldiers died"))
    assert count_figure("Officials said 80 journalists had been killed.", tokenize("soldiers"), counted_nouns(lead_terms("soldiers"))) is None


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Voting rights must be restored for the 702,000+ disenfranchised residents.", "702,000+ disenfranchised residents"),
        # a word sharing the first letters of a people noun counts no people
        ("Voting rights must be restored in 12 residential districts.", None),
    ],
)
def test_residents_count_people_but_residential_districts_do_not(sentence, figure):
    assert count_figure(sentence, tokenize("people vote"), counted_nouns(lead_terms("people"))) == figure


def test_a_kind_of_people_asked_is_answered_by_a_count_of_people():
    assert "peopl" in counted_nouns(lead_terms("inmates were freed"))
    assert "peopl" not in counted_nouns(lead_terms("prisons were closed"))


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Just 21% view the governor as favorable, the poll found.", "21%"),
        ("A poll found that 40 percent rated him highly.", "40 percent"),
        # a share of something else, not opening its clause, is no share of people
        ("Prices rose 21% viewed over the year.", None),
    ],
)
def test_a_share_that_views_answers_how_many_people(sentence, figure):
    assert has_count(sentence) is (figure is not None)
    assert count_figure(sentence, tokenize("people view governor"), counted_nouns(lead_terms("people"))) == figure


def test_the_counted_noun_ends_at_a_poll_verb_after_it():
    assert lead_terms("people view Jeb Bush favorably") == ["peopl"]
    assert lead_terms("views did the video get") == ["view"]  # a first word is the noun, not a verb


def test_how_much_time_asks_for_a_span_of_time():
    assert asks_time("much", "time do candidates spend calling donors")
    assert not asks_time("much", "overtime pay did she earn")
    assert not asks_time("many", "times did he call")


def test_how_much_time_is_answered_by_hours_not_dollars(engine):
    assert figures(engine.ask("how much time do congressional candidates spend calling donors?")) == ["25 hours"]
    assert "$62 million" in figures(engine.ask("how much did congressional candidates raise last year?"))


def test_a_span_of_time_may_be_read_with_its_passage(engine):
    assert figures(engine.ask("how long do Marlow College students have to wait before they can protest?")) == ["two days"]


def test_an_event_word_the_articles_lack_is_held_through_its_relative(engine):
    assert figures(engine.ask("how many people died?")) == ["80 gunmen"]
    # beside a word the articles hold, it stays unknown: the raid's dead answer no cholera question
    assert engine.ask("how many people died of cholera in Valdor?").answers == []
    # the counted noun is never held through its relatives: "ending" is no goal
    assert engine.ask("how many goals were scored?").answers == []


def test_a_word_for_part_of_a_count_is_no_counted_noun(engine):
    assert figures(engine.ask("how many extra Marines are going to Valdor?")) == ["100 additional Marines"]
    assert lead_terms("extra Marines are going") == ["extra", "marin"]  # read apart from the noun by the count
    assert engine.ask("how many extra tanks are going to Valdor?").answers == []


def test_a_phrasal_verb_is_held_through_its_relative(engine):
    assert figures(engine.ask("how much did the mayor want the Valdor club to give back?")) == ["$2 million"]
    # "return" stands for "give back", never for "give" alone or "back" alone
    sentence = "He asked the club to return the $2 million."
    assert {"give", "back"} <= _held(sentence, ["club", "give", "back"])
    assert not {"give", "back"} & _held(sentence, ["club", "give", "money", "back"])


@pytest.mark.parametrize(
    "sentence, counted, figure",
    [
        ("He expects about half of Facebook’s workforce to work remotely.", "workers", "half of Facebook’s workforce"),
        ("Two-thirds of the workers voted to strike.", "workers", "Two-thirds of the workers"),
        ("Nearly a third of voters backed him.", "voters", "a third of voters"),
        # a share in words of something else, or "a quarter of a million", is no share of it
        ("Half of the budget went to roads.", "workers", None),
        ("A quarter of a million veterans were contacted.", "veterans", "million veterans"),
    ],
)
def test_a_share_in_words_of_the_counted_thing(sentence, counted, figure):
    assert has_count(sentence)
    assert count_figure(sentence, tokenize(counted), counted_nouns(lead_terms(counted))) == figure


def test_the_figure_runs_on_only_to_the_noun_it_may_reach():
    nouns = {"peopl", "centr"}  # "how many people fled to evacuation centres?": "centres" is the event's
    assert count_figure("The ministry opened 14 treatment centres.", tokenize("people centres"), nouns, reach={"peopl"}) == "14 treatment"
    assert count_figure("The ministry opened 14 treatment centres.", tokenize("people centres"), nouns) == "14 treatment centres"
    # a number with no noun after it reaches no name further on
    assert count_figure("It is not the only one Google is fighting.", tokenize("google employees"), {"googl", "employe"}) == "one"
