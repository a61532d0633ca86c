"""Contested claims: one actor denies, rejects or contradicts what another claimed.

A denial is a position whose cue denies ("denied", "rejected", "dismissed", "disputed"),
that labels something false ("calling it “false and fabricated”") or that says a claim
is false ("reports ... were inaccurate", "was wrong to say", "Putin is lying").
It is paired with the claim it answers:

- in the same brief, another actor's position that shares two content words and a third
  of the denial's, the most first; or the claim just before the denial, when they share
  one ("Ukrainian troops in Kursk had been isolated" / "denied the encirclement of its
  troops");
- across briefs, when the brief holds no such claim: a position of an actor the denial's
  brief names, within 30 days when both briefs are dated, sharing three content words
  and two fifths of the denial's.

Words compare by their first five letters, so "encircled" meets "encirclement". Names of
the brief's actors do not count; other capitalised words count a quarter, and words used
in more than 1% of a corpus's positions (and ten) a half, as "tax" in politics.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.briefs.schema import Position

if TYPE_CHECKING:
    from briefgen.corpus.model import Entry

DENYING_CUES = frozenset(
    "deny denies denied denying reject rejects rejected rejecting dismiss dismisses "
    "dismissed dismissing refute refutes refuted refuting rebut rebuts rebutted rebutting "
    "dispute disputes disputed disputing contradict contradicts contradicted contradicting "
    "contest contests contested contesting".split()
)
LABEL_CUES = frozenset(
    "call calls called calling brand brands branded branding describe describes described "
    "describing label labels labelled labeling".split()
)
# A label that calls a claim false: "calling it “false and fabricated”".
FALSE_LABEL = re.compile(
    r"\b(false|untrue|not true|lies|lying|nonsense|fabricat\w*|baseless|groundless|rubbish|"
    r"fake|misleading|inaccurate)\b",
    re.IGNORECASE,
)
# Words that say a claim is false: "reports ... were inaccurate", "was wrong to say".
FALSE_STATEMENT = re.compile(
    r"\b(?:(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:false|untrue|not true|inaccurate|"
    r"nonsense|rubbish|wrong to (?:say|suggest|claim|imply|argue))|no truth in|"
    r"(?:is|are|was|were)\s+lying)\b",
    re.IGNORECASE,
)
_STOP = frozenset(
    "the and for are was were has had have been being its his her him she they them their "
    "there this that these those with from into onto over under about after before which "
    "what when where while who whom whose will would could should shall may might must can "
    "not but also than then very just like more most some such only other any all one two "
    "three our ours you your yours said says say saying told tell telling added adding "
    "according claim claims claimed report reports reported deny denies denied denying "
    "reject rejected rejecting dismissed disputed calling called call calls it's mr mrs ms dr "
    "year years time today yesterday week month people government minister spokesman "
    "spokeswoman statement false untrue true lie lies nonsense fabricated baseless rubbish "
    "fake misleading wrong being does did done doing make made going now new last first".split()
)
WINDOW_DAYS = 30
NEAR = 700  # characters between a claim and the denial just after it (about two paragraphs)
PER_ACTOR = 300  # claims looked at per actor across briefs, nearest in date first


@dataclass(eq=False)
class Contest:
    """A claim and the denial that answers it."""

    claim: tuple[Entry, Position]
    denial: tuple[Entry, Position]
    shared: list[str]
    """The content words both use, as written in the denial, in its order."""

    @property
    def across_briefs(self) -> bool:
        """Tell whether the claim and the denial come from different briefs."""
        return self.claim[0] is not self.denial[0]


def is_denial(position: Position) -> bool:
    """Tell whether a position denies, rejects or contradicts something."""
    cue = (position.cue or "").lower().split()
    if cue and cue[0] in DENYING_CUES:
        return True
    if cue and cue[0] in LABEL_CUES and FALSE_LABEL.search(position.text):
        return True
    return position.kind != "action" and bool(FALSE_STATEMENT.search(position.text))


def _can_be_claimed(position: Position) -> bool:
    """Tell whether a position can be the claim a denial answers (not itself a denial)."""
    return not is_denial(position) and not any(
        w.lower() in DENYING_CUES for w in re.findall(r"[A-Za-z]+", position.text)
    )


def _words(text: str) -> dict[str, str]:
    """Return content-word stems -> the word as written, in order."""
    found: dict[str, str] = {}
    for word in re.findall(r"[^\W\d_][\w'’-]*", text):
        low = word.lower().replace("’", "'").removesuffix("'s")
        if len(low) >= 3 and low not in _STOP:
            found.setdefault(low[:5], word)
    return found


def _weight(stem: str, word: str, common: set[str]) -> float:
    # A capitalised word is most often a name, and names are shared by unrelated claims;
    # so are the words a corpus uses everywhere ("tax" in politics).
    if word[:1].isupper():
        return 0.25
    return 0.5 if stem in common else 1.0


def find_contests(entries: list[Entry], actor_of: dict[tuple[str, str], str]) -> list[Contest]:
    """Pair every denial with the claim it answers; return the pairs, newest denial first.

    `actor_of` maps (brief id, brief actor id) to a corpus actor id, for actors with a page.
    """
    words: dict[tuple[int, bool], dict[str, str]] = {}
    names: dict[int, set[str]] = {}

    def content(entry: Entry, position: Position, denial: bool = False) -> dict[str, str]:
        key = (id(position), denial)
        if key not in words:
            if id(entry) not in names:
                every = " ".join(n for a in entry.brief.actors for n in (a.name, *a.aliases))
                names[id(entry)] = set(_words(every))
            text = position.text
            if denial and len(_words(text)) < 3 and position.sentence:
                text = position.sentence  # "calling it “false”": the sentence says what "it" is
            found = _words(text)
            words[key] = {k: v for k, v in found.items() if k not in names[id(entry)]}
        return words[key]

    counts = Counter(k for e in entries for p in e.brief.positions for k in content(e, p))
    total = sum(len(e.brief.positions) for e in entries)
    common = {k for k, n in counts.items() if n > max(10, total // 100)}

    def who(entry: Entry, position: Position) -> str:
        return actor_of.get((entry.brief.id, position.actor), f"{entry.brief.id}/{position.actor}")

    by_actor: dict[str, list[tuple[Entry, Position]]] = {}
    for entry in entries:
        for position in entry.brief.positions:
            if _can_be_claimed(position) and len(content(entry, position)) >= 3:
                by_actor.setdefault(who(entry, position), []).append((entry, position))
    contests: list[Contest] = []
    seen: set[tuple] = set()
    for entry in entries:
        refs = ((entry.brief.id, a.id) for a in entry.brief.actors)
        named = {actor_of[ref] for ref in refs if ref in actor_of}
        for denial in entry.brief.positions:
            if not is_denial(denial):
                continue
            denier, said = who(entry, denial), content(entry, denial, denial=True)
            if not said:
                continue
            local = [
                (entry, p)
                for p in entry.brief.positions
                if p is not denial
                and _can_be_claimed(p)
                and who(entry, p) != denier
                and len(content(entry, p)) >= 3
            ]
            weights = {k: _weight(k, w, common) for k, w in said.items()}
            best = _best_local(local, denial, weights, content)
            if best is None:
                best = _best_across(entry, named - {denier}, by_actor, weights, content)
            if best is None:
                continue
            claim, shared = best
            # "denied the encirclement, calling it “false”": one denial of one claim.
            key = (id(claim[1]), denier, denial.sentence or denial.span[0])
            if key not in seen:
                seen.add(key)
                contests.append(Contest(claim, (entry, denial), [said[k] for k in shared]))
    return contests


def _best_local(candidates, denial: Position, weights: dict, content) -> tuple | None:
    """Return the claim in the denial's brief it answers, and the shared stems.

    Two shared content words and a third of the denial's are enough anywhere in the
    brief; one uncommon word is enough for the claim just before the denial (within two
    paragraphs).
    """
    scored = []
    before = [c for c in candidates if c[1].span[1] <= denial.span[0]]
    nearest = max(before, key=lambda c: c[1].span[0], default=None)
    for entry, position in candidates:
        shared = [k for k in weights if k in content(entry, position)]
        score = sum(weights[k] for k in shared)
        close = (
            (entry, position) == nearest
            and denial.span[0] - position.span[1] <= NEAR
            and any(weights[k] == 1.0 for k in shared)
        )
        if close or (score >= 2 and 3 * len(shared) >= len(weights)):
            after = position.span[0] > denial.span[0]
            distance = abs(position.span[0] - denial.span[0])
            scored.append((-score, after, distance, entry, position, shared))
    if not scored:
        return None
    best = min(scored, key=lambda s: s[:3])
    return (best[3], best[4]), best[5]


def _best_across(
    entry: Entry, actors: set[str], by_actor: dict, weights: dict, content
) -> tuple | None:
    """Return a claim from another brief the denial answers, and the shared stems."""
    date = entry.brief.date
    scored = []
    for actor in sorted(actors):
        claims = [(e, p) for e, p in by_actor.get(actor, []) if e is not entry]
        if date is not None:
            claims = [
                (e, p)
                for e, p in claims
                if e.brief.date is None or abs((e.brief.date - date).days) <= WINDOW_DAYS
            ]
            claims.sort(key=lambda c: abs((c[0].brief.date or date) - date).days)
        for other, position in claims[:PER_ACTOR]:
            shared = [k for k in weights if k in content(other, position)]
            score = sum(weights[k] for k in shared)
            if score >= 3 and 5 * len(shared) >= 2 * len(weights):
                scored.append((-score, other.brief.id, position.span[0], other, position, shared))
    if not scored:
        return None
    best = min(scored, key=lambda s: s[:3])
    return (best[3], best[4]), best[5]
