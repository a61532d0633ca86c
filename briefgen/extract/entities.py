"""The document's entities, and the tests `coref` matches mentions to them by.

An `Entity` is one actor with everything the article calls it; the functions here tell
what a name or description may be (a newspaper, a thing, a person) and whether a mention
fits an entity (an organisation's initials, a clash of genders, a party's mark).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from briefgen.extract import lexicon as lx
from briefgen.extract.mentions import Mention
from briefgen.extract.names import INSTITUTION_HEADS
from briefgen.text.folding import fold as key


@dataclass
class Entity:
    """One actor of the document, with everything the article calls it."""

    number: int
    name: str
    kind: str | None
    named: bool = True  # False for an unresolved description such as "officials"
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    salience: int = -1  # offset of the latest mention in the frame text
    subject_at: int = -1  # offset of the latest mention as a subject or a speaker
    prominence: int = 0  # how often it was a subject or a speaker
    spoke: bool = False
    mentioned: bool = False  # named outside quotes at least once
    sure_gender: str | None = None  # told by an honorific or a first name, for telling apart
    described: bool = False  # an unnamed person who was a sentence's subject: "an official"

    def absorb(self, mention: Mention) -> None:
        """Take a new mention's name form, kind, roles and gender into the entity."""
        for alias in (mention.name, mention.surface):
            if (
                alias
                and alias != self.name
                and key(alias) != key(self.name)
                and alias not in self.aliases
            ):
                self.aliases.append(alias)
        if self.kind is None and mention.kind is not None:
            self.kind = mention.kind
        for role in mention.roles:
            new = key(role)
            if not new or any(f" {new} " in f" {key(r)} " for r in self.roles):
                continue  # "Secretary of State" after "Former Secretary of State"
            # "Former Secretary of State" replaces a "Secretary of State" it contains.
            self.roles = [r for r in self.roles if f" {key(r)} " not in f" {new} "]
            self.roles.append(role)
        if self.gender is None and mention.gender in ("male", "female"):
            self.gender = mention.gender
        if (
            self.sure_gender is None
            and mention.sure
            and len(mention.name.split()) >= len(self.name.split())
        ):
            # Told by the entity's own full name: "Mr. Khan" after "Ghazala Khan" may be
            # her husband, so tells nothing about her.
            self.sure_gender = mention.gender


# Nouns for a body of people that no person is: "the band said", "the side".
COLLECTIVES = frozenset(
    "band side squad orchestra choir duo trio quartet label retailer airline carrier "
    "giant maker operator supermarket chain brand outfit group firm company".split()
)
# Heads of descriptions that name a thing, which speaks for no person: "the clip said",
# "the suspension of ...", "the music".
_THING_HEADS = frozenset(
    "clip video film footage photo picture story article finding findings music song name "
    "album book show race move decision deal plan scheme suspension ruling verdict "
    "figure figures data evidence record records result results".split()
)


PRESS_HEADS = frozenset("newspaper paper magazine tabloid daily weekly broadsheet".split())
_PRESS_WORDS = frozenset(
    "times telegraph post news guardian mail herald journal daily tribune gazette express "
    "mirror sun observer independent standard economist chronicle globe record star "
    "magazine weekly review press".split()
)


def is_press(name: str) -> bool:
    """Tell whether a name is a newspaper's or a magazine's ("The Sunday Telegraph")."""
    return any(w in _PRESS_WORDS for w in key(name).split())


def thing_noun(head: str) -> bool:
    """Tell whether a description's head names a thing, not a person ("the clip", "the
    suspension"), so that no person is who it is."""
    if head in lx.ROLE_NOUNS:
        return False
    return (
        head in _THING_HEADS
        or head in lx.MESSAGE_NOUNS
        or head in lx.DOCUMENT_NOUNS
        or head.endswith(("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism"))
    )


def person_like_name(name: str) -> bool:
    """Tell whether an untyped name may be a person's: a first name opens it ("Sue Grey"),
    or it is two or three words none of which names a body ("Coldplay" is not)."""
    words = key(name).split()
    if not words or any(w in lx.ORG_WORDS for w in words):
        return False
    return words[0] in lx.MALE_NAMES or words[0] in lx.FEMALE_NAMES or 2 <= len(words) <= 3


def organisation_match(
    mention: Mention,
    k: str,
    words: tuple[str, ...],
    ewords: tuple[str, ...],
    entity: Entity,
    best: Entity | None,
) -> tuple[bool, Entity | None]:
    """Match a name against an organisation (or an organisation's name against a person's
    surname); return whether the candidate was settled here, and the best match so far."""
    if entity.kind == "organisation" and len(words) == 1 and len(ewords) > 1:
        initials = "".join(w[0] for w in ewords if w not in ("of", "the", "for", "and"))
        if initials == k.replace(".", "") or ewords[0] == words[0]:
            return (
                True,
                entity,
            )  # "NRA" for "National Rifle Association", "Cairn" for "Cairn Energy"
        if (
            mention.definite
            and words[0] == institution_head(ewords)
            and (best is None or entity.salience > best.salience)
        ):
            return True, entity  # "the Bank" after "the Reserve Bank of Australia"
        return True, best
    if (
        entity.kind == "organisation"
        and 1 < len(words) < len(ewords)
        and ewords[: len(words)] == words
        and ewords[len(words)] in ("of", "for")
    ):
        return True, entity  # "the Reserve Bank" after "the Reserve Bank of Australia"
    if (
        mention.kind == "organisation"
        and len(ewords) == 1
        and len(words) > 1
        and words[0] == ewords[0]
        and entity.kind in (None, "organisation")
    ):
        return True, entity  # "Cairn" first, "Cairn Energy" later
    if (
        mention.kind == "organisation"
        and len(words) == 1
        and entity.kind == "person"
        and len(ewords) > 1
        and ewords[-1] == words[0]
    ):
        return True, entity  # "Fox" after "Liam Fox": his surname, not the network
    return False, best


def first_of_ties(rank):  # type: ignore[no-untyped-def]
    """Return a key that ranks like `rank` and, among equals, puts the earliest entity first."""
    return lambda e: (*rank(e), -e.number)


def gender_clash(mention: Mention, entity: Entity) -> bool:
    """Tell whether a mention and an entity are of different genders ("Mrs Howard", "Mr Howard")."""
    return (
        mention.sure
        and entity.sure_gender is not None
        and mention.gender in ("male", "female")
        and mention.gender != entity.sure_gender
    )


def institution_head(words: tuple[str, ...]) -> str | None:
    """Return an organisation name's head noun when it is an institution's, else None."""
    cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), len(words))
    head = words[cut - 1]
    return head if head in INSTITUTION_HEADS else None


def unlike_person(name: str) -> bool:
    """Tell whether an untyped name reads as no person's: one plural word ("Oscars"), or a
    name ending in a word no surname is ("Getty Images", "Million Dollar Baby")."""
    words = name.split()
    last = words[-1].lower() if words else ""
    if len(words) == 1:
        return last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3
    return last in lx.NOT_ACTOR_WORDS or last in _NOT_SURNAMES


# Last words of names that are works, products or bodies, not people.
_NOT_SURNAMES = frozenset(
    "images pictures photos news awards baby day night show tour games cup league "
    "festival party club times post".split()
)


def maybe_person(entity: Entity) -> bool:
    """Tell whether an untyped entity may be a person: it spoke, or it was the subject of a
    sentence, as a full name ("Ronnie Corbett has joined ...") or a surname that is no
    acronym and no plural ("Ford met Trudeau. "...," he said": Ford)."""
    if entity.kind is not None:
        return False
    if entity.spoke:
        return True
    return entity.subject_at >= 0 and (
        " " in entity.name or not (entity.name.isupper() or unlike_person(entity.name))
    )


@lru_cache(maxsize=16384)
def surname_words(name_key: str) -> tuple[str, ...]:
    """Return a name's words without a generational suffix: "harry b. harris jr." -> harris last."""
    words = tuple(name_key.split())
    return (
        words[:-1]
        if len(words) > 1 and words[-1].rstrip(",") in ("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")
        else words
    )


_MARK_SYNONYMS = {
    "tory": ("tory", "tories", "conservative"),
    "conservative": ("tory", "conservative"),
}


def marks_of(mention: Mention) -> list[str]:
    """Return the capitalised modifiers of a description ("Tory" in "the Tory leader")."""
    words = (mention.surface or mention.name).replace("’", "'").split()
    out = []
    for i, word in enumerate(words[:-1]):
        low = key(word).removesuffix("'s")
        if i == 0 and low in ("the", "a", "an", "this", "that"):
            continue
        if word[:1].isupper() and low.isalpha() and low not in lx.ROLE_NOUNS:
            out.append(low)
    return out


def has_mark(entity: Entity, mark: str) -> bool:
    """Tell whether an entity's roles or names hold a modifier (or its synonym)."""
    told = " ".join(key(t) for t in (*entity.roles, entity.name, *entity.aliases)).split()
    return any(m in told or m + "s" in told for m in _MARK_SYNONYMS.get(mark, (mark,)))


def indefinite(mention: Mention) -> bool:
    """Tell whether a description brings someone new in: "a candidate", "an official"."""
    first = key(mention.surface or mention.name).split()[:1]
    return bool(first) and first[0] in ("a", "an", "another")
