"""The state of one paragraph while it is attributed (tokens, quotes, what is claimed),
and the two helpers every rule uses to claim content: `add` and `add_quote`."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

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
    document: str = ""  # "report" in "X said in its latest report": whose "the report" is
    # Where the words shown on a page start, when the content alone would misread: the
    # framing verb with its negation ("would not confirm whether ..."), else `start`.
    lead: int = -1

    @property
    def shown(self) -> int:
        """Return where the span shown to a reader starts."""
        return self.lead if 0 <= self.lead < self.start else self.start


class Spans:
    """Character spans kept in order, to ask which hold a point or a span without reading
    them all (a long paragraph has thousands): only spans that start at most the longest
    span's length before a point can hold it."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[tuple[int, int, object]] = []
        self.longest = 0

    def add(self, start: int, end: int, item: object = None) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.items.insert(i, (start, end, item))
        self.longest = max(self.longest, end - start)

    def holding(self, start: int, end: int | None = None) -> list[object]:
        """Return the items of the spans that hold start..end, in order."""
        end = start + 1 if end is None else end
        out = []
        i = bisect_right(self.starts, start) - 1
        while i >= 0 and self.starts[i] >= start - self.longest:
            s, e, item = self.items[i]
            if s <= start and end <= e:
                out.append(item)
            i -= 1
        return out[::-1]

    def starting(self, lo: int, hi: int) -> list[object]:
        """Return the items of the spans that start in lo..hi (hi exclusive), in order."""
        return [
            item
            for _, _, item in self.items[
                bisect_left(self.starts, lo) : bisect_left(self.starts, hi)
            ]
        ]


@dataclass
class Para:
    """One paragraph while it is attributed: plain data that every rule reads.

    `opens`/`closes` map a token index to the quote whose mark it is (`open_tok` and
    `close_tok` the other way); `claimed` holds the character spans already attributed,
    `out` the attributions found so far.
    """

    index: int
    t: list[Token]
    text: str
    vocab: Vocabulary
    src: Sources
    quotes: list[Quote]
    open_tok: dict[int, int]
    close_tok: dict[int, int]
    opens: dict[int, int]
    closes: dict[int, int]
    bounds: dict[int, tuple[int, int]]  # sentence number -> its token range
    document: str = ""  # the document the cue being read names, for its attributions
    claimed: Spans = field(default_factory=Spans)  # the spans attributed so far
    heard: Spans = field(default_factory=Spans)  # where each sourced attribution is heard
    sourced: Spans = field(default_factory=Spans)  # the attributions with a source
    out: list[Attribution] = field(default_factory=list)


def make_para(
    index: int, tokens: list[Token], quotes: list[Quote], text: str, vocab: Vocabulary
) -> Para:
    """Return the state of paragraph `index` (its tokens and its own top-level quotes)."""
    own = [q for q in quotes if q.paragraph == index and q.depth == 0]
    at = {tok.start: k for k, tok in enumerate(tokens)}
    open_tok = {qi: at[q.open_mark] for qi, q in enumerate(own) if q.open_mark in at}
    close_tok = {qi: at[q.close_mark] for qi, q in enumerate(own) if q.close_mark in at}
    bounds: dict[int, tuple[int, int]] = {}
    for k, tok in enumerate(tokens):
        lo, _ = bounds.get(tok.sent, (k, k))
        bounds[tok.sent] = (lo, k + 1)
    return Para(
        index,
        tokens,
        text,
        vocab,
        Sources(tokens, vocab, text),
        own,
        open_tok,
        close_tok,
        {k: qi for qi, k in open_tok.items()},
        {k: qi for qi, k in close_tok.items()},
        bounds,
    )


def covered(p: Para, start: int, end: int | None = None) -> bool:
    """Tell whether one claimed span holds start..end."""
    return bool(p.claimed.holding(start, end))


def heard(p: Para, start: int, end: int) -> list[Attribution]:
    """Return the attributions with a source heard (cue or quote) at offsets start..end."""
    return p.heard.starting(start, end)  # type: ignore[return-value]


def nearest_before(p: Para, offset: int) -> Attribution | None:
    """Return the attribution with a source that starts last before an offset."""
    i = bisect_left(p.sourced.starts, offset) - 1
    return p.sourced.items[i][2] if i >= 0 else None  # type: ignore[return-value]


def add(
    p: Para,
    start: int,
    end: int,
    kind: str,
    cue: str,
    source: Mention | None,
    at: int,
    inherit: str = "",
    chain: int = 0,
    lead: int = -1,
) -> None:
    start, end = _trim(p.text, start, end, keep_stop=kind == "quote")
    if end <= start or covered(p, start, end):
        return
    a = Attribution(start, end, kind, cue, source, inherit, chain, p.index, at, lead=lead)
    p.out.append(a)
    p.claimed.add(start, end, a)
    if source is not None:
        p.heard.add(at, at, a)
        p.sourced.add(start, end, a)


def add_quote(
    p: Para, qi: int, cue: str, source: Mention | None, at: int, inherit: str = ""
) -> None:
    q = p.quotes[qi]
    add(p, q.start, q.end, "quote", cue, source, at, inherit, q.chain)


def sentence(p: Para, k: int) -> tuple[int, int]:
    """Return the token range of the sentence holding token k."""
    return p.bounds[p.t[k].sent]


def span(p: Para, lo: int, hi: int) -> tuple[int, int]:
    """Return the character span of tokens lo..hi (hi exclusive)."""
    return p.t[lo].start, p.t[hi - 1].end


def _trim(text: str, start: int, end: int, keep_stop: bool = False) -> tuple[int, int]:
    """Drop surrounding spaces and trailing commas (and, outside quotes, a final period)."""
    strip = ",;:—–" if keep_stop else ".,;:—–"
    while start < end and (text[start].isspace() or text[start] in ",:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return start, end
