"""`briefgen init`: create a new briefing site from the packaged example."""

from __future__ import annotations

from pathlib import Path

from briefgen import __version__
from briefgen.commands.workflow import PATH as WORKFLOW
from briefgen.commands.workflow import workflow_text
from briefgen.errors import ConfigError, Problem
from briefgen.resources import EXAMPLE_ARTICLE, example_dir

_GITIGNORE = """\
# The built site, and pages briefgen generates from the briefs.
/site/
/docs/index.md
/docs/questions.md
/docs/format.md
/docs/briefs/
/docs/actors/
/docs/assets/briefgen/
/docs/data/
/docs/feed.xml
.briefgen.lock
# Zensical's cache, when it builds the site (extra.briefgen.engine: zensical).
/.cache/
# What a build keeps to go faster next time (parsed briefs, the site's digest).
.briefgen-cache/
"""
_REQUIREMENTS = """\
# The briefgen this site is built with (CI installs it from here). Other forms:
#   briefgen==0.1.0                                   a release from PyPI
#   briefgen @ git+https://github.com/OWNER/briefgen@TAG-OR-COMMIT
# (`briefgen init --requirement SPEC` writes SPEC here.)
{line}
"""


def requirement_line(spec: str | None = None) -> tuple[str, str]:
    """Return the requirement that installs this briefgen in CI, and a note (or "").

    `spec` is the user's: a version (`0.2.0`), a requirement (`briefgen>=0.2`), a git
    URL or a path. Without it: the release, when briefgen came from a package index; the
    commit it was installed from, when from git; else the release, with a note.
    """
    if spec:
        spec = spec.strip()
        if spec[:1].isdigit():
            return f"briefgen=={spec}", ""
        if spec.startswith("briefgen"):
            return spec, ""
        if spec.startswith(("git+", "http://", "https://", "file:")):
            return f"briefgen @ {spec}", ""
        return spec, ""  # a path (pip installs from it as it is)
    origin = _installed_from()
    if origin is None:
        return f"briefgen=={__version__}", ""
    vcs = origin.get("vcs_info") or {}
    if vcs.get("vcs") == "git" and vcs.get("commit_id"):
        return f"briefgen @ git+{origin['url']}@{vcs['commit_id']}", ""
    return f"briefgen=={__version__}", (
        f"requirements.txt names briefgen=={__version__}, but this briefgen was installed "
        f"from {origin.get('url', 'a local folder')}; if that release is not on PyPI, "
        "CI cannot install it: pass --requirement with a git URL (git+https://...@TAG)"
    )


def _installed_from() -> dict | None:
    """Return PEP 610's record of where briefgen was installed from, or None (an index)."""
    import json
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        text = distribution("briefgen").read_text("direct_url.json")
    except PackageNotFoundError:
        return {"url": "a source checkout"}
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return {"url": "an unknown place"}
    return data if isinstance(data, dict) else {"url": "an unknown place"}


def init_site(directory: Path, requirement: str | None = None) -> list[str]:
    """Create a site in `directory`; refuse (listing them all) if any file would be overwritten.

    `requirement` is the line of requirements.txt that installs briefgen (default: see
    `requirement_line`).
    """
    requirement = requirement or requirement_line()[0]
    source = example_dir()
    files = {
        "mkdocs.yml": (source / "mkdocs.yml").read_bytes(),
        "actors.yml": (source / "actors.yml").read_bytes(),
        f"articles/{EXAMPLE_ARTICLE}": (source / "articles" / EXAMPLE_ARTICLE).read_bytes(),
        ".gitignore": _GITIGNORE.encode(),
        "requirements.txt": _REQUIREMENTS.format(line=requirement).encode(),
        WORKFLOW: workflow_text().encode(),
    }
    folders = ["briefs", "docs", "templates"]
    if directory.exists() and not directory.is_dir():
        raise ConfigError(Problem(directory.as_posix(), "", "exists and is not a folder"))
    clashes = [
        Problem((directory / name).as_posix(), "", "already exists; init never overwrites")
        for name in files
        if (directory / name).exists()
    ]
    if clashes:
        raise ConfigError(clashes)
    created = []
    for name, data in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        created.append(path.as_posix())
    for name in folders:
        path = directory / name
        if not path.exists():
            path.mkdir(parents=True)
            created.append(path.as_posix() + "/")
    return created
