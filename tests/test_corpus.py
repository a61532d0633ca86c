"""The cross-brief view: actor identity, ordering, ids."""

from __future__ import annotations

import datetime as dt
import random
import time

from briefgen.corpus import Corpus, Entry, build_corpus
from briefgen.schema import ActorEntry, Brief

SHA = "0" * 64


def _brief(
    brief_id: str, date: str | None, actors: list[tuple[str, str]], said: list[str] | None = None
) -> Entry:
    """Make an entry with actors given as (name, kind); each name in `said` holds a position."""
    ids = {name: f"a{i}" for i, (name, _) in enumerate(actors)}
    brief = Brief(
        id=brief_id,
        title=f"Title {brief_id}",
        date=dt.date.fromisoformat(date) if date else None,
        source={"path": f"articles/{brief_id}.txt", "sha256": SHA},
        actors=[{"id": ids[name], "name": name, "kind": kind} for name, kind in actors],
        positions=[
            {"actor": ids[name], "kind": "quote", "text": "words", "span": [10 * i, 10 * i + 5]}
            for i, name in enumerate(said or [])
        ],
    )
    return Entry(brief, f"briefs/{brief_id}.yaml", None)


def _actor(corpus: Corpus, entry: Entry, name: str) -> str | None:
    actor = next(a for a in entry.brief.actors if a.name == name)
    found = corpus.actor_of(entry, actor.id)
    return found.id if found else None


def test_surname_joins_the_unique_full_name() -> None:
    a = _brief("a", "2025-03-14", [("Vladimir Putin", "person")], ["Vladimir Putin"])
    b = _brief("b", "2025-03-15", [("Putin", "person"), ("Zelensky", "person")], ["Putin"])
    corpus = build_corpus([a, b])
    assert _actor(corpus, b, "Putin") == _actor(corpus, a, "Vladimir Putin") == "vladimir-putin"
    putin = corpus.by_id["vladimir-putin"]
    assert putin.name == "Vladimir Putin" and putin.aliases == ["Putin"]
    assert [e.brief.id for e, _ in putin.positions] == ["b", "a"]
    # No full name for Zelensky in the corpus: the surname is an actor of its own.
    assert _actor(corpus, b, "Zelensky") == "zelensky"


def test_surname_stays_apart_when_two_people_share_it() -> None:
    a = _brief("a", "2025-01-01", [("Donald Trump", "person"), ("Melania Trump", "person")])
    b = _brief("b", "2025-01-02", [("Trump", "person")])
    corpus = build_corpus([a, b])
    assert _actor(corpus, b, "Trump") == "trump"
    assert {a.id for a in corpus.actors} == {"donald-trump", "melania-trump", "trump"}


def test_surname_of_an_organisation_is_not_merged() -> None:
    a = _brief("a", "2025-01-01", [("Ana Lima", "person")])
    b = _brief("b", "2025-01-02", [("Lima", "state")])
    assert _actor(build_corpus([a, b]), b, "Lima") == "lima"


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
    a = _brief(
        "a",
        "2025-01-01",
        [("Vladimir Vladimirovich Putin", "group")],
        ["Vladimir Vladimirovich Putin"],
    )
    b = _brief("b", "2025-01-02", [("The Russian President", "person")])
    c = _brief("c", "2025-01-03", [("Putin", "person")])
    corpus = build_corpus([a, b, c], curated)
    assert _actor(corpus, a, "Vladimir Vladimirovich Putin") == "putin"
    assert _actor(corpus, b, "The Russian President") == "putin"  # curated: even a description
    assert _actor(corpus, c, "Putin") == "putin"  # surname of the curated full name
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
    a = _brief("a", "2025-01-01", names, ["officials"])
    b = _brief("b", "2025-01-02", names)
    corpus = build_corpus([a, b])
    assert [x.id for x in corpus.actors] == ["kremlin"]
    assert _actor(corpus, a, "officials") is None and _actor(corpus, b, "Six in 10") is None
    assert corpus.counts() == {"briefs": 2, "actors": 1, "positions": 1, "questions": 0}


def test_names_fold_case_accents_the_and_apostrophes() -> None:
    a = _brief(
        "a",
        "2025-01-01",
        [
            ("Mélanie Joly", "person"),
            ("The Kremlin", "organisation"),
            ("Ukraine’s General Staff", "organisation"),
        ],
    )
    b = _brief(
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
        _brief("old", "2024-01-01", [("Ana Lima", "person")], ["Ana Lima"]),
        _brief("undated", None, [("Ana Lima", "person")], ["Ana Lima"]),
        _brief("new-b", "2025-01-01", [("Ana Lima", "person")], ["Ana Lima", "Ana Lima"]),
        _brief("new-a", "2025-01-01", [("Ana Lima", "person")], ["Ana Lima"]),
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


def test_actor_id_collisions_get_numbered_deterministically() -> None:
    entries = [
        _brief("a", "2025-01-01", [("John Smith", "person")]),
        # Not "John-Smith": a hyphen or a space is one actor either way.
        _brief("b", "2025-01-02", [("John.Smith", "person")]),
        _brief("c", "2025-01-03", [("Index", "organisation")]),
    ]
    curated = {"john-smith": ActorEntry(name="J. Smith", aliases=["Jon Smith"])}
    entries.append(_brief("d", "2025-01-04", [("Jon Smith", "person")]))
    for _ in range(3):
        random.shuffle(entries)
        corpus = build_corpus(entries, curated)
        ids = {e.brief.id: _actor(corpus, e, e.brief.actors[0].name) for e in entries}
        assert ids == {"a": "john-smith-2", "b": "john-smith-3", "c": "index-2", "d": "john-smith"}


def test_corpus_is_the_same_whatever_the_input_order() -> None:
    entries = [
        _brief(
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


def test_thousands_of_briefs_are_fast() -> None:
    people = [(f"Person{i} Surname{i}", "person") for i in range(300)]
    entries = [
        _brief(
            f"b{i:05}",
            f"2025-{1 + i % 12:02}-{1 + i % 28:02}",
            people[i % 280 : i % 280 + 20],
            [p for p, _ in people[i % 280 : i % 280 + 10]],
        )
        for i in range(3000)
    ]
    start = time.perf_counter()
    corpus = build_corpus(entries)
    assert time.perf_counter() - start < 5
    assert len(corpus.actors) == 299 and corpus.position_count == 30000


def test_a_name_spelled_with_a_hyphen_or_a_space_is_one_actor() -> None:
    a = _brief("a", "2025-01-01", [("Robert Kilroy-Silk", "person")], ["Robert Kilroy-Silk"])
    b = _brief("b", "2025-01-02", [("Robert Kilroy Silk", "person")], ["Robert Kilroy Silk"])
    c = _brief("c", "2025-01-03", [("Robert Kilroy-Silk", "person"), ("Kilroy-Silk", "person")])
    corpus = build_corpus([a, b, c])
    assert [(x.id, x.name) for x in corpus.actors] == [("robert-kilroy-silk", "Robert Kilroy-Silk")]
    assert len(corpus.actors[0].positions) == 2
