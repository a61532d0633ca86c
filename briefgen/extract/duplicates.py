"""Find the actors of one brief that are one actor under two names.

Coreference joins most names as it reads ("Putin" after "Vladimir Putin"); what it
leaves apart, a reader still sees as one: "Chris" beside "Chris Anderson" (a first name
alone), "de Vabres" beside "Renaud Donnedieu de Vabres", "the Fed" beside "the US Federal
Reserve", "Jupiter" beside "Jupiter Research", "the party" beside the one party named,
"a spokesperson" beside "a Delta spokesperson", or the same name twice.
"""

from __future__ import annotations

import re

from briefgen.extract import lexicon as lx
from briefgen.extract.coref import Entity
from briefgen.extract.entityhood import spans_of
from briefgen.extract.kinds import ORG_OPENERS
from briefgen.text.folding import fold as key

# Unnamed descriptions that stand for the one organisation of their kind the article names.
_BODY_HEADS = frozenset(
    "company firm group corporation business carrier airline retailer maker bank party "
    "ministry department agency council union club team league association".split()
)


def duplicates(chosen: list[Entity], kinds: dict[int, str], text: str = "") -> dict[int, int]:
    """Return entity number -> the number of the entity it is the same actor as.

    Each rule joins only when exactly one other actor fits, so two people called Chris
    or two parties keep a first name or "the party" apart. The actors that may fit are
    looked up in indexes of the names' words (`_Names`), not compared pair by pair: a long
    article has thousands of actors.
    """
    out: dict[int, int] = {}
    named = [e for e in chosen if e.named]
    people = [e for e in named if kinds[e.number] == "person"]
    bodies = [e for e in named if kinds[e.number] == "organisation"]
    seen: dict[tuple[str, str], Entity] = {}
    for entity in named:
        same = seen.setdefault((key(entity.name), kinds[entity.number]), entity)
        if same is not entity:
            out[entity.number] = same.number
    names = _Names(chosen, people, bodies)
    surnames = {key(p.name).split()[-1] for p in people if len(p.name.split()) > 1}
    _same_person(out, people, surnames, names)
    _same_body(out, named, bodies, kinds, surnames, names)
    _described(out, chosen, people, bodies, kinds, text, names)
    return out


def _target(out: dict[int, int], entity: Entity, fits) -> None:
    """Join an entity to the one other actor that fits, if exactly one does (and neither
    is joined yet)."""
    if entity.number in out:
        return
    found = None
    for f in fits:
        if f is entity or f.number in out:
            continue
        if found is not None:
            return  # two fit: no join
        found = f
    if found is not None:
        out[entity.number] = found.number


class _Names:
    """The chosen actors indexed by the words of their names (folded with `key`)."""

    def __init__(self, chosen: list[Entity], people: list[Entity], bodies: list[Entity]) -> None:
        self.words = {e.number: key(e.name).split() for e in chosen}
        self.full_first: dict[str, list[Entity]] = {}  # people of two words or more
        self.full_last: dict[str, list[Entity]] = {}
        self.people_ends: dict[tuple[str, ...], list[Entity]] = {}  # by every shorter ending
        self.long_word: dict[str, list[Entity]] = {}  # people of three words or more, by word
        for p in people:
            words = self.words[p.number]
            if _full(p):
                self.full_first.setdefault(words[0] if words else "", []).append(p)
                self.full_last.setdefault(words[-1], []).append(p)
            for k in range(1, len(words)):
                self.people_ends.setdefault(tuple(words[-k:]), []).append(p)
            if len(p.name.split()) > 2:
                for word in dict.fromkeys(words):
                    self.long_word.setdefault(word, []).append(p)
        self.body_ends: dict[tuple[str, ...], list[Entity]] = {}
        self.body_words: dict[tuple[str, ...], list[Entity]] = {}
        self.body_last: dict[str, list[Entity]] = {}
        self.amp_last: dict[str, list[Entity]] = {}  # "Independent News & Media"
        self.short: dict[str, dict[int, Entity]] = {}  # by their short forms (`_short_forms`)
        self.initial: dict[str, list[Entity]] = {}  # by the letters an acronym may open with
        self.described: dict[str, list[Entity]] = {}  # "Reuters news agency" by "reuters"
        for b in bodies:
            words = self.words[b.number]
            for letter in _initials(b.name):
                self.initial.setdefault(letter, []).append(b)
            parts = b.name.split()
            if words and len(parts) > 1 and all(w[:1].islower() for w in parts[1:]):
                self.described.setdefault(words[0], []).append(b)
            for k in range(1, len(words)):
                self.body_ends.setdefault(tuple(words[-k:]), []).append(b)
            self.body_words.setdefault(tuple(words), []).append(b)
            if words:
                self.body_last.setdefault(words[-1], []).append(b)
                if "&" in b.name:
                    self.amp_last.setdefault(words[-1], []).append(b)
            for short in _short_forms(words):
                self.short.setdefault(short, {})[b.number] = b
        self.unnamed_last: dict[str, list[Entity]] = {}  # unnamed of two words or more
        for u in chosen:
            words = self.words[u.number]
            if not u.named and len(words) > 1:
                self.unnamed_last.setdefault(words[-1], []).append(u)


def _same_person(
    out: dict[int, int], people: list[Entity], surnames: set[str], names: _Names
) -> None:
    """A person's name cut from, or misspelt for, another person's fuller name."""
    for entity in people:
        words = names.words[entity.number]
        if len(words) == 1 and words[0] not in surnames:
            # "Mr Montieth" beside "David Monteith": two letters swapped, a typing slip
            _target(
                out,
                entity,
                [p for w in _swaps(words[0]) for p in names.full_last.get(w, ())],
            )
        if len(words) == 1 and words[0] not in surnames:
            # "Lula", "Mr Lula" beside "Luiz Inacio Lula da Silva": a name of three words
            # or more that has the word inside it
            _target(out, entity, names.long_word.get(words[0], ()))
        if _honoured(entity):
            continue
        if len(words) == 1 and words[0] not in surnames:
            # "Chris" beside "Chris Anderson"
            _target(out, entity, names.full_first.get(words[0], ()))
        elif len(words) > 1:
            # "de Vabres" beside "Renaud Donnedieu de Vabres"
            _target(out, entity, names.people_ends.get(tuple(words), ()))


def _same_body(
    out: dict[int, int],
    named: list[Entity],
    bodies: list[Entity],
    kinds: dict[int, str],
    surnames: set[str],
    names: _Names,
) -> None:
    """A body's name cut from another's, or its short form."""
    for entity in named:
        words = names.words[entity.number]
        if entity.number in out or (kinds[entity.number] == "person" and len(words) == 1):
            continue
        # "Exchange Commission" or "Media and Sport" cut from the one body named in full
        if len(words) > 1:
            _target(out, entity, names.body_ends.get(tuple(words), ()))
    for entity in named:
        words = names.words[entity.number]
        if len(words) == 1:
            # "Menatep" beside "Group Menatep", whatever kind the word alone was given
            _target(
                out,
                entity,
                [
                    b
                    for opened in _opened(words[0])
                    for b in names.body_words.get(tuple(opened), ())
                ],
            )
            # "Media" beside "Independent News & Media"
            _target(out, entity, names.amp_last.get(words[0], ()))
    for entity in named:
        words = names.words[entity.number]
        if len(words) == 1 and words[0] not in lx.MALE_NAMES and words[0] not in lx.FEMALE_NAMES:
            # "Apacs" beside "Association for Payment Clearing Services", "EU" beside
            # "European Union": the initials of the one body they fit, whatever the kind
            # the word alone was given ("Apacs" read as a plural)
            letter = re.sub(r"[^a-z]", "", entity.name.lower())[:1]
            _target(
                out,
                entity,
                [b for b in names.initial.get(letter, ()) if _acronym(entity.name, b.name)],
            )
    for entity in bodies:
        words = names.words[entity.number]
        if len(words) == 1:
            _target(out, entity, names.short.get(words[0], {}).values())
            # "Reuters" beside "Reuters news agency": a name and a description of it
            _target(out, entity, names.described.get(words[0], ()))
        if len(words) == 1 and words[0] not in lx.ORG_NAMES and words[0] not in surnames:
            # "Eva said", typed a body for want of a first name the lexicon knows, beside
            # "Eva Ludvig"
            _target(out, entity, names.full_first.get(words[0], ()))


def _described(
    out: dict[int, int],
    chosen: list[Entity],
    people: list[Entity],
    bodies: list[Entity],
    kinds: dict[int, str],
    text: str,
    names: _Names,
) -> None:
    """A description ("the party", "its chief executive", "a spokesperson") that stands for
    the one actor it fits."""
    for entity in chosen:
        if entity.named or kinds[entity.number] != "organisation":
            continue
        head = key(entity.name)
        if head in _BODY_HEADS:
            # "the party" beside the one party the article names
            fits = names.body_last.get(head, [])
            if not fits and head in ("company", "firm", "group", "corporation", "business"):
                fits = bodies
            _target(out, entity, fits)
    unnamed = [e for e in chosen if not e.named]
    describes = _Describes(people, text)
    for entity in [*unnamed, *people]:
        if entity.named and not _DEMONYM_MAN.fullmatch(key(entity.name)):
            continue
        if kinds[entity.number] == "person" and text:
            # "its Paris lawyer, Emmanuel Gaillard", "the Dutchman" beside "Dutch striker
            # Ruud van Nistelrooy": the one named person the description fits
            _target(out, entity, describes.fits(entity))
    speakers = [p for p in people if p.spoke and _full(p) and p.named]
    for entity in [*unnamed, *people]:
        if entity.number in out or kinds[entity.number] != "person" or not text:
            continue
        head = _head(entity.name)
        role = head in lx.ROLE_NOUNS or head in MEMBERS
        if entity.named and (len(entity.name.split()) > 1 or not role):
            continue
        if role and head not in _OWN_PEOPLE and _definite(entity, text):
            # "The MEP said", "its chief executive has said": the story's one named speaker
            _target(out, entity, speakers)
    for entity in unnamed:
        words = names.words[entity.number]
        if len(words) == 1:
            # "a spokesperson" beside "a Delta spokesperson"
            _target(out, entity, names.unnamed_last.get(words[0], ()))


class _Describes:
    """Which named people a description fits: the article writes the description right
    before one of their names ("its Paris lawyer, Emmanuel Gaillard"), they have a role
    with the description's head ("chief executive" of "Wanadoo's chief executive"), or,
    for "the Dutchman", the article writes "Dutch" right before their name. What the text
    tells is read once per description and per demonym, not once per pair."""

    def __init__(self, people: list[Entity], text: str) -> None:
        self.people = people
        self.text = text
        self.by_number = {p.number: p for p in people}
        self.by_role: dict[str, set[int]] = {}
        self.first: dict[str, list[tuple[int, str]]] = {}  # first word -> (person, name)
        self.odd: list[tuple[int, str]] = []  # names that do not start with a word
        for p in people:
            for role in p.roles:
                for last in key(role).split()[-1:]:
                    self.by_role.setdefault(last, set()).add(p.number)
            for name in (p.name, *p.aliases):
                if len(name.split()) > 1:
                    first = _RUN.match(name)
                    if first is None:
                        self.odd.append((p.number, name))
                    else:
                        self.first.setdefault(first[0], []).append((p.number, name))
        self._before: dict[str, set[int]] = {}
        self._name_at: dict[int, set[int]] | None = None
        self._demonym: dict[str, set[int]] = {}

    def fits(self, description: Entity) -> list[Entity]:
        """Return the people a description fits."""
        head = _head(description.name)
        if head is None:
            return []
        forms = {f for f in (description.name, *description.aliases) if f}
        # "A spokesman for the firm, Tim Hale, said": whatever the head
        found = self._apposed(forms)
        if head in _OWN_PEOPLE:
            return [self.by_number[n] for n in found]
        for form in forms:
            found |= self._written_before(form)
        found |= self.by_role.get(head, set())
        stem = _DEMONYM_MAN.fullmatch(head)
        if stem and stem.group(1) in lx.DEMONYMS:
            found |= self._after_demonym(stem.group(1)) - {description.number}
        return [self.by_number[n] for n in found]

    def _written_before(self, form: str) -> set[int]:
        """Return the people the text names right after a form, a space between."""
        if form not in self._before:
            text = self.text
            hit = set()
            for _, end in spans_of(form, text):
                for sep in (" ",):
                    if not text.startswith(sep, end):
                        continue
                    at = end + len(sep)
                    word = _RUN.match(text, at)
                    for number, name in [*self.first.get(word[0] if word else "", ()), *self.odd]:
                        stop = at + len(name)
                        if text.startswith(name, at) and (
                            stop == len(text) or not (text[stop].isalnum() or text[stop] == "_")
                        ):
                            hit.add(number)
            self._before[form] = hit
        return self._before[form]

    def _apposed(self, forms: set[str]) -> set[int]:
        """Return the people whose name (of two words or more) the text writes in
        apposition to a form (`apposed_starts`)."""
        if self._name_at is None:
            self._name_at = {}
            for p in self.people:
                for name in (p.name, *p.aliases):
                    if len(name.split()) > 1:
                        for start, _ in spans_of(name, self.text):
                            self._name_at.setdefault(start, set()).add(p.number)
        starts = apposed_starts(frozenset(forms), self.text)
        return {n for start in starts for n in self._name_at.get(start, ())}

    def _after_demonym(self, demonym: str) -> set[int]:
        """Return the people the text names within three lower-case words after a demonym."""
        if demonym not in self._demonym:
            text = self.text
            before = re.compile(rf"\b{demonym}\b(?:[\s\u00a0]+[a-z-]+){{0,3}}[\s\u00a0]+$", re.I)
            self._demonym[demonym] = {
                p.number
                for p in self.people
                if any(
                    before.search(text[max(0, start - 40) : start])
                    for n in (p.name, *p.aliases)
                    if len(n.split()) > 1
                    for start, _ in spans_of(n, text)
                )
            }
        return self._demonym[demonym]


_RUN = re.compile(r"\w+")


def apposed_starts(forms: frozenset[str], text: str) -> frozenset[int]:
    """Return where a name may start in apposition to one of the forms: after the form,
    an optional "for/of/at/from ..." of up to 40 characters, a comma and spaces, within
    90 characters of the form's start. Read from each place a form stands, so that asking
    for many names costs one look-up each (a long article has thousands)."""
    out = set()
    for form in forms:
        for start, end in spans_of(form, text):
            window = text[end : start + 90]
            for match in _appositions(window):
                out.add(end + match)
    return frozenset(out)


def _appositions(window: str) -> list[int]:
    """Return the offsets in a window where a name in apposition may start: after an
    optional " for|of|at|from ..." and the first comma, and the spaces after it."""
    found = []
    for comma in (i for i, ch in enumerate(window[:60]) if ch == ","):
        between = window[:comma]
        if between and not re.fullmatch(
            r"[\s\u00a0]+(?:for|of|at|from)[\s\u00a0]+[\w'’ .&-]{1,40}", between
        ):
            continue
        rest = re.match(r",[\s\u00a0]+", window[comma:])
        if rest and comma + rest.end() < len(window):
            found.append(comma + rest.end())
        break  # the words between hold no comma: only the first one can be it
    return found


def _definite(entity: Entity, text: str) -> bool:
    """Tell whether a description is always definite ("the MEP", "its chief executive",
    "the firm's boss"), which points back to someone named, unlike "a lawyer"."""
    forms = [f for f in (entity.name, *entity.aliases) if f]
    if any(f.lower().startswith(("a ", "an ", "one ", "another ")) for f in forms):
        return False
    if any(f.lower().startswith(_DEFINITE) or "'s " in f or "’s " in f for f in forms):
        return True
    spans = [s for f in forms for s in spans_of(f, text)]
    return bool(spans) and all(
        text[max(0, start - 4) : start].lower().endswith(("the ", "its ")) for start, _ in spans
    )


# A member of a legislature, as the news writes one alone: "The MEP said", "the MPP".
MEMBERS = frozenset("mp mep msp mla mpp mna mha am td".split())
_DEFINITE = ("the ", "its ", "his ", "her ", "their ")


def _head(description: str) -> str | None:
    """Return the singular noun heading a description of a person, or None for a plural."""
    words = key(description).split()
    cut = next((i for i, w in enumerate(words) if w in ("for", "of", "at", "from") and i), None)
    words = words[:cut] if cut else words
    if not words or (words[-1].endswith("s") and not words[-1].endswith("ss")):
        return None
    return words[-1]


# Heads that name a person of their own: a spokesman is not the chief executive he speaks for.
_OWN_PEOPLE = frozenset(
    "spokesman spokeswoman spokesperson source official aide adviser advisor man woman "
    "person".split()
)
_DEMONYM_MAN = re.compile(r"([a-z]+?)(?:s?man|s?woman)")


def _opened(word: str) -> list[list[str]]:
    return [[opener, word] for opener in ORG_OPENERS]


def _swaps(word: str) -> set[str]:
    """Return the words that differ from a word of five letters or more by two different
    neighbours swapped."""
    if len(word) < 5:
        return set()
    return {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    }


def _full(entity: Entity) -> bool:
    return len(entity.name.split()) > 1


def _honoured(entity: Entity) -> bool:
    """Tell whether a person is also named with an honorific ("Mrs Howard"): their own name."""
    return any(
        len(a.split()) > 1 and a.split()[0].lower().rstrip(".") in lx.HONORIFICS
        for a in entity.aliases
    )


def _initials(name: str) -> list[str]:
    """Return the letters an acronym of a name may open with: its first word's, and the
    next word's while the words before are small ("of", "the"), which may give none."""
    out = []
    for word in (re.sub(r"[^a-z]", "", w.lower()) for w in name.split()):
        if not word:
            continue
        out.append(word[0])
        if word not in _SMALL_WORDS:
            break
    return out


def _acronym(short: str, name: str) -> bool:
    """Tell whether a one-word name is made of the openings of a longer name's words, in
    order, each word giving at least its first letter ("EU", "Nato", "Apacs" of
    "Association for Payment Clearing Services"); "of", "for", "and" and "the" may give none."""
    letters = re.sub(r"[^a-z]", "", short.lower())
    words = [re.sub(r"[^a-z]", "", w.lower()) for w in name.split()]
    words = [w for w in words if w]
    if len(letters) < 2 or len(words) < 2 or not short[:1].isupper():
        return False
    return _spell(letters, words)


def _spell(letters: str, words: list[str]) -> bool:
    """Tell whether `letters` is the words' openings in order (see `_acronym`)."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in _SMALL_WORDS and _spell(letters, rest):
        return True
    n = 1
    while n <= len(word) and n <= len(letters) and letters[:n] == word[:n]:
        if _spell(letters[n:], rest):
            return True
        n += 1
    return False


_SMALL_WORDS = frozenset(("of", "for", "and", "the", "on", "in"))


def _short_forms(words: list[str]) -> set[str]:
    """Return the one-word short forms of an organisation's name (its words folded):
    "jupiter" of "Jupiter Research", "fed" of "US Federal Reserve", "menatep" of "Group
    Menatep"; "sony" is none of "Sony Ericsson". Three letters at least."""
    if len(words) < 2:
        return set()
    out = set()
    if words[0] in ORG_OPENERS and len(words) == 2 and len(words[1]) >= 3:
        out.add(words[1])  # "Menatep" of "Group Menatep"
    k = 1 if words[0] in lx.DEMONYMS or words[0] in lx.STATE_ALIASES else 0
    rest = words[k + 1 :]
    if rest and all(w in lx.ORG_WORDS for w in rest):
        out.update(words[k][:n] for n in range(3, len(words[k]) + 1))
    return out
