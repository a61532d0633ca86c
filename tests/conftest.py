"""Shared test fixtures: the fixture briefs as corpus entries, and a throwaway site project."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# Plain `pytest` from a checkout, without installing the package, must find briefgen.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from briefgen import store  # noqa: E402
from briefgen.config import Project, load_project  # noqa: E402
from briefgen.corpus import Entry, read_entry  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ from the current templates instead of comparing",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def fixture_entries() -> list[Entry]:
    """Load the fixture briefs with their articles (the repository is the project root)."""
    entries = []
    for path in sorted((FIXTURES / "briefs").glob("*.yaml")):
        stored = store.load(path)
        assert stored.brief is not None, stored.problems
        entries.append(read_entry(REPO, stored.brief, path.relative_to(REPO).as_posix()))
    return entries


def make_project(root: Path) -> Project:
    """Make a site project in `root` with the repository's mkdocs.yml."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return load_project(root)


@pytest.fixture
def entries() -> list[Entry]:
    return fixture_entries()


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return make_project(tmp_path / "site-project")
