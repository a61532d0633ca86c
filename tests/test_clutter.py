"""Page furniture in pasted text, and the first-block title rule."""

from __future__ import annotations

import pytest

from briefgen.extract import extract
from briefgen.ingest import parse_article
from briefgen.ingest.clutter import furniture, reads_like_title

BODY = (
    "Mayor Dana Holt said the new tram line would open in the spring.\n\n"
    '"We have waited long enough," Holt told reporters on Monday.\n\n'
    "The transport board has not yet decided whether fares will rise.\n"
)


@pytest.mark.parametrize(
    ("family", "line"),
    [
        ("caption", "Open this photo in gallery"),
        ("caption", "Open this photo in gallery:"),
        ("caption", "Workers lay track on Elm Road on Tuesday. (Ravi Singh/CBC)"),
        ("caption", "Dana Holt speaks at city hall. (The Canadian Press)"),
        ("caption", "Image caption, The tram depot was built in 1931"),
        ("caption", "Crowds at the opening. Photograph: Lee Marsh/PA"),
        ("credit", "Getty Images"),
        ("credit", "Image source, Getty Images"),
        ("credit", "Photo: Lee Marsh/Reuters"),
        ("credit", "(AFP via Getty Images)"),
        ("credit", "Photo by Lee Marsh on Unsplash"),
        ("read more", "READ MORE: Council tax to rise by 5%"),
        ("read more", "Read more: What the budget means for you"),
        ("read more", "Related stories"),
        ("read more", "More on this story"),
        ("read more", "Sign up for our morning newsletter"),
        ("read more", "Related video"),
        ("read more", "Explore more on these topics"),
        ("read more", "Get breaking National news"),
        ("watch", "WATCH: The mayor explains the tram plan"),
        ("watch", "WATCH | Riders react to the fare rise:"),
        ("watch", "Duration 2:13"),
        ("watch", "Media caption, The mayor was asked about costs"),
        ("watch", "Click to play video: 'Mayor defends tram budget'"),
        ("watch", "Listen to this article"),
        ("watch", "4 min read"),
        ("advertisement", "Story continues below advertisement"),
        ("advertisement", "ADVERTISEMENT"),
        ("advertisement", "Advertisement - scroll to continue"),
        ("advertisement", "Sponsored content"),
        ("social", "Follow @danaholt on Twitter"),
        ("social", "Follow Dana Holt on X"),
        ("social", "Share this article"),
        ("social", "Facebook Twitter Email Copy link"),
        ("social", "Social Sharing"),
        ("social", "Reuse this content"),
        ("byline", "By Ana Ruiz"),
        ("byline", "By Ana Ruiz and Tom Webb, BBC News"),
        ("byline", "Ana Ruiz · CBC News · Posted: Mar 14, 2025 4:00 AM EDT"),
        ("byline", "Updated: 14 March 2025"),
        ("byline", "Reporting by Ana Ruiz; Editing by Tom Webb"),
        ("byline", "Ana Ruiz, Political correspondent"),
        ("byline", "Ana Ruiz is a reporter with CBC Manitoba."),
        ("byline", "Ana Ruiz · CBC News"),
        ("byline", "With files from The Canadian Press"),
        ("byline", "Associated Press writer Tom Webb contributed to this report."),
        ("byline", "This report by The Canadian Press was first published March 14, 2025."),
        ("byline", "Published"),
        ("byline", "2 hours ago"),
        ("notice", "We use cookies to improve your experience."),
        ("notice", "Accept all"),
        ("notice", "Our Standards: The Trust Principles."),
    ],
)
def test_furniture_lines_are_named_by_family(family, line):
    assert furniture(line) == family


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the council had agreed to the plan.",
        "By contrast, bus use fell.",
        "Read the full report, the mayor said, before judging it.",
        "Watch out for delays, the board warned commuters.",
        "Published figures show 3 million people use the line.",
        "The minister said the figures (from 2023/24) were provisional.",
        "Holt said the tram would run 24/7 in the city centre.",
        "Advertising revenue at the paper fell by a third.",
        "Share prices rose after the announcement.",
        "The reporter asked whether fares would rise.",
        "Dana Holt said the new tram line would open in the spring.",
        "Published in 1931, the report was the first of its kind.",
        "Get ready for more delays, the board warned.",
        "Holt, who contributed to the plan, said it was final.",
        "Photo radar cameras will be installed on Elm Road.",
    ],
)
def test_article_sentences_are_not_furniture(line):
    assert furniture(line) is None


def _lines_of(doc, spans):
    return [doc.text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    "clutter",
    [
        "Open this photo in gallery:\nWorkers lay track on Elm Road on Tuesday. (Ravi Singh/CBC)",
        "READ MORE: Council tax to rise by 5%",
        "WATCH: The mayor explains the tram plan",
        "Story continues below advertisement",
        "Follow @danaholt on Twitter",
        "By Ana Ruiz, City Hall reporter",
        "Image source, Getty Images\nImage caption, Getty Images says it holds the rights",
    ],
)
def test_furniture_in_a_text_article_is_never_title_summary_actor_or_position(clutter):
    text = f"Tram line to open in spring\n\n{clutter}\n\n{BODY}"
    doc = parse_article(text.encode(), "tram.txt")
    brief = extract(doc)
    assert doc.title == "Tram line to open in spring"
    assert _lines_of(doc, doc.furniture) == clutter.split("\n")
    assert all(clutter.split("\n")[0] not in doc.text[s:e] for s, e in doc.paragraphs)
    assert brief.summary.startswith("Mayor Dana Holt said")
    names = {a.name for a in brief.actors}
    assert names <= {"Dana Holt", "transport board"}, names
    assert all(p.actor == "dana-holt" for p in brief.positions)
    assert {p.text for p in brief.positions} == {
        "the new tram line would open in the spring",
        "We have waited long enough",
    }


def test_furniture_leading_a_text_is_not_its_title():
    doc = parse_article(
        f"ADVERTISEMENT\nBy Ana Ruiz\n\nTram line to open\n\n{BODY}".encode(), "a.txt"
    )
    assert doc.title == "Tram line to open"
    assert _lines_of(doc, doc.furniture) == ["ADVERTISEMENT", "By Ana Ruiz"]


def test_a_wrapped_paragraph_is_not_cut_where_a_line_looks_like_furniture():
    # Each second line alone would be furniture ("Ana Ruiz, City Hall reporter").
    text = (
        "Tram line to open\n\nThe mayor's letter was signed\nby Ana Ruiz and Tom Webb\n"
        "and sent on Monday.\nA copy went to the office of\nAna Ruiz, City Hall reporter\n"
        "at the Courier.\n"
    )
    doc = parse_article(text.encode(), "a.txt")
    assert doc.furniture == []
    assert _lines_of(doc, doc.paragraphs) == [
        "The mayor's letter was signed\nby Ana Ruiz and Tom Webb\nand sent on Monday.",
        "A copy went to the office of\nAna Ruiz, City Hall reporter\nat the Courier.",
    ]
    assert furniture("by Ana Ruiz and Tom Webb") == "byline"
    assert furniture("Ana Ruiz, City Hall reporter") == "byline"


def test_a_first_sentence_with_a_speech_verb_is_not_a_title_and_stays_in_the_text():
    text = (
        "date 2005-03-01\n\nTony Blair said the plan would cut waiting lists by half.\n\n"
        "Health Secretary John Reid added that hospitals would get more money.\n"
    )
    doc = parse_article(text.encode(), "a.txt")
    brief = extract(doc)
    assert doc.title == "Tony Blair said the plan would cut waiting lists by half."
    assert doc.title_span is None
    first = doc.paragraphs[0]
    assert doc.text[slice(*first)] == "Tony Blair said the plan would cut waiting lists by half."
    assert any(p.text == "the plan would cut waiting lists by half" for p in brief.positions)


@pytest.mark.parametrize(
    "block",
    [
        "Blair says NHS plan will halve waits",
        "Could rivalry overshadow election?",
        "Stein removed from debate site by police.",  # a headline with a final full stop
        "Poll: Wealthy Voters Abandon Party for Rival.",
        "Pence Says Rival Was ‘Mocking’ Campaign.",  # Title Case: a headline
        "Rivals of the £400 Apple...",
        "Poll finds rival would beat the mayor.",  # an auxiliary is no speech verb
        "'We are in shock': A town feels the spotlight.",
        "IG report: State was inaccurate on travel.",
    ],
)
def test_headlines_read_like_titles(block):
    assert reads_like_title(block)


@pytest.mark.parametrize(
    "block",
    [
        "Tony Blair said the plan would cut waiting lists by half.",
        "He told MPs the decision was final.",
        '"We will not give in," the minister insisted.',
        "She would decide next week.",
        "By Ana Ruiz",
        "Open this photo in gallery",
    ],
)
def test_sentences_and_furniture_do_not_read_like_titles(block):
    assert not reads_like_title(block)


def test_markdown_furniture_is_left_out_of_the_paragraphs():
    text = f"---\ntitle: Trams\n---\n\nBy Ana Ruiz\n\n{BODY}\nFollow @danaholt on Twitter\n"
    doc = parse_article(text.encode(), "a.md", "markdown")
    assert _lines_of(doc, doc.furniture) == ["By Ana Ruiz", "Follow @danaholt on Twitter"]
    assert len(doc.paragraphs) == 3


PASTED = """Tram line to open in spring
Social Sharing
Ana Ruiz · CBC News · Posted: Mar 14, 2025 4:00 AM EDT | Last Updated: March 14
Open this photo in gallery:
Workers lay track on Elm Road on Tuesday. (Ravi Singh/CBC)
Mayor Dana Holt said the new tram line would open in the spring.
Getty Images
"We have waited long enough," Holt told reporters on Monday.
Story continues below advertisement
WATCH | Riders react to the tram plan:
Duration 2:13
The transport board has not yet decided whether fares will rise.
READ MORE: Council tax to rise by 5%
Follow @danaholt on Twitter
With files from The Canadian Press
"""


def test_a_pasted_page_keeps_only_its_article():
    doc = parse_article(PASTED.encode(), "pasted.txt")
    brief = extract(doc)
    assert doc.title == "Tram line to open in spring"
    assert _lines_of(doc, doc.paragraphs) == [
        "Mayor Dana Holt said the new tram line would open in the spring.",
        '"We have waited long enough," Holt told reporters on Monday.',
        "The transport board has not yet decided whether fares will rise.",
    ]
    assert len(doc.furniture) == 11
    assert {a.name for a in brief.actors} <= {"Dana Holt", "transport board"}
    assert brief.summary.startswith("Mayor Dana Holt said")
