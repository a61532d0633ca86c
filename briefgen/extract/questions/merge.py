"""Merge duplicate questions within a brief and cap how many a brief shows.

Two questions are one when they are worded the same (case and punctuation aside), when
they come from the same sentence and are of the same kind or share most of their words,
or when they share nearly all their words wherever they come from. The best-worded one
stays (the detector's score: the surer the shape, the better it reads), with the evidence
of both.

The cap: at most `MOST` questions a brief, at most `MOST_OF_A_KIND` of one kind, so a long
article or one repeated shape does not flood the page. The surest are kept first, then the
earlier in the article (news puts what matters first); the kept ones read in article order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefgen.extract.questions.context import Candidate

MOST = 6
MOST_OF_A_KIND = 5
_STOP = frozenset(
    "a an the of to in on for and or is are was were will would be been has have had did "
    "does do that it its right".split()
)


@dataclass
class Draft:
    """A candidate question with the sentences that raise it."""

    candidate: Candidate
    evidence: list[tuple[int, int]]
    actors: list[str] = field(default_factory=list)


def _key(question: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", question.lower()))


def _words(question: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", question.lower()) if w not in _STOP}


def _alike(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def merge(drafts: list[Draft]) -> list[Draft]:
    """Return the drafts with duplicates merged, capped, in article order."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (-d.candidate.score, d.candidate.at)):
        words = _words(draft.candidate.question)
        same = None
        for other in kept:
            overlap = _alike(words, _words(other.candidate.question))
            shared = set(draft.evidence) & set(other.evidence)
            if (
                _key(draft.candidate.question) == _key(other.candidate.question)
                or (shared and (draft.candidate.kind == other.candidate.kind or overlap >= 0.5))
                or overlap >= 0.8
            ):
                same = other
                break
        if same is None:
            kept.append(draft)
            continue
        same.evidence.extend(span for span in draft.evidence if span not in same.evidence)
        same.actors.extend(a for a in draft.actors if a not in same.actors)
    return _cap(kept)


def _cap(drafts: list[Draft]) -> list[Draft]:
    """Keep the surest `MOST` (at most `MOST_OF_A_KIND` of a kind), in article order."""
    chosen: list[Draft] = []
    kinds: dict[str, int] = {}
    for draft in drafts:  # already surest first, earlier first
        kind = draft.candidate.kind
        if len(chosen) >= MOST or kinds.get(kind, 0) >= MOST_OF_A_KIND:
            continue
        kinds[kind] = kinds.get(kind, 0) + 1
        chosen.append(draft)
    for draft in chosen:
        draft.evidence.sort()
    return sorted(chosen, key=lambda d: d.evidence[0])
