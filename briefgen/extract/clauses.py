"""Where what was said begins and ends: phrases to skip after a cue, clause boundaries,
quotes just before or after a frame.
"""

from __future__ import annotations

from briefgen.extract import lexicon as lx
from briefgen.extract.paragraph import Para
from briefgen.extract.phrases import np_after
from briefgen.extract.tokens import Token

_STOP_PARTICIPLES = lx.PARTICIPLE_CUES | {"according"}
_SUBORDINATORS = frozenset(
    "as while whereas although though because since despite amid after before which".split()
)
FINITE = lx.AUXILIARIES | frozenset(
    "can cannot could would should will won't wouldn't couldn't shouldn't can't don't doesn't didn't "
    "isn't wasn't aren't weren't hasn't haven't hadn't ’s 's must might may shall".split()
)
_COMMON_VERBS_S = frozenset(
    "wants needs shows provides remains seems knows gets makes takes gives goes comes looks "
    "works means keeps holds leads runs plans hopes believes thinks supports opposes faces "
    "continues includes requires allows helps puts sees feels tries becomes".split()
)
_PPS = frozenset(
    "on in at during to via through late early last this earlier later from over".split()
)


def skip_pps(p: Para, k: int, hi: int) -> int:
    """Skip phrases after a cue: "on Friday", "in a statement", "to reporters"."""
    t = p.t
    for _ in range(4):
        if k < hi and t[k].low in _PPS and not t[k].in_quote:
            end = np_after(t, k + 1, p.vocab)
            if end == k + 1 and k + 1 < hi and t[k + 1].low in lx.TIME_WORDS:
                end = k + 2
            if end == k + 1:
                return k
            k = end
            while k < hi and t[k].low in lx.TIME_WORDS:
                k += 1
        elif (
            k < hi
            and t[k].low in lx.TIME_WORDS
            and (t[k].cap or t[k].low in ("yesterday", "today", "tonight"))
        ):
            k += 1
        else:
            return k
    return k


def clause_end(p: Para, k: int, hi: int) -> int:
    """Return the token index where a reported clause starting at k ends."""
    t = p.t
    for j in range(k, hi):
        tok = t[j]
        if tok.in_quote:
            continue
        nxt = t[j + 1] if j + 1 < hi else None
        if tok.text == ";":
            return j
        if (
            tok.text == ","
            and nxt is not None
            and (nxt.low in _STOP_PARTICIPLES or nxt.low in _SUBORDINATORS)
        ):
            return j
        if (
            tok.text == ","
            and nxt is not None
            and nxt.low in lx.SPEECH_VERBS
            and not nxt.cap
            and not nxt.low.endswith("ing")
            and j > k + 2
        ):
            return j  # "X, who said A, said B": the aside's content ends at the comma
        if tok.text == "," and j > k + 2 and _speech_frame_after(t, j + 1, hi):
            return j  # "..., a man yelled": another source's frame
        if tok.low in ("and", "but") and nxt is not None and j > k:
            after = t[j + 2] if j + 2 < hi else None
            if (
                (
                    j > k + 2
                    and nxt.low in lx.SUBJECT_PRONOUNS
                    and after is not None
                    and not after.in_quote
                )
                or (nxt.low in lx.SPEECH_VERBS and not nxt.cap)
                or (j > k + 2 and t[j - 1].text == "," and _speech_frame_after(t, j + 1, hi))
            ):
                return j - 1 if t[j - 1].text == "," else j
    return hi


_NOT_SUBJECTS = frozenset("who whom which that whose as then so also".split())
_GOING_ON = frozenset("continue note add call know feel find show think".split())


def _speech_frame_after(t: list[Token], k: int, hi: int) -> bool:
    """Tell whether a new subject and speech verb start at k: ", but officials have said"."""
    if k >= hi or not t[k].word or t[k].in_quote or t[k].low in _NOT_SUBJECTS:
        return False  # ", whom he called ...": a relative clause goes on with the content
    for j in range(k + 1, min(hi, k + 6)):
        tok = t[j]
        if tok.in_quote or not tok.word:
            return False
        if (
            tok.low in lx.SPEECH_VERBS
            and not tok.cap
            and not tok.low.endswith("ing")
            and lx.SPEECH_VERBS[tok.low] not in _GOING_ON
        ):
            return True
        if tok.low in lx.AUXILIARIES or tok.low in lx.ADVERBS:
            continue
        if tok.low.endswith("ed") and not tok.cap:
            return False
    return False


def looks_like_clause(p: Para, k: int, end: int) -> bool:
    """Tell whether tokens k..end hold a finite verb (a clause, not a bare noun phrase)."""
    t = p.t
    for j in range(k, min(end, k + 25)):
        tok = t[j]
        low = tok.low
        if low in FINITE or low.endswith("n't"):
            return True
        if j > k and not tok.cap:
            if len(low) > 4 and low.endswith("ed") and t[j - 1].low not in lx.DETERMINERS:
                return True
            if low in lx.SPEECH_VERBS or low in _COMMON_VERBS_S:
                return True
    return False


def first_clause(p: Para, k: int, hi: int) -> int:
    """Return where an embedded clause ends: before the second verb group ('... was rigged angered')."""
    t = p.t
    groups = 0
    in_group = False
    for j in range(k, clause_end(p, k, hi)):
        tok = t[j]
        participle = not tok.cap and len(tok.low) > 4 and tok.low.endswith("ed")
        verbish = participle or (not tok.cap and (tok.low in FINITE or tok.low in _COMMON_VERBS_S))
        # A verb group is auxiliaries then at most one participle: "was rigged" | "angered".
        if verbish and (not in_group or (participle and t[j - 1].low.endswith("ed"))):
            groups += 1
            if groups == 2:
                return j
        in_group = verbish
    return clause_end(p, k, hi)


def title_like(p: Para, qi: int) -> bool:
    """Tell whether a quote reads as a title or nickname ("This Week"), not speech."""
    q = p.quotes[qi]
    words = p.text[q.start : q.end].strip(" ,.").split()
    return (
        0 < len(words) <= 6
        and all(
            w[:1].isupper() or w.lower() in ("of", "the", "a", "and", "de", "in", "on", "for", "to")
            for w in words
        )
        and words[0][:1].isupper()
    )


def quote_before(p: Para, frame_lo: int, lo: int) -> int | None:
    """Return the quote that closes shortly before a frame ('"...," said X'), if any."""
    t = p.t
    if frame_lo == lo and lo - 1 in p.closes:
        # '"Stop!" Jo Hill shouted.': the quote ended the sentence before with ! or ?.
        q = p.quotes[p.closes[lo - 1]]
        if p.text[q.start : q.end].rstrip()[-1:] in ("?", "!") and t[lo].cap:
            return p.closes[lo - 1]
    for j in range(frame_lo - 1, max(lo, frame_lo - 16) - 1, -1):
        if j in p.closes:
            qi = p.closes[j]
            q = p.quotes[qi]
            last = p.text[q.start : q.end].rstrip()[-1:]  # '"... doing this, " Trump said'
            ends_clause = last in (",", ".", "?", "!", "—", "…") or (
                j + 1 < len(t) and t[j + 1].text in (",", "—")
            )
            opens = p.open_tok.get(qi)
            if (
                not ends_clause
                and j == frame_lo - 1
                and opens is not None
                and opens <= lo
                and len(p.text[q.start : q.end].split()) >= 4
            ):
                # '“The Iowa caucus is a battle of niches” Grubbs said.': a sentence-long
                # quote right before its frame, its comma missing.
                ends_clause = True
            if not ends_clause:
                return None  # '"cautious optimism" over a peace process, the Kremlin said
            # A title is short and keeps its punctuation outside: '"Hello," he said' speaks.
            return (
                None
                if title_like(p, qi)
                and len(p.text[q.start : q.end].split()) < 3
                and last not in (",", "?", "!")
                else qi
            )
        tok = t[j]
        if tok.in_quote:
            return None
        if tok.word and (tok.low in FINITE or (tok.low in lx.SPEECH_VERBS and not tok.cap)):
            return None
    return None


def skip_aside(p: Para, k: int, hi: int) -> int:
    """Skip a comma-enclosed aside at k: 'that, according to an analysis, 85 of ...'."""
    t = p.t
    if k < hi and t[k].text == "," and not t[k].in_quote:
        for j in range(k + 1, min(hi, k + 25)):
            if t[j].text == "," and not t[j].in_quote:
                return j + 1
    return k


def quote_ahead(p: Para, k: int, hi: int) -> int | None:
    """Return a quote that opens a few words after a cue, after a comma or colon."""
    t = p.t
    for j in range(k, min(hi, k + 12)):
        if j in p.opens:
            return p.opens[j] if j > k and t[j - 1].text in (",", ":") else None
        tok = t[j]
        if (
            tok.in_quote
            or tok.low in FINITE
            or tok.low in lx.SPEECH_VERBS
            or tok.text in (".", ";")
        ):
            return None
    return None


def clause_goes_on(p: Para, qi: int, hi: int) -> bool:
    """Tell whether words of the same clause follow a quote: 'saying "on her worst day" she'd ...'."""
    close = p.close_tok.get(qi)
    if close is None:
        return False
    j = close + 1
    if j < hi and p.t[j].text in (",", "."):
        return False
    if j >= hi or not p.t[j].word or p.t[j].in_quote:
        return False
    if p.t[j].low in ("and", "or") and j + 1 in p.opens:
        return False  # '"A" and "B"': joined quotes
    return p.t[j].low not in lx.SPEECH_VERBS and p.t[j].low not in lx.SUBJECT_PRONOUNS


def frame_ends(p: Para, k: int, hi: int) -> bool:
    """Tell whether nothing said follows a cue: the sentence ends or an aside begins."""
    t = p.t
    if k >= hi:
        return True
    tok = t[k]
    if tok.text in (".", "!", "?", ",", ";", "—", "–", "-", ")"):
        return True
    return tok.low in _SUBORDINATORS or tok.low in lx.PREPOSITIONS or tok.low.endswith("ing")
