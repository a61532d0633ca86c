"""Files that ship with briefgen: the page templates and the example site.

In a wheel they live in `briefgen/_bundled/`; in a source checkout they are the
repository's own `templates/`, `mkdocs.yml`, `actors.yml` and example article (one copy).
"""

from __future__ import annotations

from pathlib import Path

EXAMPLE_ARTICLE = "000_83b8f2cce4d8eb98.txt"
_PACKAGE = Path(__file__).resolve().parent


def templates_dir() -> Path:
    """Return the folder of packaged page templates."""
    inside = _PACKAGE / "_bundled" / "templates"
    return inside if inside.is_dir() else _PACKAGE.parent / "templates"


def example_dir() -> Path:
    """Return the folder holding the example site's mkdocs.yml, actors.yml and articles/."""
    inside = _PACKAGE / "_bundled" / "example"
    return inside if inside.is_dir() else _PACKAGE.parent
