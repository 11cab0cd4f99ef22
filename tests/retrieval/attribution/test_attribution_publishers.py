"""Layouts of British tabloid, broadcaster and US web copy: quotations resumed after captions,
statements put out "saying", "with X saying" and a pronoun ending an opening phrase. Each table
has rows that must attribute and rows that must not."""

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


PHRASES = [
    ("a noun ending in -ly is no adverb", "Another attorney for the Rice family has said the city was wrong.", ["Another attorney for the Rice family"]),
    ("a time phrase after a passive source", "The case was first reported by The Northshire Post on Wednesday.", ["Northshire Post"]),
    ("a parenthetical source", "The National Security Staff, one source said, is concerned about the plan.", ["one source"]),
    ("a name then its description without the comma", "Katrina Bull, a prospective parliamentary candidate said the mood was good.", ["Katrina Bull"]),
    ("a subject opened by a determiner", "The letter maintained that a future president could reverse it and said the deal needed approval.", ["The letter"]),
    ("what it says is: a noun phrase", "ISIS has captured large areas for what it says is its caliphate.", [None]),
    ("maintaining a road is an act", "The firm maintained the road for ten years.", [None]),
]


@pytest.mark.parametrize("name, text, expected", PHRASES, ids=[row[0] for row in PHRASES])
def test_speaker_phrases(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


NOMINAL = [
    ("an assessment after the words", "\"The voters are keener on us than the members,\" is the dry assessment of Jane Doe, a councillor.", ["Jane Doe"]),
    ("an opinion that came from someone", "One dissenting opinion came from Jane Doe, an analyst at Gartner.", ["Jane Doe"]),
    ("the choice of someone", "Staunton is also the personal choice of Jane Doe, an editor.", ["Jane Doe"]),
    ("as someone put it", "They could rely on one \"secret weapon\", as one activist put it.", ["one activist"]),
    ("putting a thing somewhere", "He put it on the table.", [None]),
    ("a view of a place", "The view of the valley from the ridge is fine.", [None]),
]


@pytest.mark.parametrize("name, text, expected", NOMINAL, ids=[row[0] for row in NOMINAL])
def test_speaker_named_by_a_noun_or_idiom(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


QUOTED_AND_LABELLED = [
    ("a subject quoted as saying", "\"The biggest challenge is disease,\" the aid agency was quoted as saying.", ["the aid agency"]),
    ("quoted in a paper names no source", "He was quoted in the paper.", [None]),
    ("a label after a pronoun needs no quotation", "Jane Doe, of Plaid Cymru, called it a budget for Middle England.", ["Jane Doe"]),
    ("calling it a day is a set phrase", "After 20 years, Jane Doe called it a day.", [None]),
    ("said earlier this month is speech", "\"The authorities are proud of the economy,\" Jane Doe, an IMF director, said earlier this month.", ["Jane Doe"]),
    ("a relative after a clause's object", "It also drew rebuttal from the foreign minister, who called it a propaganda ploy.", ["the foreign minister"]),
]


@pytest.mark.parametrize("name, text, expected", QUOTED_AND_LABELLED, ids=[row[0] for row in QUOTED_AND_LABELLED])
def test_quoted_as_and_labels(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


SOURCES_AFTER_ACCORDING_TO = [
    ("papers filed", "He paid the fine, according to court papers filed in June.", ["court papers"]),
    ("a poll released by a body", "Jane Doe leads with 34% support, according to a poll released Monday by Carver University.", ["Carver University"]),
    ("revised figures stay whole", "According to the revised figures, growth slowed.", ["the revised figures"]),
    ("said, opening the sentence", "Said Jane Doe: \"We are warriors.\"", ["Jane Doe"]),
]


@pytest.mark.parametrize("name, text, expected", SOURCES_AFTER_ACCORDING_TO, ids=[row[0] for row in SOURCES_AFTER_ACCORDING_TO])
def test_sources_and_inverted_openers(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


def test_plural_possessive_before_an_appositive_name(speakers) -> None:
    text = "The rebels' spokesman, Abu Mohammed al Adnani, called reports of their defeat \"delusional and fake.\""
    assert speakers(text) == ["Abu Mohammed al Adnani"]


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


OWNERS_AND_LABELS = [
    ("the name before a message is its speaker", "That bloodshed is \"just the start,\" the ISIS message warned.", ["ISIS"]),
    ("a newspaper's name keeps its last word", "The New York Post reports that the team avoided the hospital.", ["New York Post"]),
    ("a message with no name stays as written", "The messages threatened to 'bring hurt and pain' to his family.", ["The messages"]),
    ("a role then a name in apposition", "The defection was the result of a deal, alleged Popular Force secretary general, Jose Chlimper.", ["Jose Chlimper"]),
    ("a slash joins a poll's makers", "Healthcare is the top concern, according to a Reuters/Ipsos poll conducted this month.", ["Reuters/Ipsos"]),
    (
        "a caption word the article writes in lower case is no speaker",
        "Jane Doe offered a reward for the capture of the coward.\n\nReward: Jane Doe sent out this message to her followers .",
        [None, None],
    ),
]


@pytest.mark.parametrize("name, text, expected", OWNERS_AND_LABELS, ids=[row[0] for row in OWNERS_AND_LABELS])
def test_owners_appositions_and_caption_labels(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


NAMES_AND_CIRCUMSTANCES = [
    ("a name opened by a particle and a hyphen", "Officials believe \"this is a response to the operation in the north,\" al-Issawi said.", ["al-Issawi"]),
    ("an agent, then where it said so", "John Roe was accused by the FBI in the indictment of attempting to provide support.", ["FBI"]),
    ("a speaker, then the statement", "Prices rose, said Jane Doe in a statement.", ["Jane Doe"]),
]


@pytest.mark.parametrize("name, text, expected", NAMES_AND_CIRCUMSTANCES, ids=[row[0] for row in NAMES_AND_CIRCUMSTANCES])
def test_particle_names_and_circumstances(name: str, text: str, expected: list, speakers) -> None:
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


UNNAMED_GROUPS = [
    ("a description with a contact clause", "Every activist I spoke to said they were proud of the new hospitals.", ["Every activist I spoke to"]),
    ("others interviewed", "Still, others interviewed said the economy was the most important issue.", ["others interviewed"]),
]


@pytest.mark.parametrize("name, text, expected", UNNAMED_GROUPS, ids=[row[0] for row in UNNAMED_GROUPS])
def test_unnamed_groups(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


def test_agencies_named_by_example(speakers) -> None:
    text = "Other agencies, such as the Asian Development Bank, have said that it is too early to comment."
    assert speakers(text) == ["Other agencies"]


def test_an_inverted_source_opened_by_a_role(speakers) -> None:
    text = "John Roe is not expected to plead guilty at that time, said spokesman Thom Mrozek of the U.S. Attorney's Office."
    assert speakers(text) == ["Thom Mrozek"]


def test_a_work_named_by_its_title_in_apposition(speakers) -> None:
    assert speakers("According to a new book, The Long Road Home, Mr Blair went back on a pledge.") == ["Long Road Home"]
