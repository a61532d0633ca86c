"""Who is who across briefs: group the actors of every brief into identities.

The rules, in order:

1. `actors.yml` first. A brief actor pinned by an entry's `mentions` is that actor; one an
   entry `split`s off never joins it; one whose name or alias is an entry's name or alias
   joins it.
2. Only proper names get an identity across briefs; descriptive actors ("officials",
   "the company") stay on their brief's page.
3. Brief actors that share a name or a full alias ("Labour Party", "NAO") are one identity.
   Names compare folded: case, accents, a leading "the", hyphens ("Kilroy-Silk") and
   forms of address ("Mr", "Ms", "Dr") do not count.
4. A surname alone ("Brown", "Ms Hewitt") joins the person with that surname: the only
   one, or else the only one who held one of its roles ("Chancellor"); a form of address
   of the other sex blocks it ("Mrs Howard" is not Michael Howard). When the evidence
   does not decide, it stays an actor of its own and `briefgen actors` flags it.
5. Machine identities whose id an entry lists in `merge` join that entry.

Ids are built from names, never from counts or order: an actor keeps its page address as
long as its name stays the same, whatever other articles arrive.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.briefs.schema import Actor, ActorEntry, Brief
from briefgen.corpus.naming import (
    ADDRESS,
    TITLE_WORDS,
    abbreviates,
    digest,
    name_key,
    name_words,
    page_slug,
    person_key,
    same_person,
    sex_of,
    sex_of_name,
)
from briefgen.errors import Problem
from briefgen.extract.names import GENERIC_HEADS, ROLE_NOUNS
from briefgen.text.names import is_proper_name

if TYPE_CHECKING:
    from briefgen.corpus.model import Entry

KIND_ORDER = ("person", "organisation", "state", "group")
# Page names the site itself uses in the actors/ folder.
RESERVED_IDS = frozenset({"index"})


def identity_key(actor: Actor) -> str:
    """Return the key a brief actor's name is grouped by."""
    return person_key(actor.name) if actor.kind == "person" else name_key(actor.name)


@dataclass(eq=False)
class Identity:
    """A group of brief actors believed to be one actor."""

    curated_id: str | None = None
    curated: ActorEntry | None = None
    members: list[tuple[Entry, Actor]] = field(default_factory=list)

    def kind(self) -> str:
        """Return the curated kind, else the commonest kind among the briefs."""
        if self.curated and self.curated.kind:
            return self.curated.kind
        counts = Counter(actor.kind for _, actor in self.members)
        if not counts:
            return "person"
        return min(counts, key=lambda k: (-counts[k], KIND_ORDER.index(k)))

    def name(self) -> str:
        """Return the curated name, else the most used full name.

        Full names (two words or more, no form of address) beat surnames ("Lord Woolf"
        beats "Woolf" even as an alias); among them the one most briefs use as the name,
        then as an alias, then the longest, then the accented spelling over its stripped,
        lossy form.
        """
        if self.curated:
            return self.curated.name
        named: dict[str, set[int]] = {}
        called: dict[str, set[int]] = {}
        for entry, actor in self.members:
            named.setdefault(actor.name, set()).add(id(entry))
            for alias in actor.aliases:
                called.setdefault(alias, set()).add(id(entry))

        person = self.kind() == "person"

        def rank(name: str) -> tuple:
            words = name_key(name).split()
            # Only people have full names; "Labour" is as full as "Labour Party".
            full = not person or (len(words) > 1 and words[0] not in ADDRESS)
            accents = sum(ord(c) > 127 for c in name)
            uses = (-len(named.get(name, ())), -len(called.get(name, ())))
            # "National Audit Office" over "NAO", however often the short form is used.
            acronym = not person and len(words) == 1 and name.isupper()
            # "Barry Sheerman" over "MP Barry Sheerman": a title is a role, not a name.
            titled = person and len(words) > 2 and words[0] in TITLE_WORDS
            return (
                not full,
                acronym,
                titled,
                name not in named,
                *uses,
                -len(words),
                -accents,
                name,
            )

        full_aliases = [a for a in called if a not in named and person and _is_full(a)]
        return min([*named, *full_aliases], key=rank)

    def key(self) -> str:
        """Return the folded name the identity's id is made from."""
        name = self.name()
        return person_key(name) if self.kind() == "person" else name_key(name)

    def surnames(self) -> set[str]:
        """Return the last words of this person's full names."""
        names = [a.name for _, a in self.members] + ([self.curated.name] if self.curated else [])
        return {words[-1] for words in map(name_words, names) if len(words) > 1}

    def sexes(self) -> set[str]:
        """Return the sexes its names' forms of address tell ("Mr Brown": {"m"})."""
        names = [n for _, a in self.members for n in (a.name, *a.aliases)]
        return {s for s in map(sex_of_name, names) if s}

    def role_keys(self) -> set[str]:
        """Return its roles, folded."""
        roles = [r for _, a in self.members for r in a.roles]
        return {name_key(r) for r in roles + (self.curated.roles if self.curated else [])}


@dataclass
class Grouping:
    """The identities of a corpus and which identity each brief actor belongs to."""

    identities: list[Identity]
    member_of: dict[tuple[str, str], Identity]
    """(brief id, brief actor id) -> identity, for brief actors with a page."""
    notes: list[str]
    """References in `actors.yml` that match nothing (stale, not wrong)."""


def group_actors(entries: list[Entry], registry: dict[str, ActorEntry], file: str) -> Grouping:
    """Group the brief actors of `entries` into identities (see the module docstring)."""
    curated = {key: Identity(key, entry) for key, entry in registry.items()}
    by_curated_name, pins, splits = _curated_maps(registry, curated)
    member_of: dict[tuple[str, str], Identity] = {}
    pending: list[tuple[Entry, Actor]] = []
    for entry in entries:
        for actor in entry.brief.actors:
            ref = (entry.brief.id, actor.id)
            identity = pins.get(ref)
            if identity is None:
                names = [name_key(n) for n in (actor.name, *actor.aliases)]
                found = (by_curated_name.get(k) for k in names)
                excluded = splits.get(ref, set())
                identity = next((i for i in found if i and i.curated_id not in excluded), None)
            if identity is not None:
                identity.members.append((entry, actor))
                member_of[ref] = identity
            elif _has_page(actor):
                pending.append((entry, actor))
    machine = _link_names(pending, member_of)
    persons = [
        i
        for i in (*curated.values(), *machine)
        if i.kind() == "person"
        and i.surnames()
        and (i.members or (i.curated is not None and i.curated.kind == "person"))
    ]
    others = {identity_key(a): i for i in machine if i.kind() != "person" for _, a in i.members}
    machine += _place_surnames(pending, member_of, persons, others, splits)
    machine_ids = assign_ids(machine, set(registry))
    machine = _merge_listed(machine, machine_ids, curated, member_of)
    machine = _merge_variants(machine, list(curated.values()), member_of)
    machine = _merge_short_forms(machine, list(curated.values()), member_of)
    identities = [i for i in curated.values() if i.members] + machine
    notes = _stale_references(entries, registry, file, set(machine_ids.values()), curated)
    return Grouping(identities, member_of, notes)


def registry_problems(registry: dict[str, ActorEntry], file: str) -> list[Problem]:
    """Return the conflicts between entries: a name, merge or mention claimed twice."""
    problems: list[Problem] = []
    owner: dict[tuple[str, str], str] = {}
    for key, entry in registry.items():
        claims: list[tuple[str, int | None, str]]
        claims = [("aliases", i, name_key(a)) for i, a in enumerate(entry.aliases)]
        claims.insert(0, ("name", None, name_key(entry.name)))
        claims += [("merge", i, m) for i, m in enumerate(entry.merge)]
        claims += [("mentions", i, m) for i, m in enumerate(entry.mentions)]
        for attr, index, value in claims:
            space = "name" if attr in ("name", "aliases") else attr
            first = owner.setdefault((space, value), key)
            if first != key:
                where = f"{key}.{attr}" + (f"[{index}]" if index is not None else "")
                problems.append(Problem(file, where, f"already claimed by {first}"))
    return problems


def _curated_maps(registry: dict[str, ActorEntry], curated: dict[str, Identity]) -> tuple:
    by_name: dict[str, Identity] = {}
    pins: dict[tuple[str, str], Identity] = {}
    splits: dict[tuple[str, str], set[str]] = {}
    for key, entry in registry.items():
        for name in (entry.name, *entry.aliases):
            by_name.setdefault(name_key(name), curated[key])
        for ref in entry.mentions:
            brief_id, _, actor_id = ref.partition("/")  # MENTION: exactly one slash
            pins.setdefault((brief_id, actor_id), curated[key])
        for ref in entry.split:
            brief_id, _, actor_id = ref.partition("/")
            splits.setdefault((brief_id, actor_id), set()).add(key)
    return by_name, pins, splits


def in_story(brief: Brief, actor: Actor) -> bool:
    """Tell whether a brief actor has a part in the story: a position, a role or an open
    question. One only named in passing ("stars such as X and Y") gets no chip and no page."""
    return (
        bool(actor.roles)
        or any(p.actor == actor.id for p in brief.positions)
        or any(actor.id in q.actors for q in brief.open_questions)
    )


def _has_page(actor: Actor) -> bool:
    """Tell whether a brief actor is named well enough to have a page across briefs."""
    words = name_key(actor.name).split()
    if actor.kind == "group" and words and words[-1] in ROLE_NOUNS | {"mps", "meps", "msps"}:
        return False  # "Labour MPs", "Ministers": a description, however capitalised
    if actor.kind != "person" and len(words) == 1 and words[0] in GENERIC_HEADS:
        return False  # "the Bank": a different bank in every article
    if is_proper_name(actor.name):
        return True
    # "Ukraine’s armed forces general staff": a named institution with lower-case words.
    return actor.name[:1].isupper() and actor.kind in ("organisation", "state")


def _is_full(name: str) -> bool:
    return len(name_words(name)) > 1 and is_proper_name(name)


def _surname_only(actor: Actor) -> bool:
    return actor.kind == "person" and len(name_words(actor.name)) == 1


def _link_names(pending: list[tuple[Entry, Actor]], member_of: dict) -> list[Identity]:
    """Group brief actors that share a name or a full alias (union-find over names)."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    linked = []
    for entry, actor in pending:
        if _surname_only(actor):
            continue
        keys = [identity_key(actor)]
        for alias in actor.aliases:
            # A surname ("Brown", "Mr Brown") is shared by many people: it never links.
            key = person_key(alias) if actor.kind == "person" else name_key(alias)
            # Nor does an institution's head noun: "Bank" is a different bank in each article.
            full = actor.kind != "person" or len(name_words(alias)) > 1
            if is_proper_name(alias) and full and key not in GENERIC_HEADS:
                keys.append(key)
        for key in keys[1:]:
            parent[root(key)] = root(keys[0])
        linked.append((entry, actor, keys[0]))
    groups: dict[str, Identity] = {}
    for entry, actor, key in linked:
        identity = groups.setdefault(root(key), Identity())
        identity.members.append((entry, actor))
        member_of[(entry.brief.id, actor.id)] = identity
    return list(groups.values())


def _place_surnames(
    pending: list[tuple[Entry, Actor]],
    member_of: dict,
    persons: list[Identity],
    others: dict[str, Identity],
    splits: dict[tuple[str, str], set[str]],
) -> list[Identity]:
    """Join each surname-only brief actor to its person; return the ones left on their own."""
    by_surname: dict[str, list[Identity]] = {}
    for person in persons:
        for surname in person.surnames():
            by_surname.setdefault(surname, []).append(person)
    facts = {id(p): (p.sexes(), p.role_keys(), len({id(e) for e, _ in p.members})) for p in persons}
    alone: dict[str, Identity] = {}
    for entry, actor in pending:
        if not _surname_only(actor):
            continue
        key = identity_key(actor)
        excluded = splits.get((entry.brief.id, actor.id), set())
        sexes = {s for s in map(sex_of, (actor.name, *actor.aliases)) if s}
        candidates = [
            p
            for p in by_surname.get(key, [])
            if p.curated_id not in excluded
            and not (sexes and facts[id(p)][0] and not sexes & facts[id(p)][0])
        ]
        if len(candidates) > 1:
            roles = {name_key(r) for r in actor.roles}
            candidates = [p for p in candidates if roles & facts[id(p)][1]] or candidates
        if len(candidates) > 1:
            candidates = _dominant(candidates, {id(p): facts[id(p)][2] for p in candidates})
        target = candidates[0] if len(candidates) == 1 else None
        if target is None and not by_surname.get(key):
            # No person of that name: "Fox" the person is "Fox" the organisation, mis-kinded.
            target = others.get(key)
        if target is None:
            target = alone.setdefault(key, Identity())
        target.members.append((entry, actor))
        member_of[(entry.brief.id, actor.id)] = target
    return list(alone.values())


def _dominant(candidates: list[Identity], briefs: dict[int, int]) -> list[Identity]:
    """Return the one candidate far better known than the rest, if there is one.

    A writer who gives only a surname counts on readers knowing whom it means: the
    person named in at least four times as many briefs as anyone else with that
    surname (and in three or more), as "Blair" is Tony, not Ian or Cherie, Blair.
    """
    ranked = sorted(candidates, key=lambda p: -briefs[id(p)])
    top, second = briefs[id(ranked[0])], briefs[id(ranked[1])]
    return ranked[:1] if top >= 3 and top >= 4 * second else candidates


def _merge_variants(
    machine: list[Identity], curated: list[Identity], member_of: dict
) -> list[Identity]:
    """Merge people whose names differ only by a form of their given name or a title.

    "Vince Cable" and "Vincent Cable", "G Brown" and "Gordon Brown", "MP Michael Mates"
    and "Michael Mates" are merged when every person in the group matches every other
    one; "G Brown" beside both "Gordon Brown" and "George Brown" stays for a person to
    decide.
    """
    people = [i for i in (*curated, *machine) if i.members and i.kind() == "person"]
    by_surname: dict[str, list[Identity]] = {}
    for person in people:
        # "Kilroy Silk" also sits with the Kilroy-Silks, whose surname it may be.
        two_words = {" ".join(w) for _, a in person.members if len(w := name_words(a.name)) == 2}
        for surname in person.surnames() | two_words:
            by_surname.setdefault(surname, []).append(person)
    facts = {id(p): (p.sexes(), {name_words(a.name) for _, a in p.members}) for p in people}

    def match(a: Identity, b: Identity) -> bool:
        (sex_a, names_a), (sex_b, names_b) = facts[id(a)], facts[id(b)]
        if (a.curated and b.curated) or (sex_a and sex_b and not sex_a & sex_b):
            return False
        return any(same_person(x, y) for x in names_a for y in names_b)

    parent = {id(p): p for p in people}

    def root(p: Identity) -> Identity:
        while parent[id(p)] is not p:
            p = parent[id(p)]
        return p

    for group in by_surname.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if root(a) is not root(b) and match(a, b):
                    parent[id(root(b))] = root(a)
    groups: dict[int, list[Identity]] = {}
    for person in people:
        groups.setdefault(id(root(person)), []).append(person)
    gone: set[int] = set()
    for group in groups.values():
        if len(group) < 2 or not all(match(a, b) for a in group for b in group if a is not b):
            continue
        target = min(group, key=lambda p: (not p.curated, -len(p.members), p.key()))
        for other in group:
            if other is not target:
                target.members.extend(other.members)
                for entry, actor in other.members:
                    member_of[(entry.brief.id, actor.id)] = target
                gone.add(id(other))
    return [i for i in machine if id(i) not in gone]


def _merge_short_forms(
    machine: list[Identity], curated: list[Identity], member_of: dict
) -> list[Identity]:
    """Merge an organisation or group written short into its one long form ("Lib Dems")."""
    groups = [i for i in (*curated, *machine) if i.members and i.kind() != "person"]
    by_start: dict[tuple[str, int], list[Identity]] = {}
    for group in groups:
        words = name_key(group.name()).split()
        by_start.setdefault((words[0][:2], len(words)), []).append(group)
    gone: set[int] = set()
    for block in by_start.values():
        for short in block:
            if short.curated:
                continue
            words = name_key(short.name()).split()
            longs = [
                g
                for g in block
                if g is not short and abbreviates(words, name_key(g.name()).split())
            ]
            if len(longs) == 1 and id(longs[0]) not in gone:
                longs[0].members.extend(short.members)
                for entry, actor in short.members:
                    member_of[(entry.brief.id, actor.id)] = longs[0]
                gone.add(id(short))
    return [i for i in machine if id(i) not in gone]


def _merge_listed(
    machine: list[Identity], ids: dict[int, str], curated: dict[str, Identity], member_of: dict
) -> list[Identity]:
    """Move machine identities whose id an entry lists in `merge` into that entry."""
    wanted = {m: curated[key] for key, c in curated.items() if c.curated for m in c.curated.merge}
    kept = []
    for identity in machine:
        target = wanted.get(ids[id(identity)])
        if target is None:
            kept.append(identity)
            continue
        target.members.extend(identity.members)
        for entry, actor in identity.members:
            member_of[(entry.brief.id, actor.id)] = target
    return kept


def _stale_references(
    entries: list[Entry],
    registry: dict[str, ActorEntry],
    file: str,
    machine_ids: set[str],
    curated: dict[str, Identity],
) -> list[str]:
    actors = {(e.brief.id, a.id) for e in entries for a in e.brief.actors}
    notes = []
    for key, entry in registry.items():
        for attr in ("mentions", "split"):
            for i, ref in enumerate(getattr(entry, attr)):
                if tuple(ref.split("/")) not in actors:
                    notes.append(f"{file}: {key}.{attr}[{i}]: no brief actor {ref}; no effect")
        # A merge the other rules made already (a surname joining the entry) is no error.
        joined = {page_slug(name_key(a.name), "actor") for _, a in curated[key].members}
        for i, other in enumerate(entry.merge):
            if other not in machine_ids and other != key and other not in joined:
                notes.append(f"{file}: {key}.merge[{i}]: no actor {other} to merge; no effect")
    return notes


def assign_ids(identities: list[Identity], taken: set[str]) -> dict[int, str]:
    """Give each identity its page id: curated key, else the slug of its name.

    Two different names with one slug ("O'Neill", "ONeill") each get a short hash of
    their name appended, unless one name is the slug itself, so no id depends on which
    other actors happen to exist or in which order they arrived.
    """
    ids = {id(i): i.curated_id for i in identities if i.curated_id}
    taken = set(taken) | set(ids.values()) | RESERVED_IDS
    wanting: dict[str, list[tuple[str, Identity]]] = {}
    for identity in identities:
        if not identity.curated_id:
            key = identity.key()
            wanting.setdefault(page_slug(key, "actor"), []).append((key, identity))
    for base, group in wanting.items():
        group.sort(key=lambda pair: (pair[0], KIND_ORDER.index(pair[1].kind())))
        for key, identity in group:
            plain = len(group) == 1 or key == base.replace("-", " ")
            candidate = base if plain and base not in taken else f"{base}-{digest(key)}"
            if candidate in taken:
                # The same name for two kinds ("Brown" the person, "Brown" the firm).
                candidate = f"{candidate}-{identity.kind()}"
            taken.add(candidate)
            ids[id(identity)] = candidate
    return ids
