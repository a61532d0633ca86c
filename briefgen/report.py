"""What a build or check did: the one record the orchestrator (`build`) fills, the site's
up-to-date check (`site.uptodate`) keeps and the CLI tells."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import Problem


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
    site_mode: str = ""  # "full" or "incremental" (briefgen.site.incremental), when built
    site_reason: str = ""  # why the build was full
    rendered: list[str] = field(default_factory=list)  # docs/ pages MkDocs rendered
    indexed: list[str] = field(default_factory=list)  # search shards indexed again
    renders: list[str] = field(default_factory=list)  # docs/ files rendered (Jinja, feeds, data)
    pages_reason: str = ""  # why every page was rendered again, when the page cache was unusable
