"""Files that ship with briefgen: the page templates and the example site.

In a wheel they live in `briefgen/_bundled/`; in a source checkout they are the
repository's own `templates/`, `mkdocs.yml`, `actors.yml` and example article (one copy).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

EXAMPLE_ARTICLE = "000_83b8f2cce4d8eb98.txt"
_PACKAGE = Path(__file__).resolve().parent


def templates_dir() -> Path:
    """Return the folder of packaged page templates."""
    inside = _PACKAGE / "_bundled" / "templates"
    return inside if inside.is_dir() else _PACKAGE.parent / "templates"


def theme_dir() -> Path:
    """Return the folder of theme overrides briefgen adds to Material's (search, header)."""
    return _PACKAGE / "theme"


def code_files(*packages: str) -> list[Path]:
    """Return every Python file of the named briefgen packages, and the data files that
    shape output with them (the trained filter's `extract/learned/model.json`), sorted
    (caches hash them)."""
    return sorted(
        p
        for name in packages
        for suffix in ("*.py", "*.json")
        for p in (_PACKAGE / name).rglob(suffix)
    )


def code_digest(*packages: str) -> str:
    """Return the SHA-256 of the named packages' Python files: their paths and contents."""
    found = hashlib.sha256()
    for path in code_files(*packages):
        rel = path.relative_to(_PACKAGE.parent).as_posix().encode()
        found.update(rel + b"\0" + path.read_bytes() + b"\0")
    return found.hexdigest()


def example_dir() -> Path:
    """Return the folder holding the example site's mkdocs.yml, actors.yml and articles/."""
    inside = _PACKAGE / "_bundled" / "example"
    return inside if inside.is_dir() else _PACKAGE.parent
