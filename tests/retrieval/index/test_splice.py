"""A spliced generation scores exactly like a fresh build of the same documents."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.index.columns import Segment
from retrieval.text.corpus import parse_article
from retrieval.engine import Engine
from retrieval.index.splice import splice
from retrieval.index.library import Library
from retrieval.index.terms import tokenize

# Made-up articles; they share words, so adding and removing one moves every IDF.
TEXTS = [
    "Mayor Tom Reyes said the bridge would reopen on Friday.\n\nHe said repairs cost $2 million.",
    "Health Minister Maria Lopez said hospitals treated 40 patients after the flood.\n\n“We are stretched,” Lopez said.",
    "The council said the budget vote would be delayed until June.\n\nCouncillor Ann Okafor said the numbers do not add up.",
    "River levels fell on Tuesday, the weather service said.\n\nFarmers said the flood ruined the harvest.",
    "The harbour authority said cargo volumes fell 12% in February.\n\n“We expect a recovery,” said director Maria Lindqvist.",
    "Police said two men were arrested after the robbery.\n\nThe bank said no customers were hurt.",
    "Zebra crossings, quixotic new words and a bridge: the council said all would be reviewed.",
]


def _build(articles):
    return Library(Segment.from_articles(articles))


def _articles(indices):
    return [parse_article(f"a{i}.txt", f" date 2021-03-0{1 + i % 9}\n\n{TEXTS[i]}\n") for i in indices]


def _queries(library):
    terms = list(library.segment.counts.vocabulary)
    rng = np.random.default_rng(7)
    single = [[t] for t in terms]
    multi = [list(rng.choice(terms, size=int(rng.integers(2, 5)))) for _ in range(200)]
    return single + multi + [["said", "said", "bridge"], ["nosuchterm"]]


def _same_scores(got: Library, want: Library):
    assert len(got) == len(want)
    assert [got.text(i) for i in range(len(got))] == [want.text(i) for i in range(len(want))]
    assert sorted(got.segment.counts.vocabulary) == sorted(want.segment.counts.vocabulary)
    for query in _queries(want):
        a, b = got.search(query, 1000), want.search(query, 1000)
        assert a.indices.tolist() == b.indices.tolist(), query
        assert a.scores.tolist() == b.scores.tolist(), query  # equal, not close
        assert [got.document_frequency(t) for t in query] == [want.document_frequency(t) for t in query]
    idf = {t: got.bm25["idf"][i] for i, t in enumerate(got.segment.counts.vocabulary)}
    assert idf == {t: want.bm25["idf"][i] for i, t in enumerate(want.segment.counts.vocabulary)}


@pytest.mark.parametrize(
    "before, after",
    [
        ([0, 1, 2, 3], [0, 1, 2, 3, 4]),  # appended at the end
        ([0, 1, 2, 3], [0, 4, 1, 2, 3]),  # inserted in the middle (sorts between)
        ([0, 1, 2, 3], [4, 5, 0, 1, 2, 3, 6]),  # several, at both ends
        ([0, 1, 2, 3, 6], [0, 2, 3]),  # removed, with words only they used
        ([0, 1, 2, 3, 6], [5, 1, 2, 4]),  # removed and added at once
        ([6], [0, 1, 2, 3, 4, 5, 6]),
    ],
)
def test_splice_equals_a_fresh_build(before, after):
    base = _build(_articles(before))
    added = [i for i in after if i not in before]
    fresh = Segment.from_articles(_articles(added)) if added else None
    layout = [(True, before.index(i)) if i in before else (False, added.index(i)) for i in after]
    spliced = splice(base, layout, fresh)
    want = _build(_articles(after))
    _same_scores(spliced, want)
    # ...and so are the answers, attribution and speakers included.
    for question in ("who said the bridge?", "what did Lopez say?", "how many patients?", "flood", "said"):
        assert Engine(spliced).ask(question, top=10) == Engine(want).ask(question, top=10)
    # A generation spliced from a spliced one is still exact.
    again = splice(spliced, [(True, j) for j in range(len(after))], None)
    _same_scores(again, want)


def test_fresh_builds_number_terms_in_first_appearance_order():
    library = _build(_articles(range(len(TEXTS))))
    counts, b = library.segment.counts, library.bm25
    from retrieval.index.scoring import first_appearance

    order = first_appearance(b["term_ptr"], b["post_sentences"], counts.ptr, counts.terms)
    assert order.tolist() == list(range(len(counts.vocabulary)))
    first_seen = list(dict.fromkeys(t for i in range(len(library)) for t in tokenize(library.text(i))))
    assert list(counts.vocabulary) == first_seen


def test_a_layout_that_reorders_is_refused():
    base = _build(_articles([0, 1]))
    with pytest.raises(ValueError, match="reorders"):
        splice(base, [(True, 1), (True, 0)], None)


def _corpus(folder, indices):
    folder.mkdir(exist_ok=True)
    for i in indices:
        (folder / f"a{i}.txt").write_text(f" date 2021-03-0{1 + i % 9}\n\n{TEXTS[i]}\n", encoding="utf-8")
    return folder


QUESTIONS = ("who said the bridge?", "what did Lopez say?", "how many patients?", "flood", "said", "zebra")


def _answers(engine):
    return [engine.ask(q, top=10) for q in QUESTIONS]


def test_saved_generations_answer_like_a_fresh_build(tmp_path):
    from retrieval.index.store import open_index

    corpus = _corpus(tmp_path / "corpus", [0, 2, 4, 6])
    index = tmp_path / "index"
    first, report = open_index([corpus], index)
    assert report.generation == 1 and report.processed == 4
    _corpus(corpus, [1])  # a1.txt sorts between a0 and a2
    (corpus / "a6.txt").unlink()
    second, report = open_index([corpus], index)
    assert (report.generation, report.processed, report.reused) == (2, 1, 3)
    fresh, _ = open_index([corpus], None)
    _same_scores(second, fresh)
    assert _answers(Engine(second)) == _answers(Engine(fresh))
    # Opened again from disk: the same generation, nothing processed, the same answers.
    third, report = open_index([corpus], index)
    assert (report.generation, report.processed, report.saved) == (2, 0, False)
    assert _answers(Engine(third)) == _answers(Engine(fresh))


def test_a_process_holding_an_old_generation_builds_on_the_newer_one(tmp_path):
    from retrieval.index.store import OpenedIndex, open_index

    corpus = _corpus(tmp_path / "corpus", [0, 2])
    index = tmp_path / "index"
    mine = open_index([corpus], index)  # this process holds generation 1
    _corpus(corpus, [3])
    _, theirs = open_index([corpus], index)  # another process saves generation 2 with a3
    assert theirs.generation == 2
    _corpus(corpus, [5])
    refreshed, report = open_index([corpus], index, base=mine)
    assert report.generation == 3 and report.processed == 1  # a5 only: a3 came from generation 2
    fresh, _ = open_index([corpus], None)
    _same_scores(refreshed, fresh)
    # With its own generation current, a process refreshes from memory.
    _corpus(corpus, [1])
    again, report = open_index([corpus], index, base=OpenedIndex(refreshed, report))
    assert (report.generation, report.processed, report.reused) == (4, 1, 4)
    _same_scores(again, open_index([corpus], None)[0])


def test_a_refresh_told_which_files_changed_equals_one_that_lists_the_corpus(tmp_path):
    from retrieval.index.store import open_index

    corpus = _corpus(tmp_path / "corpus", [0, 2, 6])
    index = tmp_path / "index"
    current = open_index([corpus], index)
    _corpus(corpus, [1])  # added, sorting between a0 and a2
    (corpus / "a6.txt").unlink()
    (corpus / "a0.txt").write_text((corpus / "a0.txt").read_text() + "\nThe mayor said more work was needed.\n")
    changed = [corpus / "a1.txt", corpus / "a6.txt", corpus / "a0.txt"]
    told = open_index([corpus], index, base=current, changed=changed)
    assert (told.report.generation, told.report.processed, told.report.reused) == (2, 2, 1)
    fresh, _ = open_index([corpus], None)
    _same_scores(told.library, fresh)
    assert _answers(Engine(told.library)) == _answers(Engine(fresh))
    assert [e.path for e in told.report.files] == [e.path for e in open_index([corpus], index).report.files]
    # Told of nothing that changed, it keeps the generation; with another one saved, it lists the corpus.
    assert open_index([corpus], index, base=told, changed=[corpus / "a2.txt"]).library is told.library
    _corpus(corpus, [3])
    open_index([corpus], index)  # another process saves generation 3 with a3
    later = open_index([corpus], index, base=told, changed=[])
    assert later.report.generation == 3 and len(later.library.segment.documents) == 4
