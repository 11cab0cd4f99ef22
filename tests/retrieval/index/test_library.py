"""Library: columns in, the same sentences, attributions and rank-bm25 rankings out."""

import random

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from retrieval.attribution import attribute
from retrieval.index.columns import Segment
from retrieval.index.library import Library
from retrieval.index.workers import segment_articles
from retrieval.index.terms import tokenize
from retrieval.index.vocabulary import TermCounts
from retrieval.models import Attribution
from retrieval.text.corpus import parse_article
from retrieval.text.sentences import article_sentences

WORDS = "missiles troops casualties inflation oil prices ministry Tehran Baghdad embassy strike talks".split()


def article(n, rng):
    paragraphs = []
    for _ in range(rng.randint(1, 3)):
        sentences = [
            f"“{' '.join(rng.choices(WORDS, k=5)).capitalize()} Iran’s {n},” Official {n} said."
            for _ in range(rng.randint(1, 3))
        ]
        paragraphs.append(" ".join(sentences))
    return parse_article(f"{n:03}.txt", "\n\n".join(paragraphs))


@pytest.fixture(scope="module")
def articles():
    rng = random.Random(7)
    return [article(n, rng) for n in range(80)]  # enough to take the multiprocessing path


@pytest.fixture(scope="module")
def library(articles):
    return Library(segment_articles(articles))


def test_sentences_and_attributions_are_those_of_the_pipeline(articles, library):
    expected = [(s, a) for art in articles for s, a in zip(article_sentences(art), attribute(art, article_sentences(art)))]
    assert len(library) == len(expected)
    for i, (sentence, attribution) in enumerate(expected):
        assert library.sentence(i) == sentence
        assert library.attribution(i) == attribution
        assert library.document_of(i).document == sentence.document


def test_documents_point_at_their_sentences(articles, library):
    assert [d.document for d in library.documents] == [a.document for a in articles]
    for d in library.documents:
        for i in range(d.first_sentence, d.first_sentence + d.sentence_count):
            assert library.sentence(i).document == d.document


@pytest.mark.parametrize("question", ["casualties", "Iran’s missiles", "oil prices in Tehran", "official 7 said", "nothing"])
def test_search_equals_rank_bm25_over_the_tokenised_sentences(library, question):
    reference = BM25Okapi([tokenize(library.sentence(i).text) for i in range(len(library))])
    terms = tokenize(question)
    scores = reference.get_scores(terms)
    matching = np.flatnonzero([bool(set(terms) & set(doc)) for doc in reference.doc_freqs])
    order = np.lexsort((matching, -scores[matching]))[:10]
    hits = library.search(terms, 10)
    assert hits.indices.tolist() == matching[order].tolist()
    assert np.allclose(hits.scores, scores[matching][order])


def test_document_frequency(library):
    expected = sum("tehran" in tokenize(library.sentence(i).text) for i in range(len(library)))
    assert library.document_frequency("tehran") == expected > 0
    assert library.document_frequency("zzz") == 0


@pytest.mark.parametrize("terms", [["tehran"], ["missil", "zzz", "said"], [], ["zzz"]])
def test_contains_answers_which_terms_each_sentence_holds(library, terms):
    indices = [len(library) - 1, 0, 3, 3] + list(range(5, len(library), 3))
    expected = [[t in tokenize(library.sentence(i).text) for t in terms] for i in indices]
    present = library.contains(indices, terms)
    assert present.shape == (len(indices), len(terms)) and present.dtype == bool
    assert present.tolist() == expected
    assert any(map(any, expected)) or not terms or terms == ["zzz"]  # the table has positive rows


def test_text_and_document_of_agree_with_sentence(library):
    for i in range(len(library)):
        sentence = library.sentence(i)
        document = library.document_of(i)
        assert library.text(i) == sentence.text
        assert document == library.documents[[d.document for d in library.documents].index(sentence.document)]
        assert document.first_sentence <= i < document.first_sentence + document.sentence_count


def test_parallel_build_equals_serial(articles, library):
    serial = Library(Segment.from_articles(articles))
    assert len(serial) == len(library)
    for i in range(0, len(library), 7):
        assert serial.sentence(i) == library.sentence(i)
    terms = tokenize("missiles casualties")
    assert serial.search(terms, 20).indices.tolist() == library.search(terms, 20).indices.tolist()


def test_empty_library():
    library = Library(segment_articles([]))
    assert len(library) == 0 and library.documents == () and library.speakers == ()
    assert len(library.search(["a"], 5).indices) == 0


def test_speaker_table_counts_quotes_and_orders_roles():
    quotes = [
        Attribution("Jonathan Hoffman", "Hoffman", "Pentagon spokesman", "said", "SV", "surname"),
        Attribution("Iraq", "Iraq", None, "said", "SV", "direct"),
        None,
        Attribution("Jonathan Hoffman", "he", "spokesman", "said", "SV", "pronoun"),
        Attribution("Jonathan Hoffman", "he", "spokesman", "told", "SV", "pronoun"),
    ]
    strings: dict[str, int] = {}
    rows = [
        [-1] * 7 if a is None else [-1 if v is None else strings.setdefault(v, len(strings)) for v in
                                    (a.speaker, a.mention, a.description, a.cue, a.kind, a.resolution, None)]
        for a in quotes
    ]
    from retrieval.index.columns import DocumentRecord

    segment = Segment(
        (DocumentRecord("a.txt", None, (), None, len(quotes)),),
        np.array([[0, 0, i, i, i + 1] for i in range(len(quotes))], np.int32),
        np.arange(len(quotes) + 1, dtype=np.int64),
        np.frombuffer(b"abcde", np.uint8),
        np.array(rows, np.int32),
        tuple(strings),
        TermCounts.count([["x"]] * len(quotes)),
    )
    library = Library(segment)
    assert [(s.name, s.descriptions, s.quote_count) for s in library.speakers] == [
        ("Jonathan Hoffman", ("spokesman", "Pentagon spokesman"), 3),
        ("Iraq", (), 1),
    ]
    assert library.speaker_ids.tolist() == [0, 1, -1, 0, 0]
    assert [library.attribution(i) for i in range(len(quotes))] == quotes
