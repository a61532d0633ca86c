"""Tell whether what the article names or describes is an actor at all, and of what kind.

A speaker found by the rules may be no entity: a common word that opened a sentence
("Shadow", "Who"), a headline word in capitals ("EARN"), a fragment read as a noun phrase
("seen whether voters"), a film or a book ("the film Sideways"), a bill ("Bill C-74"), a
photo credit ("(Jane Roe/Getty Images)"). These tests read the name and the article text,
so they hold for outlets the rules never saw.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.extract import lexicon as lx

# Finding names in the text is `spans`'s, titles of works `works`'s; the stages that ask
# whether something is an actor import them from here, with the rest.
from briefgen.extract.spans import lower_word, spans_of
from briefgen.extract.works import WORK_NOUNS, credited_work, photo_credit, work_title  # noqa: F401

# Nouns that can head a description of people or bodies who speak: "fans", "delegates".
PEOPLE_NOUNS = frozenset(
    "people public fans players students pupils parents children families workers staff "
    "customers users consumers shoppers investors traders manufacturers firms companies "
    "banks airlines retailers makers developers scientists researchers doctors nurses "
    "teachers viewers listeners readers bosses managers owners clubs supporters victims "
    "survivors passengers drivers locals citizens taxpayers councillors unions groups "
    "organisations organizations agencies ministries governments countries nations states "
    "authorities delegates delegations insiders sources friends relatives neighbours "
    "neighbors colleagues rivals critics observers commentators pollsters polls economists "
    "analysts experts officials residents voters witnesses protesters demonstrators "
    "farmers fishermen miners soldiers troops police officers firefighters pilots "
    "bankers brokers dealers lenders insurers landlords tenants employers employees "
    "staffers volunteers charities campaigners activists lawyers judges jurors defendants "
    "prosecutors opponents backers allies members leaders ministers mps peers "
    "candidates nominees delegates team side squad club panel jury crowd audience friend "
    "friends party parties piece averages respondents participants individuals individual "
    "men women man woman person boy girl child teenager mother father wife husband son daughter "
    "brother sister resident student worker customer user consumer shopper investor trader "
    "fan pupil parent patient victim survivor passenger driver local citizen taxpayer "
    "insider neighbour neighbor colleague rival relative employee employer volunteer "
    "administration government ministry department regime cabinet council court".split()
)
# Words that open no description of a speaker: a verb or a question word read into it.
_NOT_OPENERS = frozenset(
    "let lets mean means meant make makes made see seen saw seeing help helps have has had "
    "whether if what who whom how why when where which that than said says told tell "
    "asked get gets got keep keeps kept leave left put puts set sets take takes took give "
    "gives gave showed shown find finds found become becomes became".split()
)
# A one-word source that is only a quantity: "Many said", "Both agreed".
QUANTIFIERS = frozenset("some many most several few both all others each either neither".split())
# Words that end the name of a thing, not an actor: "Beige Book", "Common Agricultural Policy".
THING_WORDS = frozenset(
    "book paper policy bill act strategy directive treaty charter code regulation "
    "regulations budget index list awards award prize trophy cup championship championships "
    "tournament open games olympics festival show series election elections referendum "
    "summit conference meeting meetings minutes talks".split()
)


def agent_description(name: str) -> bool:
    """Tell whether an unnamed source's description can name someone who speaks.

    "a Sony representative", "some delegates attending", "the report" (a document, whose
    publisher the article may name) can; "bright colours", "his party's previous",
    "mean students" (a verb read into the phrase) and "Many" alone cannot.
    """
    words = [w for w in re.split(r"[\s\u00a0]+", name.lower().replace("’", "'")) if w]
    if not words:
        return False
    if len(words) == 1 and words[0] in QUANTIFIERS:
        return False
    if words[0] in _NOT_OPENERS or words[0] in lx.AUXILIARIES or words[0] in lx.PREPOSITIONS:
        return False
    if any(w in ("whether", "if", "than") for w in words):
        return False
    if words[0].endswith("ly") and len(words[0]) > 5 and words[0] not in lx.ROLE_NOUNS:
        return False  # "Privately ministers": an adverb read into the phrase
    if _share(words):
        return True  # "Six in 10", "26%": respondents of a poll
    cut = next((i for i, w in enumerate(words) if w in _HEAD_ENDS and i > 0), len(words))
    words = words[:cut]  # "spokesman for UKIP": the head is "spokesman"
    head = words[-1]
    for k in range(1, len(words)):
        if words[k].endswith(("ing", "ed")) and agent_noun(words[k - 1]):
            return True  # "delegates attending", "a civil complaint filed", "database tracking"
    return agent_noun(head)


_HEAD_ENDS = frozenset("for of at from with in on to who which that".split())


def document_head(name: str) -> str | None:
    """Return the document noun a source is named by ("the report", "the Beige Book"), or None."""
    words = name.lower().replace("’", "'").split()
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if i > 0 and (w in _HEAD_ENDS or (w.endswith(("ed", "ing")) and len(w) > 4))
        ),
        len(words),
    )
    words = words[:cut]  # "survey conducted (by ...)": the head is "survey"
    if not words:
        return None
    head = words[-1]
    if head in lx.DOCUMENT_NOUNS or head in lx.MESSAGE_NOUNS or head in ("paper", "papers"):
        return head
    return None


def publisher(doc: str, owners: dict[int, list[str]], text: str) -> int | None:
    """Return which owner (key of `owners`, whose value lists its names) the article says
    published a document: "the Fed's Beige Book", "a report by the National Audit Office",
    "the Federal Reserve said in its latest Beige Book report", "the Gartner report".

    Each mention of the document is read with the 100 characters around it, the first
    mention with an owner deciding."""
    by_name, ranked, by_first = _owners(owners)
    if not by_name:
        return None
    doc_re = re.escape(doc).replace(r"\ ", _SPACE)
    for match in re.finditer(rf"\b{doc_re}(?=s?\b)", text):
        start, end = match.span()
        before, after = text[max(0, start - 100) : start], text[end : end + 100]
        found = None
        names = _named_in(before, ranked, by_first)
        if names:
            found = _owner_before(names).search(before)
        names = _named_in(after, ranked, by_first) if not found else ()
        if names:
            found = _owner_after(names).search(after)
        if found:
            owner = next(g for g in found.groups() if g)  # o, s or t: whichever matched
            number = _owner_named(" ".join(owner.split()), by_name)
            if number is not None:
                return number
    return None


_RUN = re.compile(r"\w+")
_OWNERS: list[tuple[dict, tuple]] = []


def _owners(owners: dict[int, list[str]]) -> tuple:
    """Return the owners by name, their names longest first, and each first word's places
    in that order (the last dict's kept: an article asks with one dict for each of its
    documents). Each window is then read for the owners whose first word it holds, not
    for all: a long article names thousands, and a pattern of them all is slow to make
    and to run."""
    if _OWNERS and _OWNERS[0][0] is owners:
        return _OWNERS[0][1]
    by_name = {" ".join(n.split()): k for k, names in owners.items() for n in names if n}
    ranked = sorted(by_name, key=len, reverse=True)
    by_first: dict[str, list[int]] = {}
    for place, name in enumerate(ranked):
        first = _RUN.match(name)
        by_first.setdefault(first[0] if first else "", []).append(place)
    _OWNERS[:] = [(owners, (by_name, ranked, by_first))]
    return by_name, ranked, by_first


def _named_in(window: str, ranked: list[str], by_first: dict[str, list[int]]) -> tuple[str, ...]:
    """Return the names (longest first, as ranked) whose first word is a word of a window,
    and those that do not start with a word."""
    places = set(by_first.get("", ()))
    for word in _RUN.findall(window):
        places.update(by_first.get(word, ()))
    return tuple(ranked[p] for p in sorted(places))


@lru_cache(maxsize=4096)
def _owner_before(names: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of an owner right before a document: "the Fed's Beige Book",
    "the Federal Reserve said in its latest Beige Book", "the Gartner report"."""
    sp = _SPACE
    alts = "|".join(re.escape(n).replace(r"\ ", sp) for n in names)
    return re.compile(
        rf"\b(?P<o>{alts})(?:['’]s{sp}{_BETWEEN}|{sp}(?:said|says|found|published|released|"
        rf"issued|warned|added){sp}(?:[\w-]+{sp}){{0,3}}?in{sp}(?:its|his|her|their|a|an|the)"
        rf"{sp}{_BETWEEN}|{sp}(?:[a-z][\w-]*{sp})?)$"
    )


@lru_cache(maxsize=4096)
def _owner_after(names: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of an owner right after a document: "a report by the National
    Audit Office"."""
    sp = _SPACE
    alts = "|".join(re.escape(n).replace(r"\ ", sp) for n in names)
    return re.compile(
        rf"^s?(?:{sp}(?:[\w-]+{sp}){{0,2}}?(?:by|from|of|for){sp}(?:the{sp})?{_BETWEEN}(?P<o>{alts})\b"
        # "In a statement, the party said": the one who said it in the statement
        rf"|,{sp}(?:the{sp})?(?P<s>{alts}){sp}(?:said|says|added|warned|insisted)\b"
        # "a new book, Brown's Britain by Sunday Telegraph journalist Robert Peston"
        # (any capitalised name there, looked up after by `_owner_named`)
        rf"|,{sp}[A-Z][\w'’-]*(?:{sp}[A-Z][\w'’-]*){{0,5}}{sp}by{sp}(?P<t>[^,.;:()]{{1,60}}))"
    )


def _owner_named(found: str, by_name: dict[str, int]) -> int | None:
    """Return the owner a found name is, or the owner named last in the found words
    ("Sunday Telegraph journalist Robert Peston" names Robert Peston)."""
    if found in by_name:
        return by_name[found]
    best = None
    for name, number in by_name.items():
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", found):
            if (
                best is None
                or hit.end() > best[0]
                or (hit.end() == best[0] and hit.start() < best[1])
            ):
                best = (hit.end(), hit.start(), number)
    return best[2] if best else None


def _share(words: list[str]) -> bool:
    if re.fullmatch(r"(?:1[89]|20)\d\d", words[-1]):
        return False  # "floods in 1938": a year, not "six in 10"
    return any(ch.isdigit() for ch in words[-1]) or words[-1] in (
        "percent",
        "%",
        "majority",
        "minority",
        "half",
        "third",
        "thirds",
        "quarter",
    )


def agent_noun(word: str) -> bool:
    """Tell whether a noun can name a person, a body, a group or a document that speaks."""
    word = word.removesuffix("'s").removesuffix("'")
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if any(
        w in lx.ROLE_NOUNS
        or w in lx.ORG_NOUNS
        or w in lx.GROUP_WORDS
        or w in lx.DOCUMENT_NOUNS
        or w in lx.MESSAGE_NOUNS
        or w in PEOPLE_NOUNS
        or w in _DATA_NOUNS
        for w in (word, singular)
    ):
        return True
    if word in _NOT_PEOPLE or singular in _NOT_PEOPLE or word in lx.DAYS_MONTHS:
        return False
    if word.endswith(("ates",)):
        return singular in _AGENT_ATES
    # People by their ending ("traders", "narrator", "residents", "partisans"), but not the
    # things that end the same way ("order", "paper", "event").
    return len(word) > 5 and word.endswith(_PEOPLE_PLURALS + _PEOPLE_SINGULARS)


_PEOPLE_SINGULARS = ("er", "or", "ist", "ian", "ant", "ent", "eer")


_PEOPLE_PLURALS = (
    "ers",
    "ors",
    "ists",
    "ians",
    "ans",
    "ants",
    "ents",
    "men",
    "eers",
    "eys",
    "people",
    "folk",
)
# Plural nouns with those endings that name no people.
_NOT_PEOPLE = frozenset(
    "papers numbers matters letters orders sectors factors centers borders computers waters "
    "quarters others together powers events extents contents elements moments percents "
    "components incidents accidents comments documents arguments agreements statements "
    "payments investments governments departments parliaments developments improvements "
    "requirements settlements shipments treatments assessments amendments segments "
    "plans loans scans fans-club remembers answers towers layers filters chapters "
    "disasters weathers winters summers corners dangers cancers rivers prayers "
    "order paper number matter letter sector factor center border computer water quarter "
    "power winter summer corner danger cancer river prayer tower layer filter chapter "
    "disaster weather error mirror motor rumor rumour humor humour honor honour labor "
    "favor favour color colour flavor behavior behaviour floor door other together either "
    "neither whether offer answer register minister's register character barrier "
    "manner banner dinner finger hunger silver thunder theater theatre charter trailer "
    "event extent content element moment percent component incident accident comment "
    "document argument agreement statement payment investment talent patent parent's "
    "current recent decent frequent permanent present absent urgent silent violent "
    "distant instant constant important significant relevant pleasant giant's "
    "christian italian asian canadian indian brazilian".split()
)
# Data that "show" or "suggest" things, as documents do: "the results", "a CNN tally".
_DATA_NOUNS = frozenset(
    "result results tally tallies count counts numbers projection projections forecast "
    "forecasts returns records record estimates estimate figures data statistics polling "
    "research evidence database databases law laws rule rules regulation regulations guidelines guidance "
    "constitution".split()
)
# Plurals in -ates that name people ("advocates", "candidates"), not things ("estimates").
_AGENT_ATES = frozenset("advocate candidate delegate graduate associate affiliate".split())


def thing_name(name: str) -> bool:
    """Tell whether a name is a thing's or an event's: "Beige Book", "Athens Olympics"."""
    words = name.split()
    return len(words) > 1 and (
        words[-1].lower() in THING_WORDS
        or words[0].lower() in lx.DAYS_MONTHS
        or _legislation(words)
    )


def not_an_entity(name: str, text: str) -> bool:
    """Tell whether a capitalised name is no entity: a common word, a work, a bill, a credit."""
    words = name.split()
    if not words:
        return True
    low = name.lower()
    if (low in lx.NOT_NAMES or low in QUANTIFIERS) and _sentence_starts_only(name, text):
        return True  # "Who", "Sometimes", "Many"; not the firm "Crucial" mid-sentence
    if len(words) == 1 and _common_word(name, text):
        return True  # "EARN" in a headline, "Shadow" before a role
    if len(words) > 2 and any(w in _TITLE_CASE_WORDS for w in words[1:-1]):
        return True  # "Stars In Their Eyes": a title, which capitalises its small words
    if len(words) == 1 and name.isupper() and len(name) > 6:
        return True  # "CONTROVERSIES": a heading's word in capitals, no acronym
    if len(words) == 1 and _opener_only(name, text):
        return True  # "Backstage, he said": an adverb that opened its sentence
    if len(words) == 1 and _award(name, text):
        return True  # "her second best actress Oscar"
    if len(words) > 1 and words[-1].lower() in _VENUE_WORDS:
        return True  # "the Birmingham Indoor Arena"
    if words[0].lower() in lx.DAYS_MONTHS and len(words) > 1:
        return True  # "December meeting"
    if _legislation(words):
        return True  # "Bill C-74", "Bill 21"
    if words[-1].lower() in THING_WORDS and len(words) > 1:
        return True  # "the Beige Book", "Common Agricultural Policy"
    if (
        len(words) > 1
        and _MODEL.fullmatch(words[-1])
        and words[0].lower() not in lx.MALE_NAMES
        and words[0].lower() not in lx.FEMALE_NAMES
    ):
        return True  # "Vaio W1", "Galaxy S5": a product by its model
    if len(words) == 1 and low not in lx.PLACES and _only_as_place(name, text):
        return True  # "headquarters in Rotterdam and London"
    return work_title(name, text) or photo_credit(name, text)


# Small words that only titles of works capitalise inside a name: "Stars In Their Eyes".
_TITLE_CASE_WORDS = frozenset(
    "In On At To With From Into Their His Her My Your Our Is Are Was Be A An".split()
)
_VENUE_WORDS = frozenset("arena stadium circuit racecourse velodrome venue".split())


def _opener_only(name: str, text: str) -> bool:
    """Tell whether a one-word name only ever opens a sentence, then a comma and a
    pronoun: "Backstage, he said", "Overall, she added"; a name is the subject itself."""
    if name.lower() in lx.MALE_NAMES or name.lower() in lx.FEMALE_NAMES:
        return False
    spans = spans_of(name, text)
    return bool(spans) and all(
        _sentence_starts_only_at(start, text) and _COMMA_PRONOUN.match(text, end)
        for start, end in spans
    )


_COMMA_PRONOUN = re.compile(r",[\s\u00a0]+(?:he|she|they|we|I|it)\b")
# "best actress Oscar", "best new act Brit": an award by its category, which no person is.
_AWARD_BEFORE = re.compile(
    r"\bbest[\s\u00a0-]+(?:(?!(?:for|to|from|by|of|as|with)\b)[a-z-]+[\s\u00a0]+){1,3}$"
)


def _award(name: str, text: str) -> bool:
    """Tell whether a one-word name is an award by its category ("her best actress Oscar";
    not "best actress for Cate Blanchett") and never a speaker."""
    spans = spans_of(name, text)
    return (
        bool(spans)
        and any(_AWARD_BEFORE.search(text[max(0, start - 40) : start]) for start, _ in spans)
        and all(
            _AWARD_BEFORE.search(text[max(0, start - 40) : start])
            or not _named_subject(start, end, text)
            for start, end in spans
        )
    )


def _named_subject(start: int, end: int, text: str) -> bool:
    """Tell whether a name at start..end is followed by a verb of speech, as a speaker is."""
    return bool(re.match(r"[\s\u00a0]+(?:said|says|told|added)\b", text[end : end + 12]))


def _sentence_starts_only_at(start: int, text: str) -> bool:
    before = text[max(0, start - 20) : start].rstrip(" \t\u00a0\"“‘'(")
    return not before or before[-1] in ".!?:\n"


def _common_word(name: str, text: str) -> bool:
    """Tell whether a one-word name is a common word the article also writes in lower case."""
    low = name.lower().strip(".")
    if (
        low in lx.ORG_NAMES
        or low in lx.COUNTRIES
        or low in lx.STATE_ALIASES
        or low in lx.PLACES
        or low in lx.MALE_NAMES
        or low in lx.FEMALE_NAMES
        or low in lx.PARTY_ALIASES
    ):
        return False
    if not (name.isupper() or name[:1].isupper()) or not lower_word(low, text):
        return False
    if name.isupper() and len(name) > 1:
        return True  # "EARN": a headline's word in capitals
    return _sentence_starts_only(name, text)


def _sentence_starts_only(name: str, text: str) -> bool:
    """Tell whether a word is capitalised only where a sentence or a heading starts
    ("Shadow finance critic ..."), as a common word is; a name is capitalised mid-sentence
    too ("the Times said"). True when the text never has it."""
    for start, _ in spans_of(name, text):
        before = text[max(0, start - 20) : start].rstrip(" \t\u00a0\"“‘'(")
        if before and before[-1] not in ".!?:\n—–-":
            return False
    return True


def _only_as_place(name: str, text: str) -> bool:
    """Tell whether a one-word name only ever follows "in", "near" or "outside" (and a
    name they govern: "in Rotterdam and London"), as a place does."""
    found = False
    space = r"[\s\u00a0]+"
    for start, _ in spans_of(name, text):
        found = True
        before = text[max(0, start - 40) : start]
        if not re.search(
            rf"\b(?:in|near|outside|across){space}(?:[A-Z][\w-]*{space}(?:and|or){space})?$", before
        ):
            return False
    return found


def _legislation(words: list[str]) -> bool:
    """Tell whether a name is a bill or an act by its number: "Bill C-74", "Bill 21"."""
    return (
        len(words) > 1
        and words[0].lower() in ("bill", "act", "motion", "resolution", "proposition", "prop")
        and any(ch.isdigit() for ch in words[1])
    )


_SPACE = r"[\s\u00a0]+"
# Up to three words between, none of them "at" or "of": "a report from analysts Gartner"
# is Gartner's, "a study by economists at Leeds University" the economists'.
_BETWEEN = rf"(?:(?!(?:at|of|in|with)\b)[\w-]+{_SPACE}){{0,3}}?"


# Words only sports reporting uses: in such an article "Scotland" is a team.
_SPORT_WORDS = frozenset(
    "squad coach striker midfielder defender goalkeeper fly-half scrum-half referee match "
    "matches fixture fixtures qualifier qualifiers tournament rugby football cricket tennis "
    "athletics goal goals wicket wickets innings penalty penalties kick-off half-time "
    "unbeaten semi-final quarter-final medal medals medallist sprinter hurdles olympic "
    "olympics championships premiership cap caps tries try-line touchline lineout cup finals "
    "qualifying fifa uefa iaaf semi-finals quarter-finals".split()
)


@lru_cache(maxsize=64)
def sport_story(text: str) -> bool:
    """Tell whether an article reports sport: five uses or more of three sports words."""
    found = [w for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w in _SPORT_WORDS]
    return len(found) >= 5 and len(set(found)) >= 3


def team_of_country(name: str, text: str) -> bool:
    """Tell whether a country is named as a team: in a sports report, or with a plural verb
    as British sports writing does ("Scotland have not reached a major finals")."""
    return sport_story(text) or any(
        _PLURAL_VERB.match(text, end) for _, end in spans_of(name, text)
    )


_MODEL = re.compile(r"[A-Za-z]+\d+[A-Za-z]*|\d+[A-Za-z]+")
_PLURAL_VERB = re.compile(r"[\s\u00a0]+(?:have|are|were)\b")
