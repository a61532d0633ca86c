"""Turn the document's entities into the brief's actors: ids, kinds, roles, aliases."""

from __future__ import annotations

import re
import unicodedata

from briefgen.extract.coref import Entity, key
from briefgen.extract.duplicates import MEMBERS, apposition, duplicates
from briefgen.extract.entityhood import (
    WORK_NOUNS,
    agent_description,
    agent_noun,
    credited_work,
    document_head,
    lower_word,
    not_an_entity,
    photo_credit,
    publisher,
    spans_of,
    sport_story,
    team_of_country,
    thing_name,
)
from briefgen.extract.lexicon import (
    DEMONYMS,
    FEMALE_NAMES,
    HONORIFICS,
    MALE_NAMES,
    NOT_ACTOR_WORDS,
    NOT_NAMES,
    ROLE_NOUNS,
)
from briefgen.schema import Actor


def slug(text: str) -> str:
    """Return a lowercase, hyphenated id made of ASCII letters and digits."""
    text = unicodedata.normalize("NFKD", text.replace("’", "").replace("'", ""))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "actor"


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

    `text` is the article's, to tell a surname from a company's name (see `_kind`).
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
    kinds = {e.number: _kind(e, text) for e in chosen}
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
        base = slug(name)
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
    for entity in entities:
        if entity.named or not entity.spoke or not _person_head(entity.name):
            continue
        forms = {f for f in (entity.name, *entity.aliases) if f}
        fits = [
            e
            for e in entities
            if e.named
            and e.kind in (None, "person")
            and len(e.name.split()) > 1
            and apposition(forms, [e.name], text)
        ]
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
            found = publisher(name, {k: v for k, v in owners.items() if v}, text)
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


def _kind(entity: Entity, text: str = "") -> str:
    """Return an actor's kind; a speaker the article never typed is a person, or an
    organisation when its name is an acronym; a place that speaks stands for its state."""
    if not entity.named and key(entity.name).split()[-1:] in (["people"], ["public"]):
        return "group"  # "people said", "the public": many people
    if not entity.named and key(entity.name).split()[-1:] in [[w] for w in _FIRM_HEADS]:
        return "organisation"  # "a High Street retailer", "the US carrier"
    if not entity.named and entity.kind != "group" and _person_head(entity.name):
        return "person"  # "its chief executive", "the prime minister's official spokesman"
    if entity.kind in ("place", "state"):
        # In a sports report a country that acts or speaks is its national team.
        return "organisation" if text and team_of_country(entity.name, text) else "state"
    if _common_words_name(entity, text):
        return "organisation"  # "Economic Development", "Health Canada"'s like: a department
    if entity.named and text and _named_after(entity, text, _BAND_BEFORE):
        return "group"  # "indie band Franz Ferdinand", "pop group Busted": before "group" a body
    if entity.kind in (None, "person") and _described_as_body(entity, text):
        return "organisation"  # "Chinese computer firm Lenovo", "analysts Nielsen"
    if entity.kind in (None, "person") and text and _has_officers(entity, text):
        return "organisation"  # "director general of Age Concern", "Sony Ericsson's chairman"
    if entity.kind in (None, "person") and key(entity.name) in _COUNTRY_PLURALS:
        return "group"  # "Britons", "Scots": many people
    if entity.kind in (None, "person") and _plural_people(entity.name):
        return "group"  # "New York DJs", "Dutch people": many people, however capitalised
    if entity.named and text and " " in entity.name and _named_after(entity, text, _FIRM_BEFORE):
        return "organisation"  # "building products group James Hardie"
    if entity.kind in (None, "person") and text and _the_plural(entity, text):
        # "the Gunners", "the Canucks": a team's or a body's nickname, never a person's
        return "organisation" if sport_story(text) else "group"
    told = _one_word_kind(entity, text) if text else None
    if told is not None and entity.kind in (None, "person", "organisation"):
        return told
    if entity.kind is not None:
        return entity.kind
    if key(entity.name) in MEMBERS:
        return "person"  # "the MEP", "the MPP": a member, not a body
    if re.fullmatch(r"[A-Z][A-Z0-9&.]{1,6}", entity.name):
        return "organisation"
    if _starts_sentences_only(entity, text):
        return "group"  # "Organisers say ...", "Analysts said ...": a plural noun
    if _one_word_body(entity, text):
        return "organisation"
    return "person"


def _person_head(description: str) -> bool:
    """Tell whether an unnamed description is headed by a person's role: "its chief
    executive", "a spokesman for the union" (not "the union" itself)."""
    words = description.lower().replace("’", "'").split()
    cut = next((i for i, w in enumerate(words) if w in ("for", "of", "at", "from") and i), None)
    words = words[:cut] if cut else words
    if not words or (words[-1].endswith("s") and not words[-1].endswith("ss")):
        return False  # "critics", "ministers": a group
    if words[-1] in _COLLECTIVES:
        return False  # "police", "staff": many people
    return words[-1] in ROLE_NOUNS and words[-1] not in _BODY_NOUNS


# Heads of unnamed descriptions of a firm: "a High Street retailer said".
_FIRM_HEADS = frozenset(
    "retailer carrier airline insurer lender broadcaster publisher manufacturer maker "
    "supermarket chain operator conglomerate brewer carmaker".split()
)
# Singular nouns for many people: "police said", "staff were told".
_COLLECTIVES = frozenset("police staff crew public clergy personnel management".split())


def _one_word_kind(entity: Entity, text: str) -> str | None:
    """Return the kind the article's "it" or "he" tells of a one-word actor with no first
    name, honorific or role, or None."""
    if " " in entity.name.strip() or entity.roles or entity.sure_gender:
        return None
    low = entity.name.lower()
    if low in MALE_NAMES or low in FEMALE_NAMES or low in DEMONYMS:
        return None
    return _speaks_of_itself(entity.name, text)


def _described_as_body(entity: Entity, text: str) -> bool:
    """Tell whether the article calls a name by a noun for a body, right before it ("firm
    Lenovo", "US partner Biogen Idec", "analysts Gartner") or as its role."""
    if entity.gender or entity.sure_gender:
        return False
    for role in entity.roles:
        words = role.lower().split()
        # "head of the group" is a person's role: the head noun comes before "of"
        cut = next((i for i, w in enumerate(words) if w in _ROLE_ENDS and i), len(words))
        if words[:cut] and words[cut - 1] in _BODY_NOUNS:
            return True
    for start, _ in spans_of(entity.name, text):
        if _BODY_BEFORE.search(text[max(0, start - 30) : start]):
            return True
    return False


def _has_officers(entity: Entity, text: str) -> bool:
    """Tell whether the article gives a name the officers only a body has, and no sign of a
    person (a first name, an honorific, a gender): "Gordon Lishman, director general of Age
    Concern", "the chief executive of Sony Ericsson", "Clearswift's director of research"."""
    words = key(entity.name).split()
    if not words or entity.gender or entity.sure_gender or entity.roles:
        return False
    if words[0] in MALE_NAMES or words[0] in FEMALE_NAMES or _honorific_alias(entity):
        return False
    for start, end in spans_of(entity.name, text):
        if _OFFICER_OF.search(text[max(0, start - 40) : start]):
            return True
        if _OFFICER_AFTER.match(text, end) or _FIRM_AFTER.match(text, end):
            return True
        if len(words) > 1 and _ITS_AFTER.match(text, end):
            return True  # "Sony Ericsson said its sales rose": a person is not "its"
    return False


_SP = r"[\s\u00a0]+"
# Officers only a body has: a person has no chief executive or shareholders.
_OFFICERS = (
    rf"chief{_SP}executive|chief{_SP}operating{_SP}officer|managing{_SP}director|"
    rf"director[\s-]+general|finance{_SP}director|chairman|chairwoman|boss|shareholders|"
    r"directors|board"
)
_OFFICER_OF = re.compile(rf"\b(?:{_OFFICERS}|director|founder){_SP}(?:of|at){_SP}(?:the{_SP})?$")
_OFFICER_AFTER = re.compile(
    rf"['’]s{_SP}(?:(?:new|former|own|acting|interim){_SP})?(?:{_OFFICERS}|director{_SP}of)\b"
)

# "Sony Ericsson, the world's fifth biggest handset maker": a firm in apposition.
_FIRM_NOUNS = (
    r"firm|company|group|maker|retailer|giant|bank|carrier|brand|label|conglomerate|"
    r"manufacturer|airline|chain|broadcaster|publisher|insurer|lender|operator|charity|"
    r"organisation|organization|body|agency|association|venture|business"
)
_FIRM_AFTER = re.compile(
    rf",{_SP}(?:the|a|an){_SP}(?:(?!(?:of|for|at|with|in)\b)[\w'’-]+{_SP}){{0,4}}?"
    rf"(?:{_FIRM_NOUNS})\b(?![\w-])"
)
_ITS_AFTER = re.compile(rf"{_SP}(?:(?:has|had|have){_SP})?(?:[a-z]+{_SP}){{0,3}}?(?:its|itself)\b")


def _honorific_alias(entity: Entity) -> bool:
    """Tell whether the article also names an entity with an honorific ("Mr Hardie")."""
    return any(
        len(a.split()) > 1 and a.split()[0].lower().rstrip(".") in HONORIFICS
        for a in entity.aliases
    )


_ROLE_ENDS = frozenset("of for at with in from on to".split())


def _plural_people(name: str) -> bool:
    """Tell whether a name of two words or more ends in a plural noun for people."""
    words = key(name).split()
    if len(words) < 2 or words[0] in MALE_NAMES or words[0] in FEMALE_NAMES:
        return False
    last = words[-1]
    if last in ("people", "men", "women", "children", "boys", "girls"):
        return True
    return last.endswith("s") and not last.endswith("ss") and last[:-1] in ROLE_NOUNS


def _named_after(entity: Entity, text: str, before: re.Pattern[str]) -> bool:
    """Tell whether the article writes a noun for a band or a firm right before the name,
    with no honorific ("Mr Hardie") anywhere to say it is a person's."""
    if any(
        len(a.split()) > 1 and a.split()[0].lower().rstrip(".") in HONORIFICS
        for a in entity.aliases
    ):
        return False
    return any(
        before.search(text[max(0, start - 30) : start]) for start, _ in spans_of(entity.name, text)
    )


_BAND_BEFORE = re.compile(
    r"\b(?:band|bands|duo|trio|quartet|(?:pop|rock|indie|punk|boy|girl|folk|metal|rap)"
    r"[\s\u00a0]+group)[\s\u00a0]+(?:the[\s\u00a0]+)?$",
    re.I,
)
# Nouns for a firm right before its name, which no person is called: "group James Hardie"
# (not "rival" or "partner", which people are too).
_FIRM_BEFORE = re.compile(
    r"(?<![\w-])(?:firm|company|group|maker|retailer|giant|bank|carrier|brand|"
    r"label|conglomerate|manufacturer|airline|chain|broadcaster|publisher|insurer|lender)"
    r"[\s\u00a0]+$"
)


# Nouns for a firm or a body that news writes right before its name: "firm Lenovo".
_BODY_NOUNS = frozenset(
    "firm firms company companies group maker makers giant giants retailer retailers bank "
    "banks carrier operator operators network broadcaster publisher studio studios agency "
    "insurer lender chain brand label conglomerate manufacturer manufacturers supplier "
    "developer developers producer distributor airline airlines partner partners rival "
    "rivals analysts consultancy consultants watchdog regulator charity club side".split()
)
# Not after a hyphen: "film-maker George Lucas" is a person.
_BODY_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(_BODY_NOUNS))})[\s\u00a0]+$")


def _common_words_name(entity: Entity, text: str) -> bool:
    """Tell whether a name of two words or more is made only of words the article also
    writes in lower case, with no first name, honorific or gender: a department or a
    programme ("Economic Development", "Public Safety"), not a person."""
    words = entity.name.split()
    if len(words) < 2 or entity.kind not in (None, "person") or entity.gender or entity.sure_gender:
        return False
    if words[0].lower() in MALE_NAMES or words[0].lower() in FEMALE_NAMES:
        return False
    if any(
        len(a.split()) > 1 and a.split()[0].lower().rstrip(".") in HONORIFICS
        for a in entity.aliases
    ):
        return False
    if all(lower_word(w, text) for w in words if w.lower() not in ("of", "and", "for", "the")):
        return True
    # "Shared Health", "Crown Investments": a body's name ends in a common noun; a
    # person's rarely does, except surnames that are words ("Brown", "Wood").
    last = words[-1].lower()
    return (
        not entity.roles
        and entity.named
        and entity.name[:1].isupper()
        and not agent_noun(last)
        and lower_word(last, text)
        and last not in _WORD_SURNAMES
        and not any(len(a.split()) == 1 and key(a) == key(last) for a in entity.aliases)
    )


# Surnames that are also words, so a name ending in one may be a person's.
_WORD_SURNAMES = frozenset(
    "brown green white black young king hill wood hunter fox bell rice stone price cook baker "
    "turner walker wright mason carter cooper fisher parker ward hall long short little "
    "may march rose lamb page day west north south ball bush cash gates hope love moon "
    "field fields banks best bird bishop bond burns chance church cross dean duke grant "
    "gray grey hart head hood lane law lord marsh mills moore noble park pope reed rich "
    "rush sharp shaw small snow steel street strong swan wall waters webb wise".split()
)


def _starts_sentences_only(entity: Entity, text: str) -> bool:
    """Tell whether a one-word plural speaker is capitalised only where a sentence starts."""
    name = entity.name.strip()
    if " " in name or not re.fullmatch(r"[A-Z][a-z]+[^s]s", name) or not text:
        return False
    for match in re.finditer(rf"\b{re.escape(name)}\b", text):
        before = text[: match.start()].rstrip(" \t\u00a0\"“‘'")
        if before and before[-1] not in ".!?:\n":
            return False
    return True


def _the_plural(entity: Entity, text: str) -> bool:
    """Tell whether a one-word plural name always follows "the" ("the Gunners")."""
    name = entity.name.strip()
    if " " in name or not re.fullmatch(r"[A-Z][a-z]+[^s']s", name) or entity.sure_gender:
        return False
    spans = spans_of(name, text)
    return bool(spans) and all(text[max(0, s - 4) : s].lower() == "the " for s, _ in spans)


def _one_word_body(entity: Entity, text: str) -> bool:
    """Tell whether a speaker is a company or body by one name ("Nokia said"): the article
    never gives it a first name, a title, a role, or "he" or "she"."""
    name = entity.name.strip()
    if " " in name or entity.roles or entity.gender or entity.sure_gender:
        return False
    low = name.lower()
    if low in DEMONYMS or low in MALE_NAMES or low in FEMALE_NAMES or low in _PEOPLE_WORDS:
        return False  # "Harry said", "the Czech said"
    if low.endswith(("man", "ian", "ese")):
        return False  # "the Frenchman said", "the Austrian said", "the Portuguese said"
    if _speaks_of_itself(name, text) == "person":
        return False
    for match in re.finditer(rf"\b([A-Z][\w'’-]*)[ \u00a0]+{re.escape(name)}\b", text):
        before = match.group(1).lower()
        if before not in _BEFORE_ANY_NAME and before not in NOT_NAMES:
            return False  # "Arsene Wenger" somewhere: "Wenger" is his surname ("Both Sony" no)
    return not any(
        len(alias.split()) > 1 and alias.split()[0].lower().rstrip(".") in HONORIFICS
        for alias in entity.aliases
    )


def _speaks_of_itself(name: str, text: str) -> str | None:
    """Return "organisation" when the article writes of a one-word name as "it" ("Marsh has
    said it is co-operating", "Marsh has replaced its chief executive"), "person" for "he"
    or "she", else None."""
    person = body = False
    for _, end in spans_of(name, text):
        after = text[end : end + 50]
        person = person or bool(_HE_AFTER.search(after))
        body = body or bool(_IT_AFTER.search(after))
    if person and not body:
        return "person"
    if body and not person:
        return "organisation"
    return None


_NEAR = r"^[\s\u00a0]+(?:(?:has|had|have)[\s\u00a0]+)?(?:[a-z]+[\s\u00a0]+){0,3}?"
_HE_AFTER = re.compile(_NEAR + r"(?:he|she|his|her|him|himself|herself)\b")
_IT_AFTER = re.compile(_NEAR + r"(?:it|its|itself)\b")


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


# Plurals of people by their country that no rule of endings tells ("Americans" does).
_COUNTRY_PLURALS = frozenset("britons scots danes swedes poles czechs greeks thais".split())
# One-word speakers that are people whatever else the article says.
_PEOPLE_WORDS = frozenset("briton britons czech scot swiss greek thai dane swede pole".split())
# Capitalised words that may stand before a company's name: "The Sony", "At Nokia".
_BEFORE_ANY_NAME = frozenset(
    "the a an but and at in on for from with by as when while if after before since of to "
    "its his her their our rival says said".split()
)
