"""The pipeline, top to bottom: articles -> briefs -> corpus -> pages -> site."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from briefgen.config import Project, load_project
from briefgen.errors import ArticleError, BriefError, BriefgenError, ConfigError, Problem
from briefgen.ingest import SUFFIXES, Document, read_article
from briefgen.refresh import Progress, read_briefs, refresh_briefs
from briefgen.schema import ActorEntry, parse_actors, source_check
from briefgen.store import Stored, with_lines

if TYPE_CHECKING:
    from briefgen.corpus import Corpus, Entry
    from briefgen.survey import Duplicate


@dataclass
class Report:
    """What a build or check did, for the CLI to tell."""

    extracted: list[str] = field(default_factory=list)  # briefs extracted (new or changed)
    reused: list[str] = field(default_factory=list)  # briefs still right for their article
    kept: list[str] = field(default_factory=list)  # briefs a person owns, left alone (with why)
    skipped: list[Problem] = field(default_factory=list)  # articles that could not be read
    removed_briefs: list[str] = field(default_factory=list)  # machine briefs of gone articles
    notes: list[str] = field(default_factory=list)  # things worth a look that are not errors
    pages: list[str] = field(default_factory=list)  # files written under docs/
    removed: list[str] = field(default_factory=list)  # stale generated pages removed
    briefs: int = 0
    site: Path | None = None
    search: str = ""  # the site's search engine: "material" or "pagefind"
    site_unchanged: bool = False  # nothing the site is made from changed: the site was kept
    site_mode: str = ""  # "full" or "incremental" (briefgen.incremental), when built
    site_reason: str = ""  # why the build was full
    rendered: list[str] = field(default_factory=list)  # docs/ pages MkDocs rendered
    indexed: list[str] = field(default_factory=list)  # search shards indexed again


def build(
    root: Path | str = ".",
    *,
    site: bool = True,
    jobs: int | None = None,
    progress: Progress | None = None,
    clean: bool = False,
) -> Report:
    """Build a briefing site: extract what changed, render pages, build the static site.

    `jobs` is how many processes extract and render pages (default: one per core);
    `progress` is told (stage, done, total) as each stage advances; `clean` builds the
    whole site again, even when nothing changed. One build at a time per project.
    """
    from briefgen import uptodate
    from briefgen.corpus import build_corpus
    from briefgen.render import render_pages
    from briefgen.site import build_site
    from briefgen.write import write_pages

    tell = progress or (lambda stage, done, total: None)
    project = load_project(root)
    report = Report()
    with _build_lock(project):
        # 0. nothing changed since the last build: say what it said (briefgen.uptodate)
        if site and not clean and (same := uptodate.previous_report(project)) is not None:
            return same
        uptodate.forget(project)
        before = uptodate.inputs(project)
        # 1. ingest: read every article; an unreadable one is skipped and reported
        documents, report.skipped = ingest_all(project)
        report.notes.extend(w for doc in documents.values() for w in doc.warnings)
        tell("read", len(documents), len(documents))
        # 2. extract: only new or changed articles; a person's briefs stay as they are
        stored = read_briefs(project)
        skipped = {Path(problem.file).stem for problem in report.skipped}
        refresh_briefs(project, documents, stored, report, jobs, progress, keep=skipped)
        # 3. load: every brief, checked against its article
        entries = entries_of(project, documents, stored, report, unreadable=skipped)
        # 4. corpus: who is who across briefs (actors.yml first)
        corpus = build_corpus(
            entries, load_actors(project), project.rel(project.actors_file), project.actor_pages
        )
        report.notes.extend(corpus.notes)
        tell("actors", len(corpus.actors), len(corpus.actors))
        # 5. render: Markdown pages into docs/, never over a page a person wrote
        pages = render_pages(project, corpus)
        report.pages, report.removed = write_pages(project.docs, pages)
        tell("pages", len(pages), len(pages))
        # 6. site: MkDocs (strict) into a temporary folder, then swapped into place
        if site:
            tell("site", 0, 1)
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


LOCK_FILE = ".briefgen.lock"


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
    read_corpus(load_project(root), report)
    return report


def survey(root: Path | str = ".") -> tuple[Corpus, list[Duplicate], Report]:
    """Read every brief and actors.yml; return the actors across briefs and likely duplicates."""
    from briefgen.survey import probable_duplicates

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
        if stem not in documents:
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


def ingest_all(project: Project) -> tuple[dict[str, Document], list[Problem]]:
    """Read every article; return the documents and a problem for each one that cannot be."""
    documents: dict[str, Document] = {}
    problems: list[Problem] = []
    for path in article_paths(project):
        name = project.rel(path)
        if path.is_symlink() and not path.resolve().is_relative_to(project.root):
            problems.append(Problem(name, "", "a link to a file outside the project; refused"))
            continue
        try:
            doc = read_article(path, name)
        except ArticleError as exc:
            problems.extend(exc.problems)
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
    return documents, problems


def entries_of(
    project: Project,
    documents: dict[str, Document],
    stored: dict[str, Stored],
    report: Report,
    unreadable: set[str] = frozenset(),
) -> list[Entry]:
    """Pair every brief with its article; check its spans; raise BriefError on any problem."""
    from briefgen.corpus import Entry

    entries = []
    problems: list[Problem] = []
    for stem in sorted(stored):
        found = stored[stem]
        brief, name = found.brief, project.rel(found.path)
        doc = documents.get(stem)
        article = ""
        if doc is None:
            article = "unreadable" if stem in unreadable else "missing"
        elif doc.sha256 != brief.source.sha256:
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


def load_actors(project: Project) -> dict[str, ActorEntry]:
    """Read `actors.yml` (optional); raise ConfigError listing every problem."""
    path = project.actors_file
    if not path.is_file():
        return {}
    name = project.rel(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(Problem(name, "", f"cannot read ({exc})")) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(
            Problem(name, "", f"invalid YAML{f' at line {mark.line + 1}' if mark else ''}")
        ) from None
    entries, problems = parse_actors(data, name)
    if problems:
        raise ConfigError(problems)
    return entries


__all__ = ["BriefgenError", "Report", "build", "check", "survey"]
