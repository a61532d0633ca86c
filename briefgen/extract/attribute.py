"""Pair what was said (quotes and reported clauses) with who said it, paragraph by paragraph.

Sources come out as mentions (a name, a pronoun, a description); `coref` later decides
which actor each one is. Attributions that continue the current speaker say so in
`inherit`: "previous" (a paragraph that is only a quote) or "chain" (a quote that runs
over paragraphs). The rules live in three layers: `paragraph` (state), `clauses` (where
content starts and ends), `shapes` (labels, "according to", loose quotes); this module
holds the main one, a verb cue and its source.
"""

from __future__ import annotations

from briefgen.extract import lexicon as lx
from briefgen.extract.cues import Cue, find_cues
from briefgen.extract.mentions import Vocabulary
from briefgen.extract.paragraph import Attribution
from briefgen.extract.phrases import np_after
from briefgen.extract.quotes import Quote
from briefgen.extract.shapes import ShapeRules
from briefgen.extract.sources import Found
from briefgen.extract.tokens import Token

__all__ = ["Attribution", "Paragraph", "attribute"]

OBJECT_VERBS = frozenset("tell ask inform assure warn remind urge advise brief".split())
# Verbs that put their subject after them: '"...," said Smith', '..., added the minister'.
INVERTING = frozenset(
    "say add ask write reply respond continue explain note insist recall argue declare exclaim "
    "shout warn quip joke counter agree conclude observe remark state report tweet whisper "
    "answer concede admit acknowledge suggest claim".split()
)


# Verbs whose "to ..." complement is what the source said or undertook: "agreed to end his bid".
_TO_VERBS = frozenset(
    "agree promise pledge vow refuse decline threaten offer ask urge hope expect".split()
)
# Words before a subject that make its clause describe something: "everything Trump says".
_OBJECT_RELATIVE = frozenset(
    "whom which that what everything anything something nothing all whatever".split()
)


class Paragraph(ShapeRules):
    """One paragraph and the attribution rules over it."""

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
        if (
            found.lo > lo
            and t[found.lo - 1].low in _OBJECT_RELATIVE
            and not self._complementizer(found.lo - 1, lo)
        ):
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
        elif (
            cue.base in lx.NP_OBJECT_VERBS
            or documented
            or (t[k].low == "to" and cue.base in _TO_VERBS)
        ) and t[k].word:
            self.add(
                *self.span(k, end), "reported", cue_text, source, at
            )  # "denied the claim", "agreed to ..."
        elif (
            cue.base in lx.STANCE_VERBS.values()
            and t[k].word
            and after_end == cue.end
            and cue.kind == "verb"
        ):
            # "X endorsed Y"; as a participle, "..., forcefully denouncing the regime".
            first = found.lo if found.lo < cue.i and cue.kind == "verb" else cue.i
            self.add(
                t[first].start, t[end - 1].end, "action", cue_text, source, at
            )  # "X endorsed Y"

    def _complementizer(self, k: int, lo: int) -> bool:
        """Tell whether "that" at k opens a complement ("It's not that Cruz feels ..."), not a
        relative clause ("the deal that Trump proposed")."""
        t = self.t
        if t[k].low != "that" or k == lo:
            return t[k].low == "that" and k == lo
        prev = t[k - 1]
        return (
            not prev.word
            or prev.low in lx.AUXILIARIES
            or prev.low in ("not", "so", "such", "now")
            or prev.low in lx.SPEECH_VERBS
        )

    def find_source(self, cue: Cue, lo: int) -> Found | None:
        """Return the source of a verb cue: its subject, or the sentence's speaker."""
        t = self.t
        if cue.kind == "participle":
            if cue.i > lo and t[cue.i - 1].word and not t[cue.i - 1].in_quote:
                found = self.src.before(cue.i)  # "with Sen. John McCain calling it ..."
                if found is not None and found.mention.form == "name":
                    return found
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


def attribute(
    paragraph: int, tokens: list[Token], quotes: list[Quote], text: str, vocab: Vocabulary
) -> list[Attribution]:
    """Return the attributions found in one paragraph."""
    if not tokens:
        return []
    return Paragraph(paragraph, tokens, quotes, text, vocab).run()
