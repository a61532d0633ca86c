"""How names compare: folding, forms of address, sex, given-name variants, slugs.

Lower case throughout; every function takes a name as written in a brief.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from briefgen.extract.names import FEMALE_NAMES, MALE_NAMES
from briefgen.extract.names import TITLE_WORDS as _LEXICON_TITLES
from briefgen.text.folding import fold, slug

# Forms of address that are not part of a name, and the sex they tell (None: either).
ADDRESS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "dr": None, "prof": None}
# Titles that are part of a British name ("Lord Woolf") but tell the sex all the same.
TITLES = {"sir": "m", "lord": "m", "lady": "f", "dame": "f", "baroness": "f", "baron": "m"}


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Fold a name: case and accents folded, a leading 'the' dropped, ’ as ', - as a space."""
    name = name.replace("’", "'").replace("‘", "'")
    return fold(re.sub(r"(?<=\w)-(?=\w)", " ", name))


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """Return a person's name as folded words, without a form of address.

    A hyphenated name is one word ("Kilroy-Silk" -> "kilroy silk"), so the last word is
    the surname.
    """
    words = fold(name.replace("’", "'").replace("‘", "'")).replace(".", " ").split()
    if len(words) > 1 and words[0] in ADDRESS:
        words = words[1:]
    if len(words) > 2 and words[0] in ("sir", "dame"):
        words = words[1:]  # "Sir Menzies Campbell" is "Menzies Campbell"
    return tuple(w.replace("-", " ") for w in words)


def person_key(name: str) -> str:
    """Fold a person's name and drop a form of address ("Mr Brown" -> "brown")."""
    return " ".join(name_words(name))


def sex_of(name: str) -> str | None:
    """Return "m" or "f" when a form of address or title tells it, else None."""
    words = name_key(name).replace(".", " ").split()
    first = words[0] if len(words) > 1 else ""
    return ADDRESS.get(first) or TITLES.get(first)


@lru_cache(maxsize=65536)
def page_slug(text: str, fallback: str) -> str:
    """Return the slug of text, or `fallback-<hash>` for text with no ASCII letters or digits."""
    return slug(text) or f"{fallback}-{digest(text)}"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:8]


# Words that stand before a name as a title or role ("MEP Robert Kilroy-Silk").
TITLE_WORDS = _LEXICON_TITLES | frozenset("mp mep msp mla am qc euro peer pm".split())


# Short forms of given names, to the full forms they stand for.
NICKNAMES = {
    short: set(full.split("|"))
    for short, full in (
        pair.split("=")
        for pair in (
            "tony=anthony bill=william will=william billy=william bob=robert rob=robert "
            "bobby=robert jim=james jimmy=james jamie=james mike=michael mick=michael "
            "nick=nicholas|nicolas dave=david ed=edward|edmund ted=edward|theodore "
            "eddie=edward ken=kenneth liz=elizabeth beth=elizabeth betty=elizabeth "
            "chris=christopher|christine|christina tom=thomas andy=andrew "
            "steve=stephen|steven joe=joseph dan=daniel danny=daniel matt=matthew "
            "pat=patrick|patricia sam=samuel|samantha alex=alexander|alexandra "
            "ben=benjamin charlie=charles chuck=charles don=donald dick=richard "
            "rick=richard ricky=richard ron=ronald tim=timothy jon=jonathan johnny=john "
            "jack=john kate=katherine|catherine|kathryn katie=katherine|catherine "
            "jenny=jennifer sue=susan maggie=margaret peggy=margaret harry=henry "
            "larry=lawrence|laurence greg=gregory fred=frederick frank=francis|franklin "
            "jeff=jeffrey|geoffrey phil=philip|phillip ray=raymond walt=walter "
            "nate=nathan|nathaniel gerry=gerald|gerard jerry=gerald|jeremy "
            "vince=vincent tessa=teresa|theresa mo=maureen|mohammed|mohamed "
            "sandy=alexander|sandra ali=alistair|alastair"
        ).split()
    )
}


def sex_of_name(name: str) -> str | None:
    """Return "m" or "f" from a form of address, a title or a known given name."""
    found = sex_of(name)
    if found:
        return found
    words = name_words(name)
    if len(words) < 2:
        return None
    if words[0] in FEMALE_NAMES and words[0] not in MALE_NAMES:
        return "f"
    if words[0] in MALE_NAMES and words[0] not in FEMALE_NAMES:
        return "m"
    return None


def given_names_match(a: str, b: str) -> bool:
    """Tell whether two given names can be one person's: Tony/Anthony, Vince/Vincent, G/Gordon."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if NICKNAMES.get(a, set()) & ({b} | NICKNAMES.get(b, set())) or a in NICKNAMES.get(b, ()):
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short)


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Tell whether two full names (folded words) can name one person.

    Same surname, and the given names match (with a middle name or not), or one name
    is the other with a title in front ("MEP Robert Kilroy-Silk"), or one is the other's
    hyphenated surname written as two words ("Kilroy Silk").
    """
    if len(a) == 2 and " " in b[-1] and " ".join(a) == b[-1]:
        return True
    if len(b) == 2 and " " in a[-1] and " ".join(b) == a[-1]:
        return True
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or a == b:
        return False
    a, b = _untitled(a), _untitled(b)
    if a == b:
        return True
    return given_names_match(a[0], b[0]) and (len(a) == len(b) or min(len(a), len(b)) == 2)


def _untitled(words: tuple[str, ...]) -> tuple[str, ...]:
    """Drop the titles in front of a full name ("ex labour", "mp", "george", "galloway")."""
    while len(words) > 2 and (words[0] in TITLE_WORDS or words[0].startswith("ex ")):
        words = words[1:]
    return words


def abbreviates(short: list[str], long: list[str]) -> bool:
    """Tell whether each of two or more words begins its word of a longer name.

    "Lib Dems" -> "Liberal Democrats", "EU Commission" -> "European Commission".
    """
    if len(short) != len(long) or len(short) < 2 or short == long:
        return False
    stems = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in short]
    return all(len(s) >= 2 and w.startswith(s) for s, w in zip(stems, long, strict=True))
