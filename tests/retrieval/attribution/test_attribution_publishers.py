"""Layouts of British tabloid, broadcaster and US web copy, how the words are put: quotations
resumed after captions, statements put out "saying", "with X saying", a pronoun ending an opening
phrase, clauses with "that" left out, stance verbs alone, quote-mark slips. Each table has rows
that must attribute and rows that must not."""

from __future__ import annotations

import pytest


CONTINUATIONS = [
    (
        "a quotation resumes after caption paragraphs, its speaker carried by continuation",
        "'We will win the league,' Jane Doe said on Monday.\n\n'I know it in my bones.\n\n'We have the players.'\n\n"
        "Caption text about a match photo .\n\nThe away side had looked in control .\n\n'They switch off late in games.'",
        ["Jane Doe", "Jane Doe", "Jane Doe", None, None, "Jane Doe"],
    ),
    (
        "a quotation after a quoted paragraph goes on it whoever the next sentence names",
        "'We cannot say how it will be shown yet,' Jane Doe said.\n\n'But it will be shown.' "
        "Later this week, John Roe threatened more court action against the studio.",
        ["Jane Doe", "Jane Doe", "John Roe"],
    ),
    (
        "an unattributed quotation after reported speech stays with the next speaker's claim",
        "Jane Doe said the plan was late.\n\n“It is a shambles from start to finish.” John Roe said the builders were to blame.",
        ["Jane Doe", None, "John Roe"],
    ),
]


@pytest.mark.parametrize("name, text, expected", CONTINUATIONS, ids=[row[0] for row in CONTINUATIONS])
def test_quotations_carried_across_paragraphs(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


PUT_OUT = [
    ("a statement issued saying", "Last night, Northshire Police issued a statement saying: 'We are looking into the threats.'", ["Northshire Police"]),
    ("a message posted saying", "Although the tweet was deleted, Jane Doe posted another message saying: 'The reward stands.'", ["Jane Doe"]),
    ("with a person saying", "Criticism poured in, with one user tweeting: 'You are wrong about this.'", ["one user"]),
    ("with a group saying", "Shares fell across Asia, with investors saying that growth would slow.", ["investors"]),
    ("a thing shown is no speech", "The ministry released a video showing the damage to the bridge.", [None]),
    ("the plans say nothing", "Jane Doe attacked the plans for pensioners saying they came too late.", ["Jane Doe"]),
]


@pytest.mark.parametrize("name, text, expected", PUT_OUT, ids=[row[0] for row in PUT_OUT])
def test_words_put_out_by_the_subject(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


PRONOUN_OPENERS = [
    ("a pronoun after an opening phrase", "Jane Doe met the ministers.\n\nSpeaking after a summit meeting she said the talks would go on.", [None, "Jane Doe"]),
    ("a relative clause is no speaker", "Please read the two guides I wrote in 2014 for people in that spot.", [None]),
]


@pytest.mark.parametrize("name, text, expected", PRONOUN_OPENERS, ids=[row[0] for row in PRONOUN_OPENERS])
def test_pronoun_ending_an_opening_phrase(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


LABELS_AND_COURTS = [
    ("a long object before a quoted label", "Jane Doe has called the £3bn rebate from the European Union \"unjustified\".", ["Jane Doe"]),
    ("described as, without a quotation", "Police initially described the theft over the radio as an armed robbery.", ["Police"]),
    ("called for is an appeal", "Jane Doe called for calm after the vote.", ["Jane Doe"]),
    ("called it off reports nothing", "Jane Doe called it off because of the rain \"for now\".", [None]),
    ("described the scene reports nothing", "The film described the scene in the harbour at dawn.", [None]),
    ("evidence a court has heard", "Four officers used 'unlawful force' against him, a court has heard.", ["a court"]),
    ("an inquest heard that", "An inquest heard that she had died of cold.", ["An inquest"]),
    ("a court hearing evidence reports nothing", "The court heard evidence from three witnesses.", [None]),
    ("we heard reports nothing", "We heard that the plan was off.", [None]),
]


@pytest.mark.parametrize("name, text, expected", LABELS_AND_COURTS, ids=[row[0] for row in LABELS_AND_COURTS])
def test_quoted_labels_and_court_reports(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


THAT_LESS_CLAUSES = [
    ("a pronoun and a finite auxiliary", "Asked about the speech, Jane Doe agreed he was \"brilliant\".", ["Jane Doe"]),
    ("a name and a modal", "But now Jane Doe claims John Roe should be punished by the league.", ["Jane Doe"]),
    ("a plural subject with a base form", "Jane Doe and John Roe agree she could win in New York.", ["Jane Doe and John Roe"]),
    ("a singular noun before a base form is no verb", "Battleground state Florida is nearly 3% Polish American.", [None]),
    ("an infinitive is an act", "As part of his plea, John Roe agreed to cooperate with the inquiry.", [None]),
]


@pytest.mark.parametrize("name, text, expected", THAT_LESS_CLAUSES, ids=[row[0] for row in THAT_LESS_CLAUSES])
def test_clauses_with_that_left_out(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


PUT_OUT_AND_NOUNS = [
    ("a statement released with a colon", "For her part, Jane Doe on Sunday released a statement: \"We regret it.\"\n\n\"It will not happen again.\"", ["Jane Doe", "Jane Doe"]),
    ("declined comment is no comment", "Representatives for Northshire and Southam declined comment or were not available for comment.", [None]),
    ("a report that documented", "Since then a scathing Justice Department report documented a pattern of abuse.", [None]),
    ("an unnamed inverted source ends the sentence", "Debt gives banks leverage, said a second official familiar with the matter.", ["a second official familiar with the matter"]),
    ("a clause after an inverted verb is no source", "On Sunday, Jane Doe, the speaker, said the letter signed by the senators tarnished the city's name, according to Tasnim.", ["Jane Doe"]),
]


@pytest.mark.parametrize("name, text, expected", PUT_OUT_AND_NOUNS, ids=[row[0] for row in PUT_OUT_AND_NOUNS])
def test_statements_and_noun_forms(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


def test_a_pronoun_after_a_glued_caption_opens_its_own_sentence(speakers) -> None:
    text = (
        "'The phone records show he was texting at the wheel,' Tom Reed said.\n\n"
        "John Roe was found guilty following a trial at Northshire Crown Court (pictured) He added: "
        "'Mr Roe will now spend six years behind bars.'"
    )
    assert speakers(text) == ["Tom Reed", "Tom Reed"]


ALONE = [
    (
        "a stance with nothing after it gives its speaker to the quotation after it",
        "Jane Doe said banks were unsafe.\n\nJohn Roe, who grew up in the city, agreed.\n\n\"I will think twice before I deposit dollars in a bank.\"",
        ["Jane Doe", "John Roe", "John Roe"],
    ),
    ("a poll's share agreeing is no speech", "Sixty-two percent of Republicans agreed.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ALONE, ids=[row[0] for row in ALONE])
def test_stance_verbs_alone(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


NAMED_BEFORE = [
    (
        "a quotation after the reporter names a past speaker",
        "\"The excitement is a live performance,\" Bill Conti says.\n\nThe show is slick.\n\n"
        "Behind the scenes, the key players, such as Conti, have an array of props. \"There is a big script and video monitors to watch.\"",
        ["Bill Conti", None, None, "Bill Conti"],
    ),
    (
        "no past speaker named, no speaker",
        "\"The excitement is a live performance,\" Bill Conti says.\n\nThe show is slick.\n\n"
        "Behind the scenes, the orchestra has an array of props. \"There is a big script and video monitors to watch.\"",
        ["Bill Conti", None, None, None],
    ),
]


@pytest.mark.parametrize("name, text, expected", NAMED_BEFORE, ids=[row[0] for row in NAMED_BEFORE])
def test_quotation_after_naming_a_speaker(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


QUOTE_SLIPS = [
    (
        "a single mark closing a double quotation at a sentence end",
        "\"The excitement is live,\" Jane Doe says. \"All of your colleagues are in the theatre. \"I guess it is just a show but "
        "we think it is a bit more.' The orchestra strikes up 110 times a night.",
        ["Jane Doe", "Jane Doe", None],
    ),
    (
        "a single quotation inside a double one still nests",
        "\"They told me 'stop.' I did not stop,\" Jane Doe said. The orchestra strikes up 110 times a night.",
        ["Jane Doe", None],
    ),
]


@pytest.mark.parametrize("name, text, expected", QUOTE_SLIPS, ids=[row[0] for row in QUOTE_SLIPS])
def test_quote_mark_slips(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


OPENING_CLAUSES = [
    ("reminded that ..., X added", "Reminded that John Roe called him \"a disgrace\", Jane Doe added: \"I do not respond to anything.\"", ["Jane Doe"]),
    ("asked whether ..., X told", "Asked whether John Roe said it, Jane Doe told reporters: \"No.\"", ["Jane Doe"]),
    ("a leading 'but' opens no phrase", "But Jane Doe, a former press secretary, took a less charitable view, accusing the show of \"corrupting politics\".", ["Jane Doe"]),
]


@pytest.mark.parametrize("name, text, expected", OPENING_CLAUSES, ids=[row[0] for row in OPENING_CLAUSES])
def test_opening_subordinate_clauses(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


PARTICLES = [
    ("called her out", "The singer was angered when Jane Doe called her out in a speech at the event.", ["Jane Doe"]),
    ("called out the army is an order", "The police called out the army.", [None]),
    ("but saying after a participle", "Jane Doe spoke for the group, echoing John Roe but saying there were other areas that lacked agreement.", ["Jane Doe"]),
]


@pytest.mark.parametrize("name, text, expected", PARTICLES, ids=[row[0] for row in PARTICLES])
def test_particles_and_participle_openers(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


BLAME = [
    (
        "laying the blame is blaming, and gives the quotation after it",
        "His friend, Jane Doe, leader of the county group, lays the blame on one issue above all others.\n\n"
        "\"You cannot underestimate the impact of the war in Iraq.\"",
        ["Jane Doe", "Jane Doe"],
    ),
    ("taking the blame is no speech", "John Roe took the blame.", [None]),
]


@pytest.mark.parametrize("name, text, expected", BLAME, ids=[row[0] for row in BLAME])
def test_laying_the_blame(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


def test_an_appeal_with_its_speaker_after_it(speakers) -> None:
    assert speakers("\"Don't you care about the Inuit?\", implored environmental campaigner Jane Doe.") == ["Jane Doe"]
