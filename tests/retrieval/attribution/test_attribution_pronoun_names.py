"""Names a pronoun can follow, across short made-up articles: what makes a person of a first name
alone, a titled name, a name with an office in an appositive or a family name put first, and what
does not (a participle clause). Each table has rows where the rule must decide and rows where it
must not."""

from __future__ import annotations

import pytest


FIRST_NAME_ALONE = [
    (
        "a speaker known only by her first name takes a later “she”",
        "Jane Ellery, a reporter, wrote about the town.\n\n"
        "“I would,” Melanie said to the television.\n\n"
        "The crowd cheered on the screen.\n\n"
        "“It is finished,” she said.",
        [None, "Melanie", None, "Melanie"],
    ),
    (
        "a first name alone does not take a pronoun of the other gender",
        "“We will build the bridge,” said Mark Hollis.\n\n"
        "“I would,” Melanie said to the television.\n\n"
        "“It is overdue,” he said.",
        ["Mark Hollis", "Melanie", "Mark Hollis"],
    ),
    (
        "a listed first name keeps a man out of a later “she”",
        "“We need the money,” said Jane Ellery.\n\n"
        "“We will not pay,” Barack Obama said in a statement.\n\n"
        "“It is unfair,” she said.",
        ["Jane Ellery", "Barack Obama", "Jane Ellery"],
    ),
    (
        "a single name that is no first name stays out of a later “she”",
        "“We need the money,” said Jane Ellery.\n\n"
        "“We will not pay,” Norvania said in a statement.\n\n"
        "“It is unfair,” she said.",
        ["Jane Ellery", "Norvania", "Jane Ellery"],
    ),
]


@pytest.mark.parametrize("name, text, expected", FIRST_NAME_ALONE, ids=[row[0] for row in FIRST_NAME_ALONE])
def test_a_first_name_alone_is_a_person(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


TITLED_NAMES = [
    (
        "a first name that is also a preposition, after a title",
        "Deputy Governor Per Aune said on Tuesday the bank was watching prices.\n\n"
        "He added that households were feeling the squeeze.",
        ["Per Aune", "Per Aune"],
    ),
    (
        "a title then a plain name, for comparison",
        "Deputy Governor Jan Aune said on Tuesday the bank was watching prices.\n\n"
        "He added that households were feeling the squeeze.",
        ["Jan Aune", "Jan Aune"],
    ),
    (
        "a person before the preposition still ends the name",
        "“The race is close,” said Cameron Easley for Morning Consult.\n\n"
        "“It will stay close,” he said.",
        ["Cameron Easley", "Cameron Easley"],
    ),
]


@pytest.mark.parametrize("name, text, expected", TITLED_NAMES, ids=[row[0] for row in TITLED_NAMES])
def test_a_titled_name_is_a_person_a_pronoun_can_follow(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


APPOSITIVE_OFFICE = [
    (
        "an unlisted first name followed by an office in an appositive",
        "Trump has tried to lower expectations.\n\n"
        "Jo-Renee Formicola, political science professor at Seton Hall University, described his approach.\n\n"
        "“He would try to deflect them,” she said.",
        [None, "Jo-Renee Formicola", "Jo-Renee Formicola"],
    ),
    (
        "the office gives the full name to a later titled surname",
        "Minyon Moore, a Democratic strategist, was at the rally.\n\n"
        "“It is a little bit of magic,” Ms. Moore said.",
        [None, "Minyon Moore"],
    ),
    (
        "an appositive with no office makes no person",
        "The team played Kirov Dynamo, a club from the north, on Sunday.\n\n"
        "“It was hard,” she said.",
        [None, "she"],
    ),
    (
        "an office far into the appositive describes something else",
        "The team played Kirov Dynamo, whose new stadium was opened by the mayor, on Sunday.\n\n"
        "“It was hard,” she said.",
        [None, "she"],
    ),
]


@pytest.mark.parametrize("name, text, expected", APPOSITIVE_OFFICE, ids=[row[0] for row in APPOSITIVE_OFFICE])
def test_an_office_in_an_appositive_marks_a_person(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


PARTICIPLE_AFTER_CLAUSE = [
    (
        "a participle clause after “he said” names no speaker",
        "Bobby Scott was asked about money.\n\n"
        "“I have raised all I needed,” he said, cutting off a reporter who asked about finances.",
        [None, "Bobby Scott"],
    ),
    (
        "an -ing adjective before a plural noun is still a source",
        "The company chose to file in Richmond, where restructuring experts said the court moves quickly.",
        ["restructuring experts"],
    ),
    (
        "an -ing word in a title before a name is no clause",
        "“We will appeal,” said Jane Doe, acting director of the agency.",
        ["Jane Doe"],
    ),
]


@pytest.mark.parametrize("name, text, expected", PARTICIPLE_AFTER_CLAUSE, ids=[row[0] for row in PARTICIPLE_AFTER_CLAUSE])
def test_a_participle_clause_is_no_speaker(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


def test_family_name_first_after_a_title(speakers) -> None:
    text = (
        "Premier Wen Tao met the delegation on Monday.\n\n"
        "“We welcome the visit,” said President Wen.\n\n"
        "“Trade will grow,” Wen said."
    )
    assert speakers(text) == [None, "Wen Tao", "Wen Tao"]
