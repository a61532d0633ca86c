"""Attribution on the sentence shapes real news uses, one small article per shape."""

from __future__ import annotations

import pytest
from conftest import actors, positions

from briefgen.extract import extract
from briefgen.ingest import parse_article


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        # quote marks: straight, curly, the doubled apostrophes of some archives
        ('"We will not back down," Smith said.', "Smith", "We will not back down"),
        ("“We will not back down,” said Jane Smith.", "Jane Smith", "We will not back down"),
        ("''It is a long play,'' Mr. Corker said.", "Corker", "It is a long play"),
        # cues before and after the source
        (
            "Jane Smith told reporters on Monday that the plan was dead.",
            "Jane Smith",
            "the plan was dead",
        ),
        ("“The vote was close,” Jane Smith added.", "Jane Smith", "The vote was close"),
        (
            "Jane Smith, who chairs the committee, said the vote would go ahead.",
            "Jane Smith",
            "the vote would go ahead",
        ),
        (
            "Unemployment has fallen to 5 percent, according to the Labor Department.",
            "Labor Department",
            "Unemployment has fallen",
        ),
        ("According to Jane Smith, the deal is off.", "Jane Smith", "the deal is off"),
        (
            "Donald Trump wrote on Truth Social that the talks were “very good”.",
            "Donald Trump",
            "the talks were",
        ),
        ("Jane Smith wrote on X: “We are ready.”", "Jane Smith", "We are ready"),
        (
            "The ministry issued a statement. In a statement, it said the plan was final.",
            "ministry",
            "the plan was final",
        ),
        (
            "Trump’s claim that the vote was rigged angered officials.",
            "Trump",
            "the vote was rigged",
        ),
        # reported speech
        (
            "Jane Smith maintained that the troops had withdrawn.",
            "Jane Smith",
            "the troops had withdrawn",
        ),
        (
            "Jane Smith denied that she had met the lobbyist.",
            "Jane Smith",
            "she had met the lobbyist",
        ),
        ("The Kremlin denied the reports, calling them “false”.", "Kremlin", "false"),
        # speakers: titles, appositives, pronouns, descriptions
        (
            "White House Press Secretary Karoline Leavitt said the talks were productive.",
            "Karoline Leavitt",
            "the talks were productive",
        ),
        (
            "Hugh Hill, a doctor at the hospital, said the wards were full.",
            "Hugh Hill",
            "the wards were full",
        ),
        (
            "Health Minister Jane Doe visited on Monday. The minister said more beds would come.",
            "Jane Doe",
            "more beds would come",
        ),
        (
            "Mary Jones arrived late. She said the meeting had been moved.",
            "Mary Jones",
            "the meeting had been moved",
        ),
        ("The company said profits rose, according to a statement.", "company", "profits rose"),
        (
            "The Tories met on Monday. They said the plan would fail.",
            "Conservative Party",  # a British party by its own name, as "UK" is United Kingdom
            "the plan would fail",
        ),
        (
            "The senator’s comments that the bill was dead drew criticism.",
            "senator",
            "the bill was dead",
        ),
        (
            "“No one is above the law,” said the investor, “not even the president.”",
            "investor",
            "No one is above the law",
        ),
    ],
)
def test_shapes(body, speaker, words):
    found = [(name, text) for name, _, text in positions(body) if words in text]
    assert found, positions(body)
    assert found[0][0] == speaker


def test_quote_running_over_paragraphs_keeps_its_speaker():
    body = (
        "Jane Smith was blunt, writing: “The first part ends here.\n\n“The second part ends here.”"
    )
    found = positions(body)
    assert [(name, text) for name, _, text in found] == [
        ("Jane Smith", "The first part ends here."),
        ("Jane Smith", "The second part ends here."),
    ]


def test_paragraph_that_is_only_a_quote_inherits_the_speaker():
    body = "Jane Smith said the talks had failed.\n\n“We tried everything. Nothing worked.”"
    assert positions(body)[-1][:2] == ("Jane Smith", "quote")


def test_nested_partial_quotes_stay_inside_reported_speech():
    found = positions(
        "Jane Smith spoke on Friday. She said Putin would “drag” everyone into “endless discussions”."
    )
    assert len([p for p in found if "drag" in p[2]]) == 1


def test_quoted_nicknames_and_titles_are_not_speech():
    body = 'Donald "The Donald" Trump arrived for a screening of the film “Stealing America” on Friday.'
    assert positions(body) == []
    assert "Donald Trump" in actors(body)


def test_one_actor_for_each_form_of_a_name():
    body = (
        "Russian President Vladimir Putin said the talks were useful. "
        "Putin added that Russia was ready. Vladimir Putin then left."
    )
    found = actors(body)
    assert list(found) == ["Vladimir Putin", "Russia"]
    assert found["Vladimir Putin"].roles == ["Russian President"]
    assert found["Vladimir Putin"].aliases == ["Putin"]


def test_sentence_initial_capitals_and_headlines_make_no_actors():
    brief = extract(
        parse_article(
            b"Markets Rally As Fed Holds Rates\n\nMeanwhile, Shares rose. Talking to reporters, Jane Smith said prices were up.",
            "a.txt",
        )
    )
    assert [a.name for a in brief.actors] == ["Jane Smith"]
    assert positions("Overall, asking prices have fallen 3.3% from their July peaks.") == []


def test_the_writer_is_not_an_actor():
    assert positions("I think the plan will fail. We said so last week.") == []


def test_stance_verbs_and_their_objects_are_positions():
    found = positions(
        "Kasich agreed to end his bid in Indiana. Rubio attacked Trump in the debate, forcefully denouncing the Castro regime."
    )
    assert ("Kasich", "reported", "agreed to end his bid in Indiana") in found
    assert any(
        name == "Rubio" and "denouncing the Castro regime" in text for name, _, text in found
    )


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # A one-word speaker with nothing personal about it is a company or body...
        ("Nokia said sales of its phones rose 5% in the year to March.", "Nokia", "organisation"),
        ("Gartner said demand for PCs would slow this year.", "Gartner", "organisation"),
        # ...unless the article says "he", gives a title, a first name or a demonym.
        ("Wenger said he was pleased with the way the team played.", "Wenger", "person"),
        ("Mr Abbott said the plan would cost too much.", "Abbott", "person"),
        (
            "Arsenal boss Arsene Wenger watched from the stand. Later, Wenger said the pitch "
            "was poor. The club said nothing.",
            "Arsene Wenger",
            "person",
        ),
        ("The Frenchman said the decision was unfair.", "Frenchman", "person"),
        # A plural capitalised only where sentences start is a group of people.
        ("Organisers say the festival will go ahead.", "Organisers", "group"),
        ("Siemens said sales rose. Shares in Siemens fell.", "Siemens", "organisation"),
    ],
)
def test_the_kind_of_a_speaker_known_by_one_name(body: str, name: str, kind: str) -> None:
    found = actors(body)
    assert name in found, found
    assert found[name].kind == kind


def test_a_show_that_is_a_programme_is_no_cue() -> None:
    body = "Chris Morris, who created the TV show Brass Eye, returns. A motor show opens soon."
    assert positions(body) == []
    assert positions("Figures show that sales rose.") == [("Figures", "reported", "sales rose")]
