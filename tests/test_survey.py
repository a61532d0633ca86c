"""Probable duplicates, and the `briefgen actors` listing."""

from __future__ import annotations

from conftest import actor_id_of, brief_entry

from briefgen.briefs.schema import ActorEntry
from briefgen.corpus import build_corpus
from briefgen.corpus.survey import actor_lines, probable_duplicates


def person(name: str, **extra) -> dict:
    return {"name": name, "kind": "person", **extra}


def pairs(corpus) -> list[tuple[str, str, str]]:
    return [(d.first.id, d.second.id, d.reason) for d in probable_duplicates(corpus)]


def test_what_the_evidence_cannot_settle_is_flagged() -> None:
    entries = [
        brief_entry("a", "2005-01-01", [person("Gordon Brown"), person("George Brown")]),
        brief_entry("b", "2005-01-02", [person("G Brown")]),
        brief_entry("c", "2005-01-03", [person("Brown")], ["Brown"]),
        brief_entry("d", "2005-01-04", [person("Charles Clarke"), person("Charles Clark")]),
        brief_entry("e", "2005-01-05", [("National Audit Office", "organisation")]),
        brief_entry("f", "2005-01-06", [("NAO", "organisation"), ("Fox", "organisation")]),
        brief_entry("g", "2005-01-07", [person("Liam Fox"), person("Fox")]),
    ]
    corpus = build_corpus(entries)
    assert pairs(corpus) == [
        ("brown", "g-brown", "“Brown” may be G Brown’s surname"),
        ("brown", "george-brown", "“Brown” may be George Brown’s surname"),
        ("brown", "gordon-brown", "“Brown” may be Gordon Brown’s surname"),
        (
            "charles-clark",
            "charles-clarke",
            "“Charles Clark” and “Charles Clarke” are spelt almost the same",
        ),
        ("g-brown", "george-brown", "“G Brown” and “George Brown” may be one person"),
        ("g-brown", "gordon-brown", "“G Brown” and “Gordon Brown” may be one person"),
        ("nao", "national-audit-office", "“NAO” may stand for National Audit Office"),
    ]
    # "Fox" alone joins the only person Fox; the organisation "Fox" is not a person.
    assert actor_id_of(corpus, entries[6], "Fox") == "liam-fox"


def test_people_a_curator_has_told_apart_are_not_flagged() -> None:
    entries = [
        brief_entry("a", "2005-01-01", [person("David Davis"), person("David Davies")]),
    ]
    assert len(pairs(build_corpus(entries))) == 1
    registry = {
        "david-davis": ActorEntry(name="David Davis"),
        "david-davies": ActorEntry(name="David Davies"),
    }
    assert pairs(build_corpus(entries, registry)) == []


def test_actor_lines_list_actors_then_duplicates() -> None:
    entries = [
        brief_entry(
            "a",
            "2005-01-01",
            [person("Charles Clarke"), person("Charles Clark")],
            ["Charles Clarke"],
        ),
        brief_entry("b", None, [person("Charles Clarke")], ["Charles Clarke", "Charles Clarke"]),
    ]
    corpus = build_corpus(entries)
    assert actor_lines(corpus, probable_duplicates(corpus)) == [
        "2 actors in 2 briefs (1 with 3 or more positions); 2 shown\n",
        "id              name            kind    positions  briefs  last seen",
        "charles-clarke  Charles Clarke  person          3       2  2005-01-01",
        "charles-clark   Charles Clark   person          0       1  2005-01-01",
        "\n1 probable duplicate; if one actor, add the second id to the first's `merge` list "
        "in actors.yml; if two, give both an entry:",
        "  charles-clarke ~ charles-clark: “Charles Clark” and “Charles Clarke” are spelt "
        "almost the same",
    ]
    assert actor_lines(corpus, [], min_positions=1)[1:] == [
        "id              name            kind    positions  briefs  last seen",
        "charles-clarke  Charles Clarke  person          3       2  2005-01-01",
        "\nno probable duplicates",
    ]
