"""The pipeline, top to bottom: articles -> briefs -> corpus -> pages -> site."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import cachefile
from briefgen.briefs.refresh import Progress, read_briefs, refresh_briefs
from briefgen.briefs.schema import ActorEntry, parse_actors, source_check
from briefgen.briefs.store import (
    SURROGATE,
    TOO_DEEP,
    Stored,
    folder_lock,
    load_yaml,
    not_text,
    with_lines,
)
from briefgen.config import NAMING_TAGS, Project, load_project
from briefgen.errors import (
    ArticleError,
    BriefError,
    BriefgenError,
    ConfigError,
    Problem,
    shown,
)
from briefgen.ingest import MAX_BYTES, SUFFIXES, Document, read_article
from briefgen.inputs import parse_yaml
from briefgen.report import Report

if TYPE_CHECKING:
    from briefgen.corpus import Corpus
    from briefgen.corpus.model import Entry
    from briefgen.corpus.survey import Duplicate


def build(
    root: Path | str = ".",
    *,
    site: bool = True,
    jobs: int | None = None,
    progress: Progress | None = None,
    clean: bool = False,
    overrides: dict | None = None,
) -> Report:
    """Build a briefing site: extract what changed, render pages, build the static site.

    `jobs` is how many processes extract and render pages (default: one per core);
    `progress` is told (stage, done, total) as each stage advances; `clean` drops what
    earlier builds kept (`.briefgen-cache/`) first, so every page is built again, even
    when nothing changed; `overrides` replaces project settings (`site`, `site_url`,
    `engine`: the command line's). One build at a time per project.
    """
    from briefgen.corpus import build_corpus
    from briefgen.site import build_site, uptodate

    tell = progress or (lambda stage, done, total: None)
    project = replace(load_project(root), **(overrides or {}))
    if overrides and "site" in overrides:
        project = replace(project, site=project.root / project.site)  # an absolute one stays
        _check_site_dir(project)
    report = Report()
    with _build_lock(project):
        if clean:
            shutil.rmtree(project.root / CACHE_DIR, ignore_errors=True)
        # 0. nothing changed since the last build: say what it said (briefgen.site.uptodate)
        if site and not clean and (same := uptodate.previous_report(project)) is not None:
            return same
        uptodate.forget(project)
        before = uptodate.inputs(project)
        # 1. ingest: read every article; an unreadable one is skipped and reported
        documents, report.skipped = ingest_all(project)
        report.notes.extend(unsupported_files(project))
        report.notes.extend(w for doc in documents.values() for w in doc.warnings)
        tell("read", len(documents), len(documents))
        # 2. extract: only new or changed articles; a person's briefs stay as they are
        skipped = {Path(problem.file).stem for problem in report.skipped}
        with folder_lock(project.briefs, project.rel(project.briefs)):
            stored = read_briefs(project)
            refresh_briefs(project, documents, stored, report, jobs, progress, keep=skipped)
        # 3. load: every brief, checked against its article
        entries = entries_of(project, documents, stored, report, unreadable=skipped)
        # 4. corpus: who is who across briefs (actors.yml first)
        corpus = build_corpus(
            entries, load_actors(project), project.rel(project.actors_file), project.actor_pages
        )
        report.notes.extend(corpus.notes)
        tell("actors", len(corpus.actors), len(corpus.actors))
        # 5. render: Markdown pages into docs/ (only those whose inputs changed), never
        #    over a page a person wrote
        rendered = render_into_docs(project, corpus, report)
        tell("pages", rendered, rendered)
        # 6. site: MkDocs (strict) into a temporary folder, then swapped into place
        if site:
            tell("site", 0, 1)
            if project.engine == "zensical":
                from briefgen.site.zensical_engine import build_zensical

                search = build_zensical(project, clean=clean)
            else:
                search = build_site(project, briefs=report.briefs, jobs=jobs, clean=clean)
            report.search = search.engine
            report.site_unchanged = search.reused
            report.site_mode, report.site_reason = search.mode, search.reason
            report.rendered, report.indexed = list(search.rendered), search.indexed
            if search.note:
                report.notes.append(search.note)
            report.site = project.site
            tell("site", 1, 1)
            uptodate.remember(project, report, before)
    return report


def render_into_docs(project: Project, corpus: Corpus, report: Report) -> int:
    """Render the pages whose inputs changed and write those that differ into docs/;
    return how many pages were rendered (`briefgen.render.pagecache` keeps the rest)."""
    from briefgen.render import check_front_matter, pagecache, render_changed
    from briefgen.render.write import own_pages, write_pages

    cache = pagecache.load(project)
    shared, blocker = pagecache.shared_key(project)
    if blocker:
        report.pages_reason = blocker
    elif cache.shared and cache.shared != shared:
        report.pages_reason = "briefgen, the templates or the settings changed"
    reuse = None if blocker else pagecache.reuser(project, cache, shared)
    done = render_changed(project, corpus, reuse)
    listed = {**dict.fromkeys(done.kept, ""), **done.pages}
    check_front_matter(own_pages(project.docs, listed), project.rel(project.docs))
    # Between the first write and the new cache, the cache on disk describes neither.
    pagecache.forget(project)
    report.pages, report.removed = write_pages(project.docs, done.pages, keep=done.kept)
    pagecache.save(
        project, pagecache.record(project, shared, done.keys, done.pages, done.kept, cache)
    )
    report.renders = sorted(done.pages)
    return len(done.pages)


def _check_site_dir(project: Project) -> None:
    """Refuse a site folder (`-d`) that would replace the project or one of its folders."""
    site, where = project.site.resolve(), project.rel(project.site)
    folders = {
        "project": project.root,
        "docs": project.docs,
        "articles": project.articles,
        "briefs": project.briefs,
        "templates": project.templates,
    }
    for name, folder in folders.items():
        folder = folder.resolve()
        inside = name != "project" and site.is_relative_to(folder)
        if site == folder or folder.is_relative_to(site) or inside:
            raise ConfigError(
                Problem(
                    "-d/--site-dir",
                    "",
                    f"{where} would replace the {name} folder or sit in it; "
                    "the site needs a folder of its own",
                )
            )


LOCK_FILE = ".briefgen.lock"
CACHE_DIR = ".briefgen-cache"


@contextmanager
def _build_lock(project: Project) -> Iterator[None]:
    """Hold the project's build lock; raise ConfigError if another build holds it.

    The kernel drops the lock when its process ends, however it ends, so a killed build
    never leaves a stale lock behind.
    """
    try:
        import fcntl
    except ImportError:  # not on POSIX: build without a lock
        yield
        return
    path = project.root / LOCK_FILE
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ConfigError(
                Problem(
                    LOCK_FILE, "", "another build is running in this folder; try again when it ends"
                )
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def check(root: Path | str = ".") -> Report:
    """Validate the project: settings, actors.yml and every brief; raise on any problem."""
    report = Report()
    project = load_project(root)
    code = []
    for file, line, tag in project.python_tags:
        where = f"{project.rel(file)}:{line}"
        if tag.startswith(NAMING_TAGS):
            report.notes.append(f"{where}: {tag}: imports Python code when the site is built")
        else:
            reason = "runs Python code when the site is built (mkdocs.yml is trusted like code)"
            code.append(Problem(project.rel(file), tag, reason, line))
    if code:
        raise ConfigError(code)
    read_corpus(project, report)
    return report


def survey(root: Path | str = ".") -> tuple[Corpus, list[Duplicate], Report]:
    """Read every brief and actors.yml; return the actors across briefs and likely duplicates."""
    from briefgen.corpus.survey import probable_duplicates

    report = Report()
    corpus = read_corpus(load_project(root), report)
    return corpus, probable_duplicates(corpus), report


def read_corpus(project: Project, report: Report) -> Corpus:
    """Read every brief as it is (no extraction) and build the corpus; raise on any problem."""
    from briefgen.corpus import build_corpus

    documents = {}
    for path in article_paths(project):
        try:
            doc = read_article(path, project.rel(path))
        except ArticleError:
            continue  # about briefs only; `build` reports unreadable articles
        documents[doc.stem] = doc
    stored = read_briefs(project)
    for stem, found in stored.items():
        if stem not in documents and found.brief is not None:
            article = found.brief.source.path
            report.notes.append(f"{project.rel(found.path)}: no article {article}")
    entries = entries_of(project, documents, stored, report)
    corpus = build_corpus(
        entries, load_actors(project), project.rel(project.actors_file), project.actor_pages
    )
    report.notes.extend(corpus.notes)
    return corpus


def article_paths(project: Project) -> list[Path]:
    """Return the project's article files (.txt, .md, .html), sorted, hidden files skipped."""
    if not project.articles.is_dir():
        raise ConfigError(Problem(project.rel(project.articles), "", "articles folder not found"))
    return sorted(
        p
        for p in project.articles.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(project.articles).parts)
    )


def unsupported_files(project: Project) -> list[str]:
    """Return a note for each file in the articles folder that is not an article type."""
    return [
        f"{project.rel(p)}: not an article type briefgen reads (.txt, .md, .html); ignored"
        for p in sorted(project.articles.rglob("*"))
        if p.is_file()
        and p.suffix.lower() not in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(project.articles).parts)
    ]


DOCUMENTS = ".briefgen-cache/documents.pickle"
"""Every article as the last build read it, by file: its stat, its bytes' digest, its Document."""


def _read_documents(project: Project, version: str) -> dict[str, tuple]:
    data = cachefile.read(project.root / DOCUMENTS)
    return data[1] if isinstance(data, tuple) and data[0] == version else {}


def _save_documents(project: Project, version: str, found: dict[str, tuple]) -> None:
    cachefile.write(project.root / DOCUMENTS, (version, found))


def _read_article(path: Path, name: str, cache: dict[str, tuple], found: dict[str, tuple]):
    """Read one article, from the cache when its file is the one read last time (same
    stat, or else the same bytes: a checkout in CI gives every file a new stat); an
    article whose text is derived from the file (HTML) is always read."""
    info = path.stat()
    stat = (info.st_mtime_ns, info.st_size, info.st_ino)
    hit = cache.get(name)
    if hit is not None and hit[0] == stat:
        found[name] = hit
        return hit[2]
    if hit is not None and info.st_size <= MAX_BYTES:
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() == hit[1] and hit[2].sha256 == hit[1]:
            found[name] = (stat, *hit[1:])
            return hit[2]
    doc = read_article(path, name)
    # Text briefgen derives (HTML) may change with a library's version: read it each time.
    if doc.text_sha256 is None:
        found[name] = (stat, doc.sha256, doc)
    return doc


def ingest_all(project: Project) -> tuple[dict[str, Document], list[Problem]]:
    """Read every article; return the documents and a problem for each one that cannot be.

    An article whose file is unchanged since the last build comes from the build cache
    (`.briefgen-cache/documents.pickle`), as long as the rules that read it are the same.
    """
    from briefgen.extract import extractor_version

    version = extractor_version()
    cache = _read_documents(project, version)
    found: dict[str, tuple] = {}
    documents: dict[str, Document] = {}
    problems: list[Problem] = []
    for path in article_paths(project):
        name = project.rel(path)
        # The file or a folder on its way may be a link: where it ends up is what counts.
        if not path.resolve().is_relative_to(project.root):
            refused = "a link to a file outside the project; refused"
            problems.append(Problem(shown(name), "", refused))
            continue
        try:
            doc = _read_article(path, name, cache, found)
        except ArticleError as exc:
            problems.extend(exc.problems)
            continue
        except OSError as exc:  # gone or unreadable since it was listed
            problems.append(Problem(shown(name), "", f"cannot read ({exc.strerror or exc})"))
            continue
        if doc.stem in documents:
            problems.append(
                Problem(
                    name,
                    "",
                    f"same name as {documents[doc.stem].path} (a brief is named after its article)",
                )
            )
            continue
        documents[doc.stem] = doc
    if found.keys() != cache.keys() or any(found[k][0] != cache[k][0] for k in found):
        _save_documents(project, version, found)
    return documents, problems


def entries_of(
    project: Project,
    documents: dict[str, Document],
    stored: dict[str, Stored],
    report: Report,
    unreadable: set[str] | frozenset[str] = frozenset(),
) -> list[Entry]:
    """Pair every brief with its article; check its spans; raise BriefError on any problem."""
    from briefgen.corpus.model import Entry

    entries = []
    problems: list[Problem] = []
    for stem in sorted(stored):
        found = stored[stem]
        brief, name = found.brief, project.rel(found.path)
        assert brief is not None  # read_briefs raised for any brief that did not parse
        doc = documents.get(stem)
        article = ""
        if doc is None:
            article = "unreadable" if stem in unreadable else "missing"
        elif not doc.same_as(brief.source):
            article, doc = "changed", None
        else:
            found_here = [Problem(name, f, r) for f, r in source_check(brief, doc.text)]
            if found_here:
                problems.extend(with_lines(found.path.read_text(encoding="utf-8"), found_here))
        entries.append(Entry(brief=brief, file=name, document=doc, article=article))
    if problems:
        raise BriefError(problems)
    report.briefs = len(entries)
    return entries


MAX_ACTORS_BYTES = 100 * 1024 * 1024
"""`actors.yml` above this is refused before it is read (20 MB hold 80,000 actors)."""


def load_actors(project: Project) -> dict[str, ActorEntry]:
    """Read `actors.yml` (optional); raise ConfigError listing every problem."""
    path = project.actors_file
    if not path.is_file():
        return {}
    name = project.rel(path)
    try:
        size = path.stat().st_size
        if size > MAX_ACTORS_BYTES:
            reason = f"too large ({size:,} bytes; the limit is {MAX_ACTORS_BYTES:,})"
            raise ConfigError(Problem(name, "", reason))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(Problem(name, "", f"cannot read ({exc})")) from None
    data = parse_yaml(text, name, load=load_yaml)
    try:
        broken = not_text(data)
    except RecursionError:  # an alias that holds itself: `&a [*a]`
        raise ConfigError(Problem(name, "", TOO_DEEP)) from None
    if broken is not None:
        raise ConfigError(Problem(name, broken, SURROGATE))
    entries, problems = parse_actors(data, name)
    if problems:
        raise ConfigError(problems)
    return entries


__all__ = ["BriefgenError", "Report", "build", "check", "survey"]
