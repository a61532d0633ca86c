"""The state of one paragraph while it is attributed: tokens, quotes, what is claimed."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract.mentions import Mention, Vocabulary
from briefgen.extract.quotes import Quote
from briefgen.extract.sources import Sources
from briefgen.extract.tokens import Token


@dataclass
class Attribution:
    """Content (a character span) said by a source, found in one paragraph."""

    start: int
    end: int
    kind: str  # quote | reported
    cue: str
    source: Mention | None
    inherit: str = ""  # "", "previous" (the current speaker) or "chain" (the quote's first part)
    chain: int = 0  # quote chain number, for quotes that run over paragraphs
    para: int = 0
    at: int = 0  # character offset of the cue or quote: where the source is heard


class ParagraphState:
    """The tokens and quotes of one paragraph, and the attributions found in it so far."""

    def __init__(
        self, index: int, tokens: list[Token], quotes: list[Quote], text: str, vocab: Vocabulary
    ) -> None:
        self.index = index
        self.t = tokens
        self.text = text
        self.vocab = vocab
        self.src = Sources(tokens, vocab, text)
        self.quotes = [q for q in quotes if q.paragraph == index and q.depth == 0]
        at = {tok.start: k for k, tok in enumerate(tokens)}
        self.open_tok = {
            qi: at[q.open_mark] for qi, q in enumerate(self.quotes) if q.open_mark in at
        }
        self.close_tok = {
            qi: at[q.close_mark] for qi, q in enumerate(self.quotes) if q.close_mark in at
        }
        self.opens = {k: qi for qi, k in self.open_tok.items()}
        self.closes = {k: qi for qi, k in self.close_tok.items()}
        self.claimed: list[tuple[int, int]] = []
        self.out: list[Attribution] = []

    def covered(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        return any(s <= start and end <= e for s, e in self.claimed)

    def add(
        self,
        start: int,
        end: int,
        kind: str,
        cue: str,
        source: Mention | None,
        at: int,
        inherit: str = "",
        chain: int = 0,
    ) -> None:
        start, end = _trim(self.text, start, end, keep_stop=kind == "quote")
        if end <= start or self.covered(start, end):
            return
        self.out.append(Attribution(start, end, kind, cue, source, inherit, chain, self.index, at))
        self.claimed.append((start, end))

    def add_quote(
        self, qi: int, cue: str, source: Mention | None, at: int, inherit: str = ""
    ) -> None:
        q = self.quotes[qi]
        self.add(q.start, q.end, "quote", cue, source, at, inherit, q.chain)

    def sentence(self, k: int) -> tuple[int, int]:
        """Return the token range of the sentence holding token k."""
        sent = self.t[k].sent
        lo = k
        while lo > 0 and self.t[lo - 1].sent == sent:
            lo -= 1
        hi = k
        while hi < len(self.t) and self.t[hi].sent == sent:
            hi += 1
        return lo, hi

    def span(self, lo: int, hi: int) -> tuple[int, int]:
        """Return the character span of tokens lo..hi (hi exclusive)."""
        return self.t[lo].start, self.t[hi - 1].end


def _trim(text: str, start: int, end: int, keep_stop: bool = False) -> tuple[int, int]:
    """Drop surrounding spaces and trailing commas (and, outside quotes, a final period)."""
    strip = ",;:—–" if keep_stop else ".,;:—–"
    while start < end and (text[start].isspace() or text[start] in ",:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return start, end
