"""Attribution across an article: resolution of later mentions, quotes that go on, aligned results."""

from __future__ import annotations

import pytest

from retrieval.attribution import attribute
from retrieval.text.corpus import parse_article
from retrieval.text.sentences import article_sentences


ARTICLE_RESOLUTION = [
    (
        "pronoun",
        "Pentagon spokesman Jonathan Hoffman said the bases were hit.\n\nHe said no one was hurt.",
        ["Jonathan Hoffman", "Jonathan Hoffman"],
        [None, "pronoun"],
    ),
    (
        "pronoun skips a speaker of the other gender",
        "Hillary Clinton spoke first.\n\nDonald Trump said the race was rigged.\n\nShe said the claim was false.",
        [None, "Donald Trump", "Hillary Clinton"],
        [None, "direct", "pronoun"],
    ),
    (
        "surname",
        "Pentagon spokesman Jonathan Hoffman spoke on Monday.\n\n“We are ready,” Hoffman said.",
        [None, "Jonathan Hoffman"],
        [None, "surname"],
    ),
    (
        "role",
        "Pentagon spokesman Jonathan Hoffman said the bases were hit.\n\nThe spokesman said no one was hurt.",
        ["Jonathan Hoffman", "Jonathan Hoffman"],
        [None, "role"],
    ),
    (
        "same surname, two people",
        "John Smith, a farmer, said the rain came late.\n\nMary Smith said the crops were fine.\n\n"
        "Ms. Smith said prices fell.\n\nJohn Smith said prices rose.\n\nSmith said he would plant corn.",
        ["John Smith", "Mary Smith", "Mary Smith", "John Smith", "John Smith"],
        [None, None, "surname", None, "surname"],
    ),
    (
        "continuation into the next paragraph",
        "“We will win,” Jane Smith said.\n\n“They know it and so do we.”",
        ["Jane Smith", "Jane Smith"],
        [None, "continuation"],
    ),
    (
        "no continuation after a paragraph that ended on the reporter's words",
        "“We will win,” Jane Smith said. The crowd cheered loudly.\n\n“They know it and so do we.”",
        ["Jane Smith", None, None],
        [None, None, None],
    ),
    (
        "a quotation resumes its speaker after a paragraph of the reporter's text",
        "“We will win,” Jane Smith said.\n\nThe crowd cheered loudly.\n\n“They know it and so do we.”",
        ["Jane Smith", None, "Jane Smith"],
        [None, None, "continuation"],
    ),
    (
        "a quotation of short sentences goes on the speaker before",
        "'We will win,' Jane Smith said.\n\n'Believe me. We will win this one.'",
        ["Jane Smith", "Jane Smith", "Jane Smith"],
        [None, "continuation", "continuation"],
    ),
    (
        "a capitalised title alone goes back to the person named with it",
        "Supreme Leader Ayatollah Ali Khamenei spoke on Saturday.\n\nThe Ayatollah said the talks would fail.",
        [None, "Ali Khamenei"],
        [None, "role"],
    ),
    (
        "a quotation goes on its speaker before a colon that opens someone else's",
        "“We will win,” argues Jane Smith.\n\n“They know it and so do we.” And John Doe says: “I agree with her.”",
        ["Jane Smith", "Jane Smith", "John Doe"],
        [None, "continuation", None],
    ),
    (
        "next paragraph names its own speaker",
        "“We will win,” Jane Smith said.\n\n“They are wrong about this,” John Doe said.",
        ["Jane Smith", "John Doe"],
        [None, "direct"],
    ),
    (
        "a transcript colon carries through its paragraph",
        '"WALLACE: Let’s start with the news on the debate. Two questions: Why would he do that?\n\n'
        '"PENCE: Well, look, the debate is about the issues.',
        ["WALLACE", "WALLACE", "PENCE"],
        [None, "continuation", None],
    ),
    (
        "a transcript turn without quotation marks runs to the end of its paragraph",
        "WALLACE: Let’s start with the debate. Why would he do that?\n\nPENCE: Well, look. It is serious business.",
        ["WALLACE", "WALLACE", "PENCE", "PENCE"],
        [None, "continuation", None, "continuation"],
    ),
    (
        "the paragraph after 'X added:' is X's",
        "Jane Smith spoke to the crowd.\n\nSmith added:\n\nIt is typical of them and everyone knows it.",
        [None, "Jane Smith", "Jane Smith"],
        [None, "surname", "continuation"],
    ),
    (
        "a name used alone later is a person",
        "The final pitted Elena Varga against Lucia Ortiz on Friday.\n\nOrtiz, 19, was playing her first final. "
        "She said the crowd had carried her.",
        [None, None, "Lucia Ortiz"],
        [None, None, "pronoun"],
    ),
    (
        "a pronoun after the sentence's own subject",
        "Jane Doe said the vote was fair.\n\n"
        "Former Gov. Ed Rendell, who chaired the party, agreed that the rules should change, he said.",
        ["Jane Doe", "Ed Rendell"],
        [None, "pronoun"],
    ),
    (
        "a paragraph that names someone else does not inherit",
        "“We will win,” Jane Smith said.\n\n“The plan is dead and buried.” Later, John Doe said the plan had failed.",
        ["Jane Smith", None, "John Doe"],
        [None, None, None],
    ),
    (
        "a family name given first",
        "Chinese President Xi Jinping met the delegation on Monday.\n\nXi said China respected their interests.",
        [None, "Xi Jinping"],
        [None, "surname"],
    ),
    (
        "a title split by 'of' stays whole",
        "U.S. Secretary of State Antony Blinken arrived on Monday.\n\n“We were clear,” Blinken said.",
        [None, "Antony Blinken"],
        [None, "surname"],
    ),
    (
        "a title in quotes does not continue a quotation",
        "Jane Smith said the plan was ready.\n\n“Fire and Fury” sold well.",
        ["Jane Smith", None],
        [None, None],
    ),
]


@pytest.mark.parametrize("name, text, speakers, resolutions", ARTICLE_RESOLUTION, ids=[row[0] for row in ARTICLE_RESOLUTION])
def test_resolution_across_an_article(name: str, text: str, speakers: list, resolutions: list, attributed) -> None:
    pairs = attributed(text)
    assert [a.speaker if a else None for _, a in pairs] == speakers
    for (_, attribution), resolution in zip(pairs, resolutions):
        if resolution is not None:
            assert attribution is not None and attribution.resolution == resolution


def test_quote_goes_on_in_the_next_sentence(attributed) -> None:
    pairs = attributed("“We will win,” Jane Smith said. “They know it and so do we.”")
    assert len(pairs) == 2
    assert [a.speaker if a else None for _, a in pairs] == ["Jane Smith", "Jane Smith"]
    assert pairs[1][1] is not None and pairs[1][1].kind == "CONTINUATION"


def test_speaker_named_only_after_the_quote(attributed) -> None:
    pairs = attributed("“The plan is bad. It will fail and everyone knows it,” Jane Smith said.")
    assert pairs and all(a is not None and a.speaker == "Jane Smith" for _, a in pairs)


def test_sentences_align_with_attributions() -> None:
    article = parse_article("made-up.txt", "Jane Smith said so.\n\nNothing else happened.")
    sentences = article_sentences(article)
    assert len(attribute(article, sentences)) == len(sentences)
    assert attribute(article, ()) == ()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "“",
        "” ” ” said said said",
        "“Unbalanced quote that never closes. And goes on. And on.",
        "said " * 2000,
        "Smith, " * 500 + "said the plan failed.",
        "Он сказал, что всё хорошо. 他说一切都好。 🙂 said 🙂.",
        "MR. SMITH: \n\n: :: : said:",
        "(((((((( said )))))))) ((( said",
    ],
)
def test_odd_input_gives_aligned_results(text: str) -> None:
    article = parse_article("odd.txt", text)
    sentences = article_sentences(article)
    result = attribute(article, sentences)
    assert len(result) == len(sentences)
    for sentence, attribution in zip(sentences, result):
        if attribution is not None:
            assert attribution.speaker and attribution.speaker.strip()


@pytest.mark.parametrize("second", ["“They are wrong about this.” John Doe said.", "“They are wrong about this!” John Doe said on Twitter."])
def test_a_quotation_whose_speaker_follows_is_not_carried_over(second: str, attributed) -> None:
    pairs = attributed("“We will win,” Jane Smith said.\n\n" + second)
    assert pairs[0][1] is not None and pairs[0][1].speaker == "Jane Smith"
    assert [a.speaker if a else None for _, a in pairs[1:]] == ["John Doe"] * (len(pairs) - 1)


def test_a_quotation_nested_in_another_style_does_not_end_it(attributed) -> None:
    pairs = attributed('"PENCE: Well, Clinton thinks this is an episode of “Shark Tank.” It is serious business. We know it."')
    assert len(pairs) >= 2
    assert all(a is not None and a.speaker == "PENCE" for _, a in pairs)


def test_a_title_split_by_of_is_the_description(attributed) -> None:
    pairs = attributed("U.S. Secretary of State Antony Blinken arrived on Monday.\n\n“We were clear,” Blinken said.")
    assert pairs[-1][1] is not None and pairs[-1][1].description == "U.S. Secretary of State"
