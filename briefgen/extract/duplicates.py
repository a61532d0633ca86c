"""Find the actors of one brief that are one actor under two names.

Coreference joins most names as it reads ("Putin" after "Vladimir Putin"); what it
leaves apart, a reader still sees as one: "Chris" beside "Chris Anderson" (a first name
alone), "de Vabres" beside "Renaud Donnedieu de Vabres", "the Fed" beside "the US Federal
Reserve", "Jupiter" beside "Jupiter Research", "the party" beside the one party named,
"a spokesperson" beside "a Delta spokesperson", or the same name twice.
"""

from __future__ import annotations

from briefgen.extract import lexicon as lx
from briefgen.extract.coref import Entity, key

# Unnamed descriptions that stand for the one organisation of their kind the article names.
_BODY_HEADS = frozenset(
    "company firm group corporation business carrier airline retailer maker bank party "
    "ministry department agency council union club team league association".split()
)


def duplicates(chosen: list[Entity], kinds: dict[int, str]) -> dict[int, int]:
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
    k = 1 if words[0] in lx.DEMONYMS or words[0] in lx.STATE_ALIASES else 0
    if k >= len(words) - 0 or not words[k].startswith(short):
        return False
    rest = words[k + 1 :]
    return bool(rest) and all(w in lx.ORG_WORDS for w in rest)
