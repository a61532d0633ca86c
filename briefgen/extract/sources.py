"""Find the source of a cue: the subject before it, an inverted subject after it, or the
subject of the sentence (for "..., adding that ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract import lexicon as lx
from briefgen.extract.asides import FINITE, skip_left
from briefgen.extract.mentions import Mention, Vocabulary, find_mentions
from briefgen.extract.phrases import (
    SPOKESPEOPLE,
    described,
    np_after,
    np_before,
    read_phrase,
    spokesperson,
)
from briefgen.extract.tokens import Token


@dataclass
class Found:
    """A source mention and the first token of the frame it stands in."""

    mention: Mention
    lo: int


class Sources:
    """Source-finding rules over the tokens of one paragraph."""

    def __init__(self, tokens: list[Token], vocab: Vocabulary, text: str) -> None:
        self.t = tokens
        self.vocab = vocab
        self.text = text
        self.aside: tuple[int, int] | None = None  # the last aside skip_left passed over

    def role_in(self, lo: int, hi: int) -> str | None:
        """Return the role an appositive gives: ', a doctor at the hospital,' -> 'doctor at the hospital'."""
        t = self.t
        if lo >= hi or t[lo].low not in ("a", "an", "the") or hi - lo > 12:
            return None
        if any(
            tok.low in FINITE or tok.in_quote or tok.low in ("who", "which") for tok in t[lo:hi]
        ):
            return None
        words = t[lo + 1 : hi]
        if (
            not words
            or len(words) > 8
            or not all(w.word or w.text in ("-", "’s", ".") for w in words)
        ):
            return None
        return self.text[words[0].start : words[-1].end]

    def _with_role(self, found: Found | None, block: tuple[int, int] | None) -> Found | None:
        if found is None or block is None or found.mention.form != "name":
            return found
        role = self.role_in(*block)
        if role and role not in found.mention.roles:
            found.mention.roles.append(role)
            if found.mention.kind is None and any(w in lx.ROLE_NOUNS for w in role.lower().split()):
                found.mention.kind = "person"
        return found

    def skip_left(self, j: int) -> int:
        """Move left from token j over adverbs, time phrases, parentheses and asides,
        keeping the last aside passed over in `aside`."""
        j, aside = skip_left(self.t, j)
        if aside is not None:
            self.aside = aside
        return j

    def before(self, i: int) -> Found | None:
        """Return the subject of the cue at token i, looking left."""
        self.aside = None
        found = self._before(i)
        weak = found is not None and (
            found.mention.form == "description"
            or found.mention.kind not in ("person", None)
            or (found.mention.kind is None and " " not in found.mention.name)
        )
        if (
            found is not None
            and weak
            and self.aside is not None
            and self.t[self.aside[0]].low not in ("like", "including", "such", "unlike")
        ):
            # "One of the jilted bidders, Netherlands-based group LNM, said": the name in the aside.
            named = [
                m
                for m in find_mentions(self.t[self.aside[0] : self.aside[1]], self.vocab, self.text)
                if m.kind not in ("place", "state")
                and (found.mention.form == "description" or m.kind == "person")
            ]
            if named:
                m = named[-1]
                return Found(m, self.aside[0] + m.lo)
        if (
            found is not None
            and found.mention.form == "description"
            and found.lo >= 2
            and self.t[found.lo - 1].text == ","
        ):
            # "Dr John E. Kelly, IBM senior vice president, ..., said": the role's owner.
            lo2 = np_before(self.t, found.lo - 1, self.vocab)
            owner = (
                read_phrase(self.t, lo2, found.lo - 1, self.vocab, self.text)
                if lo2 < found.lo - 1
                else None
            )
            if (
                owner is not None
                and owner.form == "name"
                and owner.kind not in ("place", "state", "organisation")
            ):
                role = (
                    self.text[self.t[found.lo].start : self.t[found.mention.hi - 1].end]
                    if found.mention.hi > found.lo
                    else found.mention.name
                )
                owner.roles.append(role)
                return Found(owner, lo2)
        return self._with_role(found, self.aside)

    def _before(self, i: int) -> Found | None:
        t = self.t
        j = self.skip_left(i - 1)
        if j > 0 and t[j].text == "," and not t[j].in_quote:
            # "Another delegate on the slate, Jim Poolman, said": the name between commas.
            lo = np_before(t, j, self.vocab)
            if 0 < lo < j and t[lo - 1].text == ",":
                named = read_phrase(t, lo, j, self.vocab, self.text)
                if named is not None and named.form == "name":
                    return Found(named, lo)
            if not (t[j - 1].cap and t[j - 1].word and _unpaired_comma(t, j)):
                return None
            j -= 1  # '"...," Jo Bloggs from the Acme Association, told ...': a stray comma
        if j < 0 or not t[j].word or t[j].in_quote:
            return None
        if (
            t[j].low in ("him", "her", "them", "me", "us", "it")
            and j >= 2
            and t[j - 1].low in ("to", "with", "of")
        ):
            # "a source close to him", "people familiar with it": the phrase is the subject.
            j -= 2
            while (
                j >= 0
                and t[j].word
                and t[j].low in ("close", "familiar", "knowledge", "near", "loyal", "opposed")
            ):
                j -= 1
        lo = np_before(t, j + 1, self.vocab)
        if lo > j:
            return None
        if lo == j and t[j].low.isdigit() and j >= 2 and t[j - 1].low == "in":
            lo = j - 2  # "six in 10 said": a share of those polled
        group = self._group_of(lo, j)
        if group is not None:
            return group
        if lo >= 2 and t[lo - 1].low in ("for", "of", "at") and t[lo - 2].low in SPOKESPEOPLE:
            # "A spokesman for the Information Commissioner's Office said"
            lo2 = np_before(t, lo - 1, self.vocab)
            whole = spokesperson(t, lo2, j + 1, self.text)
            if whole is not None:
                return Found(whole, lo2)
        if lo >= 2 and t[lo - 1].low == "who" and t[lo - 2].word:
            # "some who advocate free speech argue": the subject is before "who".
            lo2 = np_before(t, lo - 1, self.vocab)
            if lo2 < lo - 1:
                mention = read_phrase(t, lo2, lo - 1, self.vocab, self.text, subject=True)
                if mention is not None:
                    return Found(mention, lo2)
        mention = read_phrase(t, lo, j + 1, self.vocab, self.text, subject=True)
        if mention is None:
            return None
        if mention.form == "pronoun" and mention.head in ("him", "her", "them", "me", "us"):
            return None
        if mention.form == "relative":
            return self.antecedent(lo)
        owner = self._owner_of(mention, lo)
        if owner is not None:
            return owner
        return Found(mention, lo)

    def _owner_of(self, mention: Mention, lo: int) -> Found | None:
        """Return who owns a subject that is a place or a body after "of", "from" or "at":
        "Sen. Tom Carper of Delaware said", "Maria Lopez of the Daily Courier said" (the
        person speaks), "A report by the Audit Office said" (the report, the Office's)."""
        t = self.t
        untyped = mention.form == "name" and mention.kind is None
        if not (
            (mention.kind in ("place", "state", "organisation") or untyped)
            and lo >= 2
            and t[lo - 1].low in ("of", "from", "at", ",")
        ):
            return None
        # "Stacy Baker of Columbia, South Carolina says": over commas and names to the "of".
        k = lo - 1
        while k > 0 and t[k].low not in ("of", "from", "at"):
            if not (t[k].text == "," or (t[k].cap and t[k].word)):
                return None
            k -= 1
        if k <= 0:
            return None
        owner_lo = np_before(t, k, self.vocab)
        owner = (
            read_phrase(t, owner_lo, k, self.vocab, self.text, subject=True)
            if owner_lo < k
            else None
        )
        if owner is None:
            return None
        if (
            owner.form == "description"
            and owner.head in lx.DOCUMENT_NOUNS
            and mention.form == "name"
            and t[k].low != "at"
        ):
            owner.publisher = mention  # "A report by the Audit Office said": the Office's
            return Found(owner, owner_lo)
        if (
            (owner.form == "name" or (owner.form == "description" and _role_head(owner.head)))
            and owner.kind not in ("place", "state")
            and (not untyped or _person_like(owner))
        ):
            return Found(owner, owner_lo)  # "Maria Lopez of the Daily Courier said"
        return None

    def _group_of(self, lo: int, j: int) -> Found | None:
        """Return "Critics of Mr Blair" as one source: the critics speak, not Mr Blair."""
        t = self.t
        # "Critics of Mr Blair" may read as one capitalised name: its "of" is inside.
        inner = next(
            (
                k
                for k in range(lo + 1, j)
                if t[k].low in ("of", "for") and t[k - 1].low in _GROUP_HEADS
            ),
            None,
        )
        if inner is not None:
            lo = inner + 1
        if lo < 2 or t[lo - 1].low not in ("of", "for") or t[lo - 2].low not in _GROUP_HEADS:
            return None
        first = np_before(t, lo - 1, self.vocab) if inner is None else inner - 1
        while inner is not None and first > 0 and t[first - 1].low in lx.DETERMINERS:
            first -= 1
        if first > lo - 2:
            return None
        start = first
        while start < lo - 2 and t[start].low in lx.DETERMINERS:
            start += 1
        mention = described(t, first, start, j + 1, self.text, kind="group", head=t[lo - 2].low)
        return Found(mention, first)

    def antecedent(self, who: int) -> Found | None:
        """Return what a relative pronoun at token `who` refers to: the last name before it."""
        t = self.t
        start = who
        while start > 0 and t[start - 1].sent == t[who].sent:
            start -= 1
        names = [
            m
            for m in find_mentions(t[start:who], self.vocab, self.text)
            if m.kind in (None, "person", "organisation", "group")
        ]
        if not names:
            k = who - 1
            if k >= 0 and t[k].text == ",":
                k -= 1
            if k < 0 or not t[k].word:
                return None
            lo = np_before(t, k + 1, self.vocab)
            mention = (
                read_phrase(t, lo, k + 1, self.vocab, self.text, subject=True) if lo <= k else None
            )
            return (
                Found(mention, lo) if mention is not None and mention.form != "relative" else None
            )
        # Prefer a name that opens a comma-separated segment: "Feinstein, the ranking Democrat ..., who".
        for m in reversed(names):
            lo = start + m.lo
            if (
                lo == start
                or t[lo - 1].text in (",", "—", ":", ";")
                or t[lo - 1].low in lx.SPEECH_VERBS
            ):
                return Found(_shift(m, start), lo)
        last = _shift(names[-1], start)
        return Found(last, last.lo)

    def after(self, k: int) -> tuple[Found | None, int]:
        """Return an inverted subject starting at token k ("said Smith") and where it ends."""
        end = np_after(self.t, k, self.vocab)
        if end <= k:
            return None, k
        mention = read_phrase(self.t, k, end, self.vocab, self.text, subject=True)
        if mention is None or mention.form == "relative":
            return None, k
        # An inverted subject ends its clause: 'said Smith.' / 'said Smith, who ...' — not 'said he doesn't'.
        nxt = self.t[end] if end < len(self.t) else None
        if (
            nxt is not None
            and nxt.sent == self.t[k].sent
            and nxt.word
            and not (
                nxt.low in lx.PREPOSITIONS
                or nxt.low in lx.RELATIVES
                or nxt.low in ("as", "and")
                or nxt.low.endswith("ing")
            )
        ):
            return None, k
        if (
            mention.form == "pronoun"
            and nxt is not None
            and nxt.word
            and nxt.sent == self.t[k].sent
        ):
            return None, k
        found = Found(mention, k)
        if (
            mention.form == "description"
            and mention.head in lx.DOCUMENT_NOUNS
            and nxt is not None
            and nxt.low in ("from", "by", "of")
        ):
            # 'says a report from analysts Gartner': the report is Gartner's.
            stop = np_after(self.t, end + 1, self.vocab)
            publisher = (
                read_phrase(self.t, end + 1, stop, self.vocab, self.text, subject=True)
                if stop > end + 1
                else None
            )
            if publisher is not None and publisher.form == "name":
                mention.publisher = publisher
                return found, stop
        if nxt is not None and nxt.text == ",":
            # '"...," said Mary Jones, a nurse.': the appositive is her role.
            stop = end + 1
            while (
                stop < len(self.t)
                and self.t[stop].sent == nxt.sent
                and self.t[stop].text not in (",", ".", ";")
                and not self.t[stop].in_quote
            ):
                stop += 1
            self._with_role(found, (end + 1, stop))
        return found, end

    def subject(self, lo: int, i: int) -> Mention | None:
        """Return the subject at the start of the sentence that begins at token lo."""
        t = self.t
        k = lo
        while k < i and (
            t[k].low in ("but", "and", "yet", "so", "however", "meanwhile", "still")
            or t[k].text == ","
        ):
            k += 1
        comma = next(
            (c for c in range(k, min(i, k + 9)) if t[c].text == "," and not t[c].in_quote), None
        )
        if comma is not None and intro(t, k, comma):
            k = comma + 1
        end = np_after(t, k, self.vocab)
        if end <= k:
            return None
        mention = read_phrase(t, k, end, self.vocab, self.text, subject=True)
        return (
            mention
            if mention is not None and mention.form in ("name", "pronoun", "description")
            else None
        )


def intro(t: list[Token], lo: int, comma: int) -> bool:
    """Tell whether tokens lo..comma are an introductory phrase ("On Thursday,")."""
    first = t[lo]
    return comma - lo <= 8 and (
        first.low in lx.PREPOSITIONS or first.low in lx.NOT_NAMES or first.low.endswith("ing")
    )


# Plural heads whose "of" phrase says whose they are, not who speaks: "critics of the plan".
_GROUP_HEADS = frozenset(
    "critics supporters opponents backers allies friends fans members aides advisers "
    "advisors associates colleagues rivals defenders detractors sceptics skeptics "
    "proponents advocates opponents relatives families parents residents users "
    "customers shareholders investors employees workers staff developers makers "
    "officials executives leaders experts analysts lawyers observers veterans".split()
)


def _role_head(head: str) -> bool:
    """Tell whether a description's head is a person's role ("an analyst of ..."), not a
    thing ("On the suspension of Mr Houston, UKIP said")."""
    return head in lx.ROLE_NOUNS or head in SPOKESPEOPLE or head.endswith(("er", "or", "ist"))


def _person_like(mention: Mention) -> bool:
    """Tell whether a mention is surely a person: typed so, or told by a first name or title."""
    return mention.kind == "person" or mention.gender in ("male", "female")


def _unpaired_comma(t: list[Token], j: int) -> bool:
    """Tell whether the comma at j has no partner before it in its sentence, outside quotes."""
    k = j - 1
    while k >= 0 and t[k].sent == t[j].sent and not t[k].in_quote:
        if t[k].text in (",", "—", "–"):
            return False
        k -= 1
    return True


def _shift(mention: Mention, offset: int) -> Mention:
    mention.lo += offset
    mention.hi += offset
    return mention
