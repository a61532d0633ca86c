"""The exceptions briefgen raises. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Line breaks and control characters, which would break a one-line message or comment.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def shown(text: str) -> str:
    """Return text fit for one line of a message or a comment: control characters escaped."""
    return CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file: `file: field: reason` when printed."""

    file: str
    field: str
    reason: str
    line: int | None = None
    """Line of the file the problem is on, when known (briefs: `file:12: field: reason`)."""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.field:
            return f"{where}: {self.field}: {self.reason}"
        return f"{where}: {self.reason}"


class BriefgenError(Exception):
    """Base of every error briefgen raises on purpose."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("", "", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """Return one line per problem, ready to print."""
        return [str(p).removeprefix(": ") for p in self.problems]


class ArticleError(BriefgenError):
    """An article cannot be read: not text, not UTF-8, empty, malformed front matter."""


class BriefError(BriefgenError):
    """A brief does not validate, or cannot be written without losing a human edit."""


class ConfigError(BriefgenError):
    """The site project (mkdocs.yml, actors.yml, folders) is unusable."""


class SiteError(BriefgenError):
    """MkDocs refused to build the site."""


class FetchError(BriefgenError):
    """A web address could not be fetched: refused, failed or over a limit."""
