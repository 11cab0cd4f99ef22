""""what did Sadiq Khan say?" when "Sadiq" is in no list of given names and every quote of his is
filed under "Khan": the speaker named by the surname alone answers, in the articles naming
"Sadiq Khan" only (``namesakes``)."""

from __future__ import annotations

import pytest

from retrieval.answer.namesakes import full_name
from retrieval.engine import Engine

LONDON = """ date 2023-03-12 world

“Sadiq Khan has done a terrible job,” Tom Reyes wrote on Sunday.

Khan said the city would keep its bus lanes open through the winter.
"""

CRICKET = """ date 2023-03-13 sport

Khan said the pitch would suit the spinners on the second day.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unlisted")
    for name, text in (("london.txt", LONDON), ("cricket.txt", CRICKET)):
        (folder / name).write_text(text, encoding="utf-8")
    return Engine.from_paths([folder])[0]


def test_a_run_of_names_is_read_without_the_given_name_list_only_when_asked():
    assert full_name("Sadiq Khan") == ()
    assert full_name("Sadiq Khan", given=False) == ("Sadiq", "Khan")
    assert full_name("the budget office", given=False) == ()


def test_the_surname_speaker_answers_in_the_article_naming_him_in_full(engine):
    answer = engine.ask("what did Sadiq Khan say about the bus lanes?")
    assert [q.text for q in answer.answers] == ["Khan said the city would keep its bus lanes open through the winter."]


def test_another_khan_is_not_him(engine):
    # The cricket article never names Sadiq Khan: its Khan may be anyone.
    assert engine.ask("what did Sadiq Khan say about the pitch?").answers == []
