"""Read a verb cue's frame: its object, phrases and adverbs, up to where its content starts.

'told reporters on Monday that ...': the frame ends after "Monday" and the content starts
after "that". `attribute` reads the content from there.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract import lexicon as lx
from briefgen.extract.clauses import skip_aside, skip_pps
from briefgen.extract.cues import Cue
from briefgen.extract.paragraph import Para
from briefgen.extract.phrases import np_after
from briefgen.extract.sources import Found

OBJECT_VERBS = frozenset("tell ask inform assure warn remind urge advise brief".split())


NEGATORS = frozenset("not never no n't".split())


FINITE_WORDS = lx.AUXILIARIES | frozenset("can could would should will must might may".split())
MODALS = frozenset("can could would should will must might may cannot can't won't".split())


@dataclass
class Frame:
    """Where a cue's frame ends and its content starts."""

    after_end: int  # the end of an inverted subject ('said Smith'), else the cue's end
    frame_end: int  # the end of the cue's object and phrases ('told reporters on Monday')
    k: int  # the first token of the content
    that: bool  # a complementizer opened it ("that", "whether", "how", ...)
    wh: bool  # ... and it was no "that": an indirect question
    colon: bool  # a colon opened it


def read_frame(p: Para, cue: Cue, found: Found, after_end: int, hi: int) -> Frame:
    """Skip the cue's object, phrases and adverbs to where its content starts."""
    t = p.t
    k = after_end
    if cue.base in OBJECT_VERBS and k < hi and t[k].word and not t[k].in_quote:
        obj_end = np_after(t, k, p.vocab)
        to = obj_end + (obj_end < hi and t[obj_end].low in NEGATORS)
        clause = obj_end < hi and (t[obj_end].low in FINITE_WORDS or t[obj_end].low in MODALS)
        if not (to < hi and t[to].low == "to") and not clause:
            # 'urged the industry (not) to do more' keeps its object; in 'warned it could
            # run out of cash' the "object" is the clause's subject.
            k = max(k, obj_end)
            k = _that_after_object(p, k, hi)  # "told BBC Radio 4's Today programme that"
    k = frame_end = skip_pps(p, k, hi)
    p.document = _document_in(p, after_end, frame_end)
    colon = False
    while (
        k < hi
        and not t[k].in_quote
        and (
            t[k].text in (",", ":")
            or (t[k].low in lx.ADVERBS and not t[k].cap)
            or t[k].low.endswith("ly")
        )
        and t[k].low not in NEGATORS  # "asked not to be named" keeps its "not"
    ):
        colon = colon or t[k].text == ":"
        k += 1
    that = (
        k < hi
        and t[k].low in ("that", "whether", "if", "how", "why", "what", "when", "who")
        and not (t[k].low == "when" and k + 1 < hi and t[k + 1].low.endswith("ed"))
        # '"...," said X(,) who was asked ...': an inverted subject's aside, no complement
        and not (after_end > cue.end and (t[k - 1].text == "," or t[k].low == "who"))
        and not t[k].in_quote
    )
    wh = that and t[k].low != "that"
    if that and t[k].low == "that":
        k += 1
        k = skip_aside(p, k, hi)  # 'reported that, according to X, ...'
    return Frame(after_end, frame_end, k, that, wh, colon)


def _that_after_object(p: Para, k: int, hi: int) -> int:
    """Return where a "that" clause starts after the rest of an object the phrase reader
    stopped in ("told BBC Radio 4's Today programme that ..."), else k."""
    t = p.t
    for j in range(k, min(hi, k + 8)):
        tok = t[j]
        if tok.low == "that" and j > k:
            return j
        if tok.in_quote or tok.text in (",", ";", ":") or tok.low in FINITE_WORDS:
            return k
        if tok.low in lx.SPEECH_VERBS and not tok.cap:
            return k
    return k


def _document_in(p: Para, lo: int, hi: int) -> str:
    """Return the document a cue's phrase names ("said in its latest report": "report")."""
    words = p.t[lo:hi]
    if not words or words[0].low != "in":
        return ""
    return next((tok.low for tok in words if tok.low in lx.DOCUMENT_NOUNS), "")
