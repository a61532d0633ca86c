"""Render only the brief and actor pages whose inputs changed since the last build.

A brief page is made from its brief, its article and where its actors' pages are; an
actor page (and its feed) from the actor as the corpus sees it and the briefs it shows.
`brief_key` and `actor_key` digest exactly that, and `PageCache` (in `.briefgen-cache/`)
records, for every such page, the digest it was rendered from and the page file written
(its stat and the digest of its text). A page whose digest is the recorded one and whose
file is the one written is not rendered again. Everything all pages share (briefgen's
code, the templates, the project's settings, the versions of Jinja, MarkupSafe and
PyYAML) is one more digest: any change to it renders every page again, and so does a
site template that overrides a page template (it may read anything a page's view holds,
which the digests do not cover). The pages that list every brief or actor (sections,
feeds, data files) are always rendered.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen import cachefile

if TYPE_CHECKING:
    from briefgen.config import Project
    from briefgen.render.views import ActorPage, BriefView

CACHE = ".briefgen-cache/pages.pickle"
_FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent.parent  # all of briefgen: any code may shape a page
# Page templates whose override in a site's templates/ means every page is rendered.
PAGE_TEMPLATES = ("brief.md.j2", "actor.md.j2")

Stat = tuple[int, int, int]  # st_mtime_ns, st_size, st_ino


@dataclass
class PageCache:
    """What the brief and actor pages in docs/ were rendered from."""

    shared: str = ""
    pages: dict[str, tuple[str, Stat, str]] = field(default_factory=dict)
    """Page path under docs/ -> (its key, its file's stat, the digest of its text)."""


def _digest(value: Any) -> str:
    return hashlib.sha256(repr(value).encode("utf-8", "surrogateescape")).hexdigest()


def brief_key(view: BriefView) -> str:
    """Digest what a brief's page is made from (also what actor pages show of it)."""
    entry, doc = view.entry, view.entry.document
    article = (doc.sha256, doc.text_sha256, doc.paragraphs) if doc is not None else None
    return _digest(
        (
            view.brief.model_dump_json(),
            entry.file,
            entry.article,
            article,
            view.slug,
            view.href,
            [(a.actor.id, a.href) for a in view.actors],
            [(p.number, p.paragraph, p.actor.href) for p in view.positions],
            [[a.href for a in q.actors] for q in view.questions],
            # A newer brief's answer shows on this page (`render._answer`).
            [
                (
                    q.answer.href,
                    q.answer.text,
                    q.answer.brief.brief.title,
                    str(q.answer.brief.brief.date),
                )
                if q.answer
                else None
                for q in view.questions
            ],
        )
    )


def actor_key(page: ActorPage, briefs: dict[int, str]) -> str:
    """Digest what an actor's page and feed are made from; `briefs` holds each brief
    view's `brief_key` by the view's id()."""
    a = page.actor

    def seen(items: list) -> list:
        return [(s.text, s.first, s.last, s.briefs) for s in items]

    def position(p: Any) -> tuple:
        return (briefs[id(p.brief)], p.number)

    return _digest(
        (
            page.href,
            (a.id, a.name, a.kind, a.roles, a.aliases, a.description, a.curated, a.links),
            seen(a.roles_seen),
            seen(a.names_seen),
            [(briefs[id(v)], [p.number for p in held]) for v, held in page.groups],
            [briefs[id(v)] for v in page.mentions],
            [(e.brief.id, e.brief.date) for e in a.briefs],
            [(o.id, o.name, n) for o, n in a.companions],
            [(position(c.claim), position(c.denial)) for c in page.contests],
            [(briefs[id(q.brief)], q.brief.questions.index(q)) for q in page.questions],
        )
    )


def shared_key(project: Project) -> tuple[str, str]:
    """Digest what every page is rendered with; return it, and why pages cannot be kept
    (a site template overriding a page template), or empty."""
    from importlib.metadata import PackageNotFoundError, version

    from briefgen.resources import templates_dir

    # The settings, with the project's folders relative to it: a moved project (a CI
    # runner's checkout, a copy) keeps its pages.
    settings = {
        name: value.relative_to(project.root).as_posix()
        if isinstance(value, Path) and value.is_relative_to(project.root)
        else value
        for name, value in vars(project).items()
        if name != "root"
    }
    found = hashlib.sha256(repr(settings).encode("utf-8", "surrogateescape"))
    for name in ("jinja2", "markupsafe", "pyyaml", "pydantic"):
        try:
            found.update(f"{name}={version(name)}\n".encode())
        except PackageNotFoundError:
            found.update(f"{name}=\n".encode())
    folders = [_PACKAGE, templates_dir(), project.templates]
    for folder in folders:
        paths = sorted(folder.rglob("*")) if folder.is_dir() else []
        for path in paths:
            if path.is_file() and "__pycache__" not in path.parts:
                data = path.read_bytes()
                found.update(f"{path.relative_to(folder).as_posix()} {len(data)}\n".encode())
                found.update(data)
    own, packaged = project.templates, templates_dir()
    names = [*PAGE_TEMPLATES, *sorted(p.name for p in own.glob("_*.j2"))] if own.is_dir() else []
    # A copy of the packaged template is no override (this repository's own site).
    overrides = [n for n in names if (own / n).is_file() and not _same(own / n, packaged / n)]
    why = f"{project.rel(own / overrides[0])} overrides a page template" if overrides else ""
    return found.hexdigest(), why


def _same(a: Path, b: Path) -> bool:
    try:
        return a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def load(project: Project) -> PageCache:
    """Return the recorded cache, or an empty one."""
    data = cachefile.read(project.root / CACHE)
    if not isinstance(data, tuple) or data[0] != _FORMAT or not isinstance(data[1], PageCache):
        return PageCache()
    return data[1]


def save(project: Project, cache: PageCache) -> None:
    """Record the cache atomically; a build that cannot is merely slower next time."""
    cachefile.write(project.root / CACHE, (_FORMAT, cache))


def forget(project: Project) -> None:
    """Drop the cache (before pages are written: a killed build renders them all again)."""
    (project.root / CACHE).unlink(missing_ok=True)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def _stat(path: Path) -> Stat | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def reuser(project: Project, cache: PageCache, shared: str):
    """Return `reuse(path, key)` for `briefgen.render.render_changed`: true when the page
    was rendered from `key` and its file in docs/ is still the one written (same stat, or
    else the same bytes: a docs/ folder restored from a cache, as in CI)."""
    known = cache.pages if cache.shared == shared else {}
    docs = project.docs

    def reuse(rel: str, key: str) -> bool:
        hit = known.get(rel)
        if hit is None or hit[0] != key:
            return False
        stat = _stat(docs / rel)
        if stat is None:
            return False
        if stat == hit[1]:
            return True
        try:
            same = text_digest((docs / rel).read_text(encoding="utf-8")) == hit[2]
        except (OSError, UnicodeDecodeError):
            return False
        return same

    return reuse


def record(
    project: Project,
    shared: str,
    keys: dict[str, str],
    pages: dict[str, str],
    kept: set[str],
    cache: PageCache,
) -> PageCache:
    """Return the cache after a build wrote `pages` and left `kept` as they were."""
    found: dict[str, tuple[str, Stat, str]] = {}
    for rel, key in keys.items():
        stat = _stat(project.docs / rel)
        if stat is None:
            continue
        if rel in pages:
            found[rel] = (key, stat, text_digest(pages[rel]))
        elif rel in kept and rel in cache.pages:
            found[rel] = (key, stat, cache.pages[rel][2])
    return PageCache(shared, found)
