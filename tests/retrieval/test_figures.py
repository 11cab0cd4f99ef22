import pytest

from retrieval.figures import count_figure
from retrieval.tokens import tokenize


@pytest.mark.parametrize(
    "sentence, asked, figure",
    [
        ("Iranian state television said Iran had fired 15 missiles at US targets.", "missiles", "15 missiles"),
        ("Iraq said 22 rockets were fired.", "missiles fired", "22 rockets"),
        ("More than 5,000 US troops remain in Iraq.", "troops", "5,000 US troops"),
        ("At least two Iraqi facilities were targeted.", "facilities", "two Iraqi facilities"),
        ("The fund holds $4.7 billion in bonds.", "money", "$4.7 billion"),
        ("Three people died and 12 were hurt.", "hurt", "12"),
        # times, years and percentages are not counts
        ("The attack came around 1:30 a.m. (2230 GMT Tuesday).", "attack", None),
        ("He visited the base in December 2018.", "base", None),
        ("Prices rose 3.5% in March.", "prices", None),
        ("No figure was given.", "figure", None),
    ],
)
def test_count_figure(sentence, asked, figure):
    assert count_figure(sentence, tokenize(asked)) == figure
