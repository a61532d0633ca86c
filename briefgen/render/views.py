"""What the templates see: a brief, its positions and questions, an actor's page, as views
over the corpus with the links and anchors the pages need. `render` builds them; the data
files (`export`) and feeds (`feeds`) read them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup

from briefgen.briefs.schema import Actor, Brief, Evidence, OpenQuestion, Position
from briefgen.corpus import CorpusActor
from briefgen.corpus.contests import Contest
from briefgen.corpus.model import Entry, Seen


@dataclass(eq=False)
class ActorView:
    """A brief's actor, with its corpus page when it has one."""

    actor: Actor
    page: CorpusActor | None
    href: str
    """`actors/<id>.md` (from the docs root), or empty for brief-local actors."""


@dataclass(eq=False)
class Cited:
    """Something tied to a paragraph of a brief's article (paragraph 0: not linkable)."""

    brief: BriefView
    paragraph: int

    @property
    def anchor(self) -> str:
        """Return `#pN` for a link from the brief page itself, or empty."""
        return f"#p{self.paragraph}" if self.paragraph else ""

    @property
    def href(self) -> str:
        """Return the paragraph's address from the docs root, or empty."""
        return self.brief.href + self.anchor if self.paragraph else ""


@dataclass(eq=False)
class PositionView(Cited):
    """A position with its actor, and its number in its brief (1, 2, ... in article order)."""

    position: Position
    actor: ActorView
    number: int = 0

    @property
    def anchor(self) -> str:
        """Return `#cN`, where the brief's article text highlights the words, or empty."""
        return f"#c{self.number}" if self.paragraph else ""


@dataclass(eq=False)
class EvidenceView(Cited):
    """A piece of evidence for an open question."""

    evidence: Evidence


@dataclass(eq=False)
class AnswerView(Cited):
    """Where a newer brief's article answers an open question: its sentence, verbatim."""

    text: str


@dataclass(eq=False)
class QuestionView:
    """An open question with its brief, actors and evidence."""

    question: OpenQuestion
    brief: BriefView
    actors: list[ActorView]
    evidence: list[EvidenceView]
    answer: AnswerView | None = None
    """A newer brief's sentence that answers it (`corpus.answers`), if any."""

    @property
    def is_open(self) -> bool:
        """Tell whether it is still open: not marked answered, nor answered by a newer brief."""
        return self.question.status == "open" and self.answer is None


@dataclass(eq=False)
class BriefView:
    """One brief page: the brief, its article paragraphs and its links."""

    entry: Entry
    slug: str
    href: str
    actors: list[ActorView] = field(default_factory=list)
    positions: list[PositionView] = field(default_factory=list)
    groups: list[tuple[ActorView, list[PositionView]]] = field(default_factory=list)
    questions: list[QuestionView] = field(default_factory=list)
    paragraphs: list[tuple[int, Markup]] = field(default_factory=list)

    @property
    def brief(self) -> Brief:
        return self.entry.brief

    @property
    def summary_line(self) -> str:
        """Return the summary's first sentence, at most about 200 characters."""
        summary = " ".join(self.brief.summary.split())
        if not summary:
            return ""
        first = re.split(r"(?<=[.!?…”])\s+(?=[A-Z“\"])", summary, maxsplit=1)[0]
        return first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "…"

    @property
    def article_note(self) -> str:
        """Return why the article text is not shown (empty when it is)."""
        if self.entry.document is not None:
            return ""
        why = {
            "changed": "has changed since this brief was written",
            "unreadable": "cannot be read",
        }
        state = why.get(self.entry.article, "is not available")
        return (
            f"The article {self.brief.source.path} {state}, so its text is not shown here"
            " and positions are not linked to paragraphs."
        )


@dataclass(eq=False)
class ContestView:
    """A claim and the denial that answers it, each with its brief and paragraph."""

    claim: PositionView
    denial: PositionView
    contest: Contest


@dataclass(eq=False)
class ActorPage:
    """One corpus actor's page: positions grouped by brief, newest first."""

    actor: CorpusActor
    href: str
    groups: list[tuple[BriefView, list[PositionView]]]
    mentions: list[BriefView]
    contests: list[ContestView] = field(default_factory=list)
    questions: list[QuestionView] = field(default_factory=list)
    """Open questions the actor is involved in, newest brief first."""

    @property
    def position_count(self) -> int:
        return len(self.actor.positions)

    @property
    def roles_over_time(self) -> list[Seen]:
        """Return the roles, most recently seen first (undated last), then most used."""
        return sorted(self.actor.roles_seen, key=_recent_first)

    @property
    def names_over_time(self) -> list[Seen]:
        """Return the other names, most recently seen first (undated last), then most used."""
        return sorted(self.actor.names_seen, key=_recent_first)


def _recent_first(seen: Seen) -> tuple:
    last = seen.last.toordinal() if seen.last else 0
    return (seen.last is None, -last, -seen.briefs, seen.text.casefold())
