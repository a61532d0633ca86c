"""Attribution shapes beyond "X said ...": labels, "according to", noun cues, colon
introductions, and quotes no cue reached (quote-only paragraphs, continuations).
"""

from __future__ import annotations

from briefgen.extract import lexicon as lx
from briefgen.extract.clauses import (
    _STOP_PARTICIPLES,
    clause_end,
    first_clause,
    frame_ends,
    looks_like_clause,
    skip_pps,
    title_like,
)
from briefgen.extract.cues import Cue
from briefgen.extract.mentions import Mention, namey, read_name
from briefgen.extract.paragraph import (
    Para,
    add,
    add_quote,
    covered,
    heard,
    nearest_before,
    sentence,
    span,
)
from briefgen.extract.phrases import described, np_after, np_before, read_phrase
from briefgen.extract.sources import Found, intro

# Nouns of saying that take a "that" clause: "Trump's claim that the vote was rigged".
CLAIM_NOUNS = frozenset(
    "claim claims assertion assertions allegation allegations argument insistence suggestion "
    "warning promise pledge comment comments remark remarks view belief contention charge "
    "accusation accusations denial statement prediction".split()
)
_JOINERS = ("and", ",", "or")


def noun_cues(p: Para) -> None:
    """Attribute 'X's claim that ...' (a possessive and a noun of saying, then "that")."""
    t = p.t
    for i in range(2, len(t) - 2):
        if t[i].low not in CLAIM_NOUNS or t[i + 1].low != "that" or t[i].in_quote:
            continue
        if t[i - 1].low not in ("’s", "'s") or covered(p, t[i].start):
            continue
        owner_lo = np_before(t, i - 1, p.vocab)
        owner = read_phrase(t, owner_lo, i - 1, p.vocab, p.text) if owner_lo < i - 1 else None
        if owner is None or owner.form not in ("name", "description"):
            continue
        _, hi = sentence(p, i)
        end = first_clause(p, i + 2, hi)
        if end - (i + 2) >= 2:
            add(
                p,
                t[i + 2].start,
                t[end - 1].end,
                "reported",
                p.text[t[i].start : t[i + 1].end],
                owner,
                t[i].start,
            )


def joined_quotes(p: Para, qi: int, step: int, cue_text: str, source: Mention, at: int) -> None:
    """Give the same source to neighbouring quotes joined by "and" or a comma."""
    while 0 <= qi + step < len(p.quotes):
        left, right = (qi, qi + 1) if step > 0 else (qi - 1, qi)
        if left not in p.close_tok or right not in p.open_tok:
            return
        between = p.t[p.close_tok[left] + 1 : p.open_tok[right]]
        if len(between) > 2 or not all(tok.low in _JOINERS for tok in between):
            return
        qi += step
        add_quote(p, qi, cue_text, source, at)


def quoted_before(p: Para, qi: int, lo: int, cue_text: str, source: Mention, at: int) -> None:
    """Attribute a quote before its cue; a quote that ends a clause takes the clause too."""
    t = p.t
    k = p.open_tok.get(qi)
    first = lo
    while k is not None and first < k and t[first].low in ("but", "and", "yet", "so", "still"):
        first += 1
    if (
        k is not None
        and k > first + 1
        and t[k - 1].text not in (":", ",")
        and not _quoted_span(p, first, k)
    ):
        # 'But the benefit is "10 times the losses," he said': the clause is the position.
        add(p, t[first].start, p.quotes[qi].end, "reported", cue_text, source, at)
        return
    add_quote(p, qi, cue_text, source, at)
    joined_quotes(p, qi, -1, cue_text, source, at)


def _quoted_span(p: Para, lo: int, hi: int) -> bool:
    """Tell whether tokens lo..hi already hold a quote (then the clause is not one piece)."""
    return any(lo <= k < hi for k in p.closes)


def clause_before(
    p: Para,
    frame_lo: int,
    k: int,
    lo: int,
    hi: int,
    cue_text: str,
    source: Mention,
    at: int,
    cue_at: int = -1,
) -> bool:
    """Attribute the clause before ', X said' when the frame ends the sentence or is an aside."""
    t = p.t
    if frame_lo <= lo + 1 or t[frame_lo - 1].text != ",":
        return False
    if not frame_ends(p, k, hi):
        return False
    end = frame_lo - 1
    inverted = frame_lo == cue_at
    if (
        not inverted
        and k < hi
        and t[k].text == ","
        and k + 1 < hi
        and t[k + 1].word
        and t[k + 1].low not in _STOP_PARTICIPLES
    ):
        # 'The plan, he said, was dead': the aside splits one position.
        end = clause_end(p, k + 1, hi)
        if not looks_like_clause(p, k + 1, end):
            return False
    elif not looks_like_clause(p, lo, frame_lo - 1):
        return False  # 'On Thursday, Comey will testify': an opening phrase, not a claim
    if t[lo].low == "according":
        return False
    add(p, t[lo].start, t[end - 1].end, "reported", cue_text, source, at)
    return True


def label(p: Para, cue: Cue, source: Mention | None, lo: int, hi: int, cue_text: str) -> bool:
    """Attribute a quoted label: 'called it "false"', 'branded "manipulative" by X'."""
    t = p.t
    at = t[cue.i].start
    for k in range(cue.end, min(hi, cue.end + 25)):
        if k in p.opens:
            qi = p.opens[k]
            if not (k - cue.end <= 4 or t[k - 1].low == "as") or title_like(p, qi):
                return False
            close = p.close_tok.get(qi)
            by = close + 1 if close is not None else hi
            if by < hi and t[by].low == "by":
                end = np_after(t, by + 1, p.vocab)
                passive = (
                    read_phrase(t, by + 1, end, p.vocab, p.text, subject=True)
                    if end > by + 1
                    else None
                )
                if passive is not None:
                    add_quote(p, qi, cue_text, passive, at)
                    return True
            if source is None:
                return False
            if k > cue.end and t[cue.end].word and not t[cue.end].in_quote:
                # 'called the chaos "a lesson I had to learn" about ...': the whole label.
                end = clause_end(p, cue.end, hi)
                add(p, t[cue.end].start, t[end - 1].end, "reported", cue_text, source, at)
                return True
            add_quote(p, qi, cue_text, source, at)
            joined_quotes(p, qi, +1, cue_text, source, at)
            return True
        if t[k].text in (".", ";") or (t[k].low in lx.SPEECH_VERBS and not t[k].in_quote):
            return False
    return False


def according(p: Para, cue: Cue) -> None:
    """Attribute around 'according to X': the clause before it, or after it."""
    t = p.t
    lo, hi = sentence(p, cue.i)
    comma = _comma_after(p, cue.end, hi)
    found, end = p.src.after(cue.end)
    if found is None:
        found, end = _according_source(p, cue.end, comma if comma is not None else hi)
    if found is None:
        return
    at = t[cue.i].start
    end = skip_pps(p, end, hi)
    first = lo
    while first < cue.i and (t[first].low in _OPENERS or t[first].text == ","):
        first += 1  # "But now, according to X, ...": the clause comes after
    if cue.i > first and t[cue.i - 1].text == ",":
        if t[cue.i - 2].low == "that":
            return  # 'reported that, according to X, ...': X is the reporter's source
        stop = cue.i - 1
        s0, s1 = t[lo].start, t[stop - 1].end
        if any(a.end <= s1 for a in p.claimed.starting(s0, s1 + 1)):
            return  # 'The company said profits rose, according to a statement': already said
        if end < hi and t[end].text == "," and end + 1 < hi:
            stop = clause_end(p, end + 1, hi)  # "X, according to Y, is Z"
            add(p, t[lo].start, t[stop - 1].end, "reported", "according to", found.mention, at)
            return
        add(p, t[lo].start, t[stop - 1].end, "reported", "according to", found.mention, at)
        return
    if cue.i == first:
        # The source runs to the first comma, however long: "According to a study last
        # year by economists at Duke University, ..."
        k = comma + 1 if comma is not None else end
        while k < hi and t[k].text == "," and not t[k].in_quote:
            k += 1
        stop = clause_end(p, k, hi)
        if stop - k >= 2:
            add(p, t[k].start, t[stop - 1].end, "reported", "according to", found.mention, at)


_OPENERS = frozenset("but and yet so now still also however meanwhile instead".split())


def _comma_after(p: Para, k: int, hi: int) -> int | None:
    """Return the first comma outside quotes in tokens k..hi (at most 30 on), if any."""
    return next(
        (j for j in range(k, min(hi, k + 30)) if p.t[j].text == "," and not p.t[j].in_quote),
        None,
    )


def _according_source(p: Para, k: int, stop: int) -> tuple[Found | None, int]:
    """Read the source of "according to" that is no name or person: "the results", "state
    law", "a CNN tally" (its head noun phrase, before any "of", "by" or comma)."""
    t = p.t
    j = k
    while j < stop and j - k < 8 and t[j].word and not t[j].in_quote:
        if j > k and (
            t[j].low in lx.PREPOSITIONS
            or t[j].low in lx.TIME_WORDS
            or (
                t[j].low in ("last", "next", "this")
                and j + 1 < stop
                and t[j + 1].low in lx.TIME_WORDS
            )
            or t[j].low in ("who", "which", "that")
        ):
            break
        j += 1
    if j <= k:
        return None, k
    first = k
    while k < j and t[k].low in lx.DETERMINERS:
        k += 1
    if k >= j or not t[j - 1].word or t[j - 1].low in lx.PRONOUNS:
        return None, first
    head = t[j - 1].low
    if (
        head in lx.DOCUMENT_NOUNS
        and j - 1 > k
        and all(namey(t, m, p.vocab) for m in range(k, j - 1))
    ):
        return Found(read_name(t, k, j - 1, p.text), first), j  # "according to CEA research"
    kind = "organisation" if head in lx.DOCUMENT_NOUNS or head in lx.ORG_NOUNS else "group"
    mention = described(t, first, k, j, p.text, kind=kind, gender="thing")
    if j < stop and t[j].low in ("by", "from", "of") and head in lx.DOCUMENT_NOUNS:
        end = np_after(t, j + 1, p.vocab)
        publisher = (
            read_phrase(t, j + 1, end, p.vocab, p.text, subject=True) if end > j + 1 else None
        )
        if publisher is not None and publisher.form == "name":
            mention.publisher = publisher  # "according to a survey by the Audit Office"
    return Found(mention, first), j


def loose_quotes(p: Para) -> None:
    """Attribute quotes no cue reached: quote-only paragraphs, chains, continuations."""
    t = p.t
    frame_words = [tok for tok in t if not tok.in_quote and tok.word]
    only_quotes = bool(p.quotes) and all(tok.low in ("and", "but", "or") for tok in frame_words)
    for qi, q in enumerate(p.quotes):
        if covered(p, q.start, q.end):
            continue
        if q.continued or q.open_mark < 0:
            add_quote(p, qi, "", None, q.start, inherit="chain")  # runs on from before
            continue
        if only_quotes:
            add_quote(p, qi, "", None, q.start, inherit="previous")
            continue
        k = p.open_tok.get(qi)
        if k is None:
            continue
        if k > 0 and t[k - 1].text == ":" and colon_intro(p, qi, k - 1):
            continue
        nearest = nearest_before(p, q.start)
        if nearest is not None and (k == 0 or t[k - 1].sent != t[k].sent or t[k - 1].text in ".?!"):
            # '"A," Kelly said. "B."': a quote that opens a sentence continues the speaker.
            add_quote(p, qi, "", nearest.source, nearest.at)
            continue
        if q.close_mark < 0:
            add_quote(p, qi, "", None, q.start, inherit="chain")  # its speaker comes later
            continue
        quoted_verb(p, qi, k)


def colon_intro(p: Para, qi: int, colon: int) -> bool:
    """Attribute 'Name: "..."' where a name (or description) alone introduces a quote."""
    t = p.t
    lo, _ = sentence(p, colon)
    start = colon - 1
    while start >= lo and t[start].text not in ("-", "—", "–", "--") and not t[start].in_quote:
        start -= 1
    start += 1
    j = colon - 1
    if t[j].text == ")":
        j = p.src.skip_left(j)
    if j < start or not t[j].word:
        return False
    np_lo = np_before(t, j + 1, p.vocab)
    if np_lo == start or (np_lo == start + 1 and t[start].low in ("from", "per")):
        # "From Bush's Facebook post: ..." names its source as a bare phrase does.
        source = read_phrase(t, np_lo, j + 1, p.vocab, p.text, subject=True)
    else:
        # "But Fiorina was far less bubbly: "...": the subject of the clause speaks.
        source = p.src.subject(start, colon)
        if source is not None and not (
            source.form == "pronoun"
            or source.kind in ("person", None)
            or (source.form == "name" and source.kind == "organisation")
        ):
            source = None
    if (
        source is None
        or source.form == "relative"
        or (source.form == "pronoun" and source.head in ("i", "we", "you", "it"))
    ):
        return False
    add_quote(p, qi, ":", source, t[colon].start)
    return True


def quoted_verb(p: Para, qi: int, k: int) -> None:
    """Attribute a quoted verb phrase right after the subject: 'Trump's post "strongly requested" ...'."""
    t = p.t
    lo, hi = sentence(p, k)
    j = p.src.skip_left(k - 1)
    if j < lo or not t[j].word or t[j].in_quote:
        return
    np_lo = np_before(t, j + 1, p.vocab)
    if not (np_lo == lo or (np_lo > lo and t[np_lo - 1].text == "," and intro(t, lo, np_lo - 1))):
        return
    source = read_phrase(t, np_lo, j + 1, p.vocab, p.text)
    if source is None or source.form not in ("name", "pronoun", "description"):
        return
    s0, s1 = span(p, lo, hi)
    # Only when the same subject speaks elsewhere in the sentence ("..., adding ...").
    if any(a.source is not None and a.source.start == source.start for a in heard(p, s0, s1)):
        add_quote(p, qi, "", source, t[k].start)


def naming(p: Para, cue: Cue) -> bool:
    """Tell whether a label verb names something: 'a move called the boneless'."""
    t = p.t
    if t[cue.i].low not in (
        "called",
        "named",
        "dubbed",
        "titled",
        "entitled",
        "labeled",
        "labelled",
        "nicknamed",
    ):
        return False
    prev = t[cue.i - 1] if cue.i > 0 else None
    return (
        prev is not None
        and prev.word
        and not prev.cap
        and prev.low not in lx.PRONOUNS
        and prev.low not in lx.AUXILIARIES
        and prev.low not in lx.ADVERBS
        and prev.low not in ("who", "which", "that")
    )
