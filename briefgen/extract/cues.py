"""Find cues: the words that attribute speech ("said", "according to", "writing:")."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract import lexicon as lx
from briefgen.extract.tokens import Token


@dataclass
class Cue:
    """A cue at token index `i` (of its paragraph's tokens), `n` tokens long."""

    i: int
    n: int
    base: str  # base form of the verb, or "according to"
    kind: str  # "verb", "participle", "according"

    @property
    def end(self) -> int:
        return self.i + self.n


def find_cues(tokens: list[Token]) -> list[Cue]:
    """Return the cues outside quotes in a paragraph's tokens, in order."""
    cues: list[Cue] = []
    for i, tok in enumerate(tokens):
        if tok.in_quote or not tok.word:
            continue
        low = tok.low
        if low == "according" and i + 1 < len(tokens) and tokens[i + 1].low == "to":
            cues.append(Cue(i, 2, "according to", "according"))
            continue
        if _goes_on(tokens, i):
            cues.append(Cue(i, 2, "continue", "verb"))  # '"...," he went on.'
            continue
        base = lx.SPEECH_VERBS.get(low) or lx.STANCE_VERBS.get(low)
        if base is None:
            continue
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if prev is not None and prev.low in (
            "the",
            "a",
            "an",
            "this",
            "that",
            "his",
            "her",
            "its",
            "their",
            "’s",
            "'s",
            "my",
            "our",
        ):
            continue  # a noun: "the report", "his claim"
        if (
            nxt is not None
            and nxt.low == "to"
            and i + 2 < len(tokens)
            and tokens[i + 2].low in ("be", "have")
        ):
            continue  # "is said to be": no one in particular says it
        if low.endswith("ing"):
            if tok.cap and nxt is not None and nxt.low in lx.ROLE_NOUNS and nxt.low[-1:] != "s":
                continue  # "Defending champion Joice Maduaka had ...": an adjective
            if prev is not None and prev.low in lx.AUXILIARIES - {"has", "have", "had"}:
                cues.append(Cue(i, 1, base, "verb"))  # "he was saying", "is reaffirming"
                continue
            if low not in lx.PARTICIPLE_CUES and low not in lx.STANCE_VERBS:
                continue
            else:
                cues.append(Cue(i, 1, base, "participle"))
            continue
        if tok.cap and not _sentence_initial(tokens, i):
            continue  # part of a name: "Justice Says"
        if base == "show" and prev is not None and prev.low in _SHOW_KINDS:
            continue  # a programme or a fair: "TV show Brass Eye", "a motor show"
        if low in _NOUNY and not _subject_slot(tokens, i) and _noun_follows(nxt):
            continue  # more likely a noun here: "incitement charges", "Southern states"
        if low in _NOUNY and nxt is not None and nxt.low in _FINITE_AFTER_NOUN:
            continue  # a noun with its own verb: "the awards show is", "his comments were"
        if (
            low in _NOUNY
            and nxt is not None
            and nxt.low.endswith("ed")
            and lx.SPEECH_VERBS.get(nxt.low)
            and not (i + 2 < len(tokens) and tokens[i + 2].low == "by")
        ):
            continue  # "the Sunday Telegraph report added that": the noun of "added"
        if (
            low in _NOUNY
            and nxt is not None
            and nxt.low.endswith("ed")
            and i + 2 < len(tokens)
            and tokens[i + 2].low == "by"
        ):
            continue  # "six election pledges unveiled by Mr Blair": a noun and its participle
        cues.append(Cue(i, 1, base, "verb"))
    return cues


def _goes_on(tokens: list[Token], i: int) -> bool:
    """Tell whether "went on" at i ends a frame of speech: '"...," he went on.'"""
    return (
        tokens[i].low in ("went", "goes", "go", "going")
        and i + 2 < len(tokens)
        and tokens[i + 1].low == "on"
        and tokens[i + 2].text in (".", ",", ":")
        and tokens[i + 2].sent == tokens[i].sent
        and any(tokens[k].in_quote for k in range(max(0, i - 4), i))
    )


# A finite verb right after a noun-or-verb word makes the word its subject, so a noun.
_FINITE_AFTER_NOUN = frozenset("is was are were has had will would".split())


def _sentence_initial(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].text in '“"‘:'


_SHOW_KINDS = frozenset(
    "tv television radio chat game quiz talk reality comedy music breakfast cookery fashion "
    "motor air trade road flower horse art".split()
)
_NOUNY = frozenset(
    "claim claims report reports comment comments note notes question questions state states call calls "
    "show shows fear fears hope hopes charge charges reply replies echo echoes signal signals demand "
    "demands plan plans estimate estimates answer answers warning warnings promise promises post posts "
    "support supports back backs want wants attack attacks pledge pledges vow vows".split()
)


def _subject_slot(tokens: list[Token], i: int) -> bool:
    """Tell whether a noun-or-verb word follows a subject (a name or pronoun), so is a verb."""
    j = i - 1
    while j >= 0 and tokens[j].low in lx.ADVERBS and tokens[j].low not in lx.AUXILIARIES:
        j -= 1
    if j < 0:
        return False
    prev = tokens[j]
    if prev.low in ("he", "she", "it", "they", "who", "i", "we", "which", "that"):
        return True
    return (
        prev.cap
        and prev.word
        and prev.low not in lx.NOT_NAMES
        and prev.low not in lx.DEMONYMS
        and prev.low not in lx.PARTY_ADJECTIVES  # "Tory plans to ...": a noun
        and not (j > 0 and f"{tokens[j - 1].low} {prev.low}" in lx.PARTY_ADJECTIVES)
    )


def _noun_follows(nxt: Token | None) -> bool:
    """Tell whether what follows a noun-or-verb word suits a noun: "charges for", "plans,"."""
    return (
        nxt is None
        or not nxt.word
        or nxt.low in lx.PREPOSITIONS
        or nxt.low in ("and", "or", "that", "which", "are", "were", "is", "was", "have", "had")
    )
