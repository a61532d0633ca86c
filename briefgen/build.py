"""The pipeline, top to bottom: articles -> briefs -> corpus -> pages -> site."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from briefgen.config import Project, load_project
from briefgen.errors import ArticleError, BriefError, BriefgenError, ConfigError, Problem
from briefgen.ingest import SUFFIXES, Document, read_article
from briefgen.schema import ActorEntry, parse_actors, source_check

if TYPE_CHECKING:
    from briefgen.corpus import Corpus
    from briefgen.survey import Duplicate


@dataclass
class Report:
    """What a build or check did, for the CLI to tell."""

    written: list[str] = field(default_factory=list)  # briefs (re)written by extraction
    unchanged: list[str] = field(default_factory=list)  # briefs extraction left as they were
    kept: list[str] = field(default_factory=list)  # briefs a person owns, left alone (with why)
    notes: list[str] = field(default_factory=list)  # things worth a look that are not errors
    pages: list[str] = field(default_factory=list)  # pages written under docs/
    removed: list[str] = field(default_factory=list)  # stale generated pages removed
    briefs: int = 0
    site: Path | None = None
    search: str = ""  # the site's search engine: "material" or "pagefind"


def build(root: Path | str = ".", *, site: bool = True) -> Report:
    """Build a briefing site: extract new briefs, render pages, build the static site."""
    from briefgen.corpus import build_corpus
    from briefgen.render import render_pages
    from briefgen.site import build_site
    from briefgen.write import write_pages

    project = load_project(root)
    report = Report()
    # 1. ingest: read every article; collect every unreadable one, then fail once
    documents = ingest_all(project)
    report.notes.extend(w for doc in documents.values() for w in doc.warnings)
    # 2. extract: a brief per article, unless a person owns it (reviewed or edited)
    extract_all(project, documents, report)
    # 3. load: read and check every brief against its article
    entries = load_all(project, documents, report)
    # 4. corpus: who is who across briefs (actors.yml first)
    corpus = build_corpus(entries, load_actors(project), project.rel(project.actors_file))
    report.notes.extend(corpus.notes)
    # 5. render: Markdown pages into docs/, never over a page a person wrote
    report.pages, report.removed = write_pages(project.docs, render_pages(project, corpus))
    # 6. site: MkDocs (strict) into a temporary folder, then swapped into place
    if site:
        search = build_site(project, briefs=report.briefs)
        report.search = search.engine
        if search.note:
            report.notes.append(search.note)
        report.site = project.site
    return report


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
    entries = load_all(project, documents, report)
    corpus = build_corpus(entries, load_actors(project), project.rel(project.actors_file))
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


def ingest_all(project: Project) -> dict[str, Document]:
    """Read every article; raise ArticleError listing every one that cannot be read."""
    documents: dict[str, Document] = {}
    problems: list[Problem] = []
    for path in article_paths(project):
        name = project.rel(path)
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
    if problems:
        raise ArticleError(problems)
    return documents


def extract_all(project: Project, documents: dict[str, Document], report: Report) -> None:
    """Write a brief for every article whose brief the machine still owns."""
    from briefgen.extract import extract
    from briefgen.store import load, save

    problems: list[Problem] = []
    for stem, doc in documents.items():
        path = project.briefs / f"{stem}.yaml"
        name = project.rel(path)
        stored = load(path, name)
        if stored.status == "invalid":
            problems.extend(stored.problems)
            continue
        if stored.status in ("reviewed", "edited"):
            report.kept.append(
                f"{name} ({'reviewed' if stored.status == 'reviewed' else 'edited by hand'})"
            )
            continue
        brief = extract(doc, source_path=doc.path)
        if save(path, brief, name):
            report.written.append(name)
        else:
            report.unchanged.append(name)
    if problems:
        raise BriefError(problems)


def load_all(project: Project, documents: dict[str, Document], report: Report) -> list:
    """Read every brief; check its spans against its article; raise BriefError on any problem."""
    from briefgen.corpus import Entry
    from briefgen.store import load

    entries = []
    problems: list[Problem] = []
    paths = sorted(project.briefs.glob("*.yaml")) if project.briefs.is_dir() else []
    for path in paths:
        name = project.rel(path)
        stored = load(path, name)
        if stored.brief is None:
            problems.extend(stored.problems)
            continue
        brief = stored.brief
        doc = documents.get(brief.id)
        article = ""
        if doc is None:
            article = "missing"
            report.notes.append(
                f"{name}: no article {brief.source.path}; the brief is kept without its text"
            )
        elif doc.sha256 != brief.source.sha256:
            article = "changed"
            if stored.status in ("reviewed", "edited"):
                report.notes.append(
                    f"{name}: its article changed since the brief was written; check it (delete the brief to extract again)"
                )
            doc = None
        else:
            problems.extend(Problem(name, f, r) for f, r in source_check(brief, doc.text))
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
