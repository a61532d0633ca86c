"""The cross-brief view: who is who across briefs, newest first. Computed on every build.

Nothing here is stored: the briefs (and `actors.yml`) stay the only source of truth, so a
corrected brief or a new alias changes the site on the next build and never drifts. Who
is who follows the rules in `briefgen.corpus.identity`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from briefgen.briefs.schema import ActorEntry, OpenQuestion, Position
from briefgen.corpus.contests import Contest, find_contests
from briefgen.corpus.identity import (
    Grouping,
    Identity,
    assign_ids,
    group_actors,
    in_story,
    name_key,
    page_slug,
    registry_problems,
)
from briefgen.corpus.model import Entry, Seen
from briefgen.errors import ConfigError

__all__ = ["Corpus", "CorpusActor", "Entry", "Seen", "build_corpus", "name_key", "page_slug"]
COMPANIONS = 8


@dataclass(eq=False)
class CorpusActor:
    """One actor across all briefs, with a page of its own."""

    id: str
    name: str
    kind: str
    roles: list[str]
    """Curated roles first, then every role the briefs give, newest first."""
    aliases: list[str]
    """Every other name used, curated first, then newest first."""
    description: str
    curated: bool
    links: list[str] = field(default_factory=list)
    """Web pages about the actor, from `actors.yml`."""
    roles_seen: list[Seen] = field(default_factory=list)
    names_seen: list[Seen] = field(default_factory=list)
    positions: list[tuple[Entry, Position]] = field(default_factory=list)
    """Every position, newest brief first, then in article order."""
    briefs: list[Entry] = field(default_factory=list)
    """Every brief that names the actor, newest first."""
    companions: list[tuple[CorpusActor, int]] = field(default_factory=list)
    """The actors most often named in the same briefs, with how many briefs."""
    contests: list[Contest] = field(default_factory=list)
    """Claims of this actor that others denied, and denials of this actor, newest first."""
    identity: Identity | None = field(default=None, repr=False)

    @property
    def last_seen(self) -> dt.date | None:
        """Return the date of the newest dated brief that names the actor."""
        return next((e.brief.date for e in self.briefs if e.brief.date), None)

    def briefs_without_positions(self) -> list[Entry]:
        """Return the briefs that name the actor but record no position of theirs."""
        quoted = {id(entry) for entry, _ in self.positions}
        return [entry for entry in self.briefs if id(entry) not in quoted]


@dataclass
class Corpus:
    """All briefs, their actors merged across briefs, and their open questions."""

    entries: list[Entry]
    """Every brief, newest first (undated last, then by id)."""
    actors: list[CorpusActor]
    """Actors with a page, sorted by name."""
    links: dict[tuple[str, str], str]
    """(brief id, brief actor id) -> corpus actor id, for actors that have a page."""
    questions: list[tuple[Entry, OpenQuestion]]
    """Every open question, newest brief first, then in brief order."""
    contests: list[Contest] = field(default_factory=list)
    """Every claim paired with the denial that answers it, newest denial first."""
    notes: list[str] = field(default_factory=list)
    """Things in `actors.yml` worth a look that are not errors (stale references)."""
    by_id: dict[str, CorpusActor] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {actor.id: actor for actor in self.actors}

    def actor_of(self, entry: Entry, actor_id: str) -> CorpusActor | None:
        """Return the corpus actor a brief's actor belongs to, if it has a page."""
        corpus_id = self.links.get((entry.brief.id, actor_id))
        return self.by_id.get(corpus_id) if corpus_id else None

    @property
    def position_count(self) -> int:
        """Return how many positions all briefs hold."""
        return sum(len(entry.brief.positions) for entry in self.entries)

    def counts(self) -> dict[str, int]:
        """Return the numbers the home page shows."""
        return {
            "briefs": len(self.entries),
            "actors": len(self.actors),
            "positions": self.position_count,
            "questions": sum(1 for _, q in self.questions if q.status == "open"),
        }


def build_corpus(
    entries: list[Entry],
    registry: dict[str, ActorEntry] | None = None,
    file: str = "actors.yml",
    actor_pages: str = "all",
) -> Corpus:
    """Merge the actors of all briefs and order everything newest first.

    With `actor_pages="recurring"`, only actors worth following across briefs get a page:
    those listed in `actors.yml` (and named in a brief), named in two briefs or more and
    saying something, or named in three briefs or more. An actor of one brief stays on
    that brief's page, where everything it said already is. Raise ConfigError when two
    `actors.yml` entries claim the same name, merge or mention.
    """
    registry = registry or {}
    problems = registry_problems(registry, file)
    if problems:
        raise ConfigError(problems)
    entries = sorted(entries, key=lambda e: (e.order, e.file))
    grouping = group_actors(entries, registry, file)
    if actor_pages == "recurring":
        _keep_recurring(grouping, entries)
    ids = assign_ids(grouping.identities, set(registry))
    actors = {id(i): _corpus_actor(i, ids[id(i)]) for i in grouping.identities}
    links = {ref: actors[id(i)].id for ref, i in grouping.member_of.items()}
    for entry in entries:
        present = [actors[id(i)] for i in _identities_in(entry, grouping.member_of)]
        for actor in present:
            actor.briefs.append(entry)
        for position in sorted(entry.brief.positions, key=lambda p: (p.span[0], p.span[1])):
            identity = grouping.member_of.get((entry.brief.id, position.actor))
            if identity is not None:
                actors[id(identity)].positions.append((entry, position))
    _add_companions(entries, grouping.member_of, actors)
    contests = find_contests(entries, links)
    by_id = {a.id: a for a in actors.values()}
    for contest in contests:
        for entry, position in (contest.denial, contest.claim):
            side = by_id.get(links.get((entry.brief.id, position.actor), ""))
            if side is not None and contest not in side.contests:
                side.contests.append(contest)
    questions = [(entry, q) for entry in entries for q in entry.brief.open_questions]
    ordered = sorted(actors.values(), key=lambda a: (name_key(a.name), a.id))
    return Corpus(entries, ordered, links, questions, contests, notes=grouping.notes)


def _keep_recurring(grouping: Grouping, entries: list[Entry]) -> None:
    """Keep the identities worth a page (see `build_corpus`); drop the others."""
    positions = Counter(
        id(grouping.member_of[(e.brief.id, p.actor)])
        for e in entries
        for p in e.brief.positions
        if (e.brief.id, p.actor) in grouping.member_of
    )

    def recurring(identity: Identity) -> bool:
        said, briefs = positions[id(identity)], len({id(e) for e, _ in identity.members})
        if identity.curated:
            return True
        # Only ever named in passing (no position, role or question anywhere): no page.
        if not any(in_story(e.brief, a) for e, a in identity.members):
            return False
        return briefs >= 3 or (briefs >= 2 and said >= 1)

    kept = [i for i in grouping.identities if recurring(i)]
    keep = {id(i) for i in kept}
    grouping.identities = kept
    grouping.member_of = {ref: i for ref, i in grouping.member_of.items() if id(i) in keep}


def _identities_in(entry: Entry, member_of: dict) -> list[Identity]:
    """Return the identities a brief names, once each, in the brief's actor order."""
    found: dict[int, Identity] = {}
    for actor in entry.brief.actors:
        identity = member_of.get((entry.brief.id, actor.id))
        if identity is not None:
            found.setdefault(id(identity), identity)
    return list(found.values())


def _add_companions(entries: list[Entry], member_of: dict, actors: dict) -> None:
    """Count, for each actor, the briefs it shares with each other actor."""
    together: dict[int, Counter] = {}
    for entry in entries:
        present = [actors[id(i)] for i in _identities_in(entry, member_of)]
        for actor in present:
            counter = together.setdefault(id(actor), Counter())
            counter.update(other.id for other in present if other is not actor)
    by_id = {a.id: a for a in actors.values()}
    for actor in actors.values():
        counts = together.get(id(actor), Counter())
        top = sorted(counts.items(), key=lambda item: (-item[1], name_key(by_id[item[0]].name)))
        actor.companions = [(by_id[other], n) for other, n in top[:COMPANIONS]]


def _corpus_actor(identity: Identity, actor_id: str) -> CorpusActor:
    name = identity.name()
    entry = identity.curated
    # Newest brief first, so the roles and names a reader sees first are the current ones.
    members = sorted(identity.members, key=lambda m: m[0].order)
    roles_seen = _seen((e, r) for e, a in members for r in a.roles)
    names_seen = _seen((e, n) for e, a in members for n in (a.name, *a.aliases))
    roles = _union(entry.roles if entry else [], [s.text for s in roles_seen])
    aliases = _union(
        entry.aliases if entry else [],
        [s.text for s in names_seen],
        skip=name_key(name),
        key=name_key,
    )
    return CorpusActor(
        id=actor_id,
        name=name,
        kind=identity.kind(),
        roles=roles,
        aliases=aliases,
        description=entry.description if entry else "",
        curated=entry is not None,
        links=list(entry.links) if entry else [],
        roles_seen=roles_seen,
        names_seen=[s for s in names_seen if name_key(s.text) != name_key(name)],
        identity=identity,
    )


def _seen(uses: Iterable[tuple[Entry, str]]) -> list[Seen]:
    """Aggregate (brief, text) uses by folded text: first and last date, number of briefs."""
    found: dict[str, Seen] = {}
    briefs: dict[str, set[int]] = {}
    for entry, text in uses:
        key = name_key(text)
        if not key:
            continue
        seen = found.setdefault(key, Seen(" ".join(text.split()), None, None, 0))
        date = entry.brief.date
        if date is not None:
            seen.first = min(seen.first or date, date)
            seen.last = max(seen.last or date, date)
        briefs.setdefault(key, set()).add(id(entry))
    for key, seen in found.items():
        seen.briefs = len(briefs[key])
    return list(found.values())


def _union(
    *lists: list[str], skip: str = "", key: Callable[[str], str] = str.casefold
) -> list[str]:
    """Return the items of all lists once each (compared by `key`), first spelling kept."""
    seen = {skip} if skip else set()
    out: list[str] = []
    for items in lists:
        for item in items:
            k = key(" ".join(item.split()))
            if k and k not in seen:
                seen.add(k)
                out.append(item)
    return out
