"""`briefgen init`: create a new briefing site from the packaged example."""

from __future__ import annotations

from pathlib import Path

from briefgen import __version__
from briefgen.errors import ConfigError, Problem
from briefgen.resources import EXAMPLE_ARTICLE, example_dir
from briefgen.workflow import PATH as WORKFLOW
from briefgen.workflow import workflow_text

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
# What a build keeps to go faster next time (parsed briefs, the site's digest).
.briefgen-cache/
"""
_REQUIREMENTS = f"""\
# The briefgen this site is built with (CI installs it from here).
# Until briefgen is on PyPI, name its repository instead, for example:
# briefgen @ git+https://github.com/OWNER/briefgen@v{__version__}
briefgen=={__version__}
"""


def init_site(directory: Path) -> list[str]:
    """Create a site in `directory`; refuse (listing them all) if any file would be overwritten."""
    source = example_dir()
    files = {
        "mkdocs.yml": (source / "mkdocs.yml").read_bytes(),
        "actors.yml": (source / "actors.yml").read_bytes(),
        f"articles/{EXAMPLE_ARTICLE}": (source / "articles" / EXAMPLE_ARTICLE).read_bytes(),
        ".gitignore": _GITIGNORE.encode(),
        "requirements.txt": _REQUIREMENTS.encode(),
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
