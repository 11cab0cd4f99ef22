"""Layouts of political news copy (after PolNeAR train's annotations): a participle after a
comma inside a quotation or after a dash, a strict participle after "before"/"by" with what was
said after it, what was said a few words after a strict verb, "went on to say", a time phrase
after a party tag, an inverted unnamed source with a who-clause, and plural people nouns."""

from __future__ import annotations

import pytest

PARTICIPLES = [
    ("comma inside the closing quote", "Jo Bloggs gave a fierce defence of “small-town values,” saying the town had kept its promise.", ["Jo Bloggs"]),
    ("comma inside a straight quote", 'Tom Reyes unveiled the "Main Street plan," saying it would create jobs.', ["Tom Reyes"]),
    ("dash set apart", "Tom Reyes changed his mind on the spot – saying he would now back the bridge.", ["Tom Reyes"]),
    ("before + strict participle + that", "Ann Vale toured the ward before explaining that it would close.", ["Ann Vale"]),
    ("by + strict participle + whether", "Tom Reyes broke his silence by asking whether the law applied to him.", ["Tom Reyes"]),
    ("a dash after two asides", "Tom Reyes was on every show – four of them – which may be a record – saying the bridge would open.", ["Tom Reyes"]),
    ("a dash opening an aside", "Its new rule - adding a digit to each account - does not seem hard to spot.", [None]),
    ("upon + participle", "Jo Bloggs drew boos upon saying that the tax would rise.", ["Jo Bloggs"]),
    ("a pronoun puts out a statement", "They released a statement saying the bridge would reopen in May.", ["They"]),
    # negative rows: a strict participle with no words said, and a quotation that is a title
    ("strict participle, nothing said", "Ann Vale spent the week raising money before announcing a new plan.", [None]),
    ("a copula puts nothing out", "It was a statement saying nothing at all.", [None]),
    ("a dash closing an aside", "It became an issue, with Ann Vale — who wants a new bridge — lambasting the plan.", [None]),
    ("a quoted title, then an -ing word", "The band played “Home Again,” cheering the crowd.", [None]),
]

DELAYED = [
    ("time words before that", "Ann Vale stated earlier this week that she would stand again.", ["Ann Vale"]),
    ("an aside between commas", "Tom Reyes added, though, that the deal was not dead.", ["Tom Reyes"]),
    ("a prepositional phrase before that", "Jo Bloggs stated in a letter Tuesday that the audit was late.", ["Jo Bloggs"]),
    ("an adverb before a colon", "Ann Vale added quietly: “We will be back next year.”", ["Ann Vale"]),
    ("a short object before a colon", "Tom Reyes added a warning: “Nobody should travel tonight.”", ["Tom Reyes"]),
    # negative rows: an object, then a relative "that"; a clause of its own before "that"
    ("object then relative that", "The depot confirmed the shipment that arrived late.", [None]),
    ("a clause before that", "The firm added staff and it seems that sales rose.", [None]),
    ("an infinitive before that", "Jo Bloggs agreed to talk on the condition that her name be kept back.", [None]),
    ("an object before a colon, no quotation", "The mayor added a new duty to her job: fundraiser.", [None]),
]

LEAD_INS = [
    ("went on to say", "Ann Vale went on to say the ward would close in May.", ["Ann Vale"]),
    ("continued to insist", "Ann Vale continued to insist that the ward would close in May.", ["Ann Vale"]),
    ("continued to work, no speech", "Ann Vale continued to work at the ward until May.", [None]),
    ("went so far as to say, then a colon", "Tom Reyes went so far as to say: “The bridge is finished.”", ["Tom Reyes"]),
    # negative rows: an infinitive of intention, a set phrase, an action
    ("wants to say", "Tom Reyes wants to say something about the bridge.", [None]),
    ("needless to say", "Needless to say, the ward will close.", [None]),
    ("went on to win", "Ann Vale went on to win the seat.", [None]),
]

OPENING = [
    ("a weekday before a pronoun", "Ann Vale met the nurses.\n\nOn Monday she said the ward would stay open.", [None, "Ann Vale"]),
    ("inside brackets", "Tom Reyes met the board.\n\n(On Friday he said the bridge would reopen.)", [None, "Tom Reyes"]),
    # negative row: an opening phrase, then a pronoun that is an object's
    ("no reporting verb", "Ann Vale met the nurses.\n\nOn Monday she left for Paris.", [None, None]),
]

PARTY_TAGS = [
    ("time after a bracketed tag", "Rep. Ann Vale (D-Calif.) last week said the rule was unfair.", ["Ann Vale"]),
    ("'on' and a day after a bracketed tag", "Sen. Jo Bloggs (R-Ky.) on Monday said the vote would wait.", ["Jo Bloggs"]),
    ("comma-set tag keeps the sentence whole", "Sen. Jo Bloggs, R-Ky., told reporters the vote would wait.", ["Jo Bloggs"]),
]

DESCRIBED = [
    ("a restrictive who-clause after an unnamed source", "“The deal is dead,” said one official who asked not to be named.", ["one official"]),
    ("a long who-clause after a closing clause", "The plan was never costed, said a former aide who left the council last year.", ["a former aide"]),
    # negative rows: a reported clause whose subject has a who-clause and a name in apposition,
    # and a thing with a relative clause
    ("reported subject with a who-clause", "Her deputy, Tom Reyes, said the clerk who replaced him, Jo Bloggs, should resign.", ["Tom Reyes"]),
    ("which after a thing", "The plan, said the letter which the senators signed, was doomed.", [None]),
]

PEOPLE = [
    ("closing clause, bare plural", "The deal will not survive the summer, opponents said.", ["opponents"]),
    ("closing clause, plural with a modifier after it", "The ruling will stand, lawyers for the family said.", ["lawyers for the family"]),
    ("a quantified plural before commas", "Several candidates, including Jo Bloggs, said the border should close.", ["Several candidates"]),
    ("a share of voters after 'about'", "About half of the voters said they wanted a new road.", ["About half of the voters"]),
    ("a count in a closing clause", "The bridge matters most, about four in 10 voters say.", ["about four in 10 voters"]),
    # negative row: a plural thing closing a sentence says nothing
    ("a plural thing", "The market fell sharply, sales figures said nothing about it.", [None]),
]


@pytest.mark.parametrize("name, text, expected", PARTICIPLES, ids=[row[0] for row in PARTICIPLES])
def test_participles_take_the_sentence_subject(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("name, text, expected", DELAYED, ids=[row[0] for row in DELAYED])
def test_what_was_said_may_open_a_few_words_after_the_verb(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("name, text, expected", LEAD_INS, ids=[row[0] for row in LEAD_INS])
def test_lead_ins_make_an_infinitive_speech(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("name, text, expected", OPENING, ids=[row[0] for row in OPENING])
def test_a_pronoun_after_a_time_phrase_speaks(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("name, text, expected", PARTY_TAGS, ids=[row[0] for row in PARTY_TAGS])
def test_party_tags_stand_between_name_and_verb(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("name, text, expected", DESCRIBED, ids=[row[0] for row in DESCRIBED])
def test_an_inverted_unnamed_source_may_take_a_who_clause(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("name, text, expected", PEOPLE, ids=[row[0] for row in PEOPLE])
def test_plural_people_speak(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
