"""The command line: thin click commands over the library. Exit codes: 0 ok, 1 content
errors (unreadable articles, invalid briefs, a failed site build), 2 usage.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from briefgen import __version__
from briefgen.errors import BriefgenError

if TYPE_CHECKING:
    from briefgen.build import Report

_DIR = click.Path(file_okay=False, path_type=Path)


def _reports_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's errors into one line each on stderr and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BriefgenError as exc:
            for line in exc.lines():
                click.echo(line, err=True)
            sys.exit(1)

    return wrapper


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
def main() -> None:
    """Turn news articles into a searchable briefing site: who said what, and what is open."""


@main.command()
@click.argument("directory", type=_DIR)
@_reports_errors
def init(directory: Path) -> None:
    """Create a new briefing site in DIRECTORY, with the example article."""
    from briefgen.scaffold import init_site

    created = init_site(directory)
    for path in created:
        click.echo(f"created {path}")
    click.echo(f"next: cd {directory} && briefgen build")


@main.command()
@click.argument(
    "articles",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--out", "out", type=_DIR, help="Write DIR/<name>.yaml per article (default: print YAML)."
)
@_reports_errors
def extract(articles: tuple[Path, ...], out: Path | None) -> None:
    """Extract a brief from each ARTICLE."""
    from briefgen.errors import ArticleError, Problem
    from briefgen.extract import extract as extract_brief
    from briefgen.ingest import read_article
    from briefgen.store import brief_text, save

    problems: list[Problem] = []
    for path in articles:
        try:
            doc = read_article(path)
        except ArticleError as exc:
            problems.extend(exc.problems)
            continue
        brief = extract_brief(doc)
        if out is None:
            click.echo(("---\n" if len(articles) > 1 else "") + brief_text(brief), nl=False)
            continue
        target = out / f"{doc.stem}.yaml"
        try:
            changed = save(target, brief)
        except BriefgenError as exc:
            problems.extend(exc.problems)
            continue
        click.echo(f"{'wrote' if changed else 'unchanged'} {target.as_posix()}", err=out is None)
    if problems:
        raise BriefgenError(problems)


_STAGE_LINES = {
    "read": "read {done} articles",
    "extract": "extracted {done} articles",
    "actors": "found {done} actors",
    "pages": "rendered {done} pages and files",
    "site": "site ready",
}


class _Progress:
    """Show build stages: a bar with counts on a terminal, one line per stage in CI or a log."""

    def __init__(self) -> None:
        self.live = sys.stderr.isatty() and os.environ.get("CI", "").lower() not in ("1", "true")
        self.stage = ""
        self.bar: Any = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.close()
            self.stage = stage
            if self.live:
                self.bar = click.progressbar(
                    length=total, label=f"{stage:8}", show_pos=True, file=sys.stderr
                )
                self.bar.__enter__()
        if self.bar is not None:
            self.bar.update(done - self.bar.pos)
        elif done == total:
            click.echo(
                _STAGE_LINES.get(stage, "{stage}: {done}").format(stage=stage, done=done), err=True
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@main.command()
@click.argument("directory", type=_DIR, default=".")
@click.option("--no-site", is_flag=True, help="Write briefs and pages, but do not build the site.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that extract articles and render pages (default: one per core).",
)
@_reports_errors
def build(directory: Path, no_site: bool, jobs: int | None) -> None:
    """Build the site in DIRECTORY: articles -> briefs -> pages -> site.

    Only new or changed articles are extracted; briefs a person reviewed or edited are
    kept as they are.
    """
    from briefgen.build import build as run_build

    progress = _Progress()
    try:
        report = run_build(directory, site=not no_site, jobs=jobs, progress=progress)
    finally:
        progress.close()
    for line in report.notes:
        click.echo(f"note: {line}", err=True)
    for line in report.kept:
        click.echo(f"kept {line}")
    counts = (
        f"{len(report.extracted)} extracted, {len(report.reused)} reused, "
        f"{len(report.kept)} kept, {len(report.removed_briefs)} removed"
    )
    parts = [f"{_plural(report.briefs, 'brief')} ({counts})"]
    parts.append(_plural(len(report.pages), "file") + " updated")
    if report.site is not None:
        where = Path(os.path.relpath(report.site)).as_posix()
        parts.append(f"site in {where}/ ({_site_build(report)})")
        parts.append(f"{report.search} search")
    click.echo("built: " + ", ".join(parts))
    if report.skipped:
        click.echo(f"skipped {_plural(len(report.skipped), 'article')}:", err=True)
        for problem in report.skipped:
            click.echo(str(problem), err=True)
        sys.exit(1)


def _site_build(report: Report) -> str:
    """Say how the site was built: kept, incremental (how much) or full (why)."""
    if report.site_unchanged:
        return "unchanged"
    if report.site_mode == "incremental":
        shards = (
            f", {_plural(len(report.indexed), 'search shard')} indexed" if report.indexed else ""
        )
        return f"incremental: {_plural(len(report.rendered), 'page')} rendered{shards}"
    return f"full build: {report.site_reason}" if report.site_reason else "full build"


@main.command()
@click.argument("directory", type=_DIR, default=".")
@click.option(
    "-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on."
)
@_reports_errors
def serve(directory: Path, dev_addr: str) -> None:
    """Build the pages in DIRECTORY and serve the site with live reload."""
    from briefgen.build import build as run_build
    from briefgen.config import load_project
    from briefgen.site import serve_site, site_search

    report = run_build(directory, site=False)
    project = load_project(directory)
    search = site_search(project, report.briefs)
    for line in [*report.notes, search.note]:
        if line:
            click.echo(f"note: {line}", err=True)
    click.echo(f"{search.engine} search")
    serve_site(project, dev_addr, search)


@main.command()
@click.argument("directory", type=_DIR, default=".")
@_reports_errors
def check(directory: Path) -> None:
    """Validate every brief in DIRECTORY (and actors.yml); print `file: field: reason`."""
    from briefgen.build import check as run_check

    report = run_check(directory)
    for line in report.notes:
        click.echo(f"note: {line}", err=True)
    click.echo(f"ok: {_plural(report.briefs, 'brief')} valid")


@main.command()
@click.argument("directory", type=_DIR, default=".")
@click.option(
    "--min-positions",
    type=click.IntRange(min=0),
    default=0,
    help="List only actors with this many positions.",
)
@_reports_errors
def actors(directory: Path, min_positions: int) -> None:
    """List the actors across the briefs in DIRECTORY and flag probable duplicates."""
    from briefgen.build import survey
    from briefgen.survey import actor_lines

    corpus, duplicates, report = survey(directory)
    for line in report.notes:
        click.echo(f"note: {line}", err=True)
    for line in actor_lines(corpus, duplicates, min_positions):
        click.echo(line)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--per-article", is_flag=True, help="Also print figures for every article.")
@_reports_errors
def eval_(gold_dir: Path, per_article: bool) -> None:
    """Score extraction against GOLD_DIR (ARTICLE.txt + ARTICLE.gold.yaml pairs)."""
    from briefgen.evaluate import evaluate

    report = evaluate(gold_dir)
    for line in report.skipped:
        click.echo(f"skipped: {line}", err=True)
    if per_article:
        for stem, tally in report.per_article:
            p, r, f = tally.prf(tally.matched[0.3])
            click.echo(
                f"{stem}: P {p:.3f} R {r:.3f} F1 {f:.3f} ({tally.gold} gold, {tally.predicted} predicted)"
            )
    for line in report.lines():
        click.echo(line)


@main.command()
@click.argument(
    "which",
    type=click.Choice(["brief", "actors", "data-actors", "data-briefs"]),
    default="brief",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to a file instead of printing.",
)
def schema(which: str, out: Path | None) -> None:
    """Print a JSON Schema: a brief (default), actors.yml, or the site's data files."""
    from briefgen.schema import schema_text
    from briefgen.store import write_atomic

    if out is None:
        click.echo(schema_text(which), nl=False)
    else:
        write_atomic(out, schema_text(which))
        click.echo(f"wrote {out.as_posix()}")
