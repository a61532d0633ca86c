"""Find the actors of one brief that are one actor under two names.

Coreference joins most names as it reads ("Putin" after "Vladimir Putin"); what it
leaves apart, a reader still sees as one: "Chris" beside "Chris Anderson" (a first name
alone), "de Vabres" beside "Renaud Donnedieu de Vabres", "the Fed" beside "the US Federal
Reserve", "Jupiter" beside "Jupiter Research", "the party" beside the one party named,
"a spokesperson" beside "a Delta spokesperson", or the same name twice.
"""

from __future__ import annotations

import re

from briefgen.extract import lexicon as lx
from briefgen.extract.coref import Entity
from briefgen.extract.entityhood import spans_of
from briefgen.extract.kinds import ORG_OPENERS
from briefgen.text.folding import fold as key

# Unnamed descriptions that stand for the one organisation of their kind the article names.
_BODY_HEADS = frozenset(
    "company firm group corporation business carrier airline retailer maker bank party "
    "ministry department agency council union club team league association".split()
)


def duplicates(chosen: list[Entity], kinds: dict[int, str], text: str = "") -> dict[int, int]:
    """Return entity number -> the number of the entity it is the same actor as.

    Each rule joins only when exactly one other actor fits, so two people called Chris
    or two parties keep a first name or "the party" apart.
    """
    out: dict[int, int] = {}

    def target(entity: Entity, fits: list[Entity]) -> None:
        fits = [f for f in fits if f is not entity and f.number not in out]
        if len(fits) == 1 and entity.number not in out:
            out[entity.number] = fits[0].number

    named = [e for e in chosen if e.named]
    people = [e for e in named if kinds[e.number] == "person"]
    bodies = [e for e in named if kinds[e.number] == "organisation"]
    seen: dict[tuple[str, str], Entity] = {}
    for entity in named:
        same = seen.setdefault((key(entity.name), kinds[entity.number]), entity)
        if same is not entity:
            out[entity.number] = same.number
    surnames = {key(p.name).split()[-1] for p in people if len(p.name.split()) > 1}
    for entity in people:
        words = key(entity.name).split()
        if len(words) == 1 and words[0] not in surnames:
            # "Mr Montieth" beside "David Monteith": two letters swapped, a typing slip
            target(
                entity,
                [p for p in people if _full(p) and _swapped(words[0], key(p.name).split()[-1])],
            )
        if _honoured(entity):
            continue
        if len(words) == 1 and words[0] not in surnames:
            # "Chris" beside "Chris Anderson"
            target(entity, [p for p in people if key(p.name).split()[:1] == words and _full(p)])
        elif len(words) > 1:
            # "de Vabres" beside "Renaud Donnedieu de Vabres"
            target(
                entity,
                [
                    p
                    for p in people
                    if len(key(p.name).split()) > len(words)
                    and key(p.name).split()[-len(words) :] == words
                ],
            )
    for entity in named:
        words = key(entity.name).split()
        if entity.number in out or (kinds[entity.number] == "person" and len(words) == 1):
            continue
        # "Exchange Commission" or "Media and Sport" cut from the one body named in full
        target(
            entity,
            [
                b
                for b in bodies
                if len(key(b.name).split()) > len(words)
                and key(b.name).split()[-len(words) :] == words
                and len(words) > 1
            ],
        )
    for entity in named:
        words = key(entity.name).split()
        if len(words) == 1:
            # "Menatep" beside "Group Menatep", whatever kind the word alone was given
            target(entity, [b for b in bodies if key(b.name).split() in (_opened(words[0]))])
            # "Media" beside "Independent News & Media"
            target(
                entity, [b for b in bodies if "&" in b.name and key(b.name).split()[-1:] == words]
            )
    for entity in bodies:
        words = key(entity.name).split()
        if len(words) == 1:
            target(entity, [b for b in bodies if _short_form(words[0], key(b.name).split())])
        if len(words) == 1 and words[0] not in lx.ORG_NAMES and words[0] not in surnames:
            # "Eva said", typed a body for want of a first name the lexicon knows, beside
            # "Eva Ludvig"
            target(entity, [p for p in people if key(p.name).split()[:1] == words and _full(p)])
    for entity in chosen:
        if entity.named or kinds[entity.number] != "organisation":
            continue
        head = key(entity.name)
        if head in _BODY_HEADS:
            # "the party" beside the one party the article names
            fits = [b for b in bodies if key(b.name).split()[-1] == head]
            if not fits and head in ("company", "firm", "group", "corporation", "business"):
                fits = bodies
            target(entity, fits)
    unnamed = [e for e in chosen if not e.named]
    for entity in [*unnamed, *people]:
        if entity.named and not _DEMONYM_MAN.fullmatch(key(entity.name)):
            continue
        if kinds[entity.number] == "person" and text:
            # "its Paris lawyer, Emmanuel Gaillard", "the Dutchman" beside "Dutch striker
            # Ruud van Nistelrooy": the one named person the description fits
            target(entity, [p for p in people if _describes(entity, p, text)])
    speakers = [p for p in people if p.spoke and _full(p) and p.named]
    for entity in [*unnamed, *people]:
        if entity.number in out or kinds[entity.number] != "person" or not text:
            continue
        head = _head(entity.name)
        role = head in lx.ROLE_NOUNS or head in MEMBERS
        if entity.named and (len(entity.name.split()) > 1 or not role):
            continue
        if role and head not in _OWN_PEOPLE and _definite(entity, text):
            # "The MEP said", "its chief executive has said": the story's one named speaker
            target(entity, speakers)
    for entity in unnamed:
        words = key(entity.name).split()
        if len(words) == 1:
            # "a spokesperson" beside "a Delta spokesperson"
            target(
                entity,
                [
                    u
                    for u in unnamed
                    if len(key(u.name).split()) > 1 and key(u.name).split()[-1] == words[0]
                ],
            )
    return out


def _describes(description: Entity, person: Entity, text: str) -> bool:
    """Tell whether the article writes a description right before a person's name ("its
    Paris lawyer, Emmanuel Gaillard"), gives the person a role with the description's head
    ("chief executive" of "Wanadoo's chief executive"), or, for "the Dutchman", writes
    "Dutch" right before the person's name."""
    head = _head(description.name)
    if head is None or head in _OWN_PEOPLE:
        return False
    names = [n for n in (person.name, *person.aliases) if len(n.split()) > 1]
    forms = {f for f in (description.name, *description.aliases) if f}
    for form in forms:
        if any(spans_of(f"{form}{sep}{n}", text) for n in names for sep in (", ", " ")):
            return True
    if any(key(r).split()[-1:] == [head] for r in person.roles):
        return True
    stem = _DEMONYM_MAN.fullmatch(head)
    if stem and stem.group(1) in lx.DEMONYMS and person is not description:
        before = re.compile(rf"\b{stem.group(1)}\b(?:[\s\u00a0]+[a-z-]+){{0,3}}[\s\u00a0]+$", re.I)
        return any(
            before.search(text[max(0, start - 40) : start])
            for n in names
            for start, _ in spans_of(n, text)
        )
    return False


def _definite(entity: Entity, text: str) -> bool:
    """Tell whether a description is always definite ("the MEP", "its chief executive",
    "the firm's boss"), which points back to someone named, unlike "a lawyer"."""
    forms = [f for f in (entity.name, *entity.aliases) if f]
    if any(f.lower().startswith(("a ", "an ", "one ", "another ")) for f in forms):
        return False
    if any(f.lower().startswith(_DEFINITE) or "'s " in f or "’s " in f for f in forms):
        return True
    spans = [s for f in forms for s in spans_of(f, text)]
    return bool(spans) and all(
        text[max(0, start - 4) : start].lower().endswith(("the ", "its ")) for start, _ in spans
    )


# A member of a legislature, as the news writes one alone: "The MEP said", "the MPP".
MEMBERS = frozenset("mp mep msp mla mpp mna mha am td".split())
_DEFINITE = ("the ", "its ", "his ", "her ", "their ")


def _head(description: str) -> str | None:
    """Return the singular noun heading a description of a person, or None for a plural."""
    words = key(description).split()
    cut = next((i for i, w in enumerate(words) if w in ("for", "of", "at", "from") and i), None)
    words = words[:cut] if cut else words
    if not words or (words[-1].endswith("s") and not words[-1].endswith("ss")):
        return None
    return words[-1]


# Heads that name a person of their own: a spokesman is not the chief executive he speaks for.
_OWN_PEOPLE = frozenset(
    "spokesman spokeswoman spokesperson source official aide adviser advisor man woman "
    "person".split()
)
_DEMONYM_MAN = re.compile(r"([a-z]+?)(?:s?man|s?woman)")


def _opened(word: str) -> list[list[str]]:
    return [[opener, word] for opener in ORG_OPENERS]


def _swapped(a: str, b: str) -> bool:
    """Tell whether two words of five letters or more differ by two neighbours swapped."""
    if len(a) != len(b) or len(a) < 5 or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _full(entity: Entity) -> bool:
    return len(entity.name.split()) > 1


def _honoured(entity: Entity) -> bool:
    """Tell whether a person is also named with an honorific ("Mrs Howard"): their own name."""
    return any(
        len(a.split()) > 1 and a.split()[0].lower().rstrip(".") in lx.HONORIFICS
        for a in entity.aliases
    )


def _short_form(short: str, words: list[str]) -> bool:
    """Tell whether a one-word name is a short form of an organisation's name: "Jupiter" of
    "Jupiter Research", "Fed" of "US Federal Reserve"; not "Sony" of "Sony Ericsson"."""
    if len(words) < 2 or len(short) < 3:
        return False
    if words[0] in ORG_OPENERS and words[1:] == [short]:
        return True  # "Menatep" of "Group Menatep"
    k = 1 if words[0] in lx.DEMONYMS or words[0] in lx.STATE_ALIASES else 0
    if k >= len(words) - 0 or not words[k].startswith(short):
        return False
    rest = words[k + 1 :]
    return bool(rest) and all(w in lx.ORG_WORDS for w in rest)
