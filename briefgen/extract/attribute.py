"""Pair what was said (quotes and reported clauses) with who said it, paragraph by paragraph.

Sources come out as mentions (a name, a pronoun, a description); `coref` later decides
which actor each one is. Attributions that continue the current speaker say so in
`inherit`: "previous" (a paragraph that is only a quote) or "chain" (a quote that runs
over paragraphs).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract import lexicon as lx
from briefgen.extract.cues import Cue, find_cues
from briefgen.extract.mentions import Mention, Vocabulary, np_after, np_before, read_phrase
from briefgen.extract.quotes import Quote
from briefgen.extract.sources import Found, Sources, intro
from briefgen.extract.tokens import Token

OBJECT_VERBS = frozenset("tell ask inform assure warn remind urge advise brief".split())
# Verbs that put their subject after them: '"...," said Smith', '..., added the minister'.
INVERTING = frozenset(
    "say add ask write reply respond continue explain note insist recall argue declare exclaim "
    "shout warn quip joke counter agree conclude observe remark state report tweet whisper "
    "answer concede admit acknowledge suggest claim".split()
)
_STOP_PARTICIPLES = lx.PARTICIPLE_CUES | {"according"}
_SUBORDINATORS = frozenset(
    "as while whereas although though because since despite amid after before which".split()
)
_FINITE = lx.AUXILIARIES | frozenset(
    "can cannot could would should will won't wouldn't couldn't shouldn't can't don't doesn't didn't "
    "isn't wasn't aren't weren't hasn't haven't hadn't ’s 's must might may shall".split()
)
_COMMON_VERBS_S = frozenset(
    "wants needs shows provides remains seems knows gets makes takes gives goes comes looks "
    "works means keeps holds leads runs plans hopes believes thinks supports opposes faces "
    "continues includes requires allows helps puts sees feels tries becomes".split()
)
# Nouns of saying that take a "that" clause: "Trump's claim that the vote was rigged".
CLAIM_NOUNS = frozenset(
    "claim claims assertion assertions allegation allegations argument insistence suggestion "
    "warning promise pledge comment comments remark remarks view belief contention charge "
    "accusation accusations denial statement prediction".split()
)
_PPS = frozenset(
    "on in at during to via through late early last this earlier later from over".split()
)
_JOINERS = ("and", ",", "or")


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


class Paragraph:
    """The tokens, quotes and cues of one paragraph, and the attribution rules over them."""

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

    def run(self) -> list[Attribution]:
        """Apply the rules: cues left to right, then the quotes no cue reached."""
        cues = find_cues(self.t)
        # Speech cues first, so "..., the Kremlin confirmed" claims its clause before a
        # stance verb inside it ("and shared ...") can.
        cues.sort(
            key=lambda c: (
                c.base in lx.STANCE_VERBS.values() and c.base not in lx.SPEECH_VERBS.values(),
                c.i,
            )
        )
        for cue in cues:
            if self.covered(self.t[cue.i].start):
                continue  # a cue inside reported content: "what leaders said"
            if cue.kind == "according":
                self.according(cue)
            else:
                self.verb(cue)
        self.noun_cues()
        self.loose_quotes()
        self.out.sort(key=lambda a: a.start)
        return self.out

    def noun_cues(self) -> None:
        """Attribute 'X's claim that ...' (a possessive and a noun of saying, then "that")."""
        t = self.t
        for i in range(2, len(t) - 2):
            if t[i].low not in CLAIM_NOUNS or t[i + 1].low != "that" or t[i].in_quote:
                continue
            if t[i - 1].low not in ("’s", "'s") or self.covered(t[i].start):
                continue
            owner_lo = np_before(t, i - 1, self.vocab)
            owner = (
                read_phrase(t, owner_lo, i - 1, self.vocab, self.text) if owner_lo < i - 1 else None
            )
            if owner is None or owner.form not in ("name", "description"):
                continue
            _, hi = self.sentence(i)
            end = self.first_clause(i + 2, hi)
            if end - (i + 2) >= 2:
                self.add(
                    t[i + 2].start,
                    t[end - 1].end,
                    "reported",
                    self.text[t[i].start : t[i + 1].end],
                    owner,
                    t[i].start,
                )

    def first_clause(self, k: int, hi: int) -> int:
        """Return where an embedded clause ends: before the second verb group ('... was rigged angered')."""
        t = self.t
        groups = 0
        in_group = False
        for j in range(k, self.clause_end(k, hi)):
            tok = t[j]
            participle = not tok.cap and len(tok.low) > 4 and tok.low.endswith("ed")
            verbish = participle or (
                not tok.cap and (tok.low in _FINITE or tok.low in _COMMON_VERBS_S)
            )
            # A verb group is auxiliaries then at most one participle: "was rigged" | "angered".
            if verbish and (not in_group or (participle and t[j - 1].low.endswith("ed"))):
                groups += 1
                if groups == 2:
                    return j
            in_group = verbish
        return self.clause_end(k, hi)

    # -- bookkeeping --------------------------------------------------------------
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

    # -- reading the words around a cue --------------------------------------------------
    def skip_pps(self, k: int, hi: int) -> int:
        """Skip phrases after a cue: "on Friday", "in a statement", "to reporters"."""
        t = self.t
        for _ in range(4):
            if k < hi and t[k].low in _PPS and not t[k].in_quote:
                end = np_after(t, k + 1, self.vocab)
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

    def clause_end(self, k: int, hi: int) -> int:
        """Return the token index where a reported clause starting at k ends."""
        t = self.t
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
            if tok.low in ("and", "but") and nxt is not None and j > k + 2:
                after = t[j + 2] if j + 2 < hi else None
                if (
                    nxt.low in lx.SUBJECT_PRONOUNS and after is not None and not after.in_quote
                ) or (nxt.low in lx.SPEECH_VERBS and not nxt.cap):
                    return j - 1 if t[j - 1].text == "," else j
        return hi

    def looks_like_clause(self, k: int, end: int) -> bool:
        """Tell whether tokens k..end hold a finite verb (a clause, not a bare noun phrase)."""
        t = self.t
        for j in range(k, min(end, k + 25)):
            tok = t[j]
            low = tok.low
            if low in _FINITE or low.endswith("n't"):
                return True
            if j > k and not tok.cap:
                if len(low) > 4 and low.endswith("ed") and t[j - 1].low not in lx.DETERMINERS:
                    return True
                if low in lx.SPEECH_VERBS or low in _COMMON_VERBS_S:
                    return True
        return False

    def title_like(self, qi: int) -> bool:
        """Tell whether a quote reads as a title or nickname ("This Week"), not speech."""
        q = self.quotes[qi]
        words = self.text[q.start : q.end].strip(" ,.").split()
        return (
            0 < len(words) <= 6
            and all(
                w[:1].isupper()
                or w.lower() in ("of", "the", "a", "and", "de", "in", "on", "for", "to")
                for w in words
            )
            and words[0][:1].isupper()
        )

    def quote_before(self, frame_lo: int, lo: int) -> int | None:
        """Return the quote that closes shortly before a frame ('"...," said X'), if any."""
        t = self.t
        for j in range(frame_lo - 1, max(lo, frame_lo - 16) - 1, -1):
            if j in self.closes:
                qi = self.closes[j]
                q = self.quotes[qi]
                ends_clause = self.text[q.end - 1 : q.end] in (",", ".", "?", "!", "—") or (
                    j + 1 < len(t) and t[j + 1].text in (",", "—")
                )
                if not ends_clause:
                    return None  # '"cautious optimism" over a peace process, the Kremlin said
                return (
                    None
                    if self.title_like(qi)
                    and len(self.text[self.quotes[qi].start : self.quotes[qi].end].split()) < 3
                    else qi
                )
            tok = t[j]
            if tok.in_quote:
                return None
            if tok.word and (tok.low in _FINITE or (tok.low in lx.SPEECH_VERBS and not tok.cap)):
                return None
        return None

    # -- the rules --------------------------------------------------------------------
    def verb(self, cue: Cue) -> None:
        t = self.t
        lo, hi = self.sentence(cue.i)
        at = t[cue.i].start
        cue_text = self.text[t[cue.i].start : t[cue.end - 1].end]
        if self.naming(cue):
            return
        found = self.find_source(cue, lo)
        after_end = cue.end
        if (
            found is None
            and cue.kind == "verb"
            and cue.base in INVERTING
            and cue.i > lo
            and (t[cue.i - 1].text == "," or cue.i - 1 in self.closes)
        ):
            found, after_end = self.src.after(cue.end)  # '"...," said Smith'
        if found is None:
            if cue.base in lx.LABEL_VERBS:
                self.label(cue, None, lo, hi, cue_text)  # 'branded "manipulative" by Zelensky'
            return
        source = found.mention
        if source.form == "pronoun" and source.head in ("i", "we", "you"):
            return  # the writer speaking, or a generic "you"
        relative = found.lo < cue.i and t[found.lo].low in ("who", "which")
        if relative and (t[found.lo].low == "which" or cue.base in lx.STANCE_VERBS.values()):
            return  # 'which describes ...', 'a member who supports Trump': descriptions, not claims
        if found.lo > lo and t[found.lo - 1].low in ("whom", "which", "that", "what"):
            # 'troops, whom he described as ...': the clause is about its antecedent; only a
            # quoted label in it is speech ('what they called "financial supermarkets"').
            if cue.base in lx.LABEL_VERBS:
                self.label(cue, source, lo, hi, cue_text)
            return
        if cue.base in lx.LABEL_VERBS and self.label(cue, source, lo, hi, cue_text):
            return
        k = after_end
        if cue.base in OBJECT_VERBS and k < hi and t[k].word and not t[k].in_quote:
            obj_end = np_after(t, k, self.vocab)
            if not (
                obj_end < hi and t[obj_end].low == "to"
            ):  # 'urged the industry to do more' keeps its object
                k = max(k, obj_end)
        k = frame_end = self.skip_pps(k, hi)
        colon = False
        while (
            k < hi
            and not t[k].in_quote
            and (
                t[k].text in (",", ":")
                or (t[k].low in lx.ADVERBS and not t[k].cap)
                or t[k].low.endswith("ly")
            )
        ):
            colon = colon or t[k].text == ":"
            k += 1
        that = (
            k < hi
            and t[k].low in ("that", "whether", "if", "how", "why", "what", "when", "who")
            and not t[k].in_quote
        )
        if that and t[k].low == "that":
            k += 1
            k = self.skip_aside(k, hi)  # 'reported that, according to X, ...'
        # 1. A quote right after the cue: 'X said: "..."' or 'X wrote to his followers, "..."'.
        qi = self.opens.get(k)
        if qi is None and not that:
            qi = self.quote_ahead(k, hi)
        if qi is not None and not self.clause_goes_on(qi, hi):
            self.add_quote(qi, cue_text, source, at)
            self.joined_quotes(qi, +1, cue_text, source, at)
            before = self.quote_before(min(found.lo, cue.i), lo)
            if before is not None and before < qi:
                self.add_quote(before, cue_text, source, at)  # '"A," said X, "B."'
            return
        if cue.kind == "verb" and not that and not colon:
            # 2. A quote right before the source and cue: '"...," X said'.
            frame_lo = found.lo if after_end == cue.end else cue.i
            qi = self.quote_before(min(frame_lo, cue.i), lo)
            if qi is not None:
                self.quoted_before(qi, lo, cue_text, source, at)
                return
            # 3. A clause before the frame: 'The plan is dead, he said.'
            strong = cue.base in lx.CLAUSE_VERBS and cue.base not in lx.WEAK_VERBS
            if strong and self.clause_before(
                min(frame_lo, cue.i), frame_end, lo, hi, cue_text, source, at, cue.i
            ):
                return
        # 4. A clause after the cue: 'X said (that) ...'.
        if after_end > cue.end or k >= hi:
            return
        end = self.clause_end(k, hi)
        if end <= k or (t[k].in_quote and k not in self.opens):
            return
        documented = source.form == "description" and source.head in lx.DOCUMENT_NOUNS
        strong = (
            that
            or colon
            or documented
            or (cue.base in lx.CLAUSE_VERBS and cue.base not in lx.WEAK_VERBS)
        )
        plain = cue.base in lx.SAY_VERBS and end - k >= (2 if cue.base == "say" else 4)
        if strong and end - k >= 2 and (that or colon or plain or self.looks_like_clause(k, end)):
            self.add(*self.span(k, end), "reported", cue_text, source, at)
        elif (cue.base in lx.NP_OBJECT_VERBS or documented) and t[k].word:
            self.add(*self.span(k, end), "reported", cue_text, source, at)  # "denied the claim"
        elif (
            cue.base in lx.STANCE_VERBS.values()
            and t[k].word
            and cue.kind == "verb"
            and after_end == cue.end
        ):
            first = found.lo if found.lo < cue.i else cue.i
            self.add(
                t[first].start, t[end - 1].end, "action", cue_text, source, at
            )  # "X endorsed Y"

    def naming(self, cue: Cue) -> bool:
        """Tell whether a label verb names something: 'a move called the boneless'."""
        t = self.t
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

    def skip_aside(self, k: int, hi: int) -> int:
        """Skip a comma-enclosed aside at k: 'that, according to an analysis, 85 of ...'."""
        t = self.t
        if k < hi and t[k].text == "," and not t[k].in_quote:
            for j in range(k + 1, min(hi, k + 25)):
                if t[j].text == "," and not t[j].in_quote:
                    return j + 1
        return k

    def quote_ahead(self, k: int, hi: int) -> int | None:
        """Return a quote that opens a few words after a cue, after a comma or colon."""
        t = self.t
        for j in range(k, min(hi, k + 12)):
            if j in self.opens:
                return self.opens[j] if j > k and t[j - 1].text in (",", ":") else None
            tok = t[j]
            if (
                tok.in_quote
                or tok.low in _FINITE
                or tok.low in lx.SPEECH_VERBS
                or tok.text in (".", ";")
            ):
                return None
        return None

    def clause_goes_on(self, qi: int, hi: int) -> bool:
        """Tell whether words of the same clause follow a quote: 'saying "on her worst day" she'd ...'."""
        close = self.close_tok.get(qi)
        if close is None:
            return False
        j = close + 1
        if j < hi and self.t[j].text in (",", "."):
            return False
        if j >= hi or not self.t[j].word or self.t[j].in_quote:
            return False
        if self.t[j].low in ("and", "or") and j + 1 in self.opens:
            return False  # '"A" and "B"': joined quotes
        return self.t[j].low not in lx.SPEECH_VERBS and self.t[j].low not in lx.SUBJECT_PRONOUNS

    def frame_ends(self, k: int, hi: int) -> bool:
        """Tell whether nothing said follows a cue: the sentence ends or an aside begins."""
        t = self.t
        if k >= hi:
            return True
        tok = t[k]
        if tok.text in (".", "!", "?", ",", ";", "—", "–", "-", ")"):
            return True
        return tok.low in _SUBORDINATORS or tok.low in lx.PREPOSITIONS or tok.low.endswith("ing")

    def find_source(self, cue: Cue, lo: int) -> Found | None:
        """Return the source of a verb cue: its subject, or the sentence's speaker."""
        t = self.t
        if cue.kind == "participle":
            return self.sentence_speaker(lo, cue.i)
        j = cue.i - 1
        while j >= lo and t[j].low in lx.ADVERBS - lx.AUXILIARIES:
            j -= 1
        if j - 1 >= lo and t[j].low in ("and", "or") and t[j - 1].low.endswith("ed"):
            j -= 2  # "were mocked and criticized"
        passive_form = t[cue.i].low.endswith(
            ("ed", "told", "said", "written", "known", "shown", "found", "thought", "sought")
        )
        if (
            passive_form
            and j >= lo
            and t[j].low in ("was", "were", "been", "be", "is", "are", "being")
        ):
            return None  # passive: "the attacks were claimed by ..."
        if (
            passive_form
            and cue.end < len(t)
            and t[cue.end].low == "by"
            and j >= lo
            and not t[j].cap
            and t[j].low not in lx.PRONOUNS
        ):
            return None  # "a party favorite backed by ..."
        if (
            j >= lo
            and t[j].low in ("after", "before", "while", "when", "upon")
            and t[cue.i].low.endswith("ing")
        ):
            return self.subject_after_comma(cue.i, lo)  # "After saying ..., the man ..."
        found = self.src.before(cue.i)
        if found is None:
            j = self.src.skip_left(cue.i - 1)
            if j > lo and t[j].low in ("and", "but") and not t[j].in_quote:
                # "X said ... and stressed ...": the speaker of the verb before.
                start, end = t[lo].start, t[j].start
                earlier = [a for a in self.out if start <= a.at < end and a.source is not None]
                if earlier:
                    return Found(max(earlier, key=lambda a: a.at).source, j)
        return found

    def subject_after_comma(self, i: int, lo: int) -> Found | None:
        """Return the subject that follows an opening clause: 'After saying X, the man ...'."""
        _, hi = self.sentence(i)
        comma = next(
            (j for j in range(i, hi) if self.t[j].text == "," and not self.t[j].in_quote), None
        )
        if comma is None:
            return None
        mention = self.src.subject(comma + 1, hi)
        return Found(mention, comma + 1) if mention is not None else None

    def sentence_speaker(self, lo: int, i: int) -> Found | None:
        """Return who speaks in this sentence before token i: an earlier source, else the subject."""
        start, end = self.t[lo].start, self.t[i].start
        earlier = [a for a in self.out if start <= a.at < end and a.source is not None]
        if earlier:
            return Found(max(earlier, key=lambda a: a.at).source, i)
        mention = self.src.subject(lo, i)
        return Found(mention, i) if mention is not None else None

    def joined_quotes(self, qi: int, step: int, cue_text: str, source: Mention, at: int) -> None:
        """Give the same source to neighbouring quotes joined by "and" or a comma."""
        while 0 <= qi + step < len(self.quotes):
            left, right = (qi, qi + 1) if step > 0 else (qi - 1, qi)
            if left not in self.close_tok or right not in self.open_tok:
                return
            between = self.t[self.close_tok[left] + 1 : self.open_tok[right]]
            if len(between) > 2 or not all(tok.low in _JOINERS for tok in between):
                return
            qi += step
            self.add_quote(qi, cue_text, source, at)

    def quoted_before(self, qi: int, lo: int, cue_text: str, source: Mention, at: int) -> None:
        """Attribute a quote before its cue; a quote that ends a clause takes the clause too."""
        t = self.t
        k = self.open_tok.get(qi)
        first = lo
        while k is not None and first < k and t[first].low in ("but", "and", "yet", "so", "still"):
            first += 1
        if (
            k is not None
            and k > first + 1
            and t[k - 1].text not in (":", ",")
            and not self._quoted_span(first, k)
        ):
            # 'But the benefit is "10 times the losses," he said': the clause is the position.
            self.add(t[first].start, self.quotes[qi].end, "reported", cue_text, source, at)
            return
        self.add_quote(qi, cue_text, source, at)
        self.joined_quotes(qi, -1, cue_text, source, at)

    def _quoted_span(self, lo: int, hi: int) -> bool:
        """Tell whether tokens lo..hi already hold a quote (then the clause is not one piece)."""
        return any(lo <= k < hi for k in self.closes)

    def clause_before(
        self,
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
        t = self.t
        if frame_lo <= lo + 1 or t[frame_lo - 1].text != ",":
            return False
        if not self.frame_ends(k, hi):
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
            end = self.clause_end(k + 1, hi)
            if not self.looks_like_clause(k + 1, end):
                return False
        elif not self.looks_like_clause(lo, frame_lo - 1):
            return False  # 'On Thursday, Comey will testify': an opening phrase, not a claim
        if t[lo].low == "according":
            return False
        self.add(t[lo].start, t[end - 1].end, "reported", cue_text, source, at)
        return True

    def label(self, cue: Cue, source: Mention | None, lo: int, hi: int, cue_text: str) -> bool:
        """Attribute a quoted label: 'called it "false"', 'branded "manipulative" by X'."""
        t = self.t
        at = t[cue.i].start
        for k in range(cue.end, min(hi, cue.end + 25)):
            if k in self.opens:
                qi = self.opens[k]
                if not (k - cue.end <= 4 or t[k - 1].low == "as") or self.title_like(qi):
                    return False
                close = self.close_tok.get(qi)
                by = close + 1 if close is not None else hi
                if by < hi and t[by].low == "by":
                    end = np_after(t, by + 1, self.vocab)
                    passive = (
                        read_phrase(t, by + 1, end, self.vocab, self.text, subject=True)
                        if end > by + 1
                        else None
                    )
                    if passive is not None:
                        self.add_quote(qi, cue_text, passive, at)
                        return True
                if source is None:
                    return False
                if k > cue.end and t[cue.end].word and not t[cue.end].in_quote:
                    # 'called the chaos "a lesson I had to learn" about ...': the whole label.
                    end = self.clause_end(cue.end, hi)
                    self.add(t[cue.end].start, t[end - 1].end, "reported", cue_text, source, at)
                    return True
                self.add_quote(qi, cue_text, source, at)
                self.joined_quotes(qi, +1, cue_text, source, at)
                return True
            if t[k].text in (".", ";") or (t[k].low in lx.SPEECH_VERBS and not t[k].in_quote):
                return False
        return False

    def according(self, cue: Cue) -> None:
        """Attribute around 'according to X': the clause before it, or after it."""
        t = self.t
        lo, hi = self.sentence(cue.i)
        found, end = self.src.after(cue.end)
        if found is None:
            return
        at = t[cue.i].start
        end = self.skip_pps(end, hi)
        if cue.i > lo + 1 and t[cue.i - 1].text == ",":
            if t[cue.i - 2].low == "that":
                return  # 'reported that, according to X, ...': X is the reporter's source
            stop = cue.i - 1
            s0, s1 = t[lo].start, t[stop - 1].end
            if any(s0 <= a.start and a.end <= s1 for a in self.out):
                return  # 'The company said profits rose, according to a statement': already said
            if end < hi and t[end].text == "," and end + 1 < hi:
                stop = self.clause_end(end + 1, hi)  # "X, according to Y, is Z"
                self.add(
                    t[lo].start, t[stop - 1].end, "reported", "according to", found.mention, at
                )
                return
            self.add(t[lo].start, t[stop - 1].end, "reported", "according to", found.mention, at)
            return
        first = lo
        while first < cue.i and t[first].low in ("but", "and", "yet", "so"):
            first += 1
        if cue.i == first:
            k = end
            while k < hi and t[k].text == "," and not t[k].in_quote:
                k += 1
            stop = self.clause_end(k, hi)
            if stop - k >= 2:
                self.add(t[k].start, t[stop - 1].end, "reported", "according to", found.mention, at)

    def loose_quotes(self) -> None:
        """Attribute quotes no cue reached: quote-only paragraphs, chains, continuations."""
        t = self.t
        frame_words = [tok for tok in t if not tok.in_quote and tok.word]
        only_quotes = bool(self.quotes) and all(
            tok.low in ("and", "but", "or") for tok in frame_words
        )
        for qi, q in enumerate(self.quotes):
            if self.covered(q.start, q.end):
                continue
            if only_quotes:
                self.add_quote(qi, "", None, q.start, inherit="previous")
                continue
            if q.open_mark < 0 or q.close_mark < 0:
                self.add_quote(qi, "", None, q.start, inherit="chain")
                continue
            k = self.open_tok.get(qi)
            if k is None:
                continue
            if k > 0 and t[k - 1].text == ":" and self.colon_intro(qi, k - 1):
                continue
            earlier = [a for a in self.out if a.start < q.start and a.source is not None]
            if earlier and (k == 0 or t[k - 1].sent != t[k].sent):
                # '"A," Kelly said. "B."': a quote that opens a sentence continues the speaker.
                self.add_quote(qi, "", earlier[-1].source, earlier[-1].at)
                continue
            self.quoted_verb(qi, k)

    def colon_intro(self, qi: int, colon: int) -> bool:
        """Attribute 'Name: "..."' where a name (or description) alone introduces a quote."""
        t = self.t
        lo, _ = self.sentence(colon)
        start = colon - 1
        while start >= lo and t[start].text not in ("-", "—", "–", "--") and not t[start].in_quote:
            start -= 1
        start += 1
        j = colon - 1
        if t[j].text == ")":
            j = self.src.skip_left(j)
        if j < start or not t[j].word:
            return False
        np_lo = np_before(t, j + 1, self.vocab)
        if np_lo != start:
            return False
        source = read_phrase(t, np_lo, j + 1, self.vocab, self.text, subject=True)
        if source is None or source.form == "relative":
            return False
        self.add_quote(qi, ":", source, t[colon].start)
        return True

    def quoted_verb(self, qi: int, k: int) -> None:
        """Attribute a quoted verb phrase right after the subject: 'Trump's post "strongly requested" ...'."""
        t = self.t
        lo, hi = self.sentence(k)
        j = self.src.skip_left(k - 1)
        if j < lo or not t[j].word or t[j].in_quote:
            return
        np_lo = np_before(t, j + 1, self.vocab)
        if not (
            np_lo == lo or (np_lo > lo and t[np_lo - 1].text == "," and intro(t, lo, np_lo - 1))
        ):
            return
        source = read_phrase(t, np_lo, j + 1, self.vocab, self.text)
        if source is None or source.form not in ("name", "pronoun", "description"):
            return
        s0, s1 = self.span(lo, hi)
        # Only when the same subject speaks elsewhere in the sentence ("..., adding ...").
        if any(
            s0 <= a.at < s1 and a.source is not None and a.source.start == source.start
            for a in self.out
        ):
            self.add_quote(qi, "", source, t[k].start)


def _trim(text: str, start: int, end: int, keep_stop: bool = False) -> tuple[int, int]:
    """Drop surrounding spaces and trailing commas (and, outside quotes, a final period)."""
    strip = ",;:—–" if keep_stop else ".,;:—–"
    while start < end and (text[start].isspace() or text[start] in ",:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return start, end


def attribute(
    paragraph: int, tokens: list[Token], quotes: list[Quote], text: str, vocab: Vocabulary
) -> list[Attribution]:
    """Return the attributions found in one paragraph."""
    if not tokens:
        return []
    return Paragraph(paragraph, tokens, quotes, text, vocab).run()
