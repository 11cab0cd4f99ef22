import pytest

from retrieval.answer.figures import count_figure, has_count
from retrieval.index.terms import tokenize


FIGURES = [
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
        # number words inside other words are not counts; number words on their own are
        ("Someone often mentioned the tension.", "tension", None),
        ("They lost MILLIONS in the deal.", "deal", "MILLIONS"),
        ("Officials said dozens were hurt in 2019.", "hurt", "dozens"),
    ]


@pytest.mark.parametrize("sentence, asked, figure", FIGURES)
def test_count_figure(sentence, asked, figure):
    assert count_figure(sentence, tokenize(asked)) == figure


@pytest.mark.parametrize("sentence, asked, figure", FIGURES)
def test_has_count_says_whether_count_figure_finds_one(sentence, asked, figure):
    assert has_count(sentence) is (figure is not None)
    assert has_count(sentence) is (count_figure(sentence, []) is not None)


@pytest.mark.parametrize(
    "sentence, counted, figure",
    [
        # a word naming people is the head of the figure's noun: the words before it say what kind
        # (the figure shown ends at its first word, as before)
        ("The union, which represents about 38,000 shop workers, said no stores would close.", "store shop", None),
        ("The union, which represents about 38,000 shop workers, said no stores would close.", "worker", "38,000 shop workers"),
        ("Officials counted 1,240 suspected cholera cases.", "case", "1,240 suspected cholera cases"),
        ("Officials counted 1,240 suspected cholera cases.", "cholera", "1,240 suspected cholera"),
    ],
)
def test_the_counted_noun_must_be_the_figures_own(sentence, counted, figure):
    assert count_figure(sentence, tokenize(counted), nouns=tokenize(counted)) == figure
