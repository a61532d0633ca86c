"""The cross-brief view: who is who across briefs, newest first. Computed on every build.

Nothing here is stored: the briefs (and `actors.yml`) stay the only source of truth, so a
corrected brief or a new alias changes the site on the next build and never drifts.

Actor identity across briefs, in order:

1. a brief actor whose name or alias equals a curated `actors.yml` name or alias joins it;
2. otherwise only proper names (`Vladimir Putin`, not `officials`) get a corpus identity,
   and actors with the same folded name merge;
3. a one-word person name (`Putin`) joins the multi-word person whose last word it is
   (`Vladimir Putin`), when exactly one such person is in the corpus.

Names compare with case and accents folded, a leading "the " dropped and ’ read as '.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from briefgen.errors import ArticleError
from briefgen.evaluate import fold, is_proper_name
from briefgen.ingest import Document, read_article
from briefgen.schema import Actor, ActorEntry, Brief, OpenQuestion, Position

KIND_ORDER = ("person", "organisation", "state", "group")
# Page names the site itself uses in the actors/ folder.
RESERVED_IDS = frozenset({"index"})


@dataclass(eq=False)
class Entry:
    """One brief with where it lives and its article (None when missing or changed)."""

    brief: Brief
    file: str
    """Path of the brief file relative to the project root (POSIX slashes)."""
    document: Document | None
    """The article, only when it exists and its SHA-256 is the brief's `source.sha256`."""
    article: str = ""
    """Why `document` is None: `missing`, `changed`, `unreadable` (empty when unknown)."""

    @property
    def order(self) -> tuple[int, int, str]:
        """Sort key: newest first, undated last, then brief id."""
        date = self.brief.date
        if date is None:
            return (1, 0, self.brief.id)
        return (0, -date.toordinal(), self.brief.id)


def read_entry(root: Path, brief: Brief, file: str) -> Entry:
    """Pair a brief with its article under `root`, checking the article is the same file."""
    relative = os.path.normpath(brief.source.path)
    # A brief must not pull arbitrary files of the machine into the site.
    if os.path.isabs(relative) or relative.split(os.sep)[0] == os.pardir:
        return Entry(brief, file, None, "missing")
    path = Path(root) / relative
    if not path.is_file():
        return Entry(brief, file, None, "missing")
    try:
        doc = read_article(path, brief.source.path)
    except ArticleError:
        return Entry(brief, file, None, "unreadable")
    if doc.sha256 != brief.source.sha256:
        return Entry(brief, file, None, "changed")
    return Entry(brief, file, doc)


@dataclass(eq=False)
class CorpusActor:
    """One actor across all briefs, with a page of its own."""

    id: str
    name: str
    kind: str
    roles: list[str]
    aliases: list[str]
    description: str
    curated: bool
    positions: list[tuple[Entry, Position]] = field(default_factory=list)
    """Every position, newest brief first, then in article order."""
    briefs: list[Entry] = field(default_factory=list)
    """Every brief that names the actor, newest first."""

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
            "questions": len(self.questions),
        }


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Fold a name for identity: case and accents folded, leading 'the ' dropped, ’ as '."""
    return fold(name.replace("’", "'").replace("‘", "'"))


@lru_cache(maxsize=65536)
def slugify(text: str) -> str:
    """Return lowercase ASCII words joined by hyphens (empty if nothing is left)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’‘]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode()).strip("-")


def page_slug(text: str, fallback: str) -> str:
    """Return the slug of text, or `fallback-<hash>` for text with no ASCII letters or digits."""
    return slugify(text) or f"{fallback}-{hashlib.sha256(text.encode()).hexdigest()[:8]}"


@dataclass(eq=False)
class _Identity:
    """A group of brief actors believed to be the same actor, while the corpus is built."""

    key: str
    curated_id: str | None = None
    curated: ActorEntry | None = None
    members: list[tuple[Entry, Actor]] = field(default_factory=list)

    def kind(self) -> str:
        if self.curated and self.curated.kind:
            return self.curated.kind
        counts = Counter(actor.kind for _, actor in self.members)
        return min(counts, key=lambda k: (-counts[k], KIND_ORDER.index(k)))

    def name(self) -> str:
        if self.curated:
            return self.curated.name
        counts = Counter(actor.name for _, actor in self.members)
        # The fullest name wins (most words, a leading "the" not counted, "Kilroy-Silk" as
        # two), then the commonest spelling; accented spellings beat their stripped forms.
        return min(
            counts,
            key=lambda n: (
                -len(_spaced(name_key(n)).split()),
                -counts[n],
                -sum(ord(c) > 127 for c in n),
                n,
            ),
        )


def build_corpus(entries: list[Entry], curated: dict[str, ActorEntry] | None = None) -> Corpus:
    """Merge the actors of all briefs and order everything newest first."""
    curated = curated or {}
    entries = sorted(entries, key=lambda e: (e.order, e.file))
    identities, member_of = _identities(entries, curated)
    actors = _make_actors(identities)
    links: dict[tuple[str, str], str] = {}
    by_identity = {id(identity): actor for identity, actor in actors}
    for (entry_ref, actor_id), identity in member_of.items():
        links[(entry_ref.brief.id, actor_id)] = by_identity[id(identity)].id
    for entry in entries:
        seen: set[str] = set()
        for actor in entry.brief.actors:
            identity = member_of.get((entry, actor.id))
            if identity is not None:
                corpus_actor = by_identity[id(identity)]
                if corpus_actor.id not in seen:
                    seen.add(corpus_actor.id)
                    corpus_actor.briefs.append(entry)
        for position in sorted(entry.brief.positions, key=lambda p: (p.span[0], p.span[1])):
            identity = member_of.get((entry, position.actor))
            if identity is not None:
                by_identity[id(identity)].positions.append((entry, position))
    questions = [(entry, q) for entry in entries for q in entry.brief.open_questions]
    ordered = sorted((actor for _, actor in actors), key=lambda a: (name_key(a.name), a.id))
    return Corpus(entries=entries, actors=ordered, links=links, questions=questions)


# (entry, brief actor id) -> identity; entries hash by object identity.
_Members = dict[tuple[Entry, str], _Identity]


def _identities(
    entries: list[Entry], curated: dict[str, ActorEntry]
) -> tuple[list[_Identity], _Members]:
    """Group brief actors into identities (curated first, then by name, then by surname)."""
    curated_ids: dict[str, _Identity] = {}
    by_curated_name: dict[str, _Identity] = {}
    for key, entry in curated.items():
        identity = _Identity(name_key(entry.name), key, entry)
        curated_ids[key] = identity
        for name in (entry.name, *entry.aliases):
            # The first entry to claim a name keeps it, in the file's order.
            by_curated_name.setdefault(name_key(name), identity)
    by_name: dict[str, _Identity] = {}
    by_spaced: dict[str, _Identity] = {}  # "robert kilroy silk" for "Robert Kilroy-Silk" too
    member_of: _Members = {}
    for entry in entries:
        for actor in entry.brief.actors:
            keys = [name_key(n) for n in (actor.name, *actor.aliases)]
            identity = next((by_curated_name[k] for k in keys if k in by_curated_name), None)
            if identity is None:
                if not _has_page(actor):
                    continue  # descriptive actors ("officials") stay on their brief page
                identity = by_name.get(keys[0]) or by_spaced.get(_spaced(keys[0]))
                if identity is None:
                    identity = by_name[keys[0]] = _Identity(keys[0])
                    by_spaced.setdefault(_spaced(keys[0]), identity)
            identity.members.append((entry, actor))
            member_of[(entry, actor.id)] = identity
    identities = [i for i in curated_ids.values() if i.members] + list(by_name.values())
    merged = _merge_surnames(identities)
    for member, identity in member_of.items():
        member_of[member] = merged.get(id(identity), identity)
    return [i for i in identities if id(i) not in merged], member_of


def _spaced(name: str) -> str:
    """Return a folded name with hyphens as spaces: one actor whichever way it is spelled."""
    return name.replace("-", " ")


def _has_page(actor: Actor) -> bool:
    """Tell whether a brief actor is named well enough to have a page across briefs."""
    if is_proper_name(actor.name):
        return True
    # "Ukraine’s armed forces general staff": a named institution with lower-case words.
    return actor.name[:1].isupper() and actor.kind in ("organisation", "state")


def _merge_surnames(identities: list[_Identity]) -> dict[int, _Identity]:
    """Fold one-word person names into the unique multi-word person they are the surname of."""
    last_word: dict[str, list[_Identity]] = {}
    for identity in identities:
        words = name_key(identity.name()).split()
        if len(words) > 1 and identity.kind() == "person":
            last_word.setdefault(words[-1], []).append(identity)
    merged: dict[int, _Identity] = {}
    for identity in identities:
        if identity.curated or " " in identity.key or identity.kind() != "person":
            continue
        targets = last_word.get(identity.key, [])
        if len(targets) == 1:
            targets[0].members.extend(identity.members)
            merged[id(identity)] = targets[0]
    return merged


def _make_actors(identities: list[_Identity]) -> list[tuple[_Identity, CorpusActor]]:
    """Turn identities into corpus actors with unique ids, curated keys first."""
    taken = {i.curated_id for i in identities if i.curated_id} | RESERVED_IDS
    plain = sorted(
        (i for i in identities if not i.curated_id),
        key=lambda i: (page_slug(i.key, "actor"), i.key),
    )
    ids: dict[int, str] = {id(i): i.curated_id for i in identities if i.curated_id}
    for identity in plain:
        # The folded name, not the display name: "The Kremlin" and "Kremlin" are kremlin.
        base = page_slug(identity.key, "actor")
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate)
        ids[id(identity)] = candidate
    return [(i, _corpus_actor(i, ids[id(i)])) for i in identities]


def _corpus_actor(identity: _Identity, actor_id: str) -> CorpusActor:
    name = identity.name()
    entry = identity.curated
    roles = _union([*(entry.roles if entry else [])], *(a.roles for _, a in identity.members))
    names = [n for _, a in identity.members for n in (a.name, *a.aliases)]
    aliases = _union([*(entry.aliases if entry else [])], names, skip=name_key(name), key=name_key)
    return CorpusActor(
        id=actor_id,
        name=name,
        kind=identity.kind(),
        roles=roles,
        aliases=aliases,
        description=entry.description if entry else "",
        curated=entry is not None,
    )


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
