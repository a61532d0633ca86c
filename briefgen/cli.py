"""The command line: thin click commands over the library. Exit codes: 0 ok, 1 content
errors (unreadable articles, invalid briefs, a failed site build), 2 usage.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from briefgen import __version__
from briefgen.commands.output import Out, Progress, annotate, plural, tell_build
from briefgen.errors import BriefgenError

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
            # Problems with an option (`-a/--dev-addr: ...`) are usage errors.
            usage = bool(exc.problems) and all(p.file.startswith("-") for p in exc.problems)
            sys.exit(2 if usage else 1)
        except OSError as exc:  # a full disk, a read-only folder, a file where a folder goes
            click.echo(_os_error_line(exc), err=True)
            sys.exit(1)

    return wrapper


def _os_error_line(exc: OSError) -> str:
    """Return `file: reason` for an error of the system (the file relative when it can be)."""
    from briefgen.errors import shown

    reason = exc.strerror or str(exc)
    if exc.filename is None:
        return shown(reason)
    name = os.fsdecode(exc.filename)
    relative = os.path.relpath(name) if os.path.isabs(name) else name
    return shown(f"{name if relative.startswith('..') else relative}: {reason}")


_PROJECT_DIR = click.Path(exists=True, file_okay=False, path_type=Path)


def _project_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add DIRECTORY, -f/--config-file, -q/--quiet and -v/--verbose (MkDocs' meanings)."""
    func = click.option(
        "-v", "--verbose", is_flag=True, help="Also list every brief and file written."
    )(func)
    func = click.option("-q", "--quiet", is_flag=True, help="Print only errors.")(func)
    func = click.option(
        "-f",
        "--config-file",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="The site's config file (default: DIRECTORY/mkdocs.yml, else mkdocs.yaml).",
    )(func)
    return click.argument("directory", type=_PROJECT_DIR, default=".")(func)


def _where(directory: Path, config_file: Path | None) -> Path:
    """Return what names the project: its config file (-f) or its folder."""
    if config_file is None:
        return directory
    if directory != Path("."):
        raise click.UsageError("give DIRECTORY or -f/--config-file, not both")
    return config_file


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
def main() -> None:
    """Turn news articles into a searchable briefing site: who said what, and what is open."""


@main.command()
@click.argument("directory", type=_DIR)
@click.option(
    "--requirement",
    metavar="SPEC",
    help="What requirements.txt installs briefgen from: a version, a git URL or a path "
    "(default: this briefgen's version, or the git commit it was installed from).",
)
@_reports_errors
def init(directory: Path, requirement: str | None) -> None:
    """Create a new briefing site in DIRECTORY, with the example article."""
    from briefgen.commands.scaffold import init_site, requirement_line

    line, note = requirement_line(requirement)
    created = init_site(directory, requirement=line)
    for path in created:
        click.echo(f"created {path}")
    if note:
        click.echo(f"note: {note}", err=True)
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
    from briefgen.briefs.store import folder_lock

    with contextlib.ExitStack() as hold:
        if out is not None:  # no other briefgen writes briefs there meanwhile
            hold.enter_context(folder_lock(out, out.as_posix()))
        problems = _extract_all(articles, out)
    if problems:
        raise BriefgenError(problems)


def _extract_all(articles: tuple[Path, ...], out: Path | None) -> list:
    from briefgen.briefs.store import brief_text, save
    from briefgen.errors import ArticleError, Problem
    from briefgen.extract import extract as extract_brief
    from briefgen.ingest import read_article

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
    return problems


_ENGINE = click.Choice(["material", "zensical"])


def _site_overrides(
    site_dir: Path | None = None, site_url: str | None = None, engine: str | None = None
) -> dict:
    """Return the project settings the command line replaces."""
    overrides: dict[str, Any] = {}
    if site_dir is not None:
        overrides["site"] = site_dir  # relative: to the config file's folder, as in MkDocs
    if site_url is not None:
        from briefgen.inputs import NOT_AN_ADDRESS, is_web_address

        if not is_web_address(site_url):
            raise click.BadParameter(NOT_AN_ADDRESS, param_hint="--site-url")
        overrides["site_url"] = site_url.rstrip("/") + "/"
    if engine is not None:
        overrides["engine"] = engine
    return overrides


@main.command()
@_project_options
@click.option("--no-site", is_flag=True, help="Write briefs and pages, but do not build the site.")
@click.option(
    "-d",
    "--site-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Build the site into this folder, relative to mkdocs.yml's (default: its site_dir).",
)
@click.option(
    "--clean",
    is_flag=True,
    help="Rebuild everything: forget what earlier builds kept in .briefgen-cache/.",
)
@click.option(
    "--engine", type=_ENGINE, help="Build the site with this (default: extra.briefgen.engine)."
)
@click.option(
    "--site-url", metavar="URL", help="The site's address (default: mkdocs.yml's site_url)."
)
@click.option(
    "--keep-going",
    is_flag=True,
    help="Exit 0 when articles were skipped (still listed): publish the rest.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that extract articles and render pages (default: one per core).",
)
@_reports_errors
def build(
    directory: Path,
    config_file: Path | None,
    quiet: bool,
    verbose: bool,
    no_site: bool,
    site_dir: Path | None,
    clean: bool,
    engine: str | None,
    site_url: str | None,
    keep_going: bool,
    jobs: int | None,
) -> None:
    """Build the site in DIRECTORY: articles -> briefs -> pages -> site.

    Only new or changed articles are extracted; briefs a person reviewed or edited are
    kept as they are.
    """
    from briefgen.build import build as run_build

    out = Out(quiet, verbose)
    progress = Progress(quiet)
    try:
        report = run_build(
            _where(directory, config_file),
            site=not no_site,
            jobs=jobs,
            progress=progress,
            clean=clean,
            overrides=_site_overrides(site_dir, site_url, engine),
        )
    finally:
        progress.close()
    tell_build(report, out)
    if report.skipped:
        annotate(report.skipped)
        click.echo(f"skipped {plural(len(report.skipped), 'article')}:", err=True)
        for problem in report.skipped:
            click.echo(str(problem), err=True)
        if not keep_going:
            sys.exit(1)


def _dev_addr(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, int]:
    from briefgen.commands.serve import parse_address

    found = parse_address(value)
    if found is None:
        click.echo(
            f"-a/--dev-addr: '{value}' is not an address to serve on (HOST:PORT, "
            "for example 127.0.0.1:8000)",
            err=True,
        )
        ctx.exit(2)
    return found


@main.command()
@_project_options
@click.option(
    "-a",
    "--dev-addr",
    default="127.0.0.1:8000",
    show_default=True,
    metavar="HOST:PORT",
    callback=_dev_addr,
    help="Address to serve on.",
)
@click.option("-o", "--open", "open_browser", is_flag=True, help="Open the site in a browser.")
@click.option(
    "--engine", type=_ENGINE, help="Build the site with this (default: extra.briefgen.engine)."
)
@_reports_errors
def serve(
    directory: Path,
    config_file: Path | None,
    quiet: bool,
    verbose: bool,
    dev_addr: tuple[str, int],
    open_browser: bool,
    engine: str | None,
) -> None:
    """Build the site in DIRECTORY, serve it and rebuild whatever changes (live reload)."""
    from briefgen.commands.serve import serve as run_serve

    out = Out(quiet, verbose)
    first = [True]

    def built(report: Any) -> None:
        report.site = None  # a temporary folder, not worth naming
        if first[0] or verbose:
            tell_build(report, out)
        elif report.pages or report.extracted or not report.site_unchanged:
            out.info(
                f"rebuilt: {len(report.extracted)} extracted, "
                f"{plural(len(report.pages), 'file')} updated"
            )
        first[0] = False

    def tell(line: str) -> None:
        click.echo(line, err=not line.startswith("Serving on "))

    host, port = dev_addr
    run_serve(
        _where(directory, config_file),
        host,
        port,
        overrides=_site_overrides(engine=engine),
        open_browser=open_browser,
        tell=tell,
        built=built,
    )


@main.command()
@_project_options
@_reports_errors
def check(directory: Path, config_file: Path | None, quiet: bool, verbose: bool) -> None:
    """Validate every brief in DIRECTORY (and actors.yml); print `file: field: reason`."""
    from briefgen.build import check as run_check

    out = Out(quiet, verbose)
    report = run_check(_where(directory, config_file))
    for line in report.notes:
        out.note(line)
    out.info(f"ok: {plural(report.briefs, 'brief')} valid")


@main.command()
@_project_options
@click.option(
    "--min-positions",
    type=click.IntRange(min=0),
    default=0,
    help="List only actors with this many positions.",
)
@click.option(
    "--brief",
    "brief_id",
    metavar="ID",
    help="List the actors of this brief, with the references actors.yml takes.",
)
@_reports_errors
def actors(
    directory: Path,
    config_file: Path | None,
    quiet: bool,
    verbose: bool,
    min_positions: int,
    brief_id: str | None,
) -> None:
    """List the actors across the briefs in DIRECTORY and flag probable duplicates."""
    from briefgen.build import survey
    from briefgen.corpus.survey import actor_lines, brief_actor_lines

    out = Out(quiet, verbose)
    corpus, duplicates, report = survey(_where(directory, config_file))
    for line in report.notes:
        out.note(line)
    lines: list[str] | None
    if brief_id is None:
        lines = actor_lines(corpus, duplicates, min_positions)
    else:
        lines = brief_actor_lines(corpus, brief_id)
        if lines is None:
            ids = sorted(e.brief.id for e in corpus.entries)
            known = ", ".join(ids[:5]) + (", …" if len(ids) > 5 else "")
            click.echo(f"--brief: no brief {brief_id} (briefs: {known or 'none'})", err=True)
            sys.exit(2)
    for line in lines:
        click.echo(line)


@main.command()
@click.argument("urls", nargs=-1)
@click.option(
    "--feeds",
    "feeds_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A YAML file listing feed addresses to fetch.",
)
@click.option("--site", "directory", type=_DIR, default=".", help="The site project (default: .).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=20.0,
    show_default=True,
    help="Seconds per request.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=10 * 1024 * 1024,
    show_default=True,
    help="Largest page accepted.",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Seconds between two requests to one host.",
)
@_reports_errors
def fetch(
    urls: tuple[str, ...],
    feeds_file: Path | None,
    directory: Path,
    timeout: float,
    max_bytes: int,
    delay: float,
) -> None:
    """Fetch article pages and RSS/Atom feeds (URLS) into the site's articles.

    Each page becomes articles/<date>-<slug>.md; addresses already fetched and texts
    already saved are skipped. One request at a time, robots.txt honoured.
    """
    from briefgen.config import load_project
    from briefgen.ingest.fetch import fetch as run_fetch
    from briefgen.ingest.fetch import read_feed_list
    from briefgen.ingest.web import Client, Limits

    if not urls and feeds_file is None:
        raise click.UsageError("give one or more URLs, or --feeds FILE")
    project = load_project(directory)
    targets = list(urls)
    if feeds_file is not None:
        targets += read_feed_list(feeds_file, feeds_file.as_posix())
    client = Client(Limits(timeout=timeout, max_bytes=max_bytes, delay=delay))
    report = run_fetch(project, targets, client)
    for line in report.written + report.skipped:
        click.echo(line)
    click.echo(
        f"fetched: {plural(len(report.written), 'article')}, {len(report.skipped)} skipped, {plural(len(report.problems), 'problem')}"
    )
    if report.problems:
        raise BriefgenError(report.problems)


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
    for line in report.unmatched_lines():
        click.echo(line)
    for line in report.lines():
        click.echo(line)


@main.command()
@click.argument(
    "which",
    type=click.Choice(["brief", "actors", "settings", "data-actors", "data-briefs"]),
    default="brief",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to a file instead of printing.",
)
@_reports_errors
def schema(which: str, out: Path | None) -> None:
    """Print a JSON Schema: a brief (default), actors.yml, the settings, or the site's data."""
    from briefgen.briefs.store import write_atomic
    from briefgen.render.schemadoc import schema_text

    if out is None:
        click.echo(schema_text(which), nl=False)
    else:
        write_atomic(out, schema_text(which))
        click.echo(f"wrote {out.as_posix()}")
