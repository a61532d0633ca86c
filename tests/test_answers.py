"""Answers across briefs: a forecast of an older brief that a newer article settles."""

from __future__ import annotations

from datetime import date

from conftest import fixture_entries

from briefgen.briefs.schema import Brief, OpenQuestion
from briefgen.config import Project
from briefgen.corpus import build_corpus
from briefgen.corpus.answers import answers, asked, find_answers
from briefgen.corpus.model import Entry
from briefgen.ingest import parse_article
from briefgen.render import render_pages

ASKED = "Will Maria Lindqvist win the Nordic Prize for fiction?"


def _question(text: str = ASKED, kind: str = "pending") -> OpenQuestion:
    evidence = [{"text": "Lindqvist is nominated.", "span": [0, 23]}]
    return OpenQuestion(question=text, kind=kind, evidence=evidence)


def _told(question: str, sentence: str) -> bool:
    wanted = asked(_question(question))
    assert wanted is not None
    return answers(wanted, sentence)


def test_a_sentence_that_tells_the_outcome_answers_the_forecast() -> None:
    assert _told(ASKED, "Maria Lindqvist won the Nordic Prize for fiction on Friday night.")
    assert _told(ASKED, "Maria Lindqvist failed to win the Nordic Prize for fiction.")
    assert _told(
        "Will Halden Steel sell its Oslo smelter?",
        "Halden Steel has sold its Oslo smelter to a rival for $40m.",
    )


def test_forecasts_hedges_and_states_of_play_answer_nothing() -> None:
    for sentence in (
        "Maria Lindqvist is tipped to win the Nordic Prize for fiction.",
        "Maria Lindqvist could win the Nordic Prize for fiction, critics said.",
        "Maria Lindqvist is the favourite to win the Nordic Prize for fiction.",
        "Maria Lindqvist has not yet won the Nordic Prize for fiction.",
        "Did Maria Lindqvist win the Nordic Prize for fiction?",
        "Critics expect Maria Lindqvist to win the Nordic Prize for fiction.",
    ):
        assert not _told(ASKED, sentence), sentence


def test_someone_else_doing_it_or_another_figure_answers_nothing() -> None:
    # The verb belongs to another subject; the name is only mentioned.
    assert not _told(
        ASKED, "Maria Lindqvist was praised for fiction, while Jon Berg won the Nordic Prize."
    )
    assert not _told(ASKED, "Anna Holm won the Nordic Prize for fiction.")
    assert not _told(
        "Will Elvis Presley score the 1000th number one?",
        "Elvis Presley scored his 19th number one with the re-release.",
    )


def test_only_forecasts_with_a_name_and_enough_words_are_matched() -> None:
    assert asked(_question("Did Maria Lindqvist copy the novel?", "contested")) is None
    assert asked(_question("Will the dollar remain weak in 2005?")) is None  # no name
    assert asked(_question("Will Lindqvist win?")) is None  # too little to tell
    assert asked(_question(ASKED, "conditional")) is None


def _entry(brief_id: str, day: date | None, text: str, questions: list[OpenQuestion]) -> Entry:
    doc = parse_article(text.encode(), f"{brief_id}.txt")
    brief = Brief(
        id=brief_id,
        title=f"Story {brief_id}",
        date=day,
        source={"path": f"articles/{brief_id}.txt", "sha256": doc.sha256},
        summary=text.split(".")[0] + ".",
        open_questions=questions,
    )
    return Entry(brief, f"briefs/{brief_id}.yaml", doc)


NOMINATED = "Maria Lindqvist is nominated for the Nordic Prize for fiction.\n"
WON = "The jury met in Oslo.\n\nMaria Lindqvist won the Nordic Prize for fiction on Friday.\n"


def test_only_a_later_dated_article_answers() -> None:
    older = _entry("older", date(2005, 1, 3), NOMINATED, [_question()])
    newer = _entry("newer", date(2005, 2, 1), WON, [])
    found = find_answers([newer, older])
    answer = found[id(older.brief.open_questions[0])]
    assert answer.entry is newer
    assert answer.text == "Maria Lindqvist won the Nordic Prize for fiction on Friday."
    assert newer.document is not None
    assert newer.document.text[slice(*answer.span)].strip() == answer.text
    # The same day, an earlier day, or no date: nothing is answered.
    for day in (date(2005, 1, 3), date(2004, 12, 1), None):
        other = _entry("other", day, WON, [])
        assert find_answers([other, older]) == {}
    undated = _entry("undated", None, NOMINATED, [_question()])
    assert find_answers([newer, undated]) == {}


def test_the_questions_page_shows_the_answer_with_its_link(project: Project) -> None:
    older = _entry("older", date(2005, 1, 3), NOMINATED, [_question()])
    newer = _entry("newer", date(2005, 2, 1), WON, [])
    pages = render_pages(project, build_corpus([*fixture_entries(), newer, older]))
    page = pages["questions.md"]
    answered = page.split("## Answered", 1)[1]
    assert ASKED in answered and ASKED not in page.split("## Answered", 1)[0]
    assert (
        "Answered in a newer brief, [Story newer](briefs/newer.md#p1) (2005-02-01): "
        "“Maria Lindqvist won the Nordic Prize for fiction on Friday.”" in answered
    )
    brief = pages["briefs/older.md"]
    assert f"**{ASKED}** (pending, answered)" in brief
    assert "[Story newer](../briefs/newer.md#p1)" in brief
    assert ASKED not in pages["index.md"]  # not among the newest open questions
