"""Attribution patterns from issue 15 (news from outlets the rules were never tuned on).

Every sentence here is made up for the test; each case names the pattern it pins down.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract
from briefgen.ingest import parse_article


def positions(body: str) -> list[tuple[str, str, str]]:
    """Return (actor name, kind, text) for every position of a one-article brief."""
    brief = extract(parse_article(f"Headline\n\n{body}".encode(), "a.txt"))
    names = {a.id: a.name for a in brief.actors}
    return [(names[p.actor], p.kind, p.text) for p in brief.positions]


def said_by(body: str) -> dict[str, str]:
    """Return text -> actor name for every position."""
    return {text: name for name, _, text in positions(body)}


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        # British single quotation marks, curly and straight
        (
            "'We will not give up,' said party leader Rosa Quint.",
            "Rosa Quint",
            "We will not give up",
        ),
        ("‘The rail plan is dead,’ Tom Ashdown said.", "Tom Ashdown", "The rail plan is dead"),
        # a lower-case role before an inverted subject
        ('"Rates will hold," said finance minister Ola Berg.', "Ola Berg", "Rates will hold"),
        # a comma with no partner between the source and its cue
        (
            '"Sales are flat," Kim Dore from the Retail Forum, told the website.',
            "Kim Dore",
            "Sales are flat",
        ),
    ],
)
def test_missed_shapes(body, speaker, words):
    assert said_by(body).get(words) == speaker, positions(body)


def test_single_quotes_are_not_apostrophes_when_no_double_marks_are_used():
    found = positions("The players' union met. 'It was a fair deal,' said Ed Moss. It's over.")
    assert found == [("Ed Moss", "quote", "It was a fair deal")]


def test_a_quote_whose_paragraph_breaks_were_lost_is_one_quote_per_paragraph():
    # Archives that join paragraphs keep the opening mark of each continued paragraph.
    body = (
        'Lena Ortiz said: "We trained hard all winter. '
        '"The team is ready for the final." The match is on Sunday.'
    )
    assert positions(body) == [
        ("Lena Ortiz", "quote", "We trained hard all winter."),
        ("Lena Ortiz", "quote", "The team is ready for the final."),
    ]


def test_a_quote_opening_after_a_full_stop_continues_the_speaker():
    body = '"We will go," said Hal Munro of Grey Bank. "[But] the risk is small."'
    assert said_by(body).get("[But] the risk is small.") == "Hal Munro"


def test_a_noun_with_its_own_verb_is_no_cue():
    # "show" is a noun here ("the awards show is"), so the Oscars say nothing.
    found = positions("The Oscars show is long. Pat Lee runs the band.")
    assert found == []


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        # the person of an organisation speaks, not the organisation
        (
            "Maria Lopez of the Daily Courier said the film would win.",
            "Maria Lopez",
            "the film would win",
        ),
        (
            "Ann Pike, sales manager at Quick Prints, said sales were up.",
            "Ann Pike",
            "sales were up",
        ),
        (
            "Acme Corp's chief financial officer Paul Grant said profits would rise.",
            "Paul Grant",
            "profits would rise",
        ),
        ('The club\'s new coach Sam Hill said: "We are ready."', "Sam Hill", "We are ready."),
    ],
)
def test_words_go_to_the_person_not_the_organisation(body, speaker, words):
    assert said_by(body).get(words) == speaker, positions(body)
