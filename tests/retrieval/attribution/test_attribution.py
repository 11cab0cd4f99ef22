"""Attribution rules as tables: each layout, sentences with no speaker, and descriptions."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        ("Iraq said 22 rockets were fired.", "Iraq", "SV"),
        ("Jane Smith says the plan will fail.", "Jane Smith", "SV"),
        ("Jane Smith told reporters the plan will fail.", "Jane Smith", "SV"),
        ("“We will win,” Jane Smith said.", "Jane Smith", "QSV"),
        ("“We will win,” said Jane Smith, a nurse.", "Jane Smith", "QVS"),
        ("“We will win,” said the senator.", "the senator", "QVS"),
        ("Jane Smith said: “We will win.”", "Jane Smith", "SVQ"),
        ("The plan will fail, according to Jane Smith.", "Jane Smith", "ACCORDING_TO"),
        ("According to the ministry, 15 missiles were fired.", "the ministry", "ACCORDING_TO"),
        ("About 9.9 million single mothers live in the state, according to federal statistics.", "federal statistics", "ACCORDING_TO"),
        ("Jane Smith spoke on Monday, saying that the plan will fail.", "Jane Smith", "PARTICIPLE"),
        ("Iran’s president is expected to speak later, state television reported.", "state television", "CSV"),
        ("The target was hit, the ministry said in a statement.", "the ministry", "CSV"),
        ("The vote was rigged, Jane Smith said on Twitter.", "Jane Smith", "CSV"),
        ("Britain, which has troops in Iraq, condemned the attack.", "Britain", "SV"),
        ("Jane Smith, who chairs the committee, said the vote will go ahead.", "Jane Smith", "SV"),
        ("Jason Miller, a spokesman for the campaign, said the report was false.", "Jason Miller", "SV"),
        ("A spokesman for the campaign, Jason Miller, said the report was false.", "Jason Miller", "SV"),
        ("Jane Smith argued that the plan will fail.", "Jane Smith", "SV"),
        ("Jane Smith insisted that the plan will fail.", "Jane Smith", "SV"),
        ("Jane Smith acknowledged that the plan had failed.", "Jane Smith", "SV"),
        ("Jane Smith claimed that the vote was rigged.", "Jane Smith", "SV"),
        ("Jane Smith added that the plan will fail.", "Jane Smith", "SV"),
        ("Jane Smith noted that turnout was low.", "Jane Smith", "SV"),
        ("Jane Smith asked: “Who will pay for it?”", "Jane Smith", "SVQ"),
        ("Jane Smith explained that the law had changed.", "Jane Smith", "SV"),
        ("Jane Smith pointed out that the law had changed.", "Jane Smith", "SV"),
        ("Jane Smith conceded that the plan had failed.", "Jane Smith", "SV"),
        ("Jane Smith vowed that the plant would reopen.", "Jane Smith", "SV"),
        ("Jane Smith promised that the plant would reopen.", "Jane Smith", "SV"),
        ("Jane Smith announced that she would run.", "Jane Smith", "SV"),
        ("Jane Smith warned the plan will fail.", "Jane Smith", "SV"),
        ("Jane Smith suggested that the plan will fail.", "Jane Smith", "SV"),
        ("Jane Smith wrote in an op-ed that the plan will fail.", "Jane Smith", "SV"),
        ("Jane Smith tweeted that the vote was rigged.", "Jane Smith", "SV"),
        ("Trump on Monday said the vote was rigged.", "Trump", "SV"),
        ("The registration issue was first reported by The Washington Post.", "Washington Post", "PASSIVE"),
        ("PENCE: We will win this election.", "PENCE", "COLON"),
        ("Democrats said the bill was dead.", "Democrats", "SV"),
        ("The campaign said the report was false.", "The campaign", "SV"),
        ("Police said two men were arrested.", "Police", "SV"),
        ("Iranian officials said Tehran does not want a war.", "Iranian officials", "SV"),
        ("Germany, Denmark, Norway and Poland said none of their troops were harmed.", "Germany, Denmark, Norway and Poland", "SV"),
        ("One source said there were no casualties.", "One source", "SV"),
        ("A senior official who asked not to be named said the talks had failed.", "A senior official", "SV"),
        ("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.", "Douglas Holtz-Eakin", "QVS"),
        ("Sen. Ted Cruz (R-Texas) said the deal was bad.", "Ted Cruz", "SV"),
        ("Sanders: Clinton needs to get away from the personality stuff.", "Sanders", "COLON"),
        ("Clinton Hid Health Problems, Former White House Doctor Says.", "Former White House Doctor", "CSV"),
        ("Cruz thanked the delegates and said he was standing on principle.", "Cruz", "SV"),
        ("Donald Trump bemoaned the unrest in Charlotte and said drugs were a factor.", "Donald Trump", "SV"),
        ("Meanwhile, it attacked Trump, saying he had offended voters.", "it", "PARTICIPLE"),
        ("They turned to the Chicago Police Department which reported “2,521 shooting incidents” this year.", "Chicago Police Department", "SVQ"),
        ("Obama began by saying the issue was manufactured.", "Obama", "PARTICIPLE"),
        ("OSLO (Reuters) - Norway’s central bank raised its key rate and said it would raise it again.", "Norway’s central bank", "SV"),
        (
            "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said the rule was illegal.",
            "Scott Pruitt",
            "SV",
        ),
        (
            "Michael Mulgrew, president of the United Federation of Teachers, which represents city teachers, said the plan failed.",
            "Michael Mulgrew",
            "SV",
        ),
        ("Two campaign aides, speaking on condition of anonymity, said Whitaker would skip the debate.", "Two campaign aides", "SV"),
        ("Dell’s campaign manager, Kevin Sato, said the senator would attend.", "Kevin Sato", "SV"),
        ("Ted Cruz endorsed Donald Trump, who says he is honored.", "Donald Trump", "SV"),
        ("Hillary Clinton’s campaign said the report was false.", "Hillary Clinton’s campaign", "SV"),
        ("The Clinton campaign said the report was false.", "Clinton campaign", "SV"),
        ("The ministry’s spokesman, Omar Haddad, told reporters the border was open.", "Omar Haddad", "SV"),
    ],
)
def test_layouts(text: str, speaker: str, kind: str, only) -> None:
    attribution = only(text)
    assert attribution is not None
    assert (attribution.speaker, attribution.kind) == (speaker, kind)


@pytest.mark.parametrize(
    "text",
    [
        "He read “War and Peace” on the plane.",
        "“Fire and Fury” sold a million copies.",
        "Jane Smith thinks the plan will fail.",
        "Jane Smith wants a new vote.",
        "Jane Smith hopes the plan will work.",
        "Jane Smith expects a deal by Friday.",
        "Jane Smith knows the risks.",
        "Jane Smith shows her tax returns.",
        "Jane Smith finds that turnout fell.",
        "More than 5,000 US troops remain in Iraq along with other foreign forces.",
        "He gave no evidence of how he received that information.",
        "The economy added 200,000 jobs in May.",
        "Trump’s claim that the vote was rigged was false.",
        "The United States and China are the largest emitters.",
        "Trump was told about the strike on Monday.",
        "The new report came out on Monday.",
        "Stealth Over Health: Clinton Was Headed to the ER.",
        "“I told him no,” is the title of her memoir.",
        "She did not say how much it would cost.",
        "Kadzik wouldn’t say.",
        "The senator declined to comment.",
        "All told, the bank has lifted its rate by four points since 2021.",
        "Update: The vote has been delayed until Friday.",
        "Two questions: Why would he do that?",
        "Source: NATO.",
        "The 29 people wounded by the alleged attacker were bystanders.",
        "Julie Davis reported from Midway Atoll.",
        "Bryant Rousseau and Caryn Wilson contributed reporting.",
        "The so-called deal collapsed on Friday.",
        "Florida, a swing state crucial to the race, will host three rallies.",
        "The launch went according to plan.",
        "Jane Smith pointed to the data.",
        "Shares in Siemens rose 2% after the company reported strong orders.",
        "The agency reported 50 new cases on Monday.",
    ],
)
def test_no_speaker(text: str, only) -> None:
    assert only(text) is None


def test_nested_attribution_keeps_the_outer_speaker(attributed) -> None:
    pairs = attributed("Jane Smith said Clinton told her the deal was off.")
    assert pairs[0][1] is not None and pairs[0][1].speaker == "Jane Smith"


def test_a_relative_clause_after_the_speaker_is_no_description(only) -> None:
    attribution = only("“He took advantage of people,” said Ellen Park, whose mother lost $200,000.")
    assert attribution is not None and (attribution.speaker, attribution.description) == ("Ellen Park", None)


def test_speaker_after_verb_keeps_the_appositive_as_description(only) -> None:
    attribution = only("“We will win,” said Jane Smith, a nurse.")
    assert attribution is not None and attribution.description == "a nurse"
