"""Tell an actor's kind from its name's words: person, organisation, state, group, place."""

from __future__ import annotations

from briefgen.extract import lexicon as lx


def person_title(low: str) -> bool:
    """Tell whether a word before a name is a person's title ("President", "Coach")."""
    return (
        low in lx.ROLE_NOUNS
        or low in lx.ABBREVIATED_TITLES
        or low in lx.HONORIFICS
        or low
        in (
            "sen",
            "rep",
            "gov",
            "gen",
            "prime",
            "vice",
            "first",
            "lady",
            "pope",
            "cardinal",
            "archbishop",
            "bishop",
            "rabbi",
            "imam",
            "reverend",
            "sheikh",
            "emir",
            "ayatollah",
            "lieutenant",
            "colonel",
            "captain",
            "sergeant",
            "superintendent",
            "midfielder",
            "striker",
            "defender",
            "goalkeeper",
            "boss",
            "ceo",
            "cfo",
            "coo",
            "mp",
            "mep",
            "msp",
            "am",
            "mla",
            "mpp",
        )
    )


def classify(name: str, titled: bool, roles: list[str]) -> str | None:
    """Guess the kind of a named actor from its words; None when the name alone cannot tell."""
    words = name.lower().replace("’", "'").split()
    low = " ".join(words)
    if (
        low in lx.MULTIWORD_STATES
        or (len(words) == 1 and low in lx.COUNTRIES)
        or low in lx.STATE_ALIASES
    ):
        return "state"
    if words[-1] in _COUNTRYMEN:
        return "person"  # "the Northern Irishman": a person, not Northern Ireland
    if "&" in words and not titled:
        return "organisation"  # "Marks & Spencer": news joins two people by "and"
    if titled and (words[-1] not in lx.ORG_WORDS or _first_name_and_brand(words)):
        return "person"
    if (
        low in lx.MULTIWORD_PLACES
        or (len(words) == 1 and low in lx.PLACES)
        or words[0]
        in (
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
        )
    ):
        return "place"
    if len(words) > 1 and _team_name(words):
        return "organisation"  # "Saskatchewan Roughriders", "Los Angeles Lakers"
    if len(words) == 1:
        if low in lx.ORG_NAMES:
            return "organisation"
    elif _first_name_and_brand(words):
        return "person"  # "Liam Fox" is no Fox network
    elif words[-1] in lx.ORG_WORDS or words[0] in lx.ORG_NAMES or words[0] in ORG_OPENERS:
        return "organisation"
    if words[-1] in lx.GROUP_WORDS or (
        words[-1].endswith(("ians", "ans", "ists")) and len(words) == 1
    ):
        return "group"
    if words[0] in lx.MALE_NAMES or words[0] in lx.FEMALE_NAMES:
        return "person"
    # Anything else ("Cathal Lombard", "Telewest Broadband") stays unknown until the
    # article tells: a surname used alone, a he or she, a role.
    return None


# People by their country: "the Dutchman", "the Northern Irishman".
_COUNTRYMEN = frozenset(
    "irishman irishwoman frenchman frenchwoman dutchman dutchwoman englishman englishwoman "
    "scotsman scotswoman welshman welshwoman".split()
)
# Words that open a company's name: "Group Menatep", "Banco Santander", "Grupo Televisa".
ORG_OPENERS = frozenset("group grupo groupe banco banca bank compagnie compania bloc".split())


def _team_name(words: list[str]) -> bool:
    """Tell whether a name is a place and a plural, as teams are named: "Toronto Raptors"."""
    last = words[-1]
    if not (last.endswith("s") and not last.endswith(("ss", "'s"))) or len(words) > 4:
        return False
    if words[0] in lx.MALE_NAMES or words[0] in lx.FEMALE_NAMES:
        return False  # "Jordan Williams": a first name that is also a place
    # "Toronto Raptors", "Toronto Maple Leafs", "Los Angeles Lakers": a place, then the name
    return any(
        place in lx.PLACES
        or place in lx.MULTIWORD_PLACES
        or place in lx.COUNTRIES
        or place in lx.MULTIWORD_STATES
        for place in (" ".join(words[:n]) for n in range(1, len(words)))
    )


def _first_name_and_brand(words: list[str]) -> bool:
    """Tell whether a name is a first name and a surname that is also a brand: "liam fox"."""
    return (
        len(words) == 2
        and (words[0] in lx.MALE_NAMES or words[0] in lx.FEMALE_NAMES)
        and words[1] in lx.ORG_NAMES
    )


def first_name_gender(name: str) -> str | None:
    """Guess a person's gender from a first name the lexicon knows."""
    first = name.split()[0].lower()
    if first in lx.FEMALE_NAMES:
        return "female"
    if first in lx.MALE_NAMES:
        return "male"
    return None
