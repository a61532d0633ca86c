"""What a detector knows about the sentence it reads: its text, who speaks, who "he" is.

Detectors see one sentence at a time. The `Sentence` they get can name the speaker of
any words in it (from the attributions) and the actor a pronoun refers to at any offset
(from the trail of mentions the extractor leaves), so a question can say "Vladimir Putin"
where the article says "he".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.briefs.schema import Actor
from briefgen.extract import lexicon as lx
from briefgen.extract.names import ORG_NOUNS, TITLE_WORDS

if TYPE_CHECKING:
    from briefgen.extract.coref import Entity
    from briefgen.extract.said import Said, Seen


@dataclass
class Candidate:
    """A question one detector found, before merging: where it starts and how sure it is."""

    kind: str
    question: str
    at: int  # absolute offset of the words that raised it
    score: float  # how well the shape and wording usually read (higher is better)
    actors: list[str] = field(default_factory=list)


class Referents:
    """Tell who speaks at an offset and who a pronoun refers to, for one document."""

    def __init__(
        self,
        text: str,
        said: list[Said],
        trail: list[Seen],
        ids: dict[int, str],
        actors: list[Actor],
    ) -> None:
        self.text = text
        self.said = said
        self.trail = sorted(trail, key=lambda s: s.offset)
        self.ids = ids
        self.actors = actors
        self._the: dict[str, bool] = {}
        self._words: set[str] | None = None
        self._lower: set[str] | None = None
        self._caps: set[str] | None = None
        self._by_first: dict[str, list[tuple[int, str]]] | None = None
        self._odd: list[tuple[int, str]] = []
        # A short name or alias as written ("Putin", "Mr Blair") -> the actor's full name.
        self.aliases: dict[str, str] = {}
        for actor in actors:
            if actor.kind in ("person", "organisation", "state"):
                for alias in actor.aliases:
                    self.aliases.setdefault(alias, actor.name)
        # Where each attribution starts, and the furthest any one so far ends: an offset's
        # attributions are then found by bisection, not by reading them all (`said` comes
        # in article order; in any other order every lookup reads them all).
        self._starts = [s.attribution.start for s in said]
        self._reach: list[int] = []
        for s in said:
            self._reach.append(max(s.attribution.end, self._reach[-1] if self._reach else -1))
        self._ordered = all(a <= b for a, b in zip(self._starts, self._starts[1:], strict=False))
        self._trail_at = 0  # how far `_ranks` and `_best` have read the trail
        self._ranks: dict[int, tuple[int, int]] = {}
        self._order: dict[int, int] = {}  # the order in which entities were first heard
        self._best: dict[str, tuple[tuple[int, int], int, Entity]] = {}
        self._fit: dict[int, tuple[str, ...]] = {}
        self._by_number = {s.entity.number: s.entity for s in self.trail}
        self._all_names: set[str] | None = None
        self._alias_first: dict[str, set[int]] | None = None
        self._alias_odd: set[int] = set()
        self._lower_starts: dict[str, list[int]] | None = None  # lower-cased word -> starts
        self._lower_ok = False  # the text has no letter that folds to ASCII only ignoring case

    def speaker(self, offset: int) -> Entity | None:
        """Return the entity whose words hold this offset, if any."""
        said = self.said_at(offset)
        return said.entity if said is not None else None

    def said_at(self, offset: int) -> Said | None:
        """Return the attribution whose words hold this offset, if any."""
        if not self._ordered:
            return next(
                (s for s in self.said if s.attribution.start <= offset < s.attribution.end), None
            )
        # The first to end after the offset, if it starts at or before it.
        i = bisect_right(self._reach, offset)
        if i < len(self.said) and self._starts[i] <= offset:
            return self.said[i]
        return None

    def claims_in(self, start: int, end: int) -> list[Said]:
        """Return the attributions whose content starts between two offsets."""
        if not self._ordered:
            return [s for s in self.said if start <= s.attribution.start < end]
        return self.said[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def overlapping(self, start: int, end: int) -> list[Said]:
        """Return the attributions whose words overlap a span, in order."""
        if not self._ordered:
            return [s for s in self.said if s.attribution.start < end and s.attribution.end > start]
        first = bisect_right(self._reach, start)
        return [
            s
            for s in self.said[first : bisect_left(self._starts, end)]
            if s.attribution.end > start
        ]

    def names(self) -> set[str]:
        """Return every actor's name and alias."""
        if self._all_names is None:
            self._all_names = {n for a in self.actors for n in (a.name, *a.aliases)}
        return self._all_names

    def pronoun(self, word: str, offset: int, since: int = -1, start: int = -1) -> Entity | None:
        """Return the named actor a third-person pronoun at this offset most likely means.

        The same ranking as the resolver: the latest subject or speaker of a fitting kind
        and gender first, then the latest mention. But a question must not guess: when
        two fitting actors were named in the pronoun's sentence (from `start`), or none
        there and two in the sentence before (from `since`), or a person is called by a
        role ("the chancellor") the chosen one does not hold, return None.
        """
        gender = lx.PRONOUNS.get(word.lower())
        if gender not in ("male", "female", "thing", "plural"):
            return None
        self._trail_before(offset)
        found = self._best[gender][2] if gender in self._best else None
        if found is None or start < 0:
            return found
        # The fitting entities named since `since` (heard or not), latest first: the
        # trail read back only over the sentence before and this one.
        by_number = self._by_number
        fitting: dict[int, int] = {}
        i = self._trail_at - 1
        while i >= 0 and self.trail[i].offset >= min(start, since):
            n = self.trail[i].entity.number
            if n not in fitting and by_number[n].named and _fits_loosely(by_number[n], gender):
                fitting[n] = self.trail[i].offset
            i -= 1
        here = {n for n, latest in fitting.items() if latest >= start}
        before = {n for n, latest in fitting.items() if latest >= since}
        if len(here) > 1 or (not here and len(before) > 1):
            return None  # "Makarov's case was backed by Kahn, who confirmed his ...": whose?
        if here:
            only = by_number[here.pop()]
            if only.number not in self.ids or not _fits(only, gender):
                return None  # the one it can be is no actor of the brief
            found = only
        if gender in ("male", "female"):
            window = self.text[since:offset].lower()
            roles = " ".join(found.roles).lower()
            for role in re.findall(r"\bthe\s+(" + _ROLE_WORDS + r")\b", window):
                if role not in roles:
                    return None  # "the chancellor ... he told": maybe not the one named
        return found

    def _trail_before(self, offset: int) -> None:
        """Read the trail up to an offset: each entity's rank when heard (latest offset as
        a subject, latest offset) and, for each pronoun's gender, the best-ranked named
        actor that fits it (the first heard of equals). Detectors ask in article order, so
        the trail is read on from the last offset asked, not again from the start; ranks
        only grow, so the best is kept as they do."""
        if self._trail_at and self.trail[self._trail_at - 1].offset >= offset:
            self._trail_at, self._ranks, self._order, self._best = 0, {}, {}, {}
        ranks, order = self._ranks, self._order
        i = self._trail_at
        while i < len(self.trail) and self.trail[i].offset < offset:
            seen = self.trail[i]
            i += 1
            if not seen.heard:
                continue
            number = seen.entity.number
            subject_at = ranks.get(number, (-1, -1))[0]
            rank = (seen.offset if seen.subject else subject_at, seen.offset)
            if number not in ranks:
                order[number] = len(order)
            ranks[number] = rank
            for gender in self._genders(number):
                best = self._best.get(gender)
                if best is None or (rank, -order[number]) > (best[0], -best[1]):
                    self._best[gender] = (rank, order[number], self._by_number[number])
        self._trail_at = i

    def _genders(self, number: int) -> tuple[str, ...]:
        """Return the pronouns' genders a named actor of the brief fits."""
        if number not in self._fit:
            entity = self._by_number[number]
            self._fit[number] = tuple(
                g
                for g in ("male", "female", "thing", "plural")
                if entity.named and number in self.ids and _fits(entity, g)
            )
        return self._fit[number]

    def named_in(self, text: str) -> list[str]:
        """Return the ids of actors named in a piece of text (by name or alias), in the
        order of the actor list."""
        if self._by_first is None:
            # First word of every name -> (actor's place, name): a piece of text is then
            # read once, whatever the number of actors (long articles have hundreds).
            self._by_first, self._odd = {}, []
            for place, actor in enumerate(self.actors):
                for name in (actor.name, *actor.aliases):
                    first = _ALNUM.match(name)
                    if first is None:
                        self._odd.append((place, name))
                    else:
                        self._by_first.setdefault(first[0], []).append((place, name))
        found = {place for place, name in self._odd if _occurs(name, text)}
        for word in _ALNUM.finditer(text):
            for place, name in self._by_first.get(word[0], ()):
                end = word.start() + len(name)
                if text.startswith(name, word.start()) and (
                    end == len(text) or not text[end].isalnum()
                ):
                    found.add(place)
        return [self.actors[place].id for place in sorted(found)]

    def full_name(self, phrase: str) -> str:
        """Return an actor's full name for a short form of it ("Mr Blair" -> "Tony Blair")."""
        return self.aliases.get(phrase, phrase)

    def expand(self, question: str) -> str:
        """Name people in full where a question calls them by surname or title ("Mr
        Blunkett" -> "David Blunkett"): the reader may not have the article. A short name
        inside a longer one ("Ivana Trump", "Mr. Clinton") is someone else's: it stays."""
        place = 0
        while True:
            # Only the actors with an alias in the question (worked out again after each
            # change, for the actors after the one changed).
            later = [p for p in self._alias_places(question) if p >= place]
            if not later:
                return question
            place = later[0]
            actor = self.actors[place]
            place += 1
            if actor.kind != "person" or actor.name in question:
                continue
            for alias in sorted(actor.aliases, key=len, reverse=True):
                at = _whole(alias, question)
                if at < 0:
                    continue
                before = question[:at].split()
                after = question[at + len(alias) :].split()
                if (
                    (len(before) > 1 and before[-1][:1].isupper())
                    or (after and after[0][:1].isupper())
                    or (before and before[-1].lower() in ("the", "a", "an"))
                ):
                    continue  # "Ivana Trump", "the Tomlinson report": not the actor
                question = question[:at] + actor.name + question[at + len(alias) :]
                break

    def _alias_places(self, text: str) -> list[int]:
        """Return the places in the actor list of the people with an alias that may stand in
        a text as whole words (a first word of it does), in order."""
        if self._alias_first is None:
            self._alias_first, self._alias_odd = {}, set()
            for place, actor in enumerate(self.actors):
                if actor.kind != "person":
                    continue
                for alias in actor.aliases:
                    first = _ALNUM.match(alias)
                    if first is None:
                        self._alias_odd.add(place)
                    else:
                        self._alias_first.setdefault(first[0], set()).add(place)
        found = set(self._alias_odd)
        for word in _ALNUM.finditer(text):
            found.update(self._alias_first.get(word[0], ()))
        return sorted(found)

    def recase(self, question: str) -> str:
        """Lower a word capitalised only because it opened its sentence in the article
        ("Will Telephone call centres be used ...?" -> "telephone")."""
        words = question.split(" ")
        for k in range(1, min(len(words), 4)):
            word = words[k]
            if not (word[:1].isupper() and word[1:].islower()) or word in self._names_words():
                continue
            if self._title_of_name(words, k):
                continue  # a title before a name: "President Viktor Yushchenko"
            if word.lower() in self._lowered() or (
                word.isalpha()
                and word not in self._capitalised()
                and k + 1 < len(words)
                and words[k + 1].islower()
            ):
                words[k] = word.lower()  # written capitalised only where a sentence opens
        return " ".join(words)

    def _title_of_name(self, words: list[str], k: int) -> bool:
        """Tell whether words[k] is a title ("Foreign Secretary") before an actor's name."""
        j = k
        while j < len(words) and words[j].lower() in TITLE_WORDS:
            j += 1
        return k < j < len(words) and words[j] in self._names_words()

    def _capitalised(self) -> set[str]:
        """Return the capitalised words the article writes inside a sentence (names)."""
        if self._caps is None:
            self._caps = set(re.findall(r"(?<=[\w,;:’'] )[A-Z][a-z]+", self.text))
        return self._caps

    def _lowered(self) -> set[str]:
        """Return the words the article writes in lower case (one pass, not a pattern a word)."""
        if self._lower is None:
            self._lower = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", self.text))
        return self._lower

    def _names_words(self) -> set[str]:
        if self._words is None:
            self._words = {w for a in self.actors for n in (a.name, *a.aliases) for w in n.split()}
        return self._words

    def called(self, entity: Entity) -> str:
        """Return how a question should name an entity: "the White House" as the article
        writes it, not the bare "White House" of the actor list."""
        name = entity.name
        if entity.kind == "person" and " " not in name:
            # A surname alone reads better with the article's title: "Mr. Stone".
            titled = [a for a in entity.aliases if re.match(r"(?:Mr|Mrs|Ms|Dr|Miss)\.?\s", a)]
            return titled[0] if titled else name
        if name not in self._the:
            self._the[name] = entity.kind in ("organisation", "group") and (
                name.split()[-1].lower() in ORG_NOUNS or self._after_the(name)
            )
        return f"the {name}" if self._the[name] else name

    def _after_the(self, name: str) -> bool:
        """Tell whether the article writes "the" right before a name, in any case, as
        `re.search(r"\\bthe\\s+NAME(?!\\w)", text, re.I)` tells, reading only where the name's
        first word stands (a long article has hundreds of names to ask about)."""
        text = self.text
        pattern = re.compile(rf"\bthe\s+{re.escape(name)}(?!\w)", re.I)
        first = _RUN.match(name)
        if self._lower_starts is None:
            # Letters that match an ASCII one only when case is ignored ("ſ" for "s").
            self._lower_ok = not any(ch in text for ch in "\u017f\u212a\u0131\u0130")
            self._lower_starts = {}
            for found in _WORD_START.finditer(text) if self._lower_ok else ():
                self._lower_starts.setdefault(found[0].lower(), []).append(found.start())
        if first is None or not name.isascii() or not self._lower_ok:
            return bool(pattern.search(text))
        for at in self._lower_starts.get(first[0].lower(), ()):
            space = at
            while space > 0 and text[space - 1].isspace():
                space -= 1
            if space < at and pattern.search(text, max(0, space - 3), at + len(name) + 1):
                return True
        return False


_ALNUM = re.compile(r"[^\W_]+")
_RUN = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<!\w)\w+")


def _occurs(name: str, text: str) -> bool:
    """Tell whether a name occurs in a text as whole words."""
    return _whole(name, text) >= 0


def _whole(name: str, text: str) -> int:
    """Return where a name first occurs in a text as whole words, or -1 (plain search: no
    regex to compile for every name of every document)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return at
        at = text.find(name, at + 1)
    return -1


_ROLE_WORDS = (
    r"chancellor|prime\s+minister|president|minister|secretary|leader|chairman|chairwoman|"
    r"spokesman|spokeswoman|premier|governor|senator|mayor|judge|candidate"
)


def _fits_loosely(entity: Entity, gender: str) -> bool:
    """Tell whether an entity could be what a pronoun means, its kind unknown or not."""
    if gender in ("male", "female"):
        return entity.kind in (None, "person") and entity.gender in (None, gender)
    return _fits(entity, gender) or entity.kind is None


def _fits(entity: Entity, gender: str) -> bool:
    if gender in ("male", "female"):
        return entity.kind == "person" and entity.gender in (None, gender)
    if gender == "thing":
        return entity.kind in ("organisation", "state")
    return entity.kind in ("group", "organisation")


@dataclass
class Sentence:
    """One sentence of the article, as a detector sees it."""

    text: str
    start: int  # offset of the sentence in the article
    refs: Referents
    since: int = -1  # where the sentence before starts: pronouns must be clear from there
    in_quote: bool = False  # the sentence is a direct quotation from start to end

    def speaker(self, at: int) -> Entity | None:
        """Return who says the words at an offset of this sentence, if anyone."""
        return self.refs.speaker(self.start + at)

    def pronoun(self, word: str, at: int) -> Entity | None:
        """Return who a pronoun at an offset of this sentence refers to, if known.

        In someone's own quoted words "he" or "she" is never the speaker (who says "I"):
        "Tomiyama added: '... I believe he will be resurrected'" is not about Tomiyama."""
        found = self.refs.pronoun(word, self.start + at, self.since, self.start)
        said = self.refs.said_at(self.start + at)
        quoted = said is not None and said.attribution.kind == "quote"
        if found is not None and quoted and said.entity.number == found.number:  # type: ignore[union-attr]
            return None
        return found
