"""Pair what was said (quotes and reported clauses) with who said it, paragraph by paragraph.

Sources come out as mentions (a name, a pronoun, a description); `coref` later decides
which actor each one is. Attributions that continue the current speaker say so in
`inherit`: "previous" (a paragraph that is only a quote) or "chain" (a quote that runs
over paragraphs).

Every rule is a plain function over one paragraph's state (`paragraph.Para`), so each can
be called and tested alone: `paragraph` holds the state and the helpers that claim
content, `clauses` finds where content starts and ends, `shapes` the shapes other than a
verb cue (labels, "according to", noun cues, loose quotes); this module holds the verb
cue (`frames` reads its frame, `subjects` finds its subject) and `run`, the order the
stages go in.
"""

from __future__ import annotations

from dataclasses import replace

from briefgen.extract import lexicon as lx
from briefgen.extract.clauses import (
    clause_end,
    clause_goes_on,
    frame_ends,
    looks_like_clause,
    quote_ahead,
    quote_before,
)
from briefgen.extract.cues import Cue, find_cues
from briefgen.extract.frames import FINITE_WORDS, MODALS, NEGATORS, OBJECT_VERBS, Frame, read_frame
from briefgen.extract.mentions import Mention, Vocabulary, namey
from briefgen.extract.paragraph import (
    Attribution,
    Para,
    add,
    add_quote,
    covered,
    make_para,
    sentence,
    span,
)
from briefgen.extract.phrases import read_phrase
from briefgen.extract.quotes import Quote
from briefgen.extract.shapes import (
    according,
    clause_before,
    joined_quotes,
    label,
    loose_quotes,
    naming,
    noun_cues,
    quoted_before,
)
from briefgen.extract.sources import Found
from briefgen.extract.subjects import find_source
from briefgen.extract.tokens import Token

__all__ = ["Attribution", "attribute"]

# Verbs that put their subject after them: '"...," said Smith', '..., added the minister'.
INVERTING = frozenset(
    "say add ask write reply respond continue explain note insist recall argue declare exclaim "
    "shout warn quip joke counter agree conclude observe remark state report tweet whisper "
    "answer concede admit acknowledge suggest claim yell scream whimper mutter murmur sigh "
    "gush chuckle groan moan wail stammer enthuse laugh".split()
)


# Verbs whose "to ..." complement is what the source said or undertook: "agreed to end his bid".
_TO_VERBS = frozenset(
    "agree promise pledge vow refuse decline threaten offer ask urge hope expect".split()
)
# Words before a subject that make its clause describe something: "everything Trump says".
_OBJECT_RELATIVE = frozenset(
    "whom which that what everything anything something nothing all whatever".split()
)
# Verbs of charging someone whose passive names the speaker after "by".
_BY_AGENT_VERBS = frozenset("accuse criticise criticize blame attack condemn".split())
_SPEECH_BASES = frozenset(lx.SPEECH_VERBS.values())
_STANCE_BASES = frozenset(lx.STANCE_VERBS.values())
_STANCE_ONLY = _STANCE_BASES - _SPEECH_BASES


def run(p: Para) -> list[Attribution]:
    """Apply the rules: cues left to right, then the quotes no cue reached."""
    cues = find_cues(p.t)
    # Speech cues first, so "..., the Kremlin confirmed" claims its clause before a
    # stance verb inside it ("and shared ...") can.
    cues.sort(
        key=lambda c: (
            c.base in _STANCE_ONLY,
            c.i,
        )
    )
    for cue in cues:
        if covered(p, p.t[cue.i].start):
            continue  # a cue inside reported content: "what leaders said"
        if cue.kind == "according":
            according(p, cue)
        else:
            verb(p, cue)
    noun_cues(p)
    loose_quotes(p)
    p.out.sort(key=lambda a: a.start)
    return p.out


def verb(p: Para, cue: Cue) -> None:
    """Attribute around a verb cue: the quote or clause after it, or the one before."""
    before = len(p.out)
    _verb(p, cue)
    if p.document:
        for a in p.out[before:]:
            a.document = p.document
        p.document = ""
    for a in p.out[before:]:
        other = _co_speaker(p, a.source) if a.source is not None else None
        if other is not None:
            # '"...," reply Burton and Nick': the same words for each of them, in the
            # order the article names them.
            p.out.insert(p.out.index(a) + 1, replace(a, source=other))


def _co_speaker(p: Para, source: Mention) -> Mention | None:
    """Return the second of two named speakers after an inverting cue ('"...," reply Burton
    and Nick'). Before the cue, "X and Y said" stays with the name next to the cue: PolNeAR
    annotates it as one source, and splitting it there cost more than it found."""
    t = p.t
    if source.form != "name" or source.hi >= len(t) or source.lo < 0:
        return None
    if source.kind not in (None, "person") or source.head in lx.ORG_WORDS:
        return None  # "Ironhorse Oil and Gas": one company
    k = source.hi
    if k + 1 < len(t) and t[k].low == "and" and namey(t, k + 1, p.vocab):
        end = k + 2
        while end < len(t) and namey(t, end, p.vocab):
            end += 1
        other = read_phrase(t, k + 1, end, p.vocab, p.text, subject=True)
        if not _person_name(other) or not (_surely_person(source) or _surely_person(other)):
            return None  # "said Marks and Spencer": one company
        return other
    return None


def _surely_person(mention: Mention | None) -> bool:
    """Tell whether a mention is told to be a person (a first name, a title, a role)."""
    return mention is not None and (
        mention.kind == "person" or mention.gender in ("male", "female") or bool(mention.roles)
    )


def _person_name(mention: Mention | None) -> bool:
    """Tell whether a mention is a name that may be a person's (no company's)."""
    return (
        mention is not None
        and mention.form == "name"
        and mention.kind in (None, "person")
        and mention.head not in lx.ORG_WORDS
    )


def _verb(p: Para, cue: Cue) -> None:
    """Find the cue's source, then its content: a quote after, a quote or clause before, or
    a clause after."""
    lo, hi = sentence(p, cue.i)
    if naming(p, cue):
        return
    cue_text = p.text[p.t[cue.i].start : p.t[cue.end - 1].end]
    found, after_end = _source_of(p, cue, lo, hi, cue_text)
    if found is None or not _speaks(p, cue, found, lo, hi, cue_text):
        return
    frame = read_frame(p, cue, found, after_end, hi)
    if _quote_after(p, cue, found, frame, lo, hi, cue_text):
        return
    if _before_frame(p, cue, found, frame, lo, hi, cue_text):
        return
    _clause_after(p, cue, found, frame, hi, cue_text)


def _source_of(p: Para, cue: Cue, lo: int, hi: int, cue_text: str) -> tuple[Found | None, int]:
    """Return the cue's source and where its frame ends ('"...," said Smith' after it).

    A passive charge ('was accused by the Tories of ...') is attributed here and gives None.
    """
    t = p.t
    found = None
    after_end = cue.end
    inverted = (
        cue.kind == "verb"
        and cue.base in INVERTING
        and cue.i > lo
        and (t[cue.i - 1].text == "," or cue.i - 1 in p.closes)
    )
    if inverted and t[cue.i - 1].text == ",":
        # '..., said Steve Elmendorf, a strategist': the name after the cue, not the
        # word before the comma.
        found, after_end = _inverted_name(p, cue)
    charged = (
        cue.base in _BY_AGENT_VERBS
        and t[cue.i].low.endswith("ed")
        and cue.end < hi
        and t[cue.end].low in ("of", "for", "over", "by")
    )
    if found is None and not charged:
        # "Mr Blair, accused of misleading MPs, ...": the accused is no source.
        found = find_source(p, cue, lo)
    if found is None and inverted:
        found, after_end = p.src.after(cue.end)  # '"...," said Smith'
    if (
        found is None
        and cue.base in _BY_AGENT_VERBS
        and cue.end + 1 < hi
        and t[cue.end].low == "by"
        and t[cue.i - 1].low in ("was", "were", "been", "being", "is", "are")
    ):
        # "He was accused by the Tories of parsing words": the Tories accuse.
        agent, agent_end = p.src.after(cue.end + 1)
        if agent is not None and agent.mention.form in ("name", "description"):
            end = clause_end(p, agent_end, hi)
            if end - agent_end >= 2 and t[agent_end].low in ("of", "over", "for"):
                at = t[cue.i].start
                # Shown whole: "Mr Blair was accused by the Tories of misleading MPs".
                first = p.src.subject(lo, cue.i)
                lead = t[first.lo].start if first is not None and first.lo >= lo else -1
                add(p, *span(p, agent_end, end), "reported", cue_text, agent.mention, at, lead=lead)
        return None, after_end
    if found is None and cue.base in lx.LABEL_VERBS:
        label(p, cue, None, lo, hi, cue_text)  # 'branded "manipulative" by Zelensky'
    return found, after_end


def _inverted_name(p: Para, cue: Cue) -> tuple[Found | None, int]:
    """Return a named inverted subject right after the cue ('..., said Jo Hill.'), if any."""
    found, end = p.src.after(cue.end)
    if found is None or found.mention.form != "name":
        return None, cue.end
    t = p.t
    if found.mention.hi < len(t) and not (
        t[found.mention.hi].text in (",", ".", ";", "?", "!")
        or t[found.mention.hi].sent != t[cue.i].sent
    ):
        return None, cue.end  # '..., recalled Mr. Obama talking about ...': an object
    return found, end


def _speaks(p: Para, cue: Cue, found: Found, lo: int, hi: int, cue_text: str) -> bool:
    """Tell whether the source speaks through this cue (no writer's "I", no description of
    its antecedent); a quoted label in a description is attributed here."""
    t = p.t
    source = found.mention
    if source.form == "pronoun" and source.head in ("i", "we", "you"):
        return False  # the writer speaking, or a generic "you"
    relative = found.lo < cue.i and t[found.lo].low in ("who", "which")
    if relative and (t[found.lo].low == "which" or cue.base in _STANCE_BASES):
        return False  # 'which describes ...', 'a member who supports Trump': descriptions
    if (
        found.lo > lo
        and t[found.lo - 1].low in _OBJECT_RELATIVE
        and not _complementizer(p, found.lo - 1, lo)
        and not (found.lo - 2 >= lo and t[found.lo - 2].low in lx.PREPOSITIONS)
    ):  # but "an interview in which he says ..." is speech
        # 'troops, whom he described as ...': the clause is about its antecedent; only a
        # quoted label in it is speech ('what they called "financial supermarkets"').
        if cue.base in lx.LABEL_VERBS:
            label(p, cue, source, lo, hi, cue_text)
        return False
    return not (cue.base in lx.LABEL_VERBS and label(p, cue, source, lo, hi, cue_text))


def _quote_after(
    p: Para, cue: Cue, found: Found, f: Frame, lo: int, hi: int, cue_text: str
) -> bool:
    """Attribute a quote right after the cue: 'X said: "..."', 'X wrote to his followers, "..."'."""
    qi = p.opens.get(f.k)
    if qi is None and not f.that:
        qi = quote_ahead(p, f.k, hi)
    if qi is None or clause_goes_on(p, qi, hi):
        return False
    at = p.t[cue.i].start
    add_quote(p, qi, cue_text, found.mention, at)
    joined_quotes(p, qi, +1, cue_text, found.mention, at)
    before = quote_before(p, min(found.lo, cue.i), lo)
    if before is not None and before < qi:
        add_quote(p, before, cue_text, found.mention, at)  # '"A," said X, "B."'
    return True


def _before_frame(
    p: Para, cue: Cue, found: Found, f: Frame, lo: int, hi: int, cue_text: str
) -> bool:
    """Attribute a quote or clause before the source and cue: '"...," X said', 'The plan
    is dead, he said.'"""
    if cue.kind != "verb" or f.that or f.colon:
        return False
    at = p.t[cue.i].start
    frame_lo = found.lo if f.after_end == cue.end else cue.i
    qi = quote_before(p, min(frame_lo, cue.i), lo)
    if qi is not None and _clause_follows(p, cue, f, hi):
        qi = None  # 'On "Sunday Futures," Rep. Issa said Clinton's ...': the clause after
    if qi is not None:
        quoted_before(p, qi, lo, cue_text, found.mention, at)
        return True
    strong = cue.base in lx.CLAUSE_VERBS and cue.base not in lx.WEAK_VERBS
    return strong and clause_before(
        p, min(frame_lo, cue.i), f.frame_end, lo, hi, cue_text, found.mention, at, cue.i
    )


def _clause_follows(p: Para, cue: Cue, f: Frame, hi: int) -> bool:
    """Tell whether a plain clause follows the cue ('X said Clinton's judgment is ...'), so
    that a quote before the source is no content of this cue."""
    if f.after_end > cue.end or f.k >= hi or frame_ends(p, f.frame_end, hi):
        return False  # '"...," he said, adding ...': the frame ends, the quote is its content
    if cue.base in OBJECT_VERBS:
        return False  # '"...," she told reporters after the meeting that ...'
    first = p.t[f.k]
    if not (
        first.cap or first.low in lx.DETERMINERS or first.low in lx.SUBJECT_PRONOUNS
    ) or first.low in ("when", "if", "where", "while", "as", "once", "after", "before"):
        return False  # '"...," Ms Gale said when asked ...': no subject, no clause
    end = clause_end(p, f.k, hi)
    return end - f.k >= 4 and looks_like_clause(p, f.k, end)


def _clause_after(p: Para, cue: Cue, found: Found, f: Frame, hi: int, cue_text: str) -> None:
    """Attribute the clause after the cue: 'X said (that) ...', "denied the claim",
    "agreed to ...", "X endorsed Y"."""
    t, k, source = p.t, f.k, found.mention
    if f.after_end > cue.end or k >= hi:
        return
    end = clause_end(p, k, hi)
    if end <= k or (t[k].in_quote and k not in p.opens):
        return
    if cue.base == "claim" and not (f.that or f.colon) and not looks_like_clause(p, k, end):
        return  # "claimed the title", "claimed victory": a prize won, not words said
    at = t[cue.i].start
    documented = source.form == "description" and source.head in lx.DOCUMENT_NOUNS
    strong = (
        f.that
        or f.colon
        or documented
        or (cue.base in lx.CLAUSE_VERBS and cue.base not in lx.WEAK_VERBS)
    )
    plain = cue.base in lx.SAY_VERBS and end - k >= (2 if cue.base == "say" else 4)
    lead, negated = _lead(p, cue, found)
    # "complaining of unfair charges": a preposition opens no statement of its own.
    fragment = t[k].low in lx.PREPOSITIONS and t[k].low != "that"
    # "refused to say ...", "warned them to stay away", "accused him of ...": no statement
    # without the verb; "denied the claim" reads whole beside its cue.
    verbal = not f.that and (
        cue.base in _BY_AGENT_VERBS or _infinitive(p, k, end, cue.base in OBJECT_VERBS)
    )
    if strong and end - k >= 2 and (f.that or f.colon or plain or looks_like_clause(p, k, end)):
        # An indirect question or a negated cue reads wrong alone: "whether ..." from
        # "would not confirm whether ...".
        shown = lead if (f.wh or negated or fragment or verbal) else -1
        add(p, *span(p, k, end), "reported", cue_text, source, at, lead=_start(p, shown))
    elif (
        cue.base in lx.NP_OBJECT_VERBS or documented or (t[k].low == "to" and cue.base in _TO_VERBS)
    ) and t[k].word:
        # "denied the claim", "agreed to ...": the verb is part of what was said.
        shown = lead if (verbal and not documented) or negated or fragment else -1
        add(p, *span(p, k, end), "reported", cue_text, source, at, lead=_start(p, shown))
    elif cue.base in _STANCE_BASES and t[k].word and f.after_end == cue.end and cue.kind == "verb":
        # "X endorsed Y"; as a participle, "..., forcefully denouncing the regime".
        first = found.lo if found.lo < cue.i and cue.kind == "verb" else cue.i
        add(p, t[first].start, t[end - 1].end, "action", cue_text, source, at)


def _infinitive(p: Para, k: int, end: int, objected: bool) -> bool:
    """Tell whether content at k is an infinitive, with or without its object: "to end
    his bid", "them not to sell", "the industry to do more" (no finite verb before "to")."""
    t = p.t
    for j in range(k, min(end, k + 5)):
        if t[j].low == "to":
            return (
                j == k
                or t[k].low in _OBJECT_PRONOUNS
                or t[j - 1].low in NEGATORS
                or (objected and t[k].low in lx.DETERMINERS and j - k <= 3)
            )
        if t[j].low in FINITE_WORDS or t[j].low in MODALS or t[j].in_quote:
            return False
    return False


_OBJECT_PRONOUNS = frozenset("him her them us me it you".split())


def _lead(p: Para, cue: Cue, found: Found) -> tuple[int, bool]:
    """Return where the cue's verb group starts, after its subject (its auxiliaries,
    negation and adverbs: "did not say", "has never denied"), and whether it is negated."""
    t = p.t
    stop = found.mention.hi if found.lo < cue.i and found.mention.hi <= cue.i else found.lo
    j = cue.i
    negated = False
    while (
        j - 1 >= max(stop, 0)
        and j - 1 > found.lo
        and not t[j - 1].in_quote
        and (
            t[j - 1].low in lx.AUXILIARIES
            or t[j - 1].low in MODALS
            or t[j - 1].low in NEGATORS
            or (t[j - 1].low in lx.ADVERBS and not t[j - 1].cap)
        )
    ):
        j -= 1
        negated = negated or t[j].low in NEGATORS
    return (j if found.lo < cue.i else cue.i), negated


def _start(p: Para, k: int) -> int:
    """Return the character offset of token k, or -1 for none."""
    return p.t[k].start if k >= 0 else -1


def _complementizer(p: Para, k: int, lo: int) -> bool:
    """Tell whether "that" at k opens a complement ("It's not that Cruz feels ..."), not a
    relative clause ("the deal that Trump proposed")."""
    t = p.t
    if t[k].low != "that" or k == lo:
        return t[k].low == "that" and k == lo
    prev = t[k - 1]
    return (
        not prev.word
        or prev.low in lx.AUXILIARIES
        or prev.low in ("not", "so", "such", "now")
        or prev.low in lx.SPEECH_VERBS
    )


def attribute(
    paragraph: int, tokens: list[Token], quotes: list[Quote], text: str, vocab: Vocabulary
) -> list[Attribution]:
    """Return the attributions found in one paragraph."""
    if not tokens:
        return []
    return run(make_para(paragraph, tokens, quotes, text, vocab))
