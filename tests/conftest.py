"""Shared test fixtures: the fixture briefs as corpus entries, and a throwaway site project."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# Plain `pytest` from a checkout, without installing the package, must find briefgen.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from briefgen.briefs import store  # noqa: E402
from briefgen.briefs.schema import Brief  # noqa: E402
from briefgen.config import Project, load_project  # noqa: E402
from briefgen.corpus import Corpus, build_corpus  # noqa: E402
from briefgen.corpus.model import Entry, read_entry  # noqa: E402
from briefgen.extract import extract  # noqa: E402
from briefgen.ingest import parse_article  # noqa: E402
from briefgen.render import render_pages  # noqa: E402
from briefgen.render.write import write_pages  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures"
SHA = "0" * 64


def brief_entry(
    brief_id: str,
    date: str | None,
    actors: list[tuple[str, str] | dict],
    said: list[str] | None = None,
) -> Entry:
    """Make a corpus entry without an article.

    Actors are (name, kind) pairs or dicts with name, kind and optionally roles and
    aliases; each name in `said` holds a quote, in that order.
    """
    actors = [a if isinstance(a, dict) else {"name": a[0], "kind": a[1]} for a in actors]
    ids = {a["name"]: f"a{i}" for i, a in enumerate(actors)}
    brief = Brief(
        id=brief_id,
        title=f"Title {brief_id}",
        date=date,
        source={"path": f"articles/{brief_id}.txt", "sha256": SHA},
        actors=[{"id": ids[a["name"]], **a} for a in actors],
        positions=[
            {"actor": ids[name], "kind": "quote", "text": "words", "span": [10 * i, 10 * i + 5]}
            for i, name in enumerate(said or [])
        ],
    )
    return Entry(brief, f"briefs/{brief_id}.yaml", None)


def brief_of(body: str) -> Brief:
    """Extract a one-article brief from `body`, under a headline."""
    return extract(parse_article(f"Headline\n\n{body}".encode(), "a.txt"))


def positions(body: str) -> list[tuple[str, str, str]]:
    """Return (actor name, kind, text) for every position of a one-article brief."""
    brief = brief_of(body)
    names = {a.id: a.name for a in brief.actors}
    return [(names[p.actor], p.kind, p.text) for p in brief.positions]


def actors(body: str) -> dict[str, object]:
    """Return the actors of a one-article brief by name."""
    return {a.name: a for a in brief_of(body).actors}


def speakers(body: str) -> list[str]:
    """Return the actor name of every position, in order."""
    return [name for name, _, _ in positions(body)]


def actor_id_of(corpus: Corpus, entry: Entry, name: str) -> str | None:
    """Return the corpus actor id of the brief actor called `name`, or None."""
    actor = next(a for a in entry.brief.actors if a.name == name)
    found = corpus.actor_of(entry, actor.id)
    return found.id if found else None


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


def set_search(root: Path, value: str) -> Project:
    """Set `extra.briefgen.search` in the project's mkdocs.yml and reload it."""
    config = root / "mkdocs.yml"
    text = re.sub(r"\n    search: .*", "", config.read_text(encoding="utf-8"))
    config.write_text(text.replace("    latest: 20", f"    latest: 20\n    search: {value}"))
    return load_project(root)


def fixture_project(root: Path, engine: str) -> Project:
    """Render the fixture briefs into a project set to use `engine`."""
    make_project(root)
    project = set_search(root, engine)
    write_pages(project.docs, render_pages(project, build_corpus(fixture_entries())))
    return project
