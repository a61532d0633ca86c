"""The cross-brief view: actor identity, ordering, ids."""

from __future__ import annotations

import random

from conftest import actor_id_of, brief_entry

from briefgen.briefs.schema import ActorEntry
from briefgen.corpus import build_corpus


def test_surname_joins_the_unique_full_name() -> None:
    a = brief_entry("a", "2025-03-14", [("Vladimir Putin", "person")], ["Vladimir Putin"])
    b = brief_entry("b", "2025-03-15", [("Putin", "person"), ("Zelensky", "person")], ["Putin"])
    corpus = build_corpus([a, b])
    assert (
        actor_id_of(corpus, b, "Putin")
        == actor_id_of(corpus, a, "Vladimir Putin")
        == "vladimir-putin"
    )
    putin = corpus.by_id["vladimir-putin"]
    assert putin.name == "Vladimir Putin" and putin.aliases == ["Putin"]
    assert [e.brief.id for e, _ in putin.positions] == ["b", "a"]
    # No full name for Zelensky in the corpus: the surname is an actor of its own.
    assert actor_id_of(corpus, b, "Zelensky") == "zelensky"


def test_surname_stays_apart_when_two_people_share_it() -> None:
    a = brief_entry("a", "2025-01-01", [("Donald Trump", "person"), ("Melania Trump", "person")])
    b = brief_entry("b", "2025-01-02", [("Trump", "person")])
    corpus = build_corpus([a, b])
    assert actor_id_of(corpus, b, "Trump") == "trump"
    assert {a.id for a in corpus.actors} == {"donald-trump", "melania-trump", "trump"}


def test_surname_of_an_organisation_is_not_merged() -> None:
    a = brief_entry("a", "2025-01-01", [("Ana Lima", "person")])
    b = brief_entry("b", "2025-01-02", [("Lima", "state")])
    assert actor_id_of(build_corpus([a, b]), b, "Lima") == "lima"


def test_curated_aliases_join_and_curated_fields_win() -> None:
    curated = {
        "putin": ActorEntry(
            name="Vladimir Putin",
            kind="person",
            aliases=["Vladimir Vladimirovich Putin", "the Russian president"],
            roles=["President of Russia"],
            description="President of Russia.",
        )
    }
    a = brief_entry(
        "a",
        "2025-01-01",
        [("Vladimir Vladimirovich Putin", "group")],
        ["Vladimir Vladimirovich Putin"],
    )
    b = brief_entry("b", "2025-01-02", [("The Russian President", "person")])
    c = brief_entry("c", "2025-01-03", [("Putin", "person")])
    corpus = build_corpus([a, b, c], curated)
    assert actor_id_of(corpus, a, "Vladimir Vladimirovich Putin") == "putin"
    assert actor_id_of(corpus, b, "The Russian President") == "putin"  # curated: even a description
    assert actor_id_of(corpus, c, "Putin") == "putin"  # surname of the curated full name
    actor = corpus.by_id["putin"]
    assert (actor.name, actor.kind, actor.description) == (
        "Vladimir Putin",
        "person",
        "President of Russia.",
    )
    assert actor.roles == ["President of Russia"]
    assert actor.aliases == ["Vladimir Vladimirovich Putin", "the Russian president", "Putin"]
    assert [e.brief.id for e in actor.briefs] == ["c", "b", "a"]


def test_descriptive_actors_stay_on_their_brief() -> None:
    names = [
        ("officials", "group"),
        ("the company", "organisation"),
        ("Six in 10", "group"),
        ("Kremlin", "organisation"),
    ]
    a = brief_entry("a", "2025-01-01", names, ["officials"])
    b = brief_entry("b", "2025-01-02", names)
    corpus = build_corpus([a, b])
    assert [x.id for x in corpus.actors] == ["kremlin"]
    assert (
        actor_id_of(corpus, a, "officials") is None and actor_id_of(corpus, b, "Six in 10") is None
    )
    assert corpus.counts() == {"briefs": 2, "actors": 1, "positions": 1, "questions": 0}


def test_names_fold_case_accents_the_and_apostrophes() -> None:
    a = brief_entry(
        "a",
        "2025-01-01",
        [
            ("Mélanie Joly", "person"),
            ("The Kremlin", "organisation"),
            ("Ukraine’s General Staff", "organisation"),
        ],
    )
    b = brief_entry(
        "b",
        "2025-01-02",
        [
            ("MELANIE JOLY", "person"),
            ("Kremlin", "organisation"),
            ("Ukraine's General Staff", "organisation"),
        ],
    )
    corpus = build_corpus([a, b])
    assert sorted(x.id for x in corpus.actors) == [
        "kremlin",
        "melanie-joly",
        "ukraines-general-staff",
    ]
    assert corpus.by_id["melanie-joly"].name == "Mélanie Joly"


def test_everything_is_newest_first_with_undated_last() -> None:
    entries = [
        brief_entry("old", "2024-01-01", [("Ana Lima", "person")], ["Ana Lima"]),
        brief_entry("undated", None, [("Ana Lima", "person")], ["Ana Lima"]),
        brief_entry("new-b", "2025-01-01", [("Ana Lima", "person")], ["Ana Lima", "Ana Lima"]),
        brief_entry("new-a", "2025-01-01", [("Ana Lima", "person")], ["Ana Lima"]),
    ]
    corpus = build_corpus(entries)
    assert [e.brief.id for e in corpus.entries] == ["new-a", "new-b", "old", "undated"]
    lima = corpus.by_id["ana-lima"]
    assert [(e.brief.id, p.span[0]) for e, p in lima.positions] == [
        ("new-a", 0),
        ("new-b", 0),
        ("new-b", 10),
        ("old", 0),
        ("undated", 0),
    ]
    assert [e.brief.id for e in lima.briefs] == ["new-a", "new-b", "old", "undated"]


def test_actor_ids_are_made_from_names_never_from_order() -> None:
    entries = [
        brief_entry("a", "2025-01-01", [("John Smith", "person")]),
        brief_entry("b", "2025-01-02", [("Mr John Smith", "person")]),
        brief_entry("c", "2025-01-03", [("Index", "organisation")]),
        brief_entry("d", "2025-01-04", [("Jon Smith", "person")]),
        brief_entry("e", "2025-01-05", [("ONeill", "person"), ("O’Neill", "organisation")]),
    ]
    curated = {"john-smith": ActorEntry(name="J. Smith", aliases=["Jon Smith"])}
    expected = {
        "a": "john-smith-32ddaf65",  # the curated key owns john-smith: a hash of the name
        "b": "john-smith-32ddaf65",  # "Mr" is not part of the name: the same person
        "c": "index-1bc04b52",  # actors/index is the list of actors
        "d": "john-smith",
        "e": "oneill",
    }
    for seed in range(3):
        random.Random(seed).shuffle(entries)
        corpus = build_corpus(entries, curated)
        ids = {e.brief.id: actor_id_of(corpus, e, e.brief.actors[0].name) for e in entries}
        assert ids == expected
        assert actor_id_of(
            corpus, entries[[x.brief.id for x in entries].index("e")], "O’Neill"
        ) == ("oneill-48977942")
    # New articles never renumber the actors already there.
    more = [*entries, brief_entry("f", "2025-02-01", [("John Smyth", "person"), ("Kim", "person")])]
    corpus = build_corpus(more, curated)
    assert {e.brief.id: actor_id_of(corpus, e, e.brief.actors[0].name) for e in entries} == expected


def test_corpus_is_the_same_whatever_the_input_order() -> None:
    entries = [
        brief_entry(
            f"b{i:03}",
            f"2025-01-{1 + i % 28:02}",
            [("Ana Lima", "person"), ("Lima", "person"), ("Rail Board", "organisation")],
            ["Lima"],
        )
        for i in range(60)
    ]
    first = build_corpus(entries)
    random.Random(4).shuffle(entries)
    again = build_corpus(entries)
    assert [e.brief.id for e in first.entries] == [e.brief.id for e in again.entries]
    assert [(a.id, a.name, a.aliases) for a in first.actors] == [
        (a.id, a.name, a.aliases) for a in again.actors
    ]
    assert first.links == again.links


def test_thousands_of_briefs() -> None:
    people = [(f"Person{i} Surname{i}", "person") for i in range(300)]
    entries = [
        brief_entry(
            f"b{i:05}",
            f"2025-{1 + i % 12:02}-{1 + i % 28:02}",
            people[i % 280 : i % 280 + 20],
            [p for p, _ in people[i % 280 : i % 280 + 10]],
        )
        for i in range(3000)
    ]
    corpus = build_corpus(entries)
    assert len(corpus.actors) == 299 and corpus.position_count == 30000


def test_actor_pages_go_to_actors_who_recur_or_are_listed() -> None:
    entries = [
        brief_entry(
            "a",
            "2025-01-01",
            [("Ana Lima", "person"), ("Bo Ek", "person"), ("Fay Ho", "person")],
            ["Ana Lima", "Bo Ek", "Bo Ek"],
        ),
        brief_entry(
            "b", "2025-01-02", [("Ana Lima", "person"), ("Cy Dee", "person"), ("Fay Ho", "person")]
        ),
        brief_entry(
            "c",
            "2025-01-03",
            [
                ("Di Fo", "person"),
                ("Ed Go", "person"),
                {"name": "Fay Ho", "kind": "person", "roles": ["mayor"]},
                ("Gil Ha", "person"),
            ],
            ["Di Fo"] * 3,
        ),
    ]
    entries[0].brief.actors.append(entries[2].brief.actors[3].model_copy(update={"id": "g1"}))
    entries[1].brief.actors.append(entries[2].brief.actors[3].model_copy(update={"id": "g1"}))
    registry = {"ed-go": ActorEntry(name="Ed Go")}
    corpus = build_corpus(entries, registry, actor_pages="recurring")
    # Named in two briefs and saying something (Ana Lima), named in three briefs with a
    # role in one (Fay Ho), or listed in actors.yml (Ed Go); not Gil Ha, named in three
    # briefs but only in passing.
    assert [a.id for a in corpus.actors] == ["ana-lima", "ed-go", "fay-ho"]
    assert actor_id_of(corpus, entries[0], "Bo Ek") is None  # two positions, one brief
    assert actor_id_of(corpus, entries[2], "Di Fo") is None  # three positions, one brief
    assert actor_id_of(corpus, entries[1], "Cy Dee") is None
    assert len(build_corpus(entries, registry).actors) == 7  # actor_pages: all


def test_a_name_spelled_with_a_hyphen_or_a_space_is_one_actor() -> None:
    a = brief_entry("a", "2025-01-01", [("Robert Kilroy-Silk", "person")], ["Robert Kilroy-Silk"])
    b = brief_entry("b", "2025-01-02", [("Robert Kilroy Silk", "person")], ["Robert Kilroy Silk"])
    c = brief_entry(
        "c", "2025-01-03", [("Robert Kilroy-Silk", "person"), ("Kilroy-Silk", "person")]
    )
    corpus = build_corpus([a, b, c])
    assert [(x.id, x.name) for x in corpus.actors] == [("robert-kilroy-silk", "Robert Kilroy-Silk")]
    assert len(corpus.actors[0].positions) == 2
