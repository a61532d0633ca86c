"""The last check over worded questions (`questions.keep`): own sentences, one per shape."""

from __future__ import annotations

import pytest

from briefgen.extract.questions.keep import repaired, unkept


@pytest.mark.parametrize(
    ("question", "kind", "evidence"),
    [
        # a trend of a bare common noun or a quantity
        ("Will number grow?", "pending", "Podcasts are everywhere and that number is set to grow."),
        (
            "Will shoppers spend billions on toys this winter?",
            "pending",
            "Shoppers are expected to spend billions on toys this winter.",
        ),
        (
            "Will the total of podcasts keep on growing?",
            "pending",
            "But the total of podcasts is likely to keep on growing.",
        ),
        # a past form where the verb belongs
        (
            "Will Ann Lee and colleague Tom Hale on Monday unveiled new cut hundreds of posts?",
            "pending",
            "Ann Lee and colleague Tom Hale on Monday unveiled new plans to cut hundreds of posts.",
        ),
        # a speaker's norm in their own words
        (
            "Should drivers be treated as drivers?",
            "pending",
            'Ms Lee said: "Drivers should be treated as drivers."',
        ),
        # a speech verb with its message lost
        (
            "Did Ann Lee tell Tom Hale?",
            "contested",
            'The book claimed Ann Lee told Tom Hale: "No."',
        ),
        # an effort under way, a concession, someone's rhetoric
        (
            "Will the Greens capitalise on the row?",
            "pending",
            "The Greens are trying to capitalise on the row.",
        ),
        (
            "Will most podcasts have only a few listeners?",
            "pending",
            "Most podcasts may have only a few listeners, but experts say they matter.",
        ),
        (
            "Will a charity buy laptops for every pupil?",
            "pending",
            "After all, she asked, what charity could ever buy laptops for every pupil?",
        ),
        # too short to stand alone, rhetoric, a what-if, history, one opinion
        ("Will demand fall?", "pending", "Demand is likely to fall, the survey found."),
        ("What about the sundial?", "explicit", "What about the sundial?"),
        ("Who can forget the first pager?", "explicit", '"Who can forget the first pager?"'),
        (
            "Has everyone forgotten the telegraph?",
            "explicit",
            "Has everyone forgotten the telegraph?",
        ),
        (
            "Will every town have to pay?",
            "conditional",
            "Imagine if every town had to pay, the mayor said.",
        ),
        (
            "Will Ann Lee win the 1983 election?",
            "pending",
            "She was not expected to win the 1983 election, but lost the next one narrowly.",
        ),
        (
            "Should the Zephyr be top of the list?",
            "pending",
            "The Zephyr should be top of the list.",
        ),
    ],
)
def test_a_question_a_reader_strikes_is_not_kept(question: str, kind: str, evidence: str) -> None:
    assert unkept(question, kind, evidence, 2005)


@pytest.mark.parametrize(
    ("question", "kind", "evidence"),
    [
        ("Will the council approve the plan?", "pending", "The council is expected to vote."),
        (
            "Will prices rise this year?",
            "pending",
            "Prices are set to rise this year, the bank said.",
        ),
        (
            "Will the number of phones sold grow by 12%?",
            "pending",
            "The number of phones sold is forecast to grow by 12%.",
        ),
        (
            "Will pupils be offered free music lessons by a future Green government?",
            "pending",
            "Pupils would be offered free music lessons by a future Green government.",
        ),
        (
            "Is the union right that the cuts are unsafe?",
            "contested",
            "But the union believes the cuts are unsafe.",
        ),
        ("Will Ann Lee sign for Leeds?", "pending", "Ann Lee is expected to sign for Leeds."),
        # a forecast with a figure, a schedule told in the past, a "should" someone says
        (
            "Will sales of scooters double in 2005?",
            "pending",
            "Sales of scooters are set to double in 2005.",
        ),
        (
            "Will work be completed by summer 2006?",
            "pending",
            "Work was expected to be completed by summer 2006, the firm said.",
        ),
        (
            "Should the beta be out before March?",
            "pending",
            "The beta should be out before March.",
        ),
        (
            "Should fares be frozen?",
            "pending",
            "Fares should be frozen, the union said.",
        ),
    ],
)
def test_a_question_about_a_real_matter_is_kept(question: str, kind: str, evidence: str) -> None:
    assert not unkept(question, kind, evidence, 2005)


def test_a_coordinated_second_verb_is_cut_from_the_question() -> None:
    asked = "Will the league act on the striker's failed test and refuses to discuss his case?"
    assert repaired(asked) == "Will the league act on the striker's failed test?"
    assert repaired("Will the league act on the test?") == "Will the league act on the test?"
