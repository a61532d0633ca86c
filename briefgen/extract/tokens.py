"""Split a document into tokens that know their sentence and whether they sit inside a quote."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.quotes import Quote

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., D.C.
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Rev|Capt|Adm|Cmdr|Maj|Messrs|Atty|Supt|Det|Insp|Pres|Hon|Amb|Cpl|Pvt)\."
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial: George W. Bush
    r"|[A-Z]{1,3}&[A-Z]{1,3}\b"  # M&S, AT&T, R&B: one name
    r"|\w+(?:[’'\-]\w+)*"
    r"|\.\.\.|…|—|–|--|''|``"
    r"|\S",
)
# A possessive or contraction splits off its word: "Putin’s" -> "Putin" "’s", "they’ve" -> "they" "’ve".
_POSSESSIVE = re.compile(r"^(.+?)([’'](?:s|ve|ll|d|re|m))$", re.IGNORECASE)


@dataclass(slots=True)
class Token:
    """A word or punctuation mark with its place in the document."""

    start: int
    end: int
    text: str
    low: str
    cap: bool  # starts with a capital letter (or is a capitalised acronym such as G7)
    word: bool  # a word, not punctuation
    sent: int  # index of its sentence in Document.sentences
    quote: int = -1  # index of the top-level quote it is inside, or -1

    @property
    def in_quote(self) -> bool:
        return self.quote >= 0


def tokenize(text: str, sentences: list[tuple[int, int]], quotes: list[Quote]) -> list[list[Token]]:
    """Return the tokens of every sentence; quote marks themselves are outside their quote."""
    top = [q for q in quotes if q.depth == 0]
    out: list[list[Token]] = []
    qi = 0
    for si, (start, end) in enumerate(sentences):
        tokens: list[Token] = []
        for match in _TOKEN.finditer(text, start, end):
            s, e = match.span()
            piece = match.group()
            cut = None
            if len(piece) > 2 and ("’" in piece or "'" in piece):
                possessive = _POSSESSIVE.match(piece)
                cut = s + len(possessive.group(1)) if possessive else None
            for ps, pe in ((s, cut), (cut, e)) if cut else ((s, e),):
                word_text = piece if pe - ps == len(piece) else text[ps:pe]
                first = word_text[0]
                is_word = first.isalnum() or (
                    len(word_text) > 1 and first in "’'" and word_text[1].isalnum()
                )
                tokens.append(
                    Token(ps, pe, word_text, word_text.lower(), first.isupper(), is_word, si)
                )
        for token in tokens:
            while qi < len(top) and top[qi].end <= token.start:
                qi += 1
            if qi < len(top) and top[qi].start <= token.start and token.end <= top[qi].end:
                token.quote = qi
        out.append(tokens)
    return out
