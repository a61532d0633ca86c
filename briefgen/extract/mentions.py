"""Find who is mentioned: names with their titles and roles, organisations, states,
groups, pronouns and descriptions ("the president", "a spokesman").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.extract import lexicon as lx
from briefgen.extract.tokens import Token

Form = str  # "name" | "pronoun" | "description" | "relative"


@dataclass
class Mention:
    """A noun phrase that can name an actor, read from a range of tokens."""

    form: Form
    sent: int
    lo: int  # token range in its sentence (hi exclusive), roles included
    hi: int
    start: int  # character span of the name (or of the phrase, for other forms)
    end: int
    name: str = ""  # "Vladimir Putin"; for descriptions the phrase without its determiner
    surface: str = ""  # the name as written with honorific or short title: "Mr. Trump"
    kind: str | None = None  # person, organisation, state, group, or None when unknown
    roles: list[str] = field(default_factory=list)
    gender: str | None = None  # male, female, thing, plural, first, second
    head: str = ""  # last word, lower case: "president" in "the president"


class Vocabulary:
    """What a document tells about its own words: which appear in lower case, which mid-sentence in capitals."""

    def __init__(self, sentences: list[list[Token]]) -> None:
        self.lower: set[str] = set()
        self.capital_inside: set[str] = set()
        for tokens in sentences:
            first = True
            for tok in tokens:
                if not tok.word:
                    continue
                if tok.cap:
                    if not first:
                        self.capital_inside.add(tok.text)
                else:
                    self.lower.add(tok.low)
                first = False


def is_sentence_start(tokens: list[Token], i: int) -> bool:
    """Tell whether token i opens its sentence or clause (after a quote mark, colon or dash)."""
    j = i - 1
    while j >= 0 and not tokens[j].word and tokens[j].text in "“\"‘'(":
        j -= 1
    return j < 0 or tokens[j].text in {":", "—", "–", "--", ";"}


def namey(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """Tell whether token i can be part of a proper name."""
    tok = tokens[i]
    if not (tok.cap and tok.word) or tok.text == "I":
        return False
    if len(tok.text) == 1 and not tok.text.isdigit():
        return False  # a lone capital ("posts on X") is too ambiguous
    if "-" in tok.text and not all(p[:1].isupper() for p in tok.text.split("-") if p):
        return False  # "US-proposed", "Reagan-like"
    if tok.low in lx.DAYS_MONTHS:
        return (
            i > 0
            and tokens[i - 1].cap
            and tokens[i - 1].word
            and tokens[i - 1].low not in lx.NOT_NAMES
        )
    if tok.low in ("’s", "'s"):
        return False
    if is_sentence_start(tokens, i):
        if tok.low in lx.NOT_NAMES or tok.low in lx.SPEECH_VERBS or tok.low in lx.PREPOSITIONS:
            return False
        if tok.text in vocab.capital_inside:
            return True
        return not (tok.low.endswith(("ly", "ing")) or tok.low in vocab.lower)
    return True


def chunk_at(tokens: list[Token], i: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """Return the token range of the capitalised name containing token i, if any."""
    if not namey(tokens, i, vocab):
        return None
    lo = i
    while lo > 0:
        if namey(tokens, lo - 1, vocab) and not tokens[lo - 1].in_quote:
            lo -= 1
        elif _connector(tokens, lo - 1, vocab):
            lo -= 2
        else:
            break
    hi = i + 1
    while hi < len(tokens):
        if namey(tokens, hi, vocab) and not tokens[hi].in_quote:
            hi += 1
        elif _connector(tokens, hi, vocab):
            hi += 2
        else:
            break
    return lo, hi


def _connector(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """Tell whether token i joins two parts of one name: "Secretary of State", "Bank of England"."""
    if not (0 < i < len(tokens) - 1) or tokens[i].low not in (
        "of",
        "de",
        "del",
        "da",
        "van",
        "von",
        "bin",
        "al",
        "for",
    ):
        return False
    left, right = tokens[i - 1], tokens[i + 1]
    if not (namey(tokens, i - 1, vocab) and namey(tokens, i + 1, vocab)):
        return False
    if tokens[i].low in ("of", "for"):
        return left.low in lx.TITLE_WORDS or left.low in lx.ORG_WORDS or left.low in lx.ROLE_NOUNS
    return right.cap


def chunks(tokens: list[Token], vocab: Vocabulary) -> list[tuple[int, int]]:
    """Return the ranges of all capitalised names outside quotes in a sentence."""
    out = []
    i = 0
    while i < len(tokens):
        if tokens[i].in_quote:
            i += 1
            continue
        found = chunk_at(tokens, i, vocab)
        if found:
            lo, hi = found
            nick = _nickname_end(tokens, hi)
            if nick is not None and nick < len(tokens):
                more = chunk_at(tokens, nick, vocab)
                if more:
                    hi = more[1]  # 'Donald "The Donald" Trump' is one name
            out.append((lo, hi))
            i = hi
        else:
            i += 1
    return out


def _nickname_end(tokens: list[Token], k: int) -> int | None:
    """Return the index after a short quoted nickname starting at k, if one is there."""
    if k >= len(tokens) or tokens[k].text not in ("“", '"', "''", "‘"):
        return None
    m = k + 1
    while m < len(tokens) and tokens[m].in_quote and m - k <= 4:
        m += 1
    inside = tokens[k + 1 : m]
    if (
        not inside
        or m >= len(tokens)
        or tokens[m].text not in ("”", '"', "''", "’")
        or not all(t.cap for t in inside if t.word)
    ):
        return None
    return m + 1


def read_name(tokens: list[Token], lo: int, hi: int, text: str) -> Mention:
    """Read a capitalised chunk into role, honorific and name: "US President Donald Trump"."""
    toks = tokens[lo:hi]
    gender = None
    roles: list[str] = []
    honorific = ""
    if toks[0].low in lx.HONORIFICS and len(toks) > 1:
        gender = lx.HONORIFICS[toks[0].low]
        honorific = toks[0].text
        toks = toks[1:]
    elif toks[0].low in lx.ABBREVIATED_TITLES and len(toks) > 1:
        roles.append(lx.ABBREVIATED_TITLES[toks[0].low])
        honorific = toks[0].text
        toks = toks[1:]
    split = 0
    if toks[-1].low not in lx.ORG_WORDS:
        for k in range(len(toks) - 1):
            low = toks[k].low
            if (
                low in lx.TITLE_WORDS
                or low in lx.DEMONYMS
                or low in lx.ABBREVIATED_TITLES
                or low in lx.ROLE_NOUNS
            ):
                split = k + 1
        if split and all(t.low in lx.DEMONYMS for t in toks[:split]) and len(toks) - split == 1:
            split = 0  # "Scottish Executive", "British Airways": a demonym alone is no role
    if split:
        roles.insert(0, text[toks[0].start : toks[split - 1].end])
        if len(toks) - split == 1 and not honorific:
            honorific = text[toks[split - 1].start : toks[split - 1].end] if split == 1 else ""
        toks = toks[split:]
    if any(t.in_quote or t.text in ("“", "”", '"', "''") for t in toks):
        name = " ".join(t.text for t in toks if not t.in_quote and t.word)  # drop a nickname
    else:
        name = text[toks[0].start : toks[-1].end]
    surface = f"{honorific} {name}" if honorific and len(toks) == 1 else name
    mention = Mention(
        "name",
        toks[0].sent,
        lo,
        hi,
        toks[0].start,
        toks[-1].end,
        name,
        surface,
        roles=roles,
        gender=gender,
    )
    mention.head = toks[-1].low
    mention.kind = classify(name, bool(roles) or bool(honorific), roles)
    if mention.kind == "person" and gender is None:
        mention.gender = first_name_gender(name)
    return mention


def classify(name: str, titled: bool, roles: list[str]) -> str | None:
    """Guess the kind of a named actor from its words; None when the name alone cannot tell."""
    words = name.lower().replace("’", "'").split()
    low = " ".join(words)
    if (
        low in lx.MULTIWORD_STATES
        or (len(words) == 1 and low in lx.COUNTRIES)
        or low in lx.STATE_ALIASES
    ):
        return "state"
    if titled and words[-1] not in lx.ORG_WORDS:
        return "person"
    if (
        low in lx.MULTIWORD_PLACES
        or (len(words) == 1 and low in lx.PLACES)
        or words[0]
        in (
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
        )
    ):
        return "place"
    if len(words) == 1:
        if low in lx.ORG_NAMES:
            return "organisation"
    elif words[-1] in lx.ORG_WORDS or words[0] in lx.ORG_NAMES:
        return "organisation"
    if words[-1] in lx.GROUP_WORDS or (
        words[-1].endswith(("ians", "ans", "ists")) and len(words) == 1
    ):
        return "group"
    if words[0] in lx.MALE_NAMES or words[0] in lx.FEMALE_NAMES:
        return "person"
    # Anything else ("Cathal Lombard", "Telewest Broadband") stays unknown until the
    # article tells: a surname used alone, a he or she, a role.
    return None


def first_name_gender(name: str) -> str | None:
    """Guess a person's gender from a first name the lexicon knows."""
    first = name.split()[0].lower()
    if first in lx.FEMALE_NAMES:
        return "female"
    if first in lx.MALE_NAMES:
        return "male"
    return None


def extend_role(tokens: list[Token], mention: Mention, text: str) -> None:
    """Take lower-case role words right before a name into its roles: "US envoy Steve Witkoff"."""
    j = mention.lo - 1
    lo = mention.lo
    has_role = False
    while j >= 0 and not tokens[j].in_quote and mention.lo - j <= 4:
        tok = tokens[j]
        if tok.low in lx.ROLE_NOUNS:
            has_role = True
        elif not (
            tok.low in lx.ROLE_MODIFIERS
            or (
                tok.cap and tok.word and tok.low not in lx.NOT_NAMES and tok.low not in ("’s", "'s")
            )
        ):
            break
        lo = j
        j -= 1
    if has_role and lo < mention.lo:
        role = text[tokens[lo].start : tokens[mention.lo - 1].end]
        if (
            mention.roles
            and mention.lo < len(tokens)
            and mention.roles[0] == text[tokens[mention.lo].start : tokens[mention.lo].end]
        ):
            mention.roles[0] = role + " " + mention.roles[0]
        else:
            mention.roles.insert(0, role)
        mention.lo = lo
        if mention.kind is None:
            mention.kind = "person"


def find_mentions(tokens: list[Token], vocab: Vocabulary, text: str) -> list[Mention]:
    """Return the named mentions outside quotes in a sentence, roles attached."""
    out = []
    for lo, hi in chunks(tokens, vocab):
        mention = read_name(tokens, lo, hi, text)
        extend_role(tokens, mention, text)
        nxt = tokens[hi] if hi < len(tokens) else None
        modifier = (
            nxt is not None
            and not nxt.cap
            and (nxt.low in lx.MESSAGE_NOUNS or nxt.low in lx.ORG_NOUNS or nxt.low in lx.ROLE_NOUNS)
        )
        if modifier and mention.kind in (None, "person") and not mention.roles:
            continue  # "Truth Social post", "Fifa spokesman": a modifier, not an actor here
        if (
            hi - lo == 1
            and tokens[lo].low in lx.DEMONYMS
            and nxt is not None
            and nxt.word
            and not nxt.cap
        ):
            continue  # "Ukrainian troops": an adjective
        out.append(mention)
    return out


def pronoun(tok: Token) -> Mention:
    """Return a pronoun mention for a token."""
    return Mention(
        "pronoun",
        tok.sent,
        0,
        0,
        tok.start,
        tok.end,
        tok.text,
        tok.text,
        gender=lx.PRONOUNS.get(tok.low),
        head=tok.low,
    )


_STOP_NP = (
    lx.PREPOSITIONS
    | lx.CONJUNCTIONS
    | lx.AUXILIARIES
    | {"not", "n't", "who", "which", "that", "whom", "to"}
)


def np_before(tokens: list[Token], i: int, vocab: Vocabulary) -> int:
    """Return where the noun phrase ending right before token i starts (i when there is none)."""
    j = i - 1
    while j >= 0 and i - j <= 10:
        tok = tokens[j]
        if tok.in_quote or not tok.word:
            if tok.low in ("’s", "'s") or tok.text in ("-", "%"):
                j -= 1
                continue
            break
        if tok.low in lx.DETERMINERS and tok.low not in ("that", "one", "no"):
            return j
        if tok.low in lx.PRONOUNS and tok.low not in ("her", "his", "its", "their"):
            return j if j == i - 1 else j + 1
        if tok.low in ("who", "which") and j == i - 1:
            return j  # a relative pronoun stands for its antecedent
        if tok.low in _STOP_NP and not _connector(tokens, j, vocab):
            break
        if tok.low in lx.SPEECH_VERBS and not tok.cap and tok.low not in lx.MESSAGE_NOUNS:
            break
        if tok.low.endswith("ly") and not tok.cap:
            break
        j -= 1
    return j + 1


def np_after(tokens: list[Token], i: int, vocab: Vocabulary) -> int:
    """Return where the noun phrase starting at token i ends (i when there is none)."""
    j = i
    det = j < len(tokens) and tokens[j].low in lx.DETERMINERS and not tokens[j].in_quote
    if det:
        j += 1
    start = j
    possessive = False
    while j < len(tokens) and j - i <= 8:
        tok = tokens[j]
        if tok.low in ("’s", "'s") and not tok.in_quote:
            possessive = True
            j += 1
            continue
        if tok.in_quote or not tok.word:
            break
        if (possessive or det) and j - start < 5 and _nounish(tok):
            j += 1
            continue
        if tok.cap and namey(tokens, j, vocab):
            j += 1
            continue
        if _connector(tokens, j, vocab):
            j += 2
            continue
        if tok.low in _STOP_NP or tok.low in lx.SPEECH_VERBS or tok.low.endswith("ly"):
            break
        if tok.low in lx.ROLE_NOUNS or tok.low in lx.ORG_NOUNS or tok.low in lx.ROLE_MODIFIERS:
            j += 1
            continue
        if tok.low in lx.PRONOUNS and j == start:
            return j + 1
        break
    return j if j > start else i


def read_phrase(
    tokens: list[Token], lo: int, hi: int, vocab: Vocabulary, text: str, subject: bool = False
) -> Mention | None:
    """Read a noun phrase as a source: a name, a pronoun, a description, or a possessive.

    With `subject`, the phrase is known to be the subject of a speech cue, so any noun
    phrase ("the investor", "state records") may be a source.
    """
    had_det = lo < hi and tokens[lo].low in lx.DETERMINERS
    while lo < hi and (
        tokens[lo].low in lx.DETERMINERS and tokens[lo].low not in ("his", "her", "its", "their")
    ):
        lo += 1
    if lo >= hi:
        if subject and had_det and tokens[hi - 1].low in _QUANTIFIERS:
            tok = tokens[hi - 1]  # "Some said", "Many believe"
            return Mention(
                "description",
                tok.sent,
                hi - 1,
                hi,
                tok.start,
                tok.end,
                tok.text,
                tok.text,
                kind="group",
                gender="plural",
                head=tok.low,
            )
        return None
    toks = tokens[lo:hi]
    if subject and _poll_share(toks):
        phrase = text[toks[0].start : toks[-1].end]  # "Six in 10", "26%", "about two-thirds"
        return Mention(
            "description",
            toks[0].sent,
            lo,
            hi,
            toks[0].start,
            toks[-1].end,
            phrase,
            phrase,
            kind="group",
            gender="plural",
            head=toks[-1].low,
        )
    if len(toks) == 1 and toks[0].low in lx.PRONOUNS:
        return pronoun(toks[0])
    if toks[0].low in lx.RELATIVES:
        return Mention("relative", toks[0].sent, lo, hi, toks[0].start, toks[0].end, toks[0].text)
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].low in ("’s", "'s"):
            rest = toks[k + 1 :]
            if (
                not rest
                or rest[-1].low in lx.MESSAGE_NOUNS
                or rest[-1].low in ("spokesman", "spokeswoman", "spokesperson")
            ):
                return read_phrase(tokens, lo, lo + k, vocab, text)
            owner = read_phrase(tokens, lo, lo + k, vocab, text)
            if owner is not None and owner.form == "pronoun":
                phrase = text[toks[0].start : toks[-1].end]
                kind = "organisation" if rest[-1].low in lx.ORG_NOUNS else "person"
                return Mention(
                    "description",
                    toks[0].sent,
                    lo,
                    hi,
                    toks[0].start,
                    toks[-1].end,
                    phrase,
                    phrase,
                    kind=kind,
                    head=rest[-1].low,
                )
            phrase = text[toks[0].start : toks[-1].end]
            kind = (
                "organisation"
                if rest[-1].low in lx.ORG_NOUNS
                else ("person" if rest[-1].low in lx.ROLE_NOUNS else None)
            )
            if kind is None and subject and _nounish(rest[-1]):
                kind = (
                    "group" if rest[-1].low.endswith("s") else "person"
                )  # "the field's biggest hawks"
            if kind is None:
                return None
            return Mention(
                "name",
                toks[0].sent,
                lo,
                hi,
                toks[0].start,
                toks[-1].end,
                phrase,
                phrase,
                kind=kind,
                head=rest[-1].low,
            )
    if toks[0].low in ("his", "her", "its", "their"):
        lo += 1
        toks = toks[1:]
        if not toks:
            return None
    # The last capitalised chunk names the actor unless a lower-case head follows it.
    spans = chunks(tokens[lo:hi], vocab)
    if spans:
        clo, chi = spans[-1]
        if lo + chi == hi:
            mention = read_name(tokens, lo + clo, hi, text)
            mention.lo = lo
            if clo > 0:
                role = text[tokens[lo].start : tokens[lo + clo - 1].end]
                if any(t.low in lx.ROLE_NOUNS for t in tokens[lo : lo + clo]):
                    mention.roles.insert(0, role)
                    if mention.kind is None:
                        mention.kind = "person"
            return mention
        head = tokens[hi - 1].low
        owner = read_name(tokens, lo + clo, lo + chi, text)
        if (
            head in lx.MESSAGE_NOUNS
            or head
            in (
                "spokesman",
                "spokeswoman",
                "spokesperson",
                "spokespeople",
                "officials",
                "office",
            )
        ) and (owner.kind in ("organisation", "state") or head in lx.MESSAGE_NOUNS):
            return owner
    head_tok = tokens[hi - 1]
    head = head_tok.low
    generic = subject and _nounish(head_tok) and (had_det or head.endswith("s"))
    if head in lx.ROLE_NOUNS or head in lx.ORG_NOUNS or generic:
        phrase = text[tokens[lo].start : head_tok.end]
        plural = head.endswith("s") and head not in (
            "congress",
            "press",
            "boss",
            "news",
            "analysis",
            "status",
        )
        if head in lx.ORG_NOUNS or head in lx.DOCUMENT_NOUNS:
            kind = "organisation"
        else:
            kind = "group" if plural else "person"
        gender = "plural" if plural else ("thing" if kind == "organisation" else None)
        return Mention(
            "description",
            head_tok.sent,
            lo,
            hi,
            tokens[lo].start,
            head_tok.end,
            phrase,
            phrase,
            kind=kind,
            gender=gender,
            head=head_tok.low,
        )
    return None


def _nounish(tok: Token) -> bool:
    """Tell whether a lower-case word can head a noun phrase."""
    low = tok.low
    return (
        tok.word
        and not tok.cap
        and low.isalpha()
        and len(low) > 2
        and low not in _STOP_NP
        and low not in lx.ADVERBS
        and low not in lx.PRONOUNS
        and low not in lx.DETERMINERS
        and not low.endswith(("ly", "ed"))
        and low not in lx.TIME_WORDS
        and (low not in lx.SPEECH_VERBS or low in lx.MESSAGE_NOUNS)
        and low not in lx.STANCE_VERBS
    )


_QUANTIFIERS = frozenset("some many most several few both all others".split())


def _poll_share(toks: list[Token]) -> bool:
    """Tell whether a phrase is a share of respondents: "Six in 10", "26%", "a majority"."""
    words = [t.low for t in toks]
    if len(words) >= 3 and words[-2] == "in" and (words[-1].isdigit() or words[-1] == "ten"):
        return True
    return words[-1] in (
        "percent",
        "%",
        "majority",
        "plurality",
        "half",
        "third",
        "thirds",
        "quarter",
    )
