"""Whether anyone speaks in a sentence, by class of layout publishers use (made-up sentences in the
style of the copy each class was seen in); each class has rows that must stay no speech."""

from __future__ import annotations

import pytest

ROWS = [
    # An acronym spelt like a relative pronoun is a name, not the start of a clause.
    ("acronym WHO", "Last week, the WHO warned that the virus could return.", ["WHO"]),
    ("relative who", "Jo Bloggs backed Tom Reyes, who says he is honoured.", ["Tom Reyes"]),
    # A sentence adverb set off by commas between the verb and its quotation.
    ("aside before a quotation", 'Jo Bloggs added, however, "We trust our staff."', ["Jo Bloggs"]),
    ("aside before that", "Jo Bloggs said, though, that the plan would fail.", ["Jo Bloggs"]),
    # A time between a strict verb and the clause it reports.
    ("time before a clause", "The Harbour Union confirmed Tuesday it would back the deal.", ["Harbour Union"]),
    ("time before that", "Judge Ada Moss ruled late Friday afternoon that the rule was void.", ["Ada Moss"]),
    ("no time, no clause", "Talks are continuing on how to pay for the new aid.", [None]),
    ("a noun before a time", "The race moves to western states this week that Jo Bloggs must win.", [None]),
    ("still no speech", "The Senate confirmed her on Tuesday.", [None]),
    # "ruled" reports a ruling before a clause or closing the sentence; "ruled out" stays speech.
    ("ruled, that-less", "Judge Ada Moss ruled all the delays were unlawful.", ["Ada Moss"]),
    ("ruled, closing", "The officer acted lawfully, Attorney General Tom Reyes ruled on Monday.", ["Tom Reyes"]),
    ("ruled out", "Finance Minister Tom Reyes ruled out a second vote.", ["Tom Reyes"]),
    ("ruled in favour", "The court ruled in favour of the landlord.", [None]),
    # "indicated" reports a person's words before a clause, and a document's finding.
    ("indicated that", "Tom Reyes, meanwhile, indicated that he would run again.", ["Tom Reyes"]),
    ("polls indicate", "Polls indicate that most voters back the plan.", ["Polls"]),
    ("records indicate, closing", "He paid the fine, court records indicate.", ["court records"]),
    ("clarified that", "Tom Reyes has since clarified that his remarks were his own.", ["Tom Reyes"]),
    # A poll, report or filing gives its finding; a person who shows or finds something says nothing.
    # (A document's finding was once no speech; PolNeAR train's annotators and every news set's
    # labels count it, 94 of 110 uses in train.)
    ("the poll shows", "The poll shows Clinton ahead in Ohio.", ["The poll"]),
    ("the study finds", "The study finds that turnout fell.", ["The study"]),
    ("a poll found", "A Harbour Radio poll released Monday found that most voters back the levy.", ["Harbour Radio"]),
    ("a report showed", "The monthly jobs report showed that wages are rising.", ["The monthly jobs report"]),
    ("filings show", "Filings with the regulator show the fund's shares are worth $2 million.", ["Filings"]),
    ("according to outranks", "Polls indicate that most voters back it, according to a Harbour Radio survey.", ["Harbour Radio"]),
    ("a person shows", "Jo Bloggs showed her tax returns to the committee.", [None]),
    ("a person finds", "Investigators found the wreckage on Monday.", [None]),
    ("and showed me", "Back at the house, he led me down the hall and showed me where he slept.", [None]),
    ("records are evidence", "His phone records showed he was texting at the time.", [None]),
    ("the jury found", "The jury found him guilty.", [None]),
    # Phrasal verbs of speech, speech only with their particle (an -ly adverb or "it" may come first).
    ("spoke about", "At a town hall on Friday, Jo Bloggs spoke about the closure of the pier.", ["Jo Bloggs"]),
    ("spoke fondly of", "Tom Reyes spoke fondly of his years on the council.", ["Tom Reyes"]),
    ("made it clear", "Jo Bloggs made it clear that she would not resign.", ["Jo Bloggs"]),
    ("made clear, that-less", "The mayor has made clear she is wary of a second term.", ["The mayor"]),
    ("took aim at", "Tom Reyes took aim at the council's budget.", ["Tom Reyes"]),
    ("shoots back", '"Where were you born?" the older woman shoots back.', ["the older woman"]),
    ("spoke to, no particle", "Jo Bloggs spoke to the crowd for an hour.", [None]),
    ("speaking to, a participle", "The envoy, who has been speaking to leaders, met Tom Reyes.", [None]),
    ("made a profit", "The company made a profit.", [None]),
    ("was shot by", "He was shot by a police officer.", [None]),
    ("a contact clause", "Every activist I spoke to said the vote would be close.", ["Every activist I spoke to"]),
    # An apology and a proposal are statements; the adjective after an owner is none.
    ("apologized", "Tom Reyes apologized on Monday for the remarks his aide made at the rally.", ["Tom Reyes"]),
    ("proposed", "Harbour lawmakers also proposed raising the wage to $15 an hour.", ["Harbour lawmakers"]),
    ("an owner's proposed", "The board cut its proposed fee in response.", [None]),
    ("a name's proposed", "Strikers marched against the government's proposed changes.", [None]),
    # People in the plural can speak ("those researchers disclosed that ...").
    ("researchers", "Last week, the researchers disclosed that 1,000 patients had enrolled.", ["the researchers"]),
    # A demonstrative opens the object of a label ("described that comment as ...").
    ("described that", 'Jo Bloggs described that remark as "a threat" on Sunday.', ["Jo Bloggs"]),
    # A forecast by people gives its figure as their words.
    ("forecast a figure", "Analysts forecast sales of $12 million for the quarter.", ["Analysts"]),
    ("had forecast", "Economists surveyed by the bank had forecast 3.1 million new claims.", ["Economists surveyed by the bank"]),
    ("forecast that", "With more people in work, economists forecast that spending will rise.", ["economists"]),
    ("a forecast is a noun", "Both were clear favourites at the paper's primary forecast site.", [None]),
    ("the forecast", "The weather forecast was wrong again.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_detection(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
