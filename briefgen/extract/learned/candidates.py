"""Propose attributions the rules left out: a cue word, its source and its content.

The generator is looser than the rules on purpose: every word the trained model lists as
a cue form proposes up to two candidates (the clause after it, the clause before it), each
with features about shape only (the cue word, punctuation, position, capitals, pronouns,
the source's form), so the model can tell real attributions from look-alikes. No topic
words enter the features: the cue word itself is the only open-class word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.extract import lexicon as lx
from briefgen.extract.clauses import clause_end, skip_pps
from briefgen.extract.cues import Cue
from briefgen.extract.mentions import Mention
from briefgen.extract.paragraph import Attribution, Para, _trim, covered, sentence, span
from briefgen.extract.subjects import find_source
from briefgen.extract.tokens import Token

# Words whose own form is a feature (closed classes: they say shape, not topic).
_FUNCTION = (
    lx.AUXILIARIES
    | lx.PREPOSITIONS
    | lx.CONJUNCTIONS
    | lx.RELATIVES
    | lx.DETERMINERS
    | lx.SUBJECT_PRONOUNS
    | frozenset(
        "not n't never also still just only that whether if how why what when who to "
        "him her them us me it its his their our my your".split()
    )
)
_SKIP = frozenset(",:—–-")
# Words before a cue form that make it a noun ("his criticism", "the talks"): a nominal cue
# holds content only through "that" or a quote ("his claim that ...").
_NOMINAL = frozenset("the a an this that these those his her its their our my your ’s 's".split())
# Words before a source that make the frame a relative clause about something else:
# "troops, whom he described as ...".
_OBJECT_RELATIVE = frozenset("whom which what".split())
# Cue forms that are often nouns; before a finite verb they are the subject: "the show is".
_NOUNY = frozenset(
    "show shows talks comments claims reports plans calls hopes fears views rules answer".split()
)
_FINITE = frozenset("is was are were has had have will would can could may might".split())
# Cue forms that are only nouns: they hold content through "that" alone.
_NOUNS = frozenset(
    "statement statements assertion suggestion complaints complaint concern concerns "
    "criticism chants talks doubt doubts letter advice allegations opposition".split()
)
_NAMING = frozenset("call name dub title know label brand term".split())
_BE = frozenset("is was are were be been being 's ’s".split())
# Words that cannot open reported content: particles ("went off"), conjunctions.
_NO_OPENERS = frozenset(
    "off up out on down away back over and or but nor as for of about in at with from by "
    "into before after against".split()
)
# Cue forms whose "to ..." is what the source said or meant: "vowed to stay", not
# "continue to pay", "seems to have told".
_TO_STEMS = frozenset(
    "agree promise pledge vow refuse decline threaten offer ask urge hope expect plan want "
    "intend aim seek demand wish".split()
)
# Words that open a phrase, not a clause, before a frame: "Despite ..., he announced".
_PHRASE_OPENERS = frozenset(
    "despite during after before while when as if although though since until unless "
    "because with without in on at for from by of instead rather".split()
)
_NEGATORS = frozenset("not n't never no".split())


@dataclass
class Candidate:
    """One proposed attribution: content span, source, cue, and its features."""

    start: int
    end: int
    kind: str  # quote | reported
    cue: str
    at: int  # character offset of the cue
    source: Mention
    features: list[str] = field(default_factory=list)

    def attribution(self, paragraph: int) -> Attribution:
        """Return the candidate as the rules' plain attribution."""
        return Attribution(
            self.start, self.end, self.kind, self.cue, self.source, para=paragraph, at=self.at
        )


def word_shape(tok: Token | None, prefix: str) -> str:
    """Return a feature for a neighbouring token: its form if closed-class, else its shape."""
    if tok is None:
        return f"{prefix}=<none>"
    if not tok.word:
        return f"{prefix}={tok.text}"
    if tok.low in _FUNCTION:
        return f"{prefix}={tok.low}"
    if tok.in_quote:
        return f"{prefix}=<quoted>"
    return f"{prefix}=<{'Cap' if tok.cap else 'low'}{'-ing' if tok.low.endswith('ing') else ''}>"


def _bucket(n: int, edges: tuple[int, ...] = (1, 2, 4, 8, 16, 32)) -> str:
    return str(next((e for e in edges if n <= e), "more"))


def _stem(low: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return low[: -len(suffix)]
    return low


def _base(low: str) -> str:
    """Return a cue form's base: the lexicon's where it knows the verb ("urged": "urge")."""
    return lx.SPEECH_VERBS.get(low) or lx.STANCE_VERBS.get(low) or _stem(low)


def _source_features(source: Mention, gap: int) -> list[str]:
    out = [f"src={source.form}", f"srckind={source.kind}"]
    if source.form == "pronoun":
        out.append(f"srchead={source.head}")
    if source.roles:
        out.append("src_role")
    out.append(f"src_gap={_bucket(gap)}")
    return out


_SUBJECT_OPENERS = (
    lx.SUBJECT_PRONOUNS
    | lx.DETERMINERS
    | frozenset(
        "there this these those his her its their our my your some many most all no every each "
        "any both few several".split()
    )
)
_VERBS = frozenset(
    "is was are were will would can could may might should must has have had does did do "
    "won't can't isn't wasn't aren't weren't doesn't didn't don't hasn't haven't".split()
)


def _clause(t: list[Token], k: int, end: int) -> bool:
    """Tell whether tokens k..end open with a subject and its verb: "the plan will fail",
    "Smith had left"; not an object ("his critics as he scored", "BBC's programme")."""
    first = t[k]
    if not (first.low in _SUBJECT_OPENERS or first.cap or first.text[:1].isdigit()):
        return False
    for j in range(k + 1, min(end, k + 7)):
        tok = t[j]
        if tok.in_quote or tok.text in (",", ";", "—", "–", "-"):
            return False  # an aside or a quote before any verb: not a plain clause
        if tok.low in _VERBS or tok.low.endswith("n't"):
            return True
        if (
            not tok.cap
            and len(tok.low) > 4
            and tok.low.endswith("ed")
            and t[j - 1].low not in lx.DETERMINERS
        ):
            return True
    return False


def _quote_in(p: Para, k: int) -> int | None:
    """Return the quote opening at token k, if any."""
    return p.opens.get(k)


def _after(p: Para, i: int, hi: int, nominal: bool) -> tuple[int, int, str, list[str]] | None:
    """Return (start, end, kind, features) of the content after the cue at token i.

    The content is a quote, or a clause: "that ...", ": ...", "to ..." or words with a
    finite verb. A bare noun phrase ("continued his progress") is no content here.
    """
    t = p.t
    k = skip_pps(p, i + 1, hi)
    feats = [f"pp_skipped={k > i + 1}"]
    colon = False
    while k < hi and t[k].text in _SKIP and not t[k].in_quote:
        feats.append(f"punct_after={t[k].text}")
        colon = colon or t[k].text == ":"
        k += 1
    that = k < hi and t[k].low == "that"
    if that:
        feats.append("that")
        k += 1
    if k >= hi:
        return None
    qi = _quote_in(p, k)
    if qi is not None:
        q = p.quotes[qi]
        if len(p.text[q.start : q.end].split()) < 4:
            return None  # a scare quote or a name the rules left: "a 'reasonably good pace'"
        return q.start, q.end, "quote", [*feats, "content=quote"]
    infinitive = (
        t[k].low == "to"
        and k + 1 < hi
        and t[k + 1].word
        and not t[k + 1].cap
        and t[k + 1].low not in lx.DETERMINERS
    )
    if t[k].low == "to" and not infinitive:
        return None  # "calls to landlines": a noun and its object
    if infinitive and _base(t[i].low) not in _TO_STEMS:
        return None
    # A noun or a participle holds a clause only through "that" or a colon ("his claim
    # that ...", "saying: ...") or, a participle, "to": not "is offering viewers ...".
    if (nominal or t[i].low.endswith("ing")) and not (
        that or colon or (infinitive and not nominal)
    ):
        return None
    if t[k].low in _NO_OPENERS or (t[k].low in lx.AUXILIARIES and not that):
        return None  # "went off ...", "rules was led by": no content with a subject
    end = clause_end(p, k, hi)
    if end <= k:
        return None
    # A clause has its verb near its start: "the ball off to X, but his effort was
    # gathered" is an object and a later clause, not reported content.
    if not (that or colon or infinitive or _clause(t, k, end)):
        return None
    feats.append(f"infinitive={infinitive}")
    start, stop = span(p, k, end)
    feats.append(word_shape(t[k], "first"))
    feats.append(f"len={_bucket(end - k)}")
    feats.append(f"to_sentence_end={end == hi}")
    if any(tok.in_quote for tok in t[k:end]):
        feats.append("has_quote")
    if any(tok.low in lx.SUBJECT_PRONOUNS for tok in t[k : min(end, k + 3)]):
        feats.append("pronoun_subject")
    return start, stop, "reported", feats


def _before(p: Para, lo: int, frame_lo: int) -> tuple[int, int, str, list[str]] | None:
    """Return the content before a frame that a comma or a quote closes: 'A, X said.'"""
    t = p.t
    j = frame_lo - 1
    if j <= lo or not (t[j].text == "," or j in p.closes):
        return None
    if t[frame_lo].low in ("and", "but", "or", "then"):
        return None  # "X rose 25%, but warned ...": the subject's own act, not its words
    if j in p.closes:
        q = p.quotes[p.closes[j]]
        if t[lo].start <= q.start:
            return q.start, q.end, "quote", ["content=quote_before"]
    end = j
    first = lo + (t[lo].low in ("and", "but", "so"))
    opener = t[first].low
    if (
        end - first < 3
        or opener in _PHRASE_OPENERS
        or opener.endswith("ing")
        or (opener.endswith("ed") and t[first].cap)  # "Asked if ..., he replied"
        or not _clause(t, first, end)
    ):
        return None
    start, stop = span(p, lo, end)
    return (
        start,
        stop,
        "reported",
        [word_shape(t[lo], "first"), f"len={_bucket(end - lo)}", "content=before"],
    )


def _cue_here(t: list[Token], i: int, lo: int, hi: int) -> bool:
    """Tell whether a cue form at token i is used as a cue, not as a name, noun or passive."""
    tok = t[i]
    prev = t[i - 1] if i > lo else None
    nxt = t[i + 1] if i + 1 < hi else None
    if tok.low in lx.ADVERBS or tok.low.endswith("ly"):
        return False  # "widely (regarded)": the verb after it is the cue
    if tok.cap and prev is not None and prev.text not in '“"‘:':
        return False  # part of a name or a title: "Total Recall", "Plan G", "Yahoo, Ask Jeeves"
    if tok.low in _NOUNY and (
        (nxt is not None and nxt.low in _FINITE) or (prev is not None and prev.cap)
    ):
        return False  # a noun: "the awards show is", "American shows which ..."
    if _base(tok.low) in _NAMING and nxt is not None and nxt.cap:
        return False  # naming: "a firm called Swarm Systems"
    j = i - 1
    while j >= lo and (t[j].low in lx.ADVERBS or t[j].low.endswith("ly")) and t[j].low not in _BE:
        j -= 1
    # A passive: "is widely expected to be held" is no one's.
    return not (j >= lo and t[j].low in _BE and tok.low.endswith(("ed", "en", "wn")))


def candidates(p: Para, forms: dict[str, str], taken: list[Attribution]) -> list[Candidate]:
    """Return the candidates in a paragraph that overlap none of the rules' attributions.

    `forms` maps each cue word form the model knows to its cue feature name; `taken` are
    the rules' attributions, already in `p.claimed`, `p.heard` and `p.sourced`.
    """
    out: list[Candidate] = []
    t = p.t
    for i, tok in enumerate(t):
        if tok.in_quote or not tok.word or tok.low not in forms or covered(p, tok.start):
            continue
        lo, hi = sentence(p, i)
        if not _cue_here(t, i, lo, hi):
            continue
        prev = t[i - 1] if i > lo else None
        nxt = t[i + 1] if i + 1 < hi else None
        kind = "participle" if tok.low.endswith("ing") else "verb"
        cue = Cue(i, 1, tok.low, kind)
        found = find_source(p, cue, lo)
        inverted = False
        if found is None and i + 1 < hi and prev is not None and prev.text == ",":
            found, _ = p.src.after(i + 1)
            inverted = found is not None
        if found is None:
            continue  # no source, nothing to attribute to
        if found.lo > lo and t[found.lo - 1].low in _OBJECT_RELATIVE:
            continue
        source = found.mention
        if (
            source.form == "pronoun"
            and source.head == "it"
            and prev is not None
            and prev.low in _BE
        ):
            continue  # "it was clear that ...": no one speaks
        nominal = (prev is not None and prev.low in _NOMINAL) or tok.low in _NOUNS
        base = [
            "bias",
            f"cue={forms[tok.low]}",
            f"stem={_stem(tok.low)}",
            f"cue_cap={tok.cap}",
            word_shape(prev, "prev"),
            word_shape(nxt, "next"),
            word_shape(t[found.lo - 1] if found.lo > lo else None, "before_src"),
            f"cue_pos={_bucket(i - lo)}",
            f"neg={any(x.low in _NEGATORS for x in t[max(lo, i - 3) : i])}",
            f"inverted={inverted}",
            *_source_features(source, abs(i - found.lo)),
        ]
        base.append(f"cue={forms[tok.low]}&src={source.form}")
        frame_lo = found.lo if found.lo < i else i
        for where, got in (
            ("after", None if inverted else _after(p, i, hi, nominal)),
            # A participle's sentence is the source's own act: "He went on, writing: ...".
            ("before", None if nominal or kind == "participle" else _before(p, lo, frame_lo)),
        ):
            if got is None:
                continue
            start, end, ckind, feats = got
            start, end = _trim(p.text, start, end, keep_stop=ckind == "quote")
            if end <= start or any(a.start < end and start < a.end for a in taken):
                continue
            out.append(
                Candidate(
                    start,
                    end,
                    ckind,
                    p.text[tok.start : tok.end],
                    tok.start,
                    source,
                    [*base, f"dir={where}", f"cue={forms[tok.low]}&dir={where}", *feats],
                )
            )
    return out
