"""Find the source of a verb cue: its subject, or the speaker the sentence already has.

`attribute` calls `find_source` for each verb cue it did not read as inverted ('"...,"
said Smith'); the rules here read leftwards from the cue (participles, passives, "X said
... and stressed ...", "After saying ..., the man ...").
"""

from __future__ import annotations

from briefgen.extract import lexicon as lx
from briefgen.extract.cues import Cue
from briefgen.extract.mentions import Mention
from briefgen.extract.paragraph import Para, heard, sentence
from briefgen.extract.sources import Found


def find_source(p: Para, cue: Cue, lo: int) -> Found | None:
    """Return the source of a verb cue: its subject, or the sentence's speaker."""
    t = p.t
    if cue.kind == "participle":
        j = cue.i - 1
        while j > lo and (t[j].low in lx.ADVERBS or t[j].low.endswith("ly")):
            j -= 1
        if j > lo + 1 and t[j].low == "for" and not t[j].in_quote:
            # "suspended a candidate for allegedly suggesting ...": the candidate suggests.
            found = p.src.before(j)
            if found is not None and _person_source(found.mention):
                return found
        if cue.i > lo and t[cue.i - 1].word and not t[cue.i - 1].in_quote:
            found = p.src.before(cue.i)  # "with Sen. John McCain calling it ..."
            if found is not None and (
                found.mention.form == "name"
                or (
                    found.mention.form == "description"
                    and found.lo > lo
                    and t[found.lo - 1].low == "with"
                )
            ):
                return found  # "with citizens complaining of ...": the citizens
        return sentence_speaker(p, lo, cue.i)
    j = cue.i - 1
    while j >= lo and t[j].low in lx.ADVERBS - lx.AUXILIARIES:
        j -= 1
    if j - 1 >= lo and t[j].low in ("and", "or") and t[j - 1].low.endswith("ed"):
        j -= 2  # "were mocked and criticized"
    passive_form = t[cue.i].low.endswith(
        ("ed", "told", "said", "written", "known", "shown", "found", "thought", "sought")
    )
    if passive_form and j >= lo and t[j].low in ("was", "were", "been", "be", "is", "are", "being"):
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
        return subject_after_comma(p, cue.i, lo)  # "After saying ..., the man ..."
    found = p.src.before(cue.i)
    if found is None:
        j = p.src.skip_left(cue.i - 1)
        if j > lo and t[j].low in ("and", "but") and not t[j].in_quote:
            # "X said ... and stressed ...": the speaker of the verb before.
            start, end = t[lo].start, t[j].start
            earlier = heard(p, start, end)
            if earlier:
                return Found(max(earlier, key=lambda a: a.at).source, j)
            # "He endorsed Clinton, but told reporters ...": the subject of the first verb.
            first = lo + 1 if t[lo].low in _SUBORDINATE_OPENERS else lo
            mention = p.src.subject(first, j)
            if (
                mention is not None
                and mention.form in ("name", "pronoun")
                and not (mention.form == "pronoun" and mention.head in ("i", "we", "you", "it"))
                and _verb_follows(p, mention.hi if mention.form == "name" else first + 1, j)
            ):
                return Found(mention, j)
    return found


# Words that open a subordinate clause whose subject still speaks: "As Rubio thanked ...".
_SUBORDINATE_OPENERS = frozenset("as when while after before once".split())


def _verb_follows(p: Para, k: int, j: int) -> bool:
    """Tell whether a verb follows the subject at k before token j ("thanked Miami and")."""
    t = p.t
    return (
        k < j
        and not t[k].cap
        and t[k].word
        and (t[k].low.endswith("ed") or t[k].low in _STANCE_FORMS or t[k].low in lx.SPEECH_VERBS)
    )


_STANCE_FORMS = frozenset(lx.STANCE_VERBS)


def subject_after_comma(p: Para, i: int, lo: int) -> Found | None:
    """Return the subject that follows an opening clause: 'After saying X, the man ...'."""
    _, hi = sentence(p, i)
    comma = next((j for j in range(i, hi) if p.t[j].text == "," and not p.t[j].in_quote), None)
    if comma is None:
        return None
    mention = p.src.subject(comma + 1, hi)
    return Found(mention, comma + 1) if mention is not None else None


def sentence_speaker(p: Para, lo: int, i: int) -> Found | None:
    """Return who speaks in this sentence before token i: an earlier source, else the subject."""
    start, end = p.t[lo].start, p.t[i].start
    earlier = heard(p, start, end)
    if earlier:
        return Found(max(earlier, key=lambda a: a.at).source, i)
    mention = p.src.subject(lo, i)
    return Found(mention, i) if mention is not None else None


def _person_source(mention: Mention) -> bool:
    """Tell whether a mention is a person by name or by role ("a candidate")."""
    if mention.kind != "person":
        return False
    if mention.form == "name":
        return mention.name.split()[-1][:1].isupper()  # not "the Senate's 80-19 vote"
    return mention.head in lx.ROLE_NOUNS
