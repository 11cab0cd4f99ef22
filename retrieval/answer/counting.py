"""Which sentences answer a "how many" question, and with which figure.

``CountAsk`` is what one question counts, read once against the library: its terms, the counted
noun and the words that may stand for it. ``figure_answer`` then reads one ranked sentence: the
figure must be a count of the thing asked (``figures.count_figure``), and the sentence must be
about what was asked. Real prose often names the event in the sentence before or after the
figure ("The head-on crash took place in October 2013. ... Eccleston-Todd had drunk at least
three or four pints"): when the figure's own noun is the counted one (or "how much" is answered
by an amount of money, or "how long" by a span of time), the figure's passage, the sentences
beside it in the same article, may hold what the sentence lacks, but then as much of the
question as any answer must hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from retrieval.answer.counted import counted_nouns, is_amount, kind_terms, unit_terms, lead_terms, modifier_terms, money_terms, names_a_people, people_terms
from retrieval.answer.durations import asks_duration, asks_time, duration_terms, is_duration
from retrieval.answer.figures import count_figure, has_count
from retrieval.answer.matching import MIN_TOPIC_COVERAGE, TermWeights, query_terms
from retrieval.answer.passage import PASSAGE_REACH
from retrieval.answer.questions import ParsedQuestion
from retrieval.answer.related import MAX_STAND_INS, near_terms
from retrieval.index.library import Searcher
from retrieval.index.terms import tokenize

__all__ = ["CountAsk", "count_ask", "figure_answer", "searched_terms", "HOW_MANY_COVERAGE", "FIGURE_PASSAGE_COVERAGE"]

# Share of the question's term weight a sentence giving a figure must hold; the figure's own noun
# matching what is counted already says much, so a third, not the half of ``MIN_TOPIC_COVERAGE``
# (measured on the question yardstick: two more answered, no more false answers).
HOW_MANY_COVERAGE = MIN_TOPIC_COVERAGE * 2 / 3
# A figure's passage (the sentence and its neighbours) must hold what any answer must: half.
FIGURE_PASSAGE_COVERAGE = MIN_TOPIC_COVERAGE


@dataclass(frozen=True, slots=True)
class CountAsk:
    """What a "how many" / "how much" question counts, read against one library."""

    terms: list[str]  # the question's index terms
    lead: list[str]  # the counted noun's terms ("US troops"), empty when the verb comes first
    nouns: set[str]  # what a figure's own noun may be
    rest: set[str]  # for a generic count of people, the event words one of which must be held
    how_much: bool
    weights: TermWeights  # over the topical terms (money words left out for "how much")
    duration: bool = False  # "how long" / "how soon": only a count of units of time answers
    anyone: frozenset[str] = frozenset()  # nouns naming people by kind, in ``nouns`` only as a figure's own noun
    own_weights: TermWeights | None = None  # the weights beside a figure of the noun asked (modifiers left out)


def count_ask(library: Searcher, parsed: ParsedQuestion) -> CountAsk:
    asked = query_terms(parsed.topic)
    # "how much time ...?" asks how long: the noun of time is the dimension, not a topic word.
    duration = asks_duration(parsed.verb) or asks_time(parsed.verb, parsed.topic)
    if duration and not asks_duration(parsed.verb):
        asked = asked[1:]
    how_much = (parsed.verb or "").lower() == "much" and not duration
    # "how many extra Marines ...?" counts Marines: the answer says "additional", or nothing.
    terms, lead = ([t for t in ts if t not in modifier_terms()] or ts for ts in (asked, lead_terms(parsed.topic or "")))
    # Words an amount answers by itself ("worth", "cost") are no topic: "how much will the
    # transport cost?" needs a sentence about transport.
    topical = [t for t in terms if not (how_much and t in money_terms())] or terms
    # A generic count of people ("how many people were killed?") must be of the event asked:
    # the sentence says killed (or a relative: "38 deaths"), so "employs 1,200 staff" is no answer.
    generic = bool(lead) and set(lead) <= set(people_terms())
    df = library.document_frequency
    # A word the articles lack is held through its relatives: "were killed" for "died".
    rest = {t for t in topical if t not in lead and (df(t) > 0 or any(df(r) > 0 for r in near_terms(t)))} if generic else set()
    nouns = counted_nouns(lead, names_a_people(parsed.topic or "")) | rest | {r for t in rest for r in near_terms(t)}
    anyone = frozenset(kind_terms() - set(lead) - {r for t in lead for r in near_terms(t)})
    if duration:
        lead, rest, nouns = [], set(), set(duration_terms())
    # "how many people died?" asks only the count and its event: an event word the articles lack
    # weighs as its most frequent relative (a sentence holds it through that relative, ``_held``:
    # "80 terrorists had been killed"). Beside a word they hold ("died of cholera") it stays
    # unknown, so a typhoon's dead answer no cholera question.
    bare = bool(rest) and all(df(t) == 0 for t in rest)

    def weighed(words: list[str]) -> TermWeights:
        return TermWeights(words, [df(t) or (max((df(r) for r in near_terms(t)), default=0) if bare else 0) for t in words], len(library))

    # A modifier left out weighs only beside a figure of the noun asked ("100 additional Marines"):
    # a bare "9" in a sentence about troops still needs "extra".
    modified = [t for t in asked if not (how_much and t in money_terms())] or asked
    return CountAsk(terms, lead, nouns, rest, how_much, weighed(modified), duration, anyone, weighed(topical))


def searched_terms(library: Searcher, ask: CountAsk) -> list[str]:
    """The terms whose sentences are read for a figure: the question's, then what a figure's noun
    may be (its rarest, most specific, words; never the words counting any people or naming them
    by what they are, in every report), then the words the event asked may be told in ("killed" for "died"): "Sixteen people
    were killed" holds no word of "how many migrant workers died on the railway tracks?"."""
    df = library.document_frequency
    held_nouns = sorted((t for t in ask.nouns - set(ask.terms) - set(people_terms()) - ask.anyone if df(t) > 0), key=lambda t: (df(t), t))
    events = [r for t in ask.terms if t not in ask.lead and t not in ask.nouns for r in near_terms(t) if "_" not in r and df(r) > 0]
    # "how much cocaine ...?": "The total net weight was roughly 2 grams", after the sentence naming it.
    units = sorted(t for t in unit_terms() if df(t) > 0) if ask.how_much and ask.lead else []
    return list(dict.fromkeys(ask.terms + held_nouns[:MAX_STAND_INS] + events[:MAX_STAND_INS] + units))


def figure_answer(library: Searcher, ask: CountAsk, i: int) -> str | None:
    """The figure sentence ``i`` gives in answer, or None when it gives none that answers."""
    sentence = library.text(i)
    # The figure runs on to the noun asked or a relative ("100 additional Marines"), never to an
    # event word further on ("14 treatment centres" for "how many people fled to evacuation
    # centres?"); to a kind of people only when people of any kind are asked.
    reach = set(ask.lead) | {r for t in ask.lead for r in near_terms(t)} | (ask.anyone & ask.nouns) if ask.lead else ask.nouns
    figure = count_figure(sentence, ask.terms, ask.nouns, how_much=ask.how_much, reach=reach) if has_count(sentence) else None
    if figure is None or (ask.duration and not is_duration(figure)):
        return None
    held = _held(sentence, ask.terms)
    lead, nouns = ask.lead, ask.nouns - ask.anyone  # "80 gunmen" counts people; "gunmen" beside a bare "9" names none
    own = bool(lead) and bool(set(tokenize(figure)) & ask.nouns)
    weights = ask.own_weights if own and ask.own_weights is not None else ask.weights
    if own:
        held |= set(lead)  # "22 rockets" counts what "how many missiles" asks
    elif lead and not held & nouns and not _named_before(library, i, nouns):
        return None  # "340 of them" counts what neither the sentence nor the one before names
    elif lead and not held & nouns:
        held |= set(lead)  # "... parking meters. The council has installed 340 of them"
    if ask.rest and not held & ask.rest:
        return None
    if ask.how_much and not is_amount(figure) and set(ask.terms) & money_terms():
        return None
    if weights.coverage(held) >= HOW_MANY_COVERAGE:
        return figure
    # A span of time counts no asked noun: its own sentence must hold a word of the question
    # ("students have to sit around for two days"), not only its neighbours.
    spans = ask.duration and not held.isdisjoint(weights.known)
    # A passage holding every word the articles have must hold enough: words they lack are in no
    # sentence, so a question mostly of those needs no passage read.
    if (own or spans or (ask.how_much and is_amount(figure))) and weights.coverage(set(weights.known)) >= FIGURE_PASSAGE_COVERAGE:
        known = weights.known
        beside = library.contains(list(_beside(library, i)), known).any(axis=0)
        if weights.coverage(held | {t for t, b in zip(known, beside) if b}) >= FIGURE_PASSAGE_COVERAGE:
            return figure
    return None


def _held(sentence: str, terms: list[str]) -> set[str]:
    """A sentence's terms, and the question's terms a related word of it stands for, a phrasal
    verb's two ("give back" by "return") among them."""
    held = set(tokenize(sentence))
    pairs = {t for a, b in zip(terms, terms[1:]) if not held.isdisjoint(near_terms(f"{a}_{b}")) for t in (a, b)}
    return held | pairs | {t for t in terms if not held.isdisjoint(near_terms(t))}


def _beside(library: Searcher, i: int) -> range:
    """The other sentences of ``i``'s passage: ``PASSAGE_REACH`` either side, in its article."""
    doc = library.document_of(i)
    first, end = doc.first_sentence, doc.first_sentence + doc.sentence_count
    return range(max(first, i - PASSAGE_REACH), min(end, i + PASSAGE_REACH + 1))


def _named_before(library: Searcher, i: int, nouns: set[str]) -> bool:
    """Whether the sentence before ``i``, in the same article, names one of ``nouns``."""
    first = library.document_of(i).first_sentence
    return i > first and bool(set(tokenize(library.text(i - 1))) & nouns)
