"""Skip leftwards over what stands between a subject and its verb: adverbs, time phrases,
parentheses and asides ("Marley Anderson, 21, a junior from Las Vegas, said").

`Sources.skip_left` reads a cue's subject with it; `_aside` tells an aside (a relative
clause, an appositive, an age, a party tag, a place) from the subject itself.
"""

from __future__ import annotations

import re

from briefgen.extract import lexicon as lx
from briefgen.extract.tokens import Token

_LEADING = ("on", "in", "at", "late", "early", "last", "this", "next", "earlier", "the")
_ASIDE_OPENERS = frozenset(
    "who whose which a an the however though too meanwhile also in at for like now then speaking "
    "asked when not unlike as once still including".split()
)
FINITE = lx.AUXILIARIES | frozenset("can could would should will must might may".split())
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z]{1,5}\.?")


def skip_left(t: list[Token], j: int) -> tuple[int, tuple[int, int] | None]:
    """Move left from token j over adverbs, time phrases, parentheses and asides; return
    where it stops and the last aside it passed over (None for none)."""
    aside = None
    while j >= 0:
        tok = t[j]
        if tok.in_quote:
            return j, aside
        if (tok.low in lx.ADVERBS or (tok.low.endswith("ly") and len(tok.low) > 4)) and not tok.cap:
            j -= 1
        elif tok.low in lx.TIME_WORDS:
            k = j - 1
            while k >= 0 and (t[k].low in lx.TIME_WORDS or t[k].low in _LEADING):
                k -= 1
            if k < j - 1:
                j = k
            else:
                return j, aside
        elif tok.text == ")":
            k = j
            while k >= 0 and t[k].text != "(" and j - k < 12:
                k -= 1
            if k < 0 or t[k].text != "(":
                return j, aside
            j = k - 1
        elif tok.text in (",", "—", "–", "--", "-") and j > 0:
            k = j - 1
            while (
                k >= 0
                and t[k].text != tok.text
                and t[k].sent == tok.sent
                and not t[k].in_quote
                and j - k < 30
            ):
                k -= 1
            block = t[k + 1 : j]
            if k >= 0 and t[k].text == tok.text and block and not _aside(block) and len(block) <= 2:
                # "retired in Cambridge, Mass.," : two comma blocks make one aside.
                k2 = k - 1
                while (
                    k2 >= 0
                    and t[k2].text != tok.text
                    and t[k2].sent == tok.sent
                    and not t[k2].in_quote
                    and j - k2 < 30
                ):
                    k2 -= 1
                if k2 >= 0 and t[k2].text == tok.text and _aside(t[k2 + 1 : j]):
                    k, block = k2, t[k2 + 1 : j]
            if k >= 0 and t[k].text == tok.text and not t[k].in_quote and block and _aside(block):
                aside = (k + 1, j)
                # "Marley Anderson, 21, a junior from Las Vegas, said": the comma
                # that opens this aside closes another one.
                j = k if _age_before(t, k) else _relative_before(t, k - 1)
            else:
                return j, aside
        else:
            return j, aside
    return j, aside


def _age_before(t: list[Token], k: int) -> bool:
    """Tell whether the comma at k closes an age of its own (", 21,")."""
    return k >= 2 and t[k - 1].low.isdigit() and t[k - 2].text == ","


def _relative_before(t: list[Token], j: int) -> int:
    """Skip a relative clause that ends at token j: 'Ms. Arnold, who helped found EDGE, ...'."""
    k = j
    while (
        k >= 0 and t[k].text != "," and not t[k].in_quote and j - k < 20 and t[k].sent == t[j].sent
    ):
        if t[k].low in ("who", "which") and k > 0 and t[k - 1].text == ",":
            return k - 2
        k -= 1
    return j


def _aside(block: list[Token]) -> bool:
    """Tell whether a comma- or dash-enclosed block is an aside between a subject and its verb.

    Relative clauses, appositives ("a Democrat from New York", "acting director of X") and
    adverbs are asides; a bare name ("Jim Poolman") is not: it is the subject itself.
    """
    first = block[0]
    if any(tok.in_quote for tok in block) and not (
        first.low in _ASIDE_OPENERS and all(_title_words(tok) for tok in block if tok.in_quote)
    ):
        return False  # a quote in an aside is speech, unless a title: 'the author of "Going Viral"'

    if first.low in _ASIDE_OPENERS or first.low.isdigit() or first.low.endswith("-year-old"):
        return True
    if not first.cap and first.low.endswith("ed") and len(first.low) > 4 and len(block) <= 12:
        return True  # "Mr Blair, accused by critics of lying, said": a participle's aside
    if _PARTY_TAG.fullmatch("".join(tok.text for tok in block)):
        return True  # "Sen. Rand Paul, R-Ky., said": party and state
    words = " ".join(tok.low for tok in block if tok.word)
    if words in lx.PLACES or words in lx.MULTIWORD_PLACES or words in lx.COUNTRIES:
        return True  # "in Aurora, Colorado, in July": a place between commas
    if all(
        tok.cap or tok.low in ("of", "de", "van", "von", "al", "bin", "-", ".")
        for tok in block
        if tok.word
    ):
        return any(tok.low in lx.TITLE_WORDS or tok.low in lx.ROLE_NOUNS for tok in block)
    if len(block) > 15:
        return False
    return not any(
        tok.low in FINITE or (tok.low in lx.SPEECH_VERBS and not tok.cap) for tok in block
    )


def _title_words(tok: Token) -> bool:
    """Tell whether a quoted token may belong to a title ("Going Viral", "The Apprentice")."""
    return tok.cap or not tok.word or tok.low in ("of", "the", "a", "and", "in", "on", "to", "for")
