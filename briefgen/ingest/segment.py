"""Split paragraphs into sentences, keeping character offsets."""

from __future__ import annotations

import re

Span = tuple[int, int]

# Abbreviations after which a period never ends a sentence.
TITLES = frozenset(
    "mr mrs ms messrs dr prof sen sens rep reps gov gen lt col sgt capt cmdr adm maj cpl pvt "
    "st rev hon pres supt insp det gens amb atty no nos vol fig op art sec ch pp p "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "ave blvd rd mt ft approx dept univ assn".split()
)
# Abbreviations that may also end a sentence: split only before a typical sentence opener.
ENDERS = frozenset(
    "inc corp co ltd llc plc bros jr sr etc u.s u.k u.n d.c e.u n.y a.m p.m al".split()
)
OPENERS = frozenset(
    "the a an he she it they we i you his her its their our this that these those but and "
    "in on at as for if when while after before meanwhile however yet so there mr mrs ms".split()
)

_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+(?:''|``|[\"“‘'(\[])?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+(?:''|``|[\"“‘'(\[])?([A-Za-z]+)")


def sentences_in(text: str, start: int, end: int) -> list[Span]:
    """Return sentence spans within text[start:end], without surrounding whitespace."""
    spans: list[Span] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.end()
        if not _ends_sentence(text, begin, match, end):
            continue
        spans.append((begin, stop))
        begin = stop
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        tail = end
        while tail > begin and text[tail - 1].isspace():
            tail -= 1
        if tail > begin:
            spans.append((begin, tail))
    return spans


# '"Why not?" Trump asked.': a quote ending in ? or ! is followed by its own speaker and cue.
_SPEAKER_FOLLOWS = re.compile(
    r"\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}"
    r"(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|continued|explained|"
    r"insisted|noted|recalled|tweeted|argued|shouted|exclaimed|declared|answered|responded)\b"
)


def _ends_sentence(text: str, begin: int, match: re.Match[str], end: int) -> bool:
    mark = match.group()
    if mark[-1] in "\"”'’" and "." not in mark and _SPEAKER_FOLLOWS.match(text, match.end(), end):
        return False
    if not mark.startswith("."):
        return True
    before = _WORD_BEFORE.search(text, max(begin, match.start() - 20), match.start() + 1)
    if not before:
        return True
    word = before.group(1).lower()
    if len(word) == 1 and word.isalpha() and before.group(1).isupper():
        return False  # an initial: "George W. Bush"
    if word in TITLES:
        return False
    if word in ENDERS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        following = _NEXT_WORD.match(text, match.end(), end)
        return following is not None and following.group(1).lower() in OPENERS
    return True
