"""Attribution across short made-up articles: organisations, appositive names, unnamed speakers,
pronouns, transcript turns, speech acts with no content and titles. Each table has rows that
must attribute and rows that must not."""

from __future__ import annotations

import pytest



NO_CONTENT = [
    ("a response with no words", "Mayor Tom Reed responded within the hour.", [None]),
    ("a bare clause after its quotation", "“All is well, and we are ready!” Jane Doe said on Twitter.", ["Jane Doe"]),
    ("a bare clause in its own paragraph", "Jane Doe was asked about the plan.\n\nDoe said on Monday.", [None, None]),
    ("an apology", "The minister apologized.", [None]),
    ("content after a time phrase", "Jane Doe said on Tuesday the bank was watching prices.", ["Jane Doe"]),
    ("an announcement that ends the paragraph", "Jane Smith spoke.\n\nSmith added:\n\nIt is typical of them.", [None, "Jane Smith", "Jane Smith"]),
    (
        "a book title after a speaker's paragraph",
        "“I wrote it in one long winter, and I never want to do that again,” Jane Doe said.\n\n"
        "“The Long Road Home” is published by Northgate Press.",
        ["Jane Doe", None],
    ),
    (
        "a partial quotation opening the next paragraph is still speech",
        "“We will win this race,” Jane Doe said.\n\n“We will fight this all the way to the top” and nobody can stop us, she said.",
        ["Jane Doe", "Jane Doe"],
    ),
]


@pytest.mark.parametrize("name, text, expected", NO_CONTENT, ids=[row[0] for row in NO_CONTENT])
def test_speech_acts_with_no_content_and_titles(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


TRANSCRIPTS = [
    (
        "every sentence of a turn is the turn's speaker's",
        "SMITH: Tell us about the harbour. What happened?\n\n"
        "MARSH: Arne Solberg told me last year that the fish were gone. They said nobody would buy that. I disagreed.",
        ["SMITH", "SMITH", "MARSH", "MARSH", "MARSH"],
    ),
    (
        "a paragraph between two turns is the earlier turn's",
        "SMITH: Tell us about the harbour.\n\nMARSH: The fish were gone by May.\n\n"
        "Arne Solberg told me last year that nobody would buy that. They said it was over.\n\nSMITH: And now?",
        ["SMITH", "MARSH", "MARSH", "MARSH", "SMITH"],
    ),
    (
        "after the last turn the transcript may have ended",
        "SMITH: Tell us about the harbour.\n\nMARSH: The fish were gone by May.\n\nJane Doe said the harbour reopened in June.",
        ["SMITH", "MARSH", "Jane Doe"],
    ),
    (
        "headline colons are no transcript",
        "Sanders: Clinton must change course.\n\nJane Doe said the race was close.\n\nWarren: We will win this fight.",
        ["Sanders", "Jane Doe", "Warren"],
    ),
    (
        "the next turn ends the one before",
        "SMITH: What happened? MARSH: Nothing happened.",
        ["SMITH", "MARSH"],
    ),
    (
        "a paragraph with no turn is not a turn",
        "Ed Marsh runs the harbour.\n\nSolberg told him last year that the fish were gone.",
        [None, "Solberg"],
    ),
]


@pytest.mark.parametrize("name, text, expected", TRANSCRIPTS, ids=[row[0] for row in TRANSCRIPTS])
def test_transcript_turns(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


APPOSITIVES = [
    ("a name after the role, speaker after the verb", "“We are proud of it,” said the architect, Aissata Konde, who led the project.", "Aissata Konde", "architect"),
    ("a name after the role, speaker first", "A spokesman for Trump, Jason Miller, said the campaign was confident.", "Jason Miller", "A spokesman for Trump"),
    ("a named group after a description", "A group of collectors, the Friends of the Vell Museum, said they would pay.", "Friends of the Vell Museum", "group of collectors"),
    ("a named group after the verb", "“We are proud,” said a group of collectors, the Friends of the Vell Museum.", "Friends of the Vell Museum", "group of collectors"),
    ("a description after the role is no name", "“We are proud of it,” said the mayor, a former teacher.", "the mayor", None),
    ("a party and state are no name", "“We are proud of it,” said the senator, Democrat of Ohio.", "the senator", None),
    ("a surname and a newspaper stay one person", "“We are proud of it,” said Jones of the Post.", "Jones", None),
]


@pytest.mark.parametrize("name, text, speaker, description", APPOSITIVES, ids=[row[0] for row in APPOSITIVES])
def test_an_appositive_name_is_the_speaker(name: str, text: str, speaker: str, description: str | None, attributed) -> None:
    (_, attribution), *_ = attributed(text)
    assert attribution is not None and attribution.speaker == speaker
    if description is not None:
        assert attribution.description == description


def test_the_sentences_after_an_appositive_name_carry_it(speakers) -> None:
    text = "“We are proud of the design,” said the architect, Aissata Konde, who led the project. “It took years to get right.”"
    assert speakers(text) == ["Aissata Konde", "Aissata Konde"]


BODIES = [
    (
        "the company after its name",
        "Harbour Foods agreed to buy Coastal Dairy on Monday. The company said it would pay in cash.",
        [None, "Harbour Foods"],
    ),
    (
        "the museum named in the same sentence",
        "The National Museum of Ardena will return the masks to Peru, the museum announced on Tuesday.",
        ["National Museum of Ardena"],
    ),
    (
        "a body named in lower case",
        "The national museum of Ardena will return the masks to Peru, the museum announced on Tuesday.",
        ["national museum of Ardena"],
    ),
    (
        "two companies: kept as written",
        "Harbour Foods and Delta Group Holdings signed the deal. The company said it was pleased.",
        [None, "The company"],
    ),
    (
        "no company named: kept as written",
        "Jane Doe bought the mill. The company said it was pleased.",
        [None, "The company"],
    ),
    (
        "a name of another kind does not fit",
        "The National Museum of Ardena opened on Monday. The bank said it would lend the money.",
        [None, "The bank"],
    ),
    (
        "a body named only later does not fit",
        "The ministry said prices would rise. The Ministry of Finance published the figures.",
        ["The ministry", None],
    ),
]


@pytest.mark.parametrize("name, text, expected", BODIES, ids=[row[0] for row in BODIES])
def test_a_description_of_a_body_refers_to_the_one_named_before(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


def test_a_body_resolved_from_its_description_says_so(attributed) -> None:
    (_, first), (_, second) = attributed("Harbour Foods agreed to buy Coastal Dairy. The company said it would pay in cash.")
    assert second is not None and (second.resolution, second.mention, second.description) == ("role", "The company", "company")


UNNAMED = [
    (
        "the whole description of an unnamed speaker",
        "A woman who lives in an apartment above the laundromat next door said the fire started at noon.",
        ["A woman who lives in an apartment above the laundromat next door"],
    ),
    ("a description with its own clause refers to no one before", "Jane Doe spoke first. The man who owns the shop said it was closed.", [None, "The man who owns the shop"]),
    ("a named speaker's clause is no description", "Ted Cruz endorsed Trump, who said he was honored.", ["Trump"]),
    ("one of a counted group", "Three firefighters were hurt in the blaze. One of them said the roof fell in.", [None, "One of the three firefighters"]),
    ("one of a group that spoke", "Firefighters said the blaze was out. Two of them said it took hours.", ["Firefighters", "Two of the firefighters"]),
    ("one of no group: as written", "The plan was announced on Monday. One of them said the plan was dead.", [None, "One of them"]),
    ("one of a company is no group", "Harbour Foods signed the deal. One of them said the plan was dead.", [None, "One of them"]),
    ("one of the officials: as written", "One of the officials said the plan was alive.", ["One of the officials"]),
]


@pytest.mark.parametrize("name, text, expected", UNNAMED, ids=[row[0] for row in UNNAMED])
def test_unnamed_speakers_keep_their_description(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


LABELS = [
    ("called an object a quoted name", "Mayor Tom Reed called the return “a historic day.”", ["Tom Reed"]),
    ("described an object as a quoted name", "Mayor Tom Reed described the deal as “a disgrace for the city.”", ["Tom Reed"]),
    # "called for" / "called on ... to" urge: speech, like "urged" (issue 15's stance verbs)
    ("called for", "Mayor Tom Reed called for calm after the vote.", ["Tom Reed"]),
    ("called on", "Mayor Tom Reed called on voters to stay home.", ["Tom Reed"]),
    ("called off", "Mayor Tom Reed called off the parade.", [None]),
    ("called with no quotation", "Mayor Tom Reed called the meeting to order.", [None]),
    # a person who describes something gives an account of it in their own words (accounts.py)
    ("described with no quotation", "Mayor Tom Reed described the scene.", ["Tom Reed"]),
    ("described how", "Mayor Tom Reed described how it happened.", ["Tom Reed"]),
    ("a thing that describes", "The map describes the route.", [None]),
    ("a label in the reporter's sentence", "They fought what Mayor Tom Reed called the city's “reckless plan.”", [None]),
    # "denounced" is speech of its own (a stance verb): the label inside it is still the reporter's
    ("a label after a stance verb", "Jane Doe denounced what Mayor Tom Reed called the city's “reckless plan.”", ["Jane Doe"]),
    ("called in the passive", "The storm was called “the worst in decades.”", [None]),
]


@pytest.mark.parametrize("name, text, expected", LABELS, ids=[row[0] for row in LABELS])
def test_a_quoted_label_is_speech(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


PRONOUNS_AND_SURNAMES = [
    (
        "a bare surname goes to the namesake who spoke, not to one only mentioned",
        "“I will tell the truth,” Ted Cruz said.\n\nTrump met Heidi Cruz in July.\n\n“It became personal,” Cruz said.",
        ["Ted Cruz", None, "Ted Cruz"],
    ),
    (
        "with no namesake who spoke, the one mentioned last",
        "John Smith farms wheat.\n\nMary Smith farms corn.\n\nSmith said prices fell.",
        [None, None, "Mary Smith"],
    ),
    (
        "she after a man spoke in between",
        "Ann Kimball said the list was late.\n\nLuis Ortega said the roads were closed.\n\nShe said the list arrived at 3 p.m.",
        ["Ann Kimball", "Luis Ortega", "Ann Kimball"],
    ),
    (
        "a he right after a speaker tells that speaker's gender",
        "Sheriff Aksel Ortega said the fire started at noon. He said crews arrived fast.\n\n"
        "Kimball, the county's emergency manager, said the list was late. She said the buses were ready.\n\n"
        "Ortega said the roads were closed.\n\nShe said the list arrived at 3 p.m.",
        ["Aksel Ortega", "Aksel Ortega", "Kimball", "Kimball", "Aksel Ortega", "Kimball"],
    ),
    (
        "a he far from the speaker tells nothing",
        "Sheriff Robin Ortega said the fire started at noon.\n\nThe roads were closed.\n\nCrews came.\n\n"
        "He said crews arrived fast.\n\nShe said the list arrived at 3 p.m.",
        ["Robin Ortega", None, None, "Robin Ortega", "Robin Ortega"],
    ),
    (
        "he after another man spoke goes to the last one",
        "Tom Reed said the vote was fair. John Doe said it was rigged. He said he would appeal.",
        ["Tom Reed", "John Doe", "John Doe"],
    ),
]


@pytest.mark.parametrize("name, text, expected", PRONOUNS_AND_SURNAMES, ids=[row[0] for row in PRONOUNS_AND_SURNAMES])
def test_pronouns_and_surnames(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected
