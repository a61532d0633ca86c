"""Decide who each mention is: one entity per real actor, pronouns and descriptions resolved.

Salience is what a reader tracks: the actor most recently named or heard outside quotes
and outside reported content. "He" is the most salient person of a fitting gender, "it"
the most salient organisation or state, "the president" the most salient actor with that
role.

`Entity` and the tests on names that match a mention to one are in `entities`.
"""

from __future__ import annotations

from briefgen.extract import lexicon as lx
from briefgen.extract.entities import (
    COLLECTIVES,
    PRESS_HEADS,
    Entity,
    first_of_ties,
    gender_clash,
    has_mark,
    indefinite,
    institution_head,
    is_press,
    marks_of,
    maybe_person,
    organisation_match,
    person_like_name,
    surname_words,
    thing_noun,
    unlike_person,
)
from briefgen.extract.mentions import Mention
from briefgen.text.folding import fold as key

_WINDOW = 100  # entities a pronoun or description may reach back to
_GENDER_FIT = {
    "male": {None, "male"},
    "female": {None, "female"},
}


class Resolver:
    """Keep the document's entities and resolve mentions to them in reading order."""

    def __init__(self, british: bool = False) -> None:
        self.entities: list[Entity] = []
        self.by_key: dict[str, Entity] = {}
        self.surnames: set[str] = set()  # last words of the names of entities so far
        self.documents: dict[str, Entity] = {}  # "report" -> who published the report
        # Named entities by the words a later mention can match them on (first and last
        # word, initials, institution head): matching looks at these, not at every entity.
        self.by_word: dict[str, list[Entity]] = {}
        self.recent: dict[int, Entity] = {}  # entities in the order they were last salient
        self.parties = (
            {**lx.PARTY_ALIASES, **lx.BRITISH_PARTY_ALIASES} if british else lx.PARTY_ALIASES
        )

    def _index(self, entity: Entity) -> None:
        """File a named entity under the words `_match` compares."""
        words = surname_words(key(entity.name))
        if not words:
            return
        initials = "".join(w[0] for w in words if w not in ("of", "the", "for", "and"))
        for word in {
            f"<{words[0]}",
            f">{words[-1]}",
            f"<{initials}",
            f"<{institution_head(words)}",
        }:
            bucket = self.by_word.setdefault(word, [])
            if all(e is not entity for e in bucket[-3:]):
                bucket.append(entity)

    def _new(self, mention: Mention, named: bool = True) -> Entity:
        entity = Entity(len(self.entities), mention.name, mention.kind, named=named)
        entity.absorb(mention)
        self.entities.append(entity)
        self._index(entity)
        k = key(mention.name)
        # "Howard" alone stays Michael Howard's after a "Mrs Howard" of her own.
        if not (mention.sure and k in self.surnames):
            self.by_key[k] = entity
        self.surnames.update(surname_words(k)[-1:])
        return entity

    def name(self, mention: Mention) -> Entity:
        """Return the entity a named mention refers to, creating or merging as needed."""
        entity = self._name(mention)
        entity.mentioned = True
        return entity

    def _name(self, mention: Mention) -> Entity:
        k = key(mention.name)
        canonical = lx.STATE_ALIASES.get(k) or lx.MULTIWORD_STATES.get(k)
        kind = "state"
        if not canonical and k in self.parties:
            canonical, kind = self.parties[k], "organisation"
        if canonical:
            mention.kind = kind
            entity = self.by_key.get(key(canonical))
            if entity is None:
                entity = Entity(len(self.entities), canonical, kind)
                self.entities.append(entity)
                self.by_key[key(canonical)] = entity
                self._index(entity)
            entity.absorb(mention)
            return entity
        entity = self.by_key.get(k)
        if entity is not None and gender_clash(mention, entity):
            # "Mrs Howard" after "Michael Howard" is someone else: his wife, say.
            entity = next(
                (
                    e
                    for e in self.entities
                    if e.named and key(e.name) == k and not gender_clash(mention, e)
                ),
                None,
            )
        if entity is None:
            entity = self._match(mention, k)
        if entity is None:
            return self._new(mention)
        if (
            len(mention.name.split()) > len(entity.name.split())
            and entity.kind in (None, "person")
            and mention.kind in (None, "person")
        ):
            # "Putin" first, "Vladimir Putin" later: the fuller name becomes canonical.
            if entity.name not in entity.aliases:
                entity.aliases.append(entity.name)
            entity.name = mention.name
            self.by_key[k] = entity
            self.surnames.update(surname_words(k)[-1:])
            self._index(entity)
        entity.absorb(mention)
        return entity

    def _candidates(self, words: tuple[str, ...], k: str) -> list[Entity]:
        """Return the entities a mention with these words may match, in document order."""
        if not words:
            return []
        # A name of one word may be anyone's first or last word, initials or head noun;
        # a longer one shares its last word, or is the start of an organisation's name
        # ("the Reserve Bank" of Australia), which no first name opens.
        if len(words) == 1:
            keys = [f"<{words[0]}", f">{words[0]}", f"<{k.replace('.', '')}"]
        else:
            keys = [f">{words[-1]}", f"<{words[-1]}"]
            if words[0] not in lx.MALE_NAMES and words[0] not in lx.FEMALE_NAMES:
                keys.append(f"<{words[0]}")
        found: dict[int, Entity] = {}
        for word in keys:
            for entity in self.by_word.get(word, ()):
                found[entity.number] = entity
        return [found[n] for n in sorted(found)]

    def _match(self, mention: Mention, k: str) -> Entity | None:
        """Return the entity a new name is a shorter or longer form of, if any: "NRA",
        "the Bank", "Cairn Energy", a surname alone, a first name alone."""
        words = surname_words(k)
        best = None
        for entity in self._candidates(words, k):
            if not entity.named or (mention.sure and gender_clash(mention, entity)):
                continue
            ewords = surname_words(key(entity.name))
            handled, best = organisation_match(mention, k, words, ewords, entity, best)
            if handled:
                continue
            if mention.kind not in (None, "person") or entity.kind not in (None, "person"):
                continue
            best = self._person_match(mention, k, words, ewords, entity, best)
        return best

    def _person_match(
        self,
        mention: Mention,
        k: str,
        words: tuple[str, ...],
        ewords: tuple[str, ...],
        entity: Entity,
        best: Entity | None,
    ) -> Entity | None:
        """Return the best person match so far, given one more candidate."""
        if (
            len(words) == 1
            and len(ewords) > 1
            and ewords[0] == words[0]
            and key(mention.surface).split()[0] in ("sir", "dame")
        ):
            return entity  # "Sir Ian" is Sir Ian Blair: a knight by his first name
        if words == ewords and mention.gender is not None:
            return entity  # "Mrs Howard" again, who is not Michael Howard
        if (
            len(words) == 1
            and len(ewords) > 1
            and ewords[0] == words[0]
            and words[0] not in self.surnames
            and (words[0] in lx.MALE_NAMES or words[0] in lx.FEMALE_NAMES)
            and mention.surface == mention.name
        ):
            # "Chris" after "Chris Anderson": a first name alone, when no one else has it.
            others = [
                e
                for e in self._candidates(words, k)
                if e.named and surname_words(key(e.name))[:1] == words
            ]
            return entity if len(others) == 1 else best
        if len(words) == 1 and len(ewords) > 1 and ewords[-1] == words[0]:
            best = entity if best is None or entity.salience > best.salience else best
            # A surname used alone makes "Cathal Lombard" a person.
            best.kind = best.kind or "person"
        elif len(ewords) == 1 and len(words) > 1 and words[-1] == ewords[0]:
            best = entity
        return best

    def seen(self, entity: Entity, offset: int, subject: bool = False) -> None:
        """Make an entity salient at this offset (named or heard outside quotes).

        Subjects and speakers count first: "He" after "Corbett joined Wood and Jason"
        is Corbett, the subject, not Jason, the last name read.
        """
        entity.salience = max(entity.salience, offset)
        self.recent.pop(entity.number, None)
        self.recent[entity.number] = entity
        if len(self.recent) > 2 * _WINDOW:
            for number in list(self.recent)[:_WINDOW]:
                del self.recent[number]
        if subject:
            entity.subject_at = max(entity.subject_at, offset)
            entity.prominence += 1
        entity.mentioned = True

    def _salient(self) -> list[Entity]:
        """Return the entities salient lately (at most the last `_WINDOW`): a reader
        tracks a pronoun's antecedent among these, and looking at every entity of a long
        article would make resolution quadratic. Ties go to the entity named first
        (`first_of_ties`), as when every entity was looked at in order."""
        return list(self.recent.values())[-_WINDOW:]

    @staticmethod
    def _rank(entity: Entity) -> tuple[int, int, bool]:
        return (entity.subject_at, entity.salience, entity.spoke)

    def pronoun(self, mention: Mention, offset: int) -> Entity | None:
        """Return the most salient entity a pronoun can refer to at this offset."""
        gender = mention.gender
        if gender in ("first", "second"):
            return None
        candidates = []
        for entity in self._salient():
            if entity.salience < 0 or entity.salience >= offset:
                continue
            if not entity.named and not entity.spoke and not entity.described:
                continue  # "his mother" in passing is no antecedent; "a spokesman" who spoke is
            if gender in ("male", "female"):
                if entity.gender not in _GENDER_FIT[gender]:
                    continue
                if entity.kind != "person" and not maybe_person(entity):
                    continue
                if entity.kind is None and unlike_person(entity.name):
                    continue  # "the Oscars", "Getty Images": no "he" or "she"
            elif gender == "thing":
                if entity.kind not in ("organisation", "state") or (
                    not entity.named and not entity.spoke
                ):
                    continue  # "in a statement, it said": the statement is not the speaker
            elif gender == "plural" and entity.kind not in ("group", "organisation"):
                continue
            candidates.append(entity)
        if not candidates and gender in ("male", "female"):
            # No one known to be a person: the most salient name that may be one ("Kasich
            # spoke first. He said ..." when nothing yet told Kasich's kind).
            candidates = [
                e
                for e in self._salient()
                if 0 <= e.salience < offset
                and e.named
                and e.kind is None
                and e.gender in _GENDER_FIT[gender]
                and not unlike_person(e.name)
            ]
        if not candidates:
            return None
        best = max(candidates, key=first_of_ties(self._rank))
        if gender in ("male", "female"):
            best.kind = best.kind or "person"  # a he or she is a person (the gender may be a guess)
        return best

    def description(self, mention: Mention, offset: int) -> Entity:
        """Return the entity a description refers to, or a new unnamed one.

        "The president" is the actor with that role; "the company", "the chancellor",
        "the 74-year-old comedian" (a definite description with no role to match) is the
        most salient named actor of the fitting kind. "A spokesman" is someone new.
        """
        head = mention.head
        if mention.definite and head in self.documents:
            return self.documents[head]  # "the report", after "a report by the Audit Office"
        earlier = [e for e in self._salient() if 0 <= e.salience < offset]
        # "The spokesman said", after "A spokesman for the ICO said": the same unnamed one.
        unnamed = [e for e in earlier if not e.named and head in key(e.name).split()]
        earlier = [e for e in earlier if e.named]
        roles = [
            e
            for e in earlier
            if head
            and (
                head in " ".join(key(r) for r in e.roles).split()
                # "the party" after "the Labour Party", now known as Labour
                or any(key(n).endswith(" " + head) for n in (e.name, *e.aliases))
            )
        ]
        # "The Tory leader" is no Labour leader: its capitalised words must fit too.
        marks = marks_of(mention)
        roles = [e for e in roles if all(has_mark(e, m) for m in marks)]
        if roles and (mention.definite or not indefinite(mention)):
            return max(roles, key=first_of_ties(self._rank))
        if mention.definite and unnamed:
            return max(unnamed, key=first_of_ties(self._rank))
        if mention.definite and head not in lx.DOCUMENT_NOUNS and not head.endswith("s"):
            if head in lx.ORG_NOUNS or head in COLLECTIVES:
                # "The government said" after a union or a company: not the article's main
                # body; a body named with that word was matched by its name above.
                fits = [
                    e
                    for e in earlier
                    if head not in _OWN_KIND_HEADS
                    and (e.kind == "organisation" or (e.kind is None and e.name.isupper()))
                ]
                if head in PRESS_HEADS:
                    # "the newspaper suggested": a title of the press, not the story's company.
                    fits = [
                        e for e in earlier if e.kind not in ("state", "place") and is_press(e.name)
                    ]
                if not fits and head in COLLECTIVES:
                    # "Coldplay played ... the band said": a body no word typed yet.
                    fits = [
                        e
                        for e in earlier
                        if e.kind is None and e.gender is None and not person_like_name(e.name)
                    ]
                if fits:
                    # "The company said": the article's main company, not the last one named.
                    return max(
                        fits,
                        key=first_of_ties(lambda e: (e.prominence, e.subject_at, e.salience)),
                    )
            elif not thing_noun(head) or mention.gender in ("male", "female"):
                fits = [e for e in earlier if e.kind == "person" or maybe_person(e)]
                if fits:
                    # "Henry will captain the side. And the striker said": the person
                    # the story is on now, not the article's most prominent one.
                    return max(fits, key=first_of_ties(self._rank))
        k = key(mention.name)
        entity = self.by_key.get("~" + k)
        if entity is None:
            entity = Entity(len(self.entities), mention.name, mention.kind or "group", named=False)
            if mention.surface and key(mention.surface) != k:
                entity.aliases.append(mention.surface)  # "a Conservative spokeswoman", as written
            self.entities.append(entity)
            self.by_key["~" + k] = entity
        return entity

    def described(self, mention: Mention, offset: int) -> None:
        """Take a described subject ("an Egyptian education official") as a possible
        antecedent of "he" or "she": the person it names, or an unnamed one."""
        entity = self.description(mention, offset)
        if not entity.named:
            entity.described = True
            if mention.gender in ("male", "female") and entity.gender is None:
                entity.gender = mention.gender
        self.seen(entity, offset, subject=True)

    def resolve(self, mention: Mention, offset: int) -> Entity | None:
        """Return the entity any source mention refers to."""
        if mention.form == "pronoun":
            return self.pronoun(mention, offset)
        if mention.form == "description" and mention.publisher is not None:
            # "a report from analysts Gartner": Gartner says it; "the report" later too.
            entity = self.name(mention.publisher)
            self.documents[mention.head] = entity
            return entity
        if mention.form == "description":
            return self.description(mention, offset)
        if mention.form == "name":
            return self.name(mention)
        return None


# Heads that name one kind of institution: "the government", "the court" is no company or
# union named earlier, only a body whose own name or role has that word.
_OWN_KIND_HEADS = frozenset(
    "government administration cabinet regime junta parliament congress senate ministry "
    "court tribunal jury police army military navy embassy consulate prosecution".split()
)
