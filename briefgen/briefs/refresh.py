"""Bring `briefs/` up to date with `articles/`, redoing only what changed.

For each article, in order of precedence:

- a brief a person owns (`reviewed: true`, or edited by hand) is kept as it is; if its
  article changed since, a fresh extraction is written to `briefs/fresh/<name>.yaml` for
  comparison, and the build says so;
- a brief the machine wrote from the same article bytes (`source.sha256`) with the same
  rules (`extractor`) is reused without extracting again;
- anything else is extracted, across processes when there is enough to do.

A machine-written brief whose article is gone is removed; a person's is kept, with a
warning. Every write is atomic, so a build killed at any moment leaves whole files.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from briefgen import cachefile
from briefgen.briefs.schema import Brief
from briefgen.briefs.store import (
    Stored,
    brief_text,
    load,
    parse_stored,
    stamp_of,
    write_atomic,
    write_unless_changed,
)
from briefgen.config import Project
from briefgen.errors import BriefError, Problem
from briefgen.extract import extractor_version
from briefgen.ingest import Document

Progress = Callable[[str, int, int], None]
"""Told (stage, done, total) as work advances; the CLI draws it."""
FRESH = "fresh"
# Below this many articles to extract, starting processes costs more than it saves.
PARALLEL_FROM = 40


def read_briefs(project: Project) -> dict[str, Stored]:
    """Read every brief file once; raise BriefError listing every invalid one.

    A brief whose file has the size and modification time it had at the last build comes
    from the build cache (`.briefgen-cache/`) instead of being parsed again; anything else,
    or a cache that cannot be read, is read from the file.
    """
    stored: dict[str, Stored] = {}
    problems: list[Problem] = []
    paths = sorted(project.briefs.glob("*.yaml")) if project.briefs.is_dir() else []
    cache = _read_cache(project, extractor_version())
    hits: set[str] = set()
    for path in paths:
        if not path.resolve().is_relative_to(project.root):  # never read or publish it
            refused = "a link to a file outside the project; refused"
            problems.append(Problem(project.rel(path), "", refused))
            continue
        stat = path.stat()
        hit = cache.get(path.name)
        if hit is not None and hit[0] == (stat.st_mtime_ns, stat.st_size):
            found = Stored(path, hit[1], hit[2], [], hit[0])
            hits.add(path.name)
        else:
            found = load(path, project.rel(path))
        if found.status == "invalid":
            problems.extend(found.problems)
        stored[path.stem] = found
    if problems:
        raise BriefError(problems)
    if len(hits) != len(cache) - 1 or len(hits) != len(stored):
        save_cache(project, stored)  # else every brief came from the cache, still right
    return stored


CACHE = ".briefgen-cache/briefs.pickle"


def _read_cache(project: Project, version: str) -> dict[str, tuple]:
    data = cachefile.read(project.root / CACHE)
    return data if isinstance(data, dict) and data.get("version") == version else {}


def save_cache(project: Project, stored: dict[str, Stored]) -> None:
    """Remember every brief as read, with its file's modification time and size."""
    entries = {
        found.path.name: (found.stamp, found.status, found.brief)
        for found in stored.values()
        if found.stamp is not None and found.brief is not None
    }
    version = extractor_version()  # covers the schema: an older cache's briefs may not fit
    cachefile.write(project.root / CACHE, {"version": version, **entries})


def refresh_briefs(
    project: Project,
    documents: dict[str, Document],
    stored: dict[str, Stored],
    report,
    jobs: int | None = None,
    progress: Progress | None = None,
    keep: set[str] | None = None,
) -> None:
    """Extract what is new or changed, keep what people own, remove orphans (see module).

    `keep` names briefs whose article exists but could not be read: they stay as they are.
    """
    from briefgen.extract import extractor_version

    version = extractor_version()
    todo: list[Document] = []
    for stem, doc in documents.items():
        found = stored.get(stem)
        name = project.rel(project.briefs / f"{stem}.yaml")
        if found is not None and found.status in ("reviewed", "edited") and found.brief:
            report.kept.append(f"{name} ({_owner(found.status)})")
            if not doc.same_as(found.brief.source):
                todo.append(doc)  # the fresh extraction goes beside it, for comparison
            else:
                _remove_fresh(project, stem)
            continue
        brief = found.brief if found is not None else None
        if brief and doc.same_as(brief.source) and brief.extractor == version:
            report.reused.append(name)
        else:
            todo.append(doc)
    problems: list[Problem] = []
    for doc, (text, brief) in zip(todo, _extract_texts(todo, jobs, progress), strict=True):
        found = stored.get(doc.stem)
        if found is not None and found.status in ("reviewed", "edited") and found.brief:
            path = project.briefs / FRESH / f"{doc.stem}.yaml"
            _write_if_changed(path, text)
            # Same bytes, another text: a new version of the HTML reader read it differently.
            what = "article" if found.brief.source.sha256 != doc.sha256 else "article's text"
            report.notes.append(
                f"{project.rel(found.path)}: its {what} changed since it was "
                f"{'reviewed' if found.status == 'reviewed' else 'edited'}; a fresh "
                f"extraction is in {project.rel(path)} to compare"
            )
            continue
        path = project.briefs / f"{doc.stem}.yaml"
        if brief is None:  # a brief that would not read back whole is never written
            problems.append(
                Problem(project.rel(path), "", "extraction did not validate; not written")
            )
            continue
        if not _write_unless_changed(path, text, found.stamp if found else None):
            # A person saved the brief while this build ran: theirs stays, ours goes beside.
            fresh = project.briefs / FRESH / f"{doc.stem}.yaml"
            _write_if_changed(fresh, text)
            report.notes.append(
                f"{project.rel(path)}: changed on disk during the build; not overwritten; "
                f"the fresh extraction is in {project.rel(fresh)} to compare"
            )
            now = load(path, project.rel(path))
            if now.status in ("missing", "invalid"):
                problems.extend(now.problems)
                stored.pop(doc.stem, None)
            else:
                stored[doc.stem] = now
                report.kept.append(f"{project.rel(path)} ({_owner(now.status)})")
            continue
        report.extracted.append(project.rel(path))
        stored[doc.stem] = Stored(path, "machine", brief, [], stamp_of(path))
    _prune(project, set(documents) | (keep or set()), stored, report)
    if todo:
        save_cache(project, stored)  # the briefs just written, for the next build
    if problems:
        raise BriefError(problems)


def _owner(status: str) -> str:
    return {"reviewed": "reviewed", "edited": "edited by hand"}.get(status, "changed on disk")


def _write_unless_changed(path: Path, text: str, stamp: tuple[int, int] | None) -> bool:
    """Write a brief unless its file changed since it was read; an unchanged text is kept."""
    if stamp is not None and stamp_of(path) == stamp:
        try:
            if path.read_text(encoding="utf-8") == text:
                return True
        except (OSError, UnicodeDecodeError):
            pass
    return write_unless_changed(path, text, stamp)


def _extract_texts(
    docs: list[Document], jobs: int | None, progress: Progress | None
) -> Iterator[tuple[str, Brief | None]]:
    """Yield each document's brief file text and the brief it reads as, in order.

    In parallel when it pays; results come as they are ready, so the caller writes one
    brief while the workers extract the next.
    """
    jobs = max(1, jobs or os.cpu_count() or 1)
    total = len(docs)
    if progress:
        progress("extract", 0, total)
    if jobs == 1 or total < PARALLEL_FROM:
        for done, result in enumerate(map(_brief_file, docs), 1):
            yield result
            if progress:
                progress("extract", done, total)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for done, result in enumerate(pool.map(_brief_file, docs, chunksize=8), 1):
            yield result
            if progress:
                progress("extract", done, total)


def _brief_file(doc: Document) -> tuple[str, Brief | None]:
    """Extract a brief; return its file text and the brief that text reads as."""
    # Runs in a worker process: extract, write and read back there, in parallel.
    from briefgen.extract import extract

    text = brief_text(extract(doc, source_path=doc.path))
    found = parse_stored(Path(f"{doc.stem}.yaml"), text, doc.stem, None)
    return text, found.brief if found.status == "machine" else None


def _write_if_changed(path: Path, text: str) -> None:
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    write_atomic(path, text)


def _remove_fresh(project: Project, stem: str) -> None:
    """Remove a fresh extraction that no longer has a reason to be (the brief caught up)."""
    path = project.briefs / FRESH / f"{stem}.yaml"
    if path.is_file() and load(path).status == "machine":
        path.unlink()


def _prune(project: Project, present: set[str], stored: dict, report) -> None:
    """Remove machine briefs whose article is gone; warn about a person's."""
    for stem in sorted(set(stored) - present):
        found = stored[stem]
        name = project.rel(found.path)
        if found.status == "machine" and stamp_of(found.path) == found.stamp:
            found.path.unlink()
            del stored[stem]
            report.removed_briefs.append(name)
        elif found.status == "machine":
            report.notes.append(f"{name}: changed on disk during the build; not removed")
        else:
            article = found.brief.source.path if found.brief else f"{stem}.*"
            report.notes.append(
                f"{name}: no article {article}; kept because a person "
                f"{'reviewed' if found.status == 'reviewed' else 'edited'} it "
                "(delete it if the article is gone for good)"
            )
