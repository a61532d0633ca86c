"""Find quotations: straight and curly marks, nesting, and quotes that run over paragraphs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

Span = tuple[int, int]

OPENERS = "“«„"
# Straight double quotes, and the doubled apostrophes some archives use for them.
_DOUBLE = re.compile(r"[“”«»„\"]|''|``")
_MARKS = re.compile(r"[“”«»„\"‘’]")


@dataclass
class Quote:
    """One quotation within one paragraph: `start:end` is the text inside the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark, or -1 when it continues from before
    close_mark: int  # offset of the closing mark, or -1 when it runs on to the next paragraph
    paragraph: int  # index into Document.paragraphs
    chain: int  # quotes that run over several paragraphs share a chain number
    depth: int = 0  # 0 for a top-level quote, 1 for a quote inside a quote
    continued: bool = False  # opens a paragraph but continues the last paragraph's quote


def find_quotes(text: str, paragraphs: list[Span]) -> list[Quote]:
    """Return the quotations of a document in text order, top-level and nested."""
    quotes: list[Quote] = []
    chain = 0
    running = False  # the previous paragraph ended inside an open quote
    # An article with no double quotation mark quotes with single ones, as many British
    # outlets do: 'We will not back down,' said Keir Starmer.
    primary = _double_quotes if _DOUBLE.search(text) else _single_primary
    for index, (pstart, pend) in enumerate(paragraphs):
        doubles, left_open = primary(text, pstart, pend)
        if running and not (doubles and doubles[0][0] == pstart):
            running = False  # a continued quote reopens with a mark; none here, so it ended
        here: list[Quote] = []
        for number, (open_at, close_at, end, goes_on) in enumerate(doubles):
            continued = (number == 0 and running) or goes_on
            if not continued:
                chain += 1
            start = open_at + _mark_length(text, open_at)
            end = end if end >= 0 else pend
            here.append(Quote(start, end, open_at, close_at, index, chain, continued=continued))
        quotes.extend(here)
        running = left_open
        if primary is _single_primary:
            continue
        for quote in here:
            for open_at, close_at in _single_quotes(text, quote.start, quote.end):
                quotes.append(
                    Quote(open_at + 1, close_at, open_at, close_at, index, quote.chain, depth=1)
                )
    quotes.sort(key=lambda q: (q.start, q.depth))
    return [q for q in quotes if q.end > q.start]


Pair = tuple[int, int, int, bool]  # open mark, close mark (-1), end of the text, continues


def _double_quotes(text: str, start: int, end: int) -> tuple[list[Pair], bool]:
    """Pair the double quotation marks of one paragraph; say whether one is left open.

    A quote left open when a sentence ends and a new one opens ('... in. "It's ...') is
    a quote that ran over paragraphs whose breaks the archive lost: the open one ends
    there and the new one continues it.
    """

    def role(at: int, mark: str, is_open: bool) -> str | None:
        if mark == "``":
            mark = "“"
        elif mark in ('"', "''"):
            mark = "“" if _opens(text, at, start, end, is_open) else "”"
        elif mark == "“" and is_open and _turned_close(text, at, end):
            return "close"  # '“It's unusual,“ said Larry Noble': a closing mark typed wrong
        return "open" if mark in OPENERS else "close"

    marks = ((m.start(), m.group()) for m in _DOUBLE.finditer(text, start, end))
    return _pair(text, marks, role)


def _turned_close(text: str, at: int, end: int) -> bool:
    """Tell whether an opening mark closes: right after a comma or a full stop and before
    a space or the end of the paragraph."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < end else " "
    return before in ",.?!" and after.isspace()


def _single_primary(text: str, start: int, end: int) -> tuple[list[Pair], bool]:
    """Pair single quotation marks used as the main ones; apostrophes are not quotes.

    An opening mark follows a space (or opens the paragraph) and comes before a letter;
    a closing one follows a letter or a mark and comes before a space or punctuation, and
    is no plural possessive ("the players' union").
    """

    def role(at: int, mark: str, is_open: bool) -> str | None:
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < end else " "
        if before.isalnum() and after.isalnum():
            return None  # inside a word: don't, O'Malley
        opener = (before.isspace() or before in '(—–-/:"') and (after.isalnum() or after in "‘'")
        if opener and mark != "’":
            return "open"
        if after.isalnum() or mark == "‘":
            return None
        if before == "s" and after == " " and text[at + 2 : at + 3].islower():
            return None  # "the players' union": a possessive
        return "close"

    marks = ((start + m.start(), m.group()) for m in re.finditer(r"[‘’']", text[start:end]))
    return _pair(text, marks, role)


def _pair(
    text: str, marks: Iterable[tuple[int, str]], role: Callable[[int, str, bool], str | None]
) -> tuple[list[Pair], bool]:
    """Pair opening and closing marks (`role` tells which a mark is, knowing whether a
    quote is open); say whether one is left open at the end.

    A second opener while a quote is open ends that quote where a sentence of it has
    finished (the archive lost a paragraph break: the new one continues it); otherwise it
    is a typo or a nested quote, and the first is kept.
    """
    pairs: list[Pair] = []
    open_at = -1
    goes_on = False
    for at, mark in marks:
        kind = role(at, mark, open_at >= 0)
        if kind == "open":
            if open_at < 0:
                open_at = at
            elif _after_sentence(text, open_at, at):
                pairs.append((open_at, -1, at, goes_on))
                open_at, goes_on = at, True
        elif kind == "close" and open_at >= 0:
            pairs.append((open_at, at, at, goes_on))
            open_at, goes_on = -1, False
    if open_at >= 0:
        pairs.append((open_at, -1, -1, goes_on))
        return pairs, True
    return pairs, False


def _after_sentence(text: str, open_at: int, at: int) -> bool:
    """Tell whether the mark at `at` follows a finished sentence of the quote open since `open_at`."""
    before = text[open_at + 1 : at].rstrip()
    return at > 0 and text[at - 1].isspace() and before[-1:] in (".", "?", "!", "…")


def _mark_length(text: str, at: int) -> int:
    return 2 if text.startswith(("''", "``"), at) else 1


def _opens(text: str, at: int, start: int, end: int, is_open: bool) -> bool:
    """Tell whether a straight double quote opens (by its neighbours, else by alternation)."""
    width = _mark_length(text, at)
    before = text[at - 1] if at > start else " "
    after = text[at + width] if at + width < end else " "
    if (before.isspace() or before in "([{—–-/:") and not after.isspace():
        return True
    if after.isspace() or after in ".,;:!?)]}—–-" or at + width >= end:
        return False
    return not is_open


def _single_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Find ‘single’ quotations nested in a double one; apostrophes are not quotes."""
    pairs = []
    open_at = -1
    for match in re.finditer(r"[‘’']", text[start:end]):
        at = start + match.start()
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < end else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word: don't, O’Malley
        if open_at < 0:
            if (before.isspace() or before in '“("—') and after.isalnum():
                open_at = at
        elif not after.isalnum():
            pairs.append((open_at, at))
            open_at = -1
    return pairs
