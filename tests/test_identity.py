"""Who is who across briefs: merging and splitting rules, and the actors.yml registry."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import actor_id_of, brief_entry

from briefgen.briefs.schema import ActorEntry
from briefgen.corpus import build_corpus
from briefgen.corpus.identity import person_key, sex_of
from briefgen.errors import ConfigError


def person(name: str, roles: tuple[str, ...] = (), aliases: tuple[str, ...] = ()) -> dict:
    return {"name": name, "kind": "person", "roles": list(roles), "aliases": list(aliases)}


def test_person_keys_drop_forms_of_address_but_keep_peerages() -> None:
    assert person_key("Mr Blair") == "blair"
    assert person_key("Ms. Hewitt") == "hewitt"
    assert person_key("Dr Liam Fox") == "liam fox"
    assert person_key("Sir Menzies Campbell") == "menzies campbell"
    assert person_key("Lord Woolf") == "lord woolf"
    assert person_key("Robert Kilroy-Silk") == "robert kilroy silk"
    assert (sex_of("Mrs Howard"), sex_of("Mr Howard"), sex_of("Lady Thatcher")) == ("f", "m", "f")
    assert sex_of("Dr Fox") is None and sex_of("Howard") is None


def test_form_of_address_and_hyphen_do_not_make_a_new_actor() -> None:
    a = brief_entry("a", "2005-01-01", [person("Patricia Hewitt"), person("Robert Kilroy-Silk")])
    b = brief_entry("b", "2005-01-02", [person("Ms Hewitt"), person("Robert Kilroy Silk")])
    corpus = build_corpus([a, b])
    assert actor_id_of(corpus, b, "Ms Hewitt") == "patricia-hewitt"
    assert actor_id_of(corpus, b, "Robert Kilroy Silk") == "robert-kilroy-silk"
    assert len(corpus.actors) == 2


def test_a_form_of_address_of_the_other_sex_keeps_people_apart() -> None:
    a = brief_entry("a", "2005-01-01", [person("Michael Howard", aliases=("Mr Howard",))])
    b = brief_entry("b", "2005-01-02", [person("Howard", aliases=("Mrs Howard",))])
    c = brief_entry("c", "2005-01-03", [person("Howard", aliases=("Mr Howard",))])
    corpus = build_corpus([a, b, c])
    assert actor_id_of(corpus, b, "Howard") == "howard"
    assert actor_id_of(corpus, c, "Howard") == "michael-howard"


def test_roles_decide_between_two_people_with_one_surname() -> None:
    a = brief_entry("a", "2005-01-01", [person("Gordon Brown", roles=("Chancellor",))])
    b = brief_entry("b", "2005-01-02", [person("Nick Brown", roles=("Labour MP",))])
    c = brief_entry("c", "2005-01-03", [person("Brown", roles=("chancellor",))])
    d = brief_entry("d", "2005-01-04", [person("Brown", roles=("Labour MP",))])
    e = brief_entry("e", "2005-01-05", [person("Brown", aliases=("Mr Brown",))])
    corpus = build_corpus([a, b, c, d, e])
    assert actor_id_of(corpus, c, "Brown") == "gordon-brown"
    assert actor_id_of(corpus, d, "Brown") == "nick-brown"
    # No evidence either way: an actor of its own, for `briefgen actors` to flag.
    assert actor_id_of(corpus, e, "Brown") == "brown"


def test_a_shared_surname_alias_does_not_link_two_people() -> None:
    a = brief_entry("a", "2005-01-01", [person("Gordon Brown", aliases=("Brown", "Mr Brown"))])
    b = brief_entry("b", "2005-01-02", [person("Nick Brown", aliases=("Brown", "Mr Brown"))])
    corpus = build_corpus([a, b])
    assert {x.id for x in corpus.actors} == {"gordon-brown", "nick-brown"}


def test_a_full_alias_links_actors_across_briefs() -> None:
    a = brief_entry(
        "a",
        "2005-01-01",
        [{"name": "National Audit Office", "kind": "organisation", "aliases": ["NAO"]}],
    )
    b = brief_entry("b", "2005-01-02", [("NAO", "organisation")])
    c = brief_entry("c", "2005-01-03", [person("Tony Blair", aliases=("Anthony Blair",))])
    d = brief_entry("d", "2005-01-04", [person("Anthony Blair")])
    e = brief_entry("e", "2005-01-05", [person("Tony Blair")])
    corpus = build_corpus([a, b, c, d, e])
    assert actor_id_of(corpus, b, "NAO") == "national-audit-office"
    assert actor_id_of(corpus, d, "Anthony Blair") == "tony-blair"


def test_the_name_is_the_full_name_most_briefs_use() -> None:
    entries = [
        brief_entry("a", "2025-01-01", [person("Vladimir Putin")]),
        brief_entry("b", "2025-01-02", [person("Vladimir Putin", aliases=("Putin",))]),
        brief_entry("c", "2025-01-03", [person("Vladimir Vladimirovich Putin")]),
        brief_entry("d", "2025-01-04", [person("Woolf", aliases=("Lord Woolf",))]),
    ]
    entries[2].brief.actors[0].aliases.append("Vladimir Putin")
    corpus = build_corpus(entries)
    assert actor_id_of(corpus, entries[2], "Vladimir Vladimirovich Putin") == "vladimir-putin"
    assert corpus.by_id["vladimir-putin"].name == "Vladimir Putin"
    # A surname alone yields to a full name, even one the brief gives only as an alias.
    assert corpus.by_id["lord-woolf"].name == "Lord Woolf"


def test_roles_and_names_are_recorded_with_their_dates() -> None:
    entries = [
        brief_entry("a", "2005-01-10", [person("Charles Clarke", roles=("Education Secretary",))]),
        brief_entry("b", "2005-02-01", [person("Charles Clarke", roles=("Home Secretary",))]),
        brief_entry("c", "2005-03-01", [person("Clarke", roles=("Home Secretary",))]),
        brief_entry("d", None, [person("Charles Clarke", roles=("Home Secretary",))]),
    ]
    clarke = build_corpus(entries).by_id["charles-clarke"]
    assert [(s.text, s.first, s.last, s.briefs) for s in clarke.roles_seen] == [
        ("Home Secretary", dt.date(2005, 2, 1), dt.date(2005, 3, 1), 3),
        ("Education Secretary", dt.date(2005, 1, 10), dt.date(2005, 1, 10), 1),
    ]
    assert clarke.roles == ["Home Secretary", "Education Secretary"]
    assert [(s.text, s.first, s.briefs) for s in clarke.names_seen] == [
        ("Clarke", dt.date(2005, 3, 1), 1)
    ]
    assert clarke.last_seen == dt.date(2005, 3, 1)


def test_companions_are_the_actors_named_in_the_same_briefs() -> None:
    entries = [
        brief_entry("a", "2005-01-01", [person("Tony Blair"), person("Gordon Brown")]),
        brief_entry("b", "2005-01-02", [person("Tony Blair"), person("Gordon Brown")]),
        brief_entry("c", "2005-01-03", [person("Tony Blair"), person("Michael Howard")]),
    ]
    blair = build_corpus(entries).by_id["tony-blair"]
    assert [(a.id, n) for a, n in blair.companions] == [("gordon-brown", 2), ("michael-howard", 1)]


def test_registry_merges_pins_splits_and_links() -> None:
    a = brief_entry("a", "2005-01-01", [person("Vince Cable"), person("Gordon Brown")])
    b = brief_entry("b", "2005-01-02", [person("Vincent Cable"), person("Brown")])
    c = brief_entry("c", "2005-01-03", [person("Brown", roles=("Chancellor",))])
    registry = {
        "vince-cable": ActorEntry(
            name="Vince Cable",
            merge=["vincent-cable"],
            links=["https://en.wikipedia.org/wiki/Vince_Cable"],
        ),
        "nick-brown": ActorEntry(name="Nick Brown", kind="person", mentions=["b/a1"]),
        "gordon-brown": ActorEntry(name="Gordon Brown", split=["c/a0"]),
    }
    corpus = build_corpus([a, b, c], registry)
    assert actor_id_of(corpus, b, "Vincent Cable") == "vince-cable"
    assert corpus.by_id["vince-cable"].links == ["https://en.wikipedia.org/wiki/Vince_Cable"]
    assert corpus.by_id["vince-cable"].aliases == ["Vincent Cable"]
    assert actor_id_of(corpus, b, "Brown") == "nick-brown"
    # Split off from Gordon Brown, it is the only other Brown there is.
    assert actor_id_of(corpus, c, "Brown") == "nick-brown"
    assert corpus.notes == []


def test_registry_conflicts_fail_once_and_stale_references_are_notes() -> None:
    a = brief_entry("a", "2005-01-01", [person("Gordon Brown")])
    clash = {
        "gordon-brown": ActorEntry(name="Gordon Brown", aliases=["Brown"], mentions=["a/a0"]),
        "nick-brown": ActorEntry(name="Nick Brown", aliases=["brown"], mentions=["a/a0"]),
    }
    with pytest.raises(ConfigError) as caught:
        build_corpus([a], clash)
    assert str(caught.value) == (
        "actors.yml: nick-brown.aliases[0]: already claimed by gordon-brown\n"
        "actors.yml: nick-brown.mentions[0]: already claimed by gordon-brown"
    )
    stale = {"gordon-brown": ActorEntry(name="Gordon Brown", merge=["g-brown"], split=["z/a0"])}
    assert build_corpus([a], stale).notes == [
        "actors.yml: gordon-brown.split[0]: no brief actor z/a0; no effect",
        "actors.yml: gordon-brown.merge[0]: no actor g-brown to merge; no effect",
    ]


def test_a_hyphenated_surname_written_as_two_words_is_that_person() -> None:
    a = brief_entry("a", "2005-01-01", [person("Robert Kilroy-Silk")])
    b = brief_entry("b", "2005-01-02", [person("Kilroy Silk")])
    corpus = build_corpus([a, b])
    assert actor_id_of(corpus, b, "Kilroy Silk") == "robert-kilroy-silk"


def test_an_institution_called_by_its_head_noun_alone_links_nowhere() -> None:
    england = {"name": "Bank of England", "kind": "organisation", "aliases": ["Bank"]}
    a = brief_entry("a", "2005-01-01", [england])
    b = brief_entry("b", "2005-01-02", [("Bank", "organisation")])
    c = brief_entry("c", "2005-01-03", [("Bank", "organisation"), ("Parliament", "organisation")])
    d = brief_entry("d", "2005-01-04", [("Parliament", "organisation")])
    corpus = build_corpus([a, b, c, d], actor_pages="all")
    assert actor_id_of(corpus, a, "Bank of England") == "bank-of-england"
    assert actor_id_of(corpus, b, "Bank") is None
    assert actor_id_of(corpus, c, "Bank") is None
    # "Parliament" alone is the country's own, as news writes it: one actor.
    assert (
        actor_id_of(corpus, c, "Parliament") == actor_id_of(corpus, d, "Parliament") == "parliament"
    )
