"""Tell whether a name is the title of a work ("the film Sideways", "Robbie Williams track
Misunderstood", "X, which stars ...") or a photo credit ("(Jane Roe/Getty Images)"): no
actor, however the rules heard it speak."""

from __future__ import annotations

import re

from briefgen.extract.spans import spans_of

# Nouns for the works a name may be the title of: "the film Sideways", "his book X".
WORK_NOUNS = frozenset(
    "film films movie movies book books novel novels memoir biography album albums single "
    "singles song songs track tracks show shows series sitcom soap drama dramas musical "
    "musicals play plays opera ballet game games title titles documentary documentaries "
    "programme programmes program programs comedy thriller biopic epic franchise sequel "
    "prequel remake episode episodes hit hits blockbuster cartoon animation painting "
    "poem poems report column magazine newspaper".split()
)
_WORK_NOUN_RE = "|".join(sorted(WORK_NOUNS - {"report", "column", "magazine", "newspaper"}))

_SPACE = r"[\s\u00a0]+"
_OWNER = (
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|new|latest|debut|hit|[A-Za-z][\w-]*['’]s|of)"
)
# Each test reads a short window before or after one mention of the name.
_WORK_BEFORE = re.compile(
    rf"\b{_OWNER}{_SPACE}(?:[a-z][\w-]*{_SPACE}|TV{_SPACE}|BBC{_SPACE}|US{_SPACE}){{0,3}}"
    rf"(?:{_WORK_NOUN_RE}){_SPACE}(?:called{_SPACE}|titled{_SPACE}|entitled{_SPACE})?"
    r"[\"“‘'*_]?$"
)
# "Robbie Williams track Misunderstood", "Radio 4 programme Today": a maker, then the work.
_WORK_CREDIT = re.compile(
    rf"\b[A-Z][\w'’-]*{_SPACE}(?:"
    + "|".join(
        sorted(
            WORK_NOUNS
            - {
                "title",
                "titles",
                "hit",
                "hits",
                "game",
                "games",
                "play",
                "plays",
                "report",
                "column",
                "magazine",
                "newspaper",
            }
        )
    )
    + rf"){_SPACE}$"
)
_WORK_THE = re.compile(rf"\b(?:the|a|an){_SPACE}$")
_WORK_AFTER = re.compile(rf"^{_SPACE}(?:(?:stage|film|tv|animated){_SPACE})?(?:{_WORK_NOUN_RE})\b")
_WORK_MADE = re.compile(
    rf"\b(?:starred|starring|directed|filmed){_SPACE}(?:in{_SPACE})?(?:the{_SPACE})?$"
)
# "best-picture nominee Sideways": an award for a work, which no person wins.
_WORK_AWARD = re.compile(
    rf"\bbest[\s-]+(?:picture|film|drama|comedy|musical|album|single|song){_SPACE}"
    rf"(?:nominee|nominees|winner|contender|hopeful){_SPACE}$",
    re.I,
)
_WORK_WHICH = re.compile(
    rf"^,{_SPACE}which{_SPACE}(?:sees|stars|starred|follows|tells|features|grossed|took|"
    rf"opened|opens|is{_SPACE}set|was{_SPACE}filmed|was{_SPACE}directed)\b"
)


def credited_work(name: str, text: str) -> bool:
    """Tell whether the article names a work by its maker or its award, which outweighs a
    role read before the name: "Robbie Williams track X", "best-picture nominee X"."""
    return any(
        _WORK_CREDIT.search(text[max(0, start - 80) : start])
        or _WORK_AWARD.search(text[max(0, start - 80) : start])
        for start, _ in spans_of(name, text)
    )


def work_title(name: str, text: str) -> bool:
    """Tell whether the article gives a name as the title of a work: "the film Sideways",
    "his new book Treasure Island", "the Star Trek series", "X, which stars ...", or the
    name in quotation marks or italics ("*Sideways*")."""
    for start, end in spans_of(name, text):
        before, after = text[max(0, start - 80) : start], text[end : end + 80]
        if _WORK_BEFORE.search(before) or _WORK_MADE.search(before) or _WORK_WHICH.search(after):
            return True
        if _WORK_CREDIT.search(before) or _WORK_AWARD.search(before):
            return True
        if _WORK_THE.search(before) and _WORK_AFTER.search(after):
            return True
        if (
            before[-1:] in ('"', "“", "‘", "*", "_")
            and before[-2:-1] in ("", " ", "(", "\n", "\u00a0")
            and after[:1] in ('"', "”", "’", "*", "_")
        ):
            return True
    return False


_PHOTO_WORDS = re.compile(
    r"\b(?:photo|photograph|image|picture)s?\b[^.]{0,30}\b(?:by|credit)\b", re.IGNORECASE
)
_CREDIT_NAME = re.compile(r"\b(?:Getty|Images|Photo|Photos|Photography)\b")


def photo_credit(name: str, text: str) -> bool:
    """Tell whether every mention of a name is in a photo credit: "(Jane Roe/CBC)"."""
    if _CREDIT_NAME.search(name):
        return True
    found = False
    for start, end in spans_of(name, text):
        found = True
        opened = text.rfind("(", max(0, start - 60), start)
        closed = text.find(")", end, end + 60)
        inside = (
            opened >= 0
            and closed >= 0
            and ")" not in text[opened:start]
            and "(" not in text[end:closed]
            and "/" in text[opened:closed]
        )
        line_start = text.rfind("\n", 0, start) + 1
        if not (inside or _PHOTO_WORDS.search(text[max(line_start, start - 40) : end + 40])):
            return False
    return found
