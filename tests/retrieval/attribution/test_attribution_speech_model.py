"""The speech model: its features, its fit, the shipped weights, and the speaker it chooses."""

from __future__ import annotations

from evals.train_speech_model import Item, NameRow, fit
from retrieval.attribution import attribute
from retrieval.attribution.people import scan_people
from retrieval.attribution.quotes import mask_paragraph
from retrieval.attribution.resolve import Resolver
from retrieval.attribution.speech_features import Context, features
from retrieval.attribution.speech_model import KIND, THRESHOLD, probability, recording, weights
from retrieval.attribution.speech_ranker import name_features, names, rank
from retrieval.attribution.speech_speakers import ORDER, Candidates, candidates, choose
from retrieval.attribution.tokens import tokenize
from retrieval.text.corpus import parse_article
from retrieval.text.sentences import article_sentences

QUIET = Context(False, False, False, True, True, False)


def _features(text: str, context: Context = QUIET) -> tuple[str, ...]:
    return features(text, mask_paragraph([text], False)[0], context)


def test_features_read_words_outside_quotes_and_marks() -> None:
    found = _features("The mayor argued at length: “We will not pay for it.”")
    assert found == tuple(sorted(found))
    assert {"u:mayor", "u:argued", "b:mayor_argued", "colon", "quote", "quote:some", "person1:inside", "first:the"} <= set(found)
    assert "u:pay" not in found and "person1:outside" not in found  # the quoted words are not the reporter's


def test_features_of_a_plain_sentence_hold_no_quote_marks() -> None:
    found = set(_features("The bridge was built in 1932 over the river."))
    assert not found & {"quote", "quote:opens", "colon", "person1:inside", "person1:outside"}
    assert {"u:bridge", "b:was_built", "previous:none:other", "next:none", "paragraph:first"} <= found


def test_features_read_the_context() -> None:
    found = set(_features("“It is over.”", Context(True, False, True, False, False, True)))
    assert {"quote:all", "quote:opens", "previous:speech:same", "person:subject"} <= found
    assert "paragraph:first" not in found


def _items() -> list[Item]:
    none = Candidates(None, None, None, False)
    texts = [("The senator blasted the plan", 1), ("The senator slammed the plan", 1), ("The senator blasted the bill", 1),
             ("The bridge was built in 1932", 0), ("The bridge was closed in 1990", 0), ("The old bridge was painted in 1932", 0)]
    return [Item(_features(t), none, ((None, ()),), label) for t, label in texts]


def test_fit_is_deterministic_and_learns_the_sample() -> None:
    first, second = fit(_items()), fit(_items())
    assert first == second
    assert list(first) == sorted(first)
    assert first["u:senator"] > 0 > first["u:bridge"]
    flipped = [Item(i.features, i.read, i.golds, 1 - i.label) for i in _items()]
    assert fit(flipped)["u:senator"] < 0


def test_shipped_weights_score_reported_speech_over_narrative() -> None:
    model = weights()
    assert model is not None and len(model) > 1000
    reported = probability(_features("Critics blasted the decision as a betrayal of voters."), model)
    plain = probability(_features("The bridge was built in 1932 over the river."), model)
    assert reported > plain
    assert plain < THRESHOLD


def _article(text: str):
    article = parse_article("made-up.txt", text)
    return article, article_sentences(article)


def test_it_never_overrides_a_rule_attribution() -> None:
    text = "Jane Smith is the city's mayor.\n\n“We will build it,” Smith said on Monday.\n\nThe bridge was built in 1932 over the river."
    article, sentences = _article(text)
    rules = attribute(article, sentences)
    with recording(({"bias": 50.0}, 0.5, ORDER)):  # a model that reads speech everywhere
        eager = attribute(article, sentences)
    assert rules[1] is not None and eager[1] == rules[1]
    assert all(e == r for e, r in zip(eager, rules) if r is not None)
    assert eager[0] is not None and eager[0].kind == KIND and eager[0].speaker == "Jane Smith"
    assert eager[2] is None  # "The bridge" cannot speak, and the speaker before is in another paragraph


def test_with_no_speaker_to_choose_it_gives_none() -> None:
    text = "It was built in 1932.\n\nIt still stands."  # pronoun subjects, and nobody spoke before
    article, sentences = _article(text)
    with recording(({"bias": 50.0}, 0.5, ORDER)):
        eager = attribute(article, sentences)
    assert eager == (None, None)


def _read(text: str, previous: str | None = None) -> Candidates:
    masked = mask_paragraph([text], False)[0].masked
    people = scan_people([masked])
    return candidates(0, tokenize(masked), text, people, Resolver(people, [masked]), previous)


def test_a_named_subject_is_a_reading() -> None:
    read = _read("Lawyer Pat Cipollone concluded the session with the argument that the trial was a sham.")
    assert read.person == "Pat Cipollone" and not read.pronoun
    assert choose(read) == ("Pat Cipollone", "person")


def test_a_pronoun_subject_takes_only_the_speaker_before() -> None:
    read = _read("He followed that with a tweet about the school.", previous="Michael Avenatti")
    assert read.pronoun
    assert choose(read) == ("Michael Avenatti", "previous")
    assert choose(_read("He followed that with a tweet about the school.")) is None


def test_choose_follows_the_order_and_may_choose_none() -> None:
    read = Candidates("Jo Bloggs", "the company", "Ann Lee", False)
    assert choose(read, ("person", "previous")) == ("Jo Bloggs", "person")
    assert choose(read, ("previous", "person")) == ("Ann Lee", "previous")
    assert choose(Candidates(None, None, None, False)) is None
    assert choose(Candidates(None, None, None, True)) is None


def test_names_group_the_readings_that_agree() -> None:
    read = Candidates("Ann Lee", "Ann Lee", "Jo Bloggs", False, "person", "lee", "Jo Bloggs")
    assert names(read) == {"Jo Bloggs": ("previous", "paragraph"), "Ann Lee": ("person", "phrase")}
    pronoun = Candidates(None, None, "Jo Bloggs", True, "pronoun", "he", "Ann Lee")
    assert names(pronoun) == {"Jo Bloggs": ("previous",), "Ann Lee": ("paragraph",)}
    assert names(Candidates(None, None, None, False)) == {}


def test_name_features_read_the_phrase_only_for_its_own_name() -> None:
    read = Candidates(None, "the bridge", "Jo Bloggs", False, "role", "bridge", None)
    own = set(name_features("the bridge", ("phrase",), read, 1, 0.97))
    other = set(name_features("Jo Bloggs", ("previous",), read, 1, 0.97))
    assert {"from:phrase", "kind:role", "head:bridge", "shape:lower", "rivals:1", "speech:9"} <= own
    assert "head:bridge" not in other and {"from:previous", "phrase:other", "shape:caps", "words:2"} <= other


def _rows() -> list[NameRow]:
    """Made-up training names: a lower-case subject phrase with the head "bridge" is never the
    speaker, one with the head "spokesman" is."""
    bridge = Candidates(None, "the bridge", "Jo Bloggs", False, "role", "bridge", None)
    spokesman = Candidates(None, "the spokesman", "Jo Bloggs", False, "role", "spokesman", None)
    out = []
    for _ in range(3):
        out.append(NameRow(name_features("the bridge", ("phrase",), bridge, 1, 0.9), 0))
        out.append(NameRow(name_features("Jo Bloggs", ("previous",), bridge, 1, 0.9), 1))
        out.append(NameRow(name_features("the spokesman", ("phrase",), spokesman, 1, 0.9), 1))
        out.append(NameRow(name_features("Jo Bloggs", ("previous",), spokesman, 1, 0.9), 0))
    return out


def test_a_fitted_ranker_learns_which_phrases_speak() -> None:
    ranker = fit(_rows())  # type: ignore[arg-type]
    bridge = rank(Candidates(None, "the bridge", "Ann Lee", False, "role", "bridge", None), 0.9, ranker)
    spokesman = rank(Candidates(None, "the spokesman", "Ann Lee", False, "role", "spokesman", None), 0.9, ranker)
    assert bridge is not None and bridge[:2] == ("Ann Lee", "previous")
    assert spokesman is not None and spokesman[:2] == ("the spokesman", "phrase")
    assert rank(Candidates(None, None, None, False), 0.9, ranker) is None


def test_the_ranker_needs_speech_past_the_floor_and_the_name_past_the_threshold() -> None:
    text = "Jane Smith is the city's mayor.\n\nThe bridge was built in 1932 over the river."
    article, sentences = _article(text)
    sure = {"bias": 50.0, "from:person": 50.0}
    with recording(({"bias": 50.0}, 0.5, (sure, 0.5))):
        eager = attribute(article, sentences)
    assert eager[0] is not None and eager[0].speaker == "Jane Smith" and eager[0].kind == KIND
    with recording(({"bias": 50.0}, 0.5, ({"bias": -50.0}, 0.5))):  # no name is ever likely
        assert attribute(article, sentences) == (None, None)
    with recording(({"bias": -50.0}, 0.5, (sure, 0.5))):  # no sentence is speech
        assert attribute(article, sentences) == (None, None)


def test_a_person_named_later_in_the_sentence_is_a_reading() -> None:
    read = _read("The report, written for the council by Jane Smith, blamed the contractor.")
    assert read.named == "Jane Smith" and read.person is None
    assert names(read).get("Jane Smith") == ("named",)
    assert _read("The bridge was built in 1932 over the river.").named is None


def test_a_subject_phrase_is_a_reading_only_when_it_can_speak() -> None:
    company = _read("The company blamed the weather for the delay.")
    assert company.phrase == "The company" and choose(company) == ("The company", "phrase")
    assert _read("Aides blamed the weather for the delay.").phrase == "Aides"
    for text in ("The book blamed the weather for the delay.", "The bridge was closed after the storm."):
        read = _read(text)
        assert read.phrase is None and read.phrase_kind == "organisation"  # read, but no speaker
        assert choose(read) is None


def test_a_person_is_a_reading_only_as_the_subject_itself() -> None:
    # Named inside an opening phrase, or as the owner of the subject, the person is not its speaker.
    opening = _read("Within minutes of Senator Jo Bloggs finishing her speech, the council sent out a survey.")
    assert opening.person is None
    owner = _read("Jo Bloggs’s brother, Tom, blamed the weather for the delay.")
    assert owner.person is None
    assert _read("Jo Bloggs blamed the weather for the delay.").person == "Jo Bloggs"


def test_a_subject_owned_by_a_pronoun_takes_only_the_speaker_before() -> None:
    read = _read("His campaign blamed the weather for the delay.", previous="Jo Bloggs")
    assert read.pronoun and choose(read) == ("Jo Bloggs", "previous")
    assert choose(_read("His campaign blamed the weather for the delay.")) is None
