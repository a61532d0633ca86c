"""Tell a brief actor's kind from what the article says of it: person, organisation,
state or group ("Marsh has said it is ...", "director general of Age Concern", "indie
band Franz Ferdinand", "the Gunners"), where the name's own words (`kinds`) cannot.
"""

from __future__ import annotations

import re

from briefgen.extract.coref import Entity
from briefgen.extract.duplicates import MEMBERS
from briefgen.extract.entityhood import (
    agent_noun,
    lower_word,
    spans_of,
    sport_story,
    team_of_country,
)
from briefgen.extract.lexicon import (
    DEMONYMS,
    FEMALE_NAMES,
    HONORIFICS,
    MALE_NAMES,
    NOT_NAMES,
    ROLE_NOUNS,
)
from briefgen.text.folding import fold as key


def actor_kind(entity: Entity, text: str = "") -> str:
    """Return an actor's kind; a speaker the article never typed is a person, or an
    organisation when its name is an acronym; a place that speaks stands for its state."""
    if not entity.named and key(entity.name).split()[-1:] in (["people"], ["public"]):
        return "group"  # "people said", "the public": many people
    if not entity.named and key(entity.name).split()[-1:] in [[w] for w in _FIRM_HEADS]:
        return "organisation"  # "a High Street retailer", "the US carrier"
    if not entity.named and entity.kind != "group" and person_head(entity.name):
        return "person"  # "its chief executive", "the prime minister's official spokesman"
    if entity.kind in ("place", "state"):
        # In a sports report a country that acts or speaks is its national team.
        return "organisation" if text and team_of_country(entity.name, text) else "state"
    if _common_words_name(entity, text):
        return "organisation"  # "Economic Development", "Health Canada"'s like: a department
    if entity.named and text and _named_after(entity, text, _BAND_BEFORE):
        return "group"  # "indie band Franz Ferdinand", "pop group Busted": before "group" a body
    if entity.kind in (None, "person") and _described_as_body(entity, text):
        return "organisation"  # "Chinese computer firm Lenovo", "analysts Nielsen"
    if entity.kind in (None, "person") and text and _has_officers(entity, text):
        return "organisation"  # "director general of Age Concern", "Sony Ericsson's chairman"
    if entity.kind in (None, "person") and key(entity.name) in _COUNTRY_PLURALS:
        return "group"  # "Britons", "Scots": many people
    if entity.kind in (None, "person") and _plural_people(entity.name):
        return "group"  # "New York DJs", "Dutch people": many people, however capitalised
    if entity.named and text and " " in entity.name and _named_after(entity, text, _FIRM_BEFORE):
        return "organisation"  # "building products group James Hardie"
    if entity.kind in (None, "person") and text and _the_plural(entity, text):
        # "the Gunners", "the Canucks": a team's or a body's nickname, never a person's
        return "organisation" if sport_story(text) else "group"
    told = _one_word_kind(entity, text) if text else None
    if told is not None and entity.kind in (None, "person", "organisation"):
        return told
    if entity.kind is not None:
        return entity.kind
    if key(entity.name) in MEMBERS:
        return "person"  # "the MEP", "the MPP": a member, not a body
    if re.fullmatch(r"[A-Z][A-Z0-9&.]{1,6}", entity.name):
        return "organisation"
    if _starts_sentences_only(entity, text):
        return "group"  # "Organisers say ...", "Analysts said ...": a plural noun
    if _one_word_body(entity, text):
        return "organisation"
    return "person"


def person_head(description: str) -> bool:
    """Tell whether an unnamed description is headed by a person's role: "its chief
    executive", "a spokesman for the union" (not "the union" itself)."""
    words = description.lower().replace("’", "'").split()
    cut = next((i for i, w in enumerate(words) if w in ("for", "of", "at", "from") and i), None)
    words = words[:cut] if cut else words
    if not words or (words[-1].endswith("s") and not words[-1].endswith("ss")):
        return False  # "critics", "ministers": a group
    if words[-1] in _COLLECTIVES:
        return False  # "police", "staff": many people
    return words[-1] in ROLE_NOUNS and words[-1] not in _BODY_NOUNS


# Heads of unnamed descriptions of a firm: "a High Street retailer said".
_FIRM_HEADS = frozenset(
    "retailer carrier airline insurer lender broadcaster publisher manufacturer maker "
    "supermarket chain operator conglomerate brewer carmaker".split()
)
# Singular nouns for many people: "police said", "staff were told".
_COLLECTIVES = frozenset("police staff crew public clergy personnel management".split())


def _one_word_kind(entity: Entity, text: str) -> str | None:
    """Return the kind the article's "it" or "he" tells of a one-word actor with no first
    name, honorific or role, or None."""
    if " " in entity.name.strip() or entity.roles or entity.sure_gender:
        return None
    low = entity.name.lower()
    if low in MALE_NAMES or low in FEMALE_NAMES or low in DEMONYMS:
        return None
    return _speaks_of_itself(entity.name, text)


def _described_as_body(entity: Entity, text: str) -> bool:
    """Tell whether the article calls a name by a noun for a body, right before it ("firm
    Lenovo", "US partner Biogen Idec", "analysts Gartner") or as its role."""
    if entity.gender or entity.sure_gender:
        return False
    for role in entity.roles:
        words = role.lower().split()
        # "head of the group" is a person's role: the head noun comes before "of"
        cut = next((i for i, w in enumerate(words) if w in _ROLE_ENDS and i), len(words))
        if words[:cut] and words[cut - 1] in _BODY_NOUNS:
            return True
    for start, _ in spans_of(entity.name, text):
        if _BODY_BEFORE.search(text[max(0, start - 30) : start]):
            return True
    return False


def _has_officers(entity: Entity, text: str) -> bool:
    """Tell whether the article gives a name the officers only a body has, and no sign of a
    person (a first name, an honorific, a gender): "Gordon Lishman, director general of Age
    Concern", "the chief executive of Sony Ericsson", "Clearswift's director of research"."""
    words = key(entity.name).split()
    if not words or entity.gender or entity.sure_gender or entity.roles:
        return False
    if words[0] in MALE_NAMES or words[0] in FEMALE_NAMES or _honorific_alias(entity):
        return False
    for start, end in spans_of(entity.name, text):
        if _OFFICER_OF.search(text[max(0, start - 40) : start]):
            return True
        if _OFFICER_AFTER.match(text, end) or _FIRM_AFTER.match(text, end):
            return True
        if len(words) > 1 and _ITS_AFTER.match(text, end):
            return True  # "Sony Ericsson said its sales rose": a person is not "its"
    return False


_SP = r"[\s\u00a0]+"
# Officers only a body has: a person has no chief executive or shareholders.
_OFFICERS = (
    rf"chief{_SP}executive|chief{_SP}operating{_SP}officer|managing{_SP}director|"
    rf"director[\s-]+general|finance{_SP}director|chairman|chairwoman|boss|shareholders|"
    r"directors|board"
)
_OFFICER_OF = re.compile(rf"\b(?:{_OFFICERS}|director|founder){_SP}(?:of|at){_SP}(?:the{_SP})?$")
_OFFICER_AFTER = re.compile(
    rf"['’]s{_SP}(?:(?:new|former|own|acting|interim){_SP})?(?:{_OFFICERS}|director{_SP}of)\b"
)

# "Sony Ericsson, the world's fifth biggest handset maker": a firm in apposition.
_FIRM_NOUNS = (
    r"firm|company|group|maker|retailer|giant|bank|carrier|brand|label|conglomerate|"
    r"manufacturer|airline|chain|broadcaster|publisher|insurer|lender|operator|charity|"
    r"organisation|organization|body|agency|association|venture|business"
)
_FIRM_AFTER = re.compile(
    rf",{_SP}(?:the|a|an){_SP}(?:(?!(?:of|for|at|with|in)\b)[\w'’-]+{_SP}){{0,4}}?"
    rf"(?:{_FIRM_NOUNS})\b(?![\w-])"
)
_ITS_AFTER = re.compile(rf"{_SP}(?:(?:has|had|have){_SP})?(?:[a-z]+{_SP}){{0,3}}?(?:its|itself)\b")


def _honorific_alias(entity: Entity) -> bool:
    """Tell whether the article also names an entity with an honorific ("Mr Hardie")."""
    return any(
        len(a.split()) > 1 and a.split()[0].lower().rstrip(".") in HONORIFICS
        for a in entity.aliases
    )


_ROLE_ENDS = frozenset("of for at with in from on to".split())


def _plural_people(name: str) -> bool:
    """Tell whether a name of two words or more ends in a plural noun for people."""
    words = key(name).split()
    if len(words) < 2 or words[0] in MALE_NAMES or words[0] in FEMALE_NAMES:
        return False
    last = words[-1]
    if last in ("people", "men", "women", "children", "boys", "girls"):
        return True
    return last.endswith("s") and not last.endswith("ss") and last[:-1] in ROLE_NOUNS


def _named_after(entity: Entity, text: str, before: re.Pattern[str]) -> bool:
    """Tell whether the article writes a noun for a band or a firm right before the name,
    with no honorific ("Mr Hardie") anywhere to say it is a person's."""
    if any(
        len(a.split()) > 1 and a.split()[0].lower().rstrip(".") in HONORIFICS
        for a in entity.aliases
    ):
        return False
    return any(
        before.search(text[max(0, start - 30) : start]) for start, _ in spans_of(entity.name, text)
    )


_BAND_BEFORE = re.compile(
    r"\b(?:band|bands|duo|trio|quartet|(?:pop|rock|indie|punk|boy|girl|folk|metal|rap)"
    r"[\s\u00a0]+group)[\s\u00a0]+(?:the[\s\u00a0]+)?$",
    re.I,
)
# Nouns for a firm right before its name, which no person is called: "group James Hardie"
# (not "rival" or "partner", which people are too).
_FIRM_BEFORE = re.compile(
    r"(?<![\w-])(?:firm|company|group|maker|retailer|giant|bank|carrier|brand|"
    r"label|conglomerate|manufacturer|airline|chain|broadcaster|publisher|insurer|lender)"
    r"[\s\u00a0]+$"
)


# Nouns for a firm or a body that news writes right before its name: "firm Lenovo".
_BODY_NOUNS = frozenset(
    "firm firms company companies group maker makers giant giants retailer retailers bank "
    "banks carrier operator operators network broadcaster publisher studio studios agency "
    "insurer lender chain brand label conglomerate manufacturer manufacturers supplier "
    "developer developers producer distributor airline airlines partner partners rival "
    "rivals analysts consultancy consultants watchdog regulator charity club side".split()
)
# Not after a hyphen: "film-maker George Lucas" is a person.
_BODY_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(_BODY_NOUNS))})[\s\u00a0]+$")


def _common_words_name(entity: Entity, text: str) -> bool:
    """Tell whether a name of two words or more is made only of words the article also
    writes in lower case, with no first name, honorific or gender: a department or a
    programme ("Economic Development", "Public Safety"), not a person."""
    words = entity.name.split()
    if len(words) < 2 or entity.kind not in (None, "person") or entity.gender or entity.sure_gender:
        return False
    if words[0].lower() in MALE_NAMES or words[0].lower() in FEMALE_NAMES:
        return False
    if any(
        len(a.split()) > 1 and a.split()[0].lower().rstrip(".") in HONORIFICS
        for a in entity.aliases
    ):
        return False
    if all(lower_word(w, text) for w in words if w.lower() not in ("of", "and", "for", "the")):
        return True
    # "Shared Health", "Crown Investments": a body's name ends in a common noun; a
    # person's rarely does, except surnames that are words ("Brown", "Wood").
    last = words[-1].lower()
    return (
        not entity.roles
        and entity.named
        and entity.name[:1].isupper()
        and not agent_noun(last)
        and lower_word(last, text)
        and last not in _WORD_SURNAMES
        and not any(len(a.split()) == 1 and key(a) == key(last) for a in entity.aliases)
    )


# Surnames that are also words, so a name ending in one may be a person's.
_WORD_SURNAMES = frozenset(
    "brown green white black young king hill wood hunter fox bell rice stone price cook baker "
    "turner walker wright mason carter cooper fisher parker ward hall long short little "
    "may march rose lamb page day west north south ball bush cash gates hope love moon "
    "field fields banks best bird bishop bond burns chance church cross dean duke grant "
    "gray grey hart head hood lane law lord marsh mills moore noble park pope reed rich "
    "rush sharp shaw small snow steel street strong swan wall waters webb wise".split()
)


def _starts_sentences_only(entity: Entity, text: str) -> bool:
    """Tell whether a one-word plural speaker is capitalised only where a sentence starts."""
    name = entity.name.strip()
    if " " in name or not re.fullmatch(r"[A-Z][a-z]+[^s]s", name) or not text:
        return False
    for start, _ in spans_of(name, text):
        # What comes before it, quotation marks and spaces aside (read back, not copied)
        before = start
        while before > 0 and text[before - 1] in " \t\u00a0\"“‘'":
            before -= 1
        if before and text[before - 1] not in ".!?:\n":
            return False
    return True


def _the_plural(entity: Entity, text: str) -> bool:
    """Tell whether a one-word plural name always follows "the" ("the Gunners")."""
    name = entity.name.strip()
    if " " in name or not re.fullmatch(r"[A-Z][a-z]+[^s']s", name) or entity.sure_gender:
        return False
    spans = spans_of(name, text)
    return bool(spans) and all(text[max(0, s - 4) : s].lower() == "the " for s, _ in spans)


def _one_word_body(entity: Entity, text: str) -> bool:
    """Tell whether a speaker is a company or body by one name ("Nokia said"): the article
    never gives it a first name, a title, a role, or "he" or "she"."""
    name = entity.name.strip()
    if " " in name or entity.roles or entity.gender or entity.sure_gender:
        return False
    low = name.lower()
    if low in DEMONYMS or low in MALE_NAMES or low in FEMALE_NAMES or low in _PEOPLE_WORDS:
        return False  # "Harry said", "the Czech said"
    if low.endswith(("man", "ian", "ese")):
        return False  # "the Frenchman said", "the Austrian said", "the Portuguese said"
    if _speaks_of_itself(name, text) == "person":
        return False
    for word in _words_before(name, text):
        before = word.lower()
        if before not in _BEFORE_ANY_NAME and before not in NOT_NAMES:
            return False  # "Arsene Wenger" somewhere: "Wenger" is his surname ("Both Sony" no)
    return not any(
        len(alias.split()) > 1 and alias.split()[0].lower().rstrip(".") in HONORIFICS
        for alias in entity.aliases
    )


def _words_before(name: str, text: str) -> list[str]:
    """Return the capitalised words written right before a name ("Arsene" of "Arsene
    Wenger"), as `re.finditer` of `_BEFORE_NAME` would give them (matches do not
    overlap), reading the text only where the name stands: a long article has thousands
    of names."""
    pattern = re.compile(_BEFORE_NAME.format(re.escape(name)))
    if not name or not _word_char(name[-1]):
        return [m.group(1) for m in pattern.finditer(text)]
    out = []
    done = 0  # where the last match ended: the next starts there or after
    for at, end in spans_of(name, text):
        if at < done:
            continue
        space = at
        while space > done and text[space - 1] in " \u00a0":
            space -= 1
        start = space
        while start > done and (_word_char(text[start - 1]) or text[start - 1] in "'’-"):
            start -= 1
        if space == at or start == space:
            continue
        match = pattern.search(text, start, end + 1)
        if match:
            out.append(match.group(1))
            done = match.end()
    return out


_BEFORE_NAME = r"\b([A-Z][\w'’-]*)[ \u00a0]+{}\b"


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _speaks_of_itself(name: str, text: str) -> str | None:
    """Return "organisation" when the article writes of a one-word name as "it" ("Marsh has
    said it is co-operating", "Marsh has replaced its chief executive"), "person" for "he"
    or "she", else None."""
    person = body = False
    for _, end in spans_of(name, text):
        after = text[end : end + 50]
        person = person or bool(_HE_AFTER.search(after))
        body = body or bool(_IT_AFTER.search(after))
    if person and not body:
        return "person"
    if body and not person:
        return "organisation"
    return None


_NEAR = r"^[\s\u00a0]+(?:(?:has|had|have)[\s\u00a0]+)?(?:[a-z]+[\s\u00a0]+){0,3}?"
_HE_AFTER = re.compile(_NEAR + r"(?:he|she|his|her|him|himself|herself)\b")
_IT_AFTER = re.compile(_NEAR + r"(?:it|its|itself)\b")


# Plurals of people by their country that no rule of endings tells ("Americans" does).
_COUNTRY_PLURALS = frozenset("britons scots danes swedes poles czechs greeks thais".split())
# One-word speakers that are people whatever else the article says.
_PEOPLE_WORDS = frozenset("briton britons czech scot swiss greek thai dane swede pole".split())
# Capitalised words that may stand before a company's name: "The Sony", "At Nokia".
_BEFORE_ANY_NAME = frozenset(
    "the a an but and at in on for from with by as when while if after before since of to "
    "its his her their our rival says said".split()
)
