"""Turn the document's entities into the brief's actors: ids, kinds, roles, aliases."""

from __future__ import annotations

import re

from briefgen.briefs.schema import Actor
from briefgen.extract.actor_kinds import actor_kind, person_head
from briefgen.extract.coref import Entity
from briefgen.extract.duplicates import apposed_starts, duplicates
from briefgen.extract.entityhood import (
    WORK_NOUNS,
    agent_description,
    credited_work,
    document_head,
    not_an_entity,
    photo_credit,
    publisher,
    spans_of,
    thing_name,
)
from briefgen.extract.lexicon import (
    DEMONYMS,
    FEMALE_NAMES,
    HONORIFICS,
    MALE_NAMES,
    NOT_ACTOR_WORDS,
    NOT_NAMES,
)
from briefgen.text.folding import fold as key
from briefgen.text.folding import slug


def is_actor(entity: Entity, text: str = "") -> bool:
    """Tell whether an entity belongs in the brief's list of actors.

    A source that is no entity never is one, even when the rules heard it speak: a
    description that names no one ("bright colours", "Many"), a common word, a title,
    a bill or a photo credit (`entityhood`).
    """
    if not entity.named:
        return entity.spoke and agent_description(entity.name)
    if _no_entity(entity, text):
        return False
    if entity.spoke:
        return True
    if entity.kind in (None, "place") or not entity.mentioned:
        return False
    words = key(entity.name).split()
    if words and words[-1] in NOT_ACTOR_WORDS:
        return False
    return not (entity.kind == "person" and len(words) < 2 and not entity.roles)


def build_actors(entities: list[Entity], text: str = "") -> tuple[list[Actor], dict[int, str]]:
    """Return the actors (speakers first, then in order of appearance) and entity -> actor id.

    `text` is the article's, to tell a surname from a company's name (see `actor_kinds`).
    """
    published = _publishers(entities, text)
    for doc, owner in published.items():
        entities[owner].spoke = entities[owner].spoke or entities[doc].spoke
    # A publisher that is no actor after all leaves its document a source of its own.
    published = {d: o for d, o in published.items() if is_actor(entities[o], text)}
    for entity in entities:
        _whole_name(entity, text)
    _named_in_apposition(entities, text)
    chosen = [e for e in entities if e.number not in published and is_actor(e, text)]
    kinds = {e.number: actor_kind(e, text) for e in chosen}
    same = duplicates(chosen, kinds, text)
    by_number = {e.number: e for e in chosen}
    for number, other in same.items():
        _join(by_number[other], by_number[number])
    chosen = [e for e in chosen if e.number not in same]
    chosen.sort(key=lambda e: (not e.spoke, e.number))
    surnames = {
        key(e.name).split()[-1]
        for e in chosen
        if kinds[e.number] == "person" and " " in e.name.strip()
    }
    ids: dict[int, str] = {}
    used: set[str] = set()
    actors = []
    for entity in chosen:
        kind = kinds[entity.number]
        name = entity.name
        if kind == "person" and entity.named and key(name) in surnames:
            # "Mrs Howard" beside "Michael Howard": her own name, not his surname.
            name = next((a for a in entity.aliases if _honoured(a, name)), name)
        base = slug(name) or "actor"
        actor_id = base
        n = 2
        while actor_id in used:
            actor_id = f"{base}-{n}"
            n += 1
        used.add(actor_id)
        ids[entity.number] = actor_id
        aliases = [a for a in (entity.name, *entity.aliases) if key(a) != key(name)]
        if kind != "person" and entity.name.lower().startswith("the "):
            aliases.append(entity.name)
        # "Donald J. Trump" is also "Donald Trump".
        initial = re.fullmatch(r"(\S+) (?:[A-Z]\. ?|[A-Z] )+(\S+)", entity.name)
        if kind == "person" and initial:
            aliases.append(f"{initial.group(1)} {initial.group(2)}")
        # Typewriter apostrophes too, so "Ukraine's" finds "Ukraine’s".
        aliases += [n.replace("’", "'") for n in (entity.name, *aliases) if "’" in n]
        actors.append(
            Actor(
                id=actor_id,
                name=_display(name),
                kind=kind,
                roles=list(entity.roles),
                aliases=_unique(aliases),
            )
        )
    for number, other in same.items():
        ids[number] = ids[other]
    for doc, owner in published.items():
        if owner in ids:
            ids[doc] = ids[owner]  # what "the report" said, its publisher said
    return actors, ids


def _named_in_apposition(entities: list[Entity], text: str) -> None:
    """Give an unnamed speaker's words to the one name the article writes beside it: "An
    Egyptian education official, Omar Nasser, visited ... "...," the official said" is
    Omar Nasser's. The name becomes a person who spoke; `duplicates` then joins the two."""
    if not text:
        return
    name_at: dict[int, list[Entity]] | None = None  # where each full name stands
    for entity in entities:
        if entity.named or not entity.spoke or not person_head(entity.name):
            continue
        if name_at is None:
            name_at = {}
            for e in entities:
                if e.named and e.kind in (None, "person") and len(e.name.split()) > 1:
                    for start, _ in spans_of(e.name, text):
                        name_at.setdefault(start, []).append(e)
        forms = frozenset(f for f in (entity.name, *entity.aliases) if f)
        starts = apposed_starts(forms, text)
        fits = list({id(e): e for at in sorted(starts) for e in name_at.get(at, ())}.values())
        if len(fits) == 1:
            fits[0].spoke = True
            fits[0].kind = "person"


def _join(keep: Entity, other: Entity) -> None:
    """Make `keep` the actor `other` also is: its names, roles and speech."""
    keep.spoke = keep.spoke or other.spoke
    if keep.named and not other.named:
        # "a spokesman for the firm, Tim Hale": the description is his role, not his name
        if other.name not in keep.roles and key(other.name) not in map(key, keep.roles):
            keep.roles.append(other.name)
        keep.roles += [r for r in other.roles if r not in keep.roles]
        return
    for name in (other.name, *other.aliases):
        if key(name) != key(keep.name) and name not in keep.aliases:
            keep.aliases.append(name)
    keep.roles += [r for r in other.roles if r not in keep.roles]


def _publishers(entities: list[Entity], text: str) -> dict[int, int]:
    """Return, for each document that spoke ("the report", "the Beige Book"), the entity
    the article says published it (see `entityhood.publisher`)."""
    owners = {
        e.number: [n for n in (e.name, *e.aliases) if n[:1].isupper()]
        for e in entities
        if e.named
        and e.kind in (None, "person", "organisation", "state")
        and not document_head(e.name)
    }
    owners = {k: v for k, v in owners.items() if v}
    # "In a statement, the party said": an unnamed body may publish too, when no named one does.
    bodies = {
        e.number: [e.name]
        for e in entities
        if not e.named and e.spoke and e.kind == "organisation" and not document_head(e.name)
    }
    out = {}
    alone = []
    for entity in entities:
        doc = document_head(entity.name) if entity.spoke else None
        if doc is None:
            continue
        docs = [entity.name] if entity.named else []
        owner = _owner_in_name(entity.name, owners)
        if owner is not None:
            out[entity.number] = owner  # "Bank of Mexico's figures": the bank's
            continue
        for name in [*docs, doc]:
            found = publisher(name, owners, text)
            if found is None and bodies:
                found = publisher(name, bodies, text)
            if found is not None:
                out[entity.number] = found
                break
        else:
            if not _by_authors(entity, doc, text):
                alone.append(entity.number)
    if len(set(out.values())) == 1:
        # "a new study has found" in the lede, "a survey by Mirapoint" later: the one
        # document the article reports on, by the one publisher it names
        owner = next(iter(out.values()))
        for number in alone:
            if not entities[number].named:
                out[number] = owner
    return out


def _owner_in_name(name: str, owners: dict[int, list[str]]) -> int | None:
    """Return the owner a document's name opens with: "Bank of Mexico's figures"."""
    for number, names in owners.items():
        if any(name.startswith((f"{n}'s ", f"{n}’s ")) for n in names):
            return number
    return None


def _by_authors(entity: Entity, doc: str, text: str) -> bool:
    """Make a document that names no publisher its authors, where the article describes
    them: "a report by two MPs' committees", "a study by economists at Leeds University"
    are theirs. Return whether it did."""
    if entity.named:
        return False
    for match in re.finditer(rf"\b{re.escape(doc)}s?\b", text):
        found = _AUTHORS.match(text, match.end())
        if found and agent_description(found.group("a")) and not document_head(found.group("a")):
            authors = found.group("a")
            entity.name = authors
            entity.aliases = []
            entity.kind = "group" if _plural(authors) else "organisation"
            return True
    return False


# "by two MPs' committees", "by economists at Leeds University": lower-case words after "by".
_AUTHORS = re.compile(
    r"(?:[\s\u00a0]+(?:last|this|next)[\s\u00a0]+(?:year|month|week))?"
    r"[\s\u00a0]+(?:conducted[\s\u00a0]+|carried[\s\u00a0]+out[\s\u00a0]+|drawn[\s\u00a0]+up[\s\u00a0]+)?"
    r"by[\s\u00a0]+(?P<a>(?:two|three|four|several|some|a|an|the)?[\s\u00a0]*"
    r"[a-z][\w'’-]*(?:[\s\u00a0]+(?:[a-z][\w'’-]*|at|of|from|[A-Z][\w'’-]*)){0,5}?)"
    r"(?=[,.;:]|[\s\u00a0]+(?:said|says|found|has|have|had|which|who|that|for|on|in|[a-z]+ed)\b)"
)


def _plural(description: str) -> bool:
    words = description.lower().split()
    cut = next((i for i, w in enumerate(words) if w in ("at", "of", "from") and i), len(words))
    head = words[cut - 1] if words[:cut] else ""
    return head.endswith("s") and not head.endswith("ss")


def _whole_name(entity: Entity, text: str) -> None:
    """Give back a name the demonym it was cut from, when the demonym was read as a role:
    "British Phonographic Industry", "Canadian Medical Association" are one name, and a
    body's; "the British comedian" stays a role."""
    if not entity.named or entity.gender or entity.sure_gender:
        return
    first = entity.name.split()[0].lower() if entity.name.split() else ""
    if first in MALE_NAMES or first in FEMALE_NAMES:
        return
    for role in entity.roles:
        if role.lower() not in DEMONYMS or not spans_of(f"{role} {entity.name}", text):
            continue
        entity.aliases.append(entity.name)
        entity.name = f"{role} {entity.name}"
        entity.roles = [r for r in entity.roles if r != role]
        entity.kind = "organisation"
        return


def _owned_thing(name: str) -> bool:
    """Tell whether a name is a possessive and lower-case words that name no speaker."""
    for mark in ("'s ", "’s "):
        if mark in name:
            rest = name.split(mark, 1)[1]
            return rest[:1].islower() and not agent_description(rest)
    return False


def _work_role(role: str) -> bool:
    """Tell whether a role names a work ("a new track", "his latest film"), not a person's
    part ("spokesman for the show", "fan of the book")."""
    words = role.lower().split()
    cut = next((i for i, w in enumerate(words) if w in ("for", "of", "at", "on", "from")), None)
    words = words[:cut] if cut is not None else words
    return bool(words) and words[-1] in WORK_NOUNS - {"report", "column", "magazine", "newspaper"}


def _inside_longer_name(name: str, text: str) -> bool:
    """Tell whether a plural name stands only inside a longer one, before its possessive
    apostrophe: "Athletics Writers" of "the British Athletics Writers' Association"."""
    if not name.endswith("s"):
        return False
    spans = spans_of(name, text)
    return bool(spans) and all(_PLURAL_POSSESSIVE.match(text, end) for _, end in spans)


_PLURAL_POSSESSIVE = re.compile(r"['’][\s\u00a0]+[A-Z]")


def _no_entity(entity: Entity, text: str) -> bool:
    """Tell whether a named entity is no actor: see `entityhood.not_an_entity`."""
    if text and _inside_longer_name(entity.name, text):
        return True
    if any(_work_role(r) for r in entity.roles) or (text and credited_work(entity.name, text)):
        return True  # "Misunderstood, a new track": a role that says it is a work
    titled = entity.roles or any(
        len(a.split()) > 1 and a.split()[0].lower().rstrip(".") in HONORIFICS
        for a in entity.aliases
    )
    if titled and entity.kind == "person":
        return False  # "Mr King", "Captain Smith": a person, whatever the word
    names = [entity.name, *entity.aliases]
    if _owned_thing(entity.name):
        return True  # "Michael McIndoe's corner": a person's thing, not the person
    if entity.name[:1].islower():
        # "the government's future aviation (plans)": a phrase read as an owner's thing
        return not agent_description(entity.name)
    if entity.kind in ("organisation", "state"):
        return all(key(n) in NOT_NAMES or thing_name(n) or photo_credit(n, text) for n in names)
    return not_an_entity(entity.name, text)  # the fullest name the article gives


def _honoured(alias: str, name: str) -> bool:
    """Tell whether an alias is a name with its honorific: "Mrs Howard" for "Howard"."""
    words = alias.split()
    return len(words) == 2 and words[0].lower() in HONORIFICS and key(words[1]) == key(name)


def _display(name: str) -> str:
    """Drop a leading 'the' from a name: 'the Kremlin' is the actor 'Kremlin'."""
    return name[4:] if name.lower().startswith("the ") and len(name) > 4 else name


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
