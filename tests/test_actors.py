"""Actors on the name shapes of British political news: kinds, roles, one actor each."""

from __future__ import annotations

from briefgen.extract import extract
from briefgen.ingest import parse_article


def brief_of(body: str):
    return extract(parse_article(f"Headline\n\n{body}".encode(), "a.txt"))


def actors(body: str) -> dict[str, object]:
    return {a.name: a for a in brief_of(body).actors}


def speakers(body: str) -> list[str]:
    """Return the actor name of every position, in order."""
    brief = brief_of(body)
    names = {a.id: a.name for a in brief.actors}
    return [names[p.actor] for p in brief.positions]


def test_a_phrase_is_read_in_its_sentence_not_as_a_sentence_of_its_own():
    # "Home" opens no sentence in "the Home Office", nor "Bill" in a later sentence.
    body = (
        "The bill passed on Monday. But the Home Office said the plan was final. "
        "Bill Jones hit back, accusing critics of bias."
    )
    found = actors(body)
    assert found["Home Office"].kind == "organisation"
    assert "Office" not in found
    assert speakers(body) == ["Home Office", "Bill Jones"]
