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

import math
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
    # Each draft's words and key, worked out once (a long article has thousands of drafts).
    words_of = {id(d): _words(d.candidate.question) for d in drafts}
    key_of = {id(d): _key(d.candidate.question) for d in drafts}
    index = _Kept(words_of.values())
    for draft in sorted(drafts, key=lambda d: (-d.candidate.score, d.candidate.at)):
        words = words_of[id(draft)]
        same = None
        for place in index.maybe(key_of[id(draft)], draft.evidence, words):
            other = kept[place]
            overlap = _alike(words, words_of[id(other)])
            shared = set(draft.evidence) & set(other.evidence)
            if (
                key_of[id(draft)] == key_of[id(other)]
                or (shared and (draft.candidate.kind == other.candidate.kind or overlap >= 0.5))
                or overlap >= 0.8
            ):
                same = other
                index.add_spans(place, draft.evidence)
                break
        if same is None:
            index.add(len(kept), key_of[id(draft)], draft.evidence, words)
            kept.append(draft)
            continue
        same.evidence.extend(span for span in draft.evidence if span not in same.evidence)
        same.actors.extend(a for a in draft.actors if a not in same.actors)
    return _cap(kept)


class _Kept:
    """Which kept drafts a draft may be one with, so a draft is compared with those only,
    not with every draft kept so far: those with its key, those sharing a sentence with
    it, and those sharing one of the rarest words of its set (two sets alike by 0.8 or
    more share one of the rarest fifth-plus-one of each: prefix filtering)."""

    def __init__(self, word_sets) -> None:
        counts: dict[str, int] = {}
        for words in word_sets:
            for w in words:
                counts[w] = counts.get(w, 0) + 1
        self.order = {w: (n, w) for w, n in counts.items()}
        self.by_key: dict[str, set[int]] = {}
        self.by_span: dict[tuple[int, int], set[int]] = {}
        self.by_word: dict[str, set[int]] = {}
        self.empty: set[int] = set()  # kept drafts with no words: alike to each other

    def _rarest(self, words: set[str]) -> list[str]:
        ranked = sorted(words, key=lambda w: self.order.get(w, (0, w)))
        return ranked[: len(ranked) - math.ceil(0.79 * len(ranked)) + 1]

    def maybe(self, key: str, spans: list[tuple[int, int]], words: set[str]) -> list[int]:
        """Return the places of the kept drafts a draft may be one with, in order."""
        places = set(self.by_key.get(key, ()))
        for span in spans:
            places |= self.by_span.get(span, set())
        if not words:
            places |= self.empty
        for w in self._rarest(words) if words else ():
            places |= self.by_word.get(w, set())
        return sorted(places)

    def add(self, place: int, key: str, spans: list[tuple[int, int]], words: set[str]) -> None:
        """Index a kept draft."""
        self.by_key.setdefault(key, set()).add(place)
        self.add_spans(place, spans)
        if not words:
            self.empty.add(place)
        for w in self._rarest(words) if words else ():
            self.by_word.setdefault(w, set()).add(place)

    def add_spans(self, place: int, spans: list[tuple[int, int]]) -> None:
        """Index sentences a kept draft has taken from a draft merged into it."""
        for span in spans:
            self.by_span.setdefault(span, set()).add(place)


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
