"""What the command line prints about a build: stage lines or bars, notes, the summary,
and GitHub Actions annotations. Only the CLI prints; these helpers are its voice.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class Out:
    """Print by verbosity: -q only errors, default notes and summaries, -v every file."""

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.level = 0 if quiet else 2 if verbose else 1

    def note(self, line: str) -> None:
        if self.level >= 1:
            click.echo(f"note: {line}", err=True)

    def info(self, line: str) -> None:
        if self.level >= 1:
            click.echo(line)

    def detail(self, line: str) -> None:
        if self.level >= 2:
            click.echo(line)


_STAGE_LINES = {
    "read": "read {article}",
    "extract": "extracted {article}",
    "actors": "found {actor}",
    "pages": "rendered {done} pages and files",
    "site": "site ready",
}


def _stage_line(stage: str, done: int) -> str:
    """Return the line that ends a build stage in CI or a log ("extracted 1 article")."""
    words = {"article": plural(done, "article"), "actor": plural(done, "actor")}
    return _STAGE_LINES.get(stage, "{stage}: {done}").format(stage=stage, done=done, **words)


class Progress:
    """Show build stages: a bar with counts on a terminal, one line per stage in CI or a log."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.live = sys.stderr.isatty() and os.environ.get("CI", "").lower() not in ("1", "true")
        self.stage = ""
        self.bar: Any = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.quiet:
            return
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
            click.echo(_stage_line(stage, done), err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def tell_build(report: Any, out: Out) -> None:
    """Print what a build did: notes, kept briefs, files (-v), then the summary line."""
    for line in report.notes:
        out.note(line)
    for line in report.kept:
        out.info(f"kept {line}")
    for name in report.extracted:
        out.detail(f"extracted {name}")
    for name in report.pages:
        out.detail(f"wrote {name}")
    for name in report.removed:
        out.detail(f"removed {name}")
    counts = (
        f"{len(report.extracted)} extracted, {len(report.reused)} reused, "
        f"{len(report.kept)} kept, {len(report.removed_briefs)} removed"
    )
    parts = [f"{plural(report.briefs, 'brief')} ({counts})"]
    again = f" (every page rendered: {report.pages_reason})" if report.pages_reason else ""
    parts.append(plural(len(report.pages), "file") + " updated" + again)
    if report.site is not None:
        where = Path(os.path.relpath(report.site)).as_posix()
        parts.append(f"site in {where}/" + site_build(report))
        parts.append(f"{report.search} search")
    out.info("built: " + ", ".join(parts))


def site_build(report: Any) -> str:
    """Say how the site was built: kept, incremental (how much) or full (why)."""
    if report.site_unchanged:
        return " (unchanged)"
    if report.site_mode == "incremental":
        shards = (
            f", {plural(len(report.indexed), 'search shard')} indexed" if report.indexed else ""
        )
        return f" (incremental: {plural(len(report.rendered), 'page')} rendered{shards})"
    if report.site_mode == "full":
        return f" (full build: {report.site_reason})" if report.site_reason else " (full build)"
    return ""


def annotate(skipped: list[Any]) -> None:
    """In GitHub Actions, also raise a warning per skipped article and add them to the summary."""
    if os.environ.get("GITHUB_ACTIONS") != "true":
        return
    for problem in skipped:
        reason = problem.reason.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        file = problem.file.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
        click.echo(f"::warning file={file},title=article skipped::{reason}")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        bar = "\\|"  # a table cell's own bar
        rows = "".join(f"| `{p.file}` | {p.reason.replace('|', bar)} |\n" for p in skipped)
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(
                f"### {plural(len(skipped), 'article')} skipped\n\n"
                "The rest of the site was built. Fix these and push again:\n\n"
                f"| article | why |\n| --- | --- |\n{rows}\n"
            )
