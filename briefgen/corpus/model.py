"""The corpus's entries: one brief with where it lives and its article, and what an actor
was called when. The types every corpus module shares (identity, contests, the pages).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from briefgen.briefs.schema import Brief
from briefgen.errors import ArticleError
from briefgen.ingest import Document, read_article


@dataclass(eq=False)
class Entry:
    """One brief with where it lives and its article (None when missing or changed)."""

    brief: Brief
    file: str
    """Path of the brief file relative to the project root (POSIX slashes)."""
    document: Document | None
    """The article, only when it exists and its SHA-256 is the brief's `source.sha256`."""
    article: str = ""
    """Why `document` is None: `missing`, `changed`, `unreadable` (empty when unknown)."""

    @property
    def order(self) -> tuple[int, int, str]:
        """Sort key: newest first, undated last, then brief id."""
        date = self.brief.date
        if date is None:
            return (1, 0, self.brief.id)
        return (0, -date.toordinal(), self.brief.id)


def read_entry(root: Path, brief: Brief, file: str) -> Entry:
    """Pair a brief with its article under `root`, checking the article is the same file."""
    relative = os.path.normpath(brief.source.path)
    # A brief must not pull arbitrary files of the machine into the site.
    if os.path.isabs(relative) or relative.split(os.sep)[0] == os.pardir:
        return Entry(brief, file, None, "missing")
    path = Path(root) / relative
    if not path.is_file():
        return Entry(brief, file, None, "missing")
    try:
        doc = read_article(path, brief.source.path)
    except ArticleError:
        return Entry(brief, file, None, "unreadable")
    if not doc.same_as(brief.source):
        return Entry(brief, file, None, "changed")
    return Entry(brief, file, doc)


@dataclass
class Seen:
    """A name or role an actor went by, and when."""

    text: str
    first: dt.date | None
    """Date of the oldest dated brief that uses it (None when no brief using it is dated)."""
    last: dt.date | None
    """Date of the newest dated brief that uses it."""
    briefs: int
    """How many briefs use it."""
