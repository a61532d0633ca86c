"""Find who is mentioned: names with their titles and roles, organisations, states,
groups, pronouns and descriptions ("the president", "a spokesman").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.extract import lexicon as lx

# Finding capitalised names is `capitals`'s; the stages that read them import the names
# they use from here, as before the split (Vocabulary, namey, chunks, connector).
from briefgen.extract.capitals import (  # noqa: F401
    COMMON_OWNERS,
    Vocabulary,
    chunks,
    connector,
    namey,
    organisation_of,
)
from briefgen.extract.entityhood import THING_WORDS
from briefgen.extract.kinds import classify, first_name_gender, person_title
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
    aside: bool = False  # a possessive inside a phrase ("drew Trump's ire"): not salient
    subject: bool = False  # opens its sentence or clause: the likeliest antecedent
    definite: bool = False  # after "the": a description or a name ("the Bank") of someone named
    sure: bool = (
        False  # the gender is told by an honorific or a first name, not guessed from a surname
    )
    publisher: Mention | None = None  # who a document is by: "a report from analysts Gartner"


def mention_of(
    form: Form, toks: list[Token], lo: int, hi: int, text: str, **fields: object
) -> Mention:
    """Make a mention of the tokens `toks` (token range lo..hi of their sentence)."""
    phrase = text[toks[0].start : toks[-1].end]
    fields.setdefault("name", phrase)
    fields.setdefault("surface", fields["name"])
    fields.setdefault("head", toks[-1].low)
    return Mention(form, toks[0].sent, lo, hi, toks[0].start, toks[-1].end, **fields)  # type: ignore[arg-type]


@dataclass
class _Reading:
    """What `read_name` has read of a chunk so far: the name's tokens, and what stood
    around them (an honorific, roles, a gender)."""

    toks: list[Token]
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    honorific: str = ""
    peer: bool = False  # "Lord Woolf": the title stays in the name
    honoured: bool = False  # an honorific or a title makes a person, whatever the words


def read_name(tokens: list[Token], lo: int, hi: int, text: str) -> Mention:
    """Read a capitalised chunk into role, honorific and name: "US President Donald Trump"."""
    r = _leading_title(tokens[lo:hi])
    toks = r.toks
    if len(toks) > 2 and toks[-1].text in lx.POSTNOMINALS:
        rest = text[toks[0].start : toks[-2].end]
        if classify(rest, False, []) in ("place", "state"):
            # "the East Midlands MEP": a role told by a place, not a name.
            return _role_only(toks, lo, hi, text, r.gender)
        r.roles.append(toks[-1].text)  # "Guy Mansfield QC" is Guy Mansfield, a QC
        r.toks = toks = toks[:-1]
    if len(toks) > 2 and organisation_of(toks):
        # "the European Council of Ministers", "Court of Appeal": one organisation's name.
        name = text[toks[0].start : toks[-1].end]
        return mention_of("name", toks, lo, hi, text, name=name, kind="organisation")
    split = _title_split(toks, r.peer)
    if split and toks[split].low in ("of", "for", "de"):
        # "Chief Executive of AOL UK Karen Thomson": the name is the first name and what
        # follows; "the Lord Chief Justice of England" names a role, not a person.
        first = next(
            (
                k
                for k in range(split + 1, len(toks) - 1)
                if toks[k].low in lx.MALE_NAMES or toks[k].low in lx.FEMALE_NAMES
            ),
            None,
        )
        if first is None:
            role = text[toks[0].start : toks[-1].end]
            return mention_of(
                "description", toks, lo, hi, text, name=role, kind="person", roles=[role],
                gender=r.gender, head=toks[split - 1].low,
            )  # fmt: skip
        split = first
    if not r.honorific and all(
        t.low in lx.ROLE_NOUNS and t.low not in lx.GROUP_WORDS and t.low not in lx.ORG_WORDS
        for t in toks[split:]
    ):
        # "Labour MPs", "Critics", "the Chancellor": a role, not a name ("Mr King" is one).
        return _role_only(toks, lo, hi, text, r.gender)
    if split:
        _take_title(r, split, text)
    return _named(r, tokens, lo, hi, text)


def _leading_title(toks: list[Token]) -> _Reading:
    """Read an honorific or an abbreviated title off the front of a chunk: "Mr Fox", "Sen.
    Warren"; a peer's title stays in the name ("Lord Woolf")."""
    r = _Reading(toks)
    first = toks[0].low
    r.peer = first in lx.PEER_TITLES and len(toks) > 1
    # "Mr Fox", "Dr Fox", "Lord Fox": a person, whatever the words of the name.
    r.honoured = len(toks) > 1 and (first in lx.HONORIFICS or first in lx.ABBREVIATED_TITLES)
    if r.peer:
        r.gender = lx.HONORIFICS.get(first)  # "Lord Woolf" keeps his title in his name
    elif first in lx.HONORIFICS and len(toks) > 1:
        r.gender = lx.HONORIFICS[first]
        r.honorific = toks[0].text
        r.toks = toks[1:]
    elif first in lx.ABBREVIATED_TITLES and len(toks) > 1:
        r.roles.append(lx.ABBREVIATED_TITLES[first])
        r.honorific = toks[0].text
        r.toks = toks[1:]
    return r


def _title_split(toks: list[Token], peer: bool) -> int:
    """Return where a chunk's title words end and the name begins ("US President | Donald
    Trump"), or 0 when the chunk has no title ("Federal Reserve": a modifier)."""
    if toks[-1].low in lx.ORG_WORDS or toks[-1].low in THING_WORDS:
        return 0
    split = 0
    for k in range(1 if peer else 0, len(toks) - 1):
        low = toks[k].low
        if low == "first" and toks[k + 1].low not in lx.TITLE_WORDS:
            continue  # "First Minister X", "First Lady X"; but "First Blood" is a film
        if (
            low in lx.TITLE_WORDS
            or low in lx.DEMONYMS
            or low in lx.ABBREVIATED_TITLES
            or (low in lx.ROLE_NOUNS and low not in lx.PERFORMER_NOUNS)
        ):
            split = k + 1
    if split and all(t.low in lx.DEMONYMS for t in toks[:split]) and len(toks) - split == 1:
        return 0  # "Scottish Executive", "British Airways": a demonym alone is no role
    if (
        split
        and len(toks) - split == 1
        and not _surname_title(toks[split - 1].low)
        and toks[split].low not in lx.MALE_NAMES
        and toks[split].low not in lx.FEMALE_NAMES
        and not role_noun(toks[split].low)
        and toks[split].text not in lx.POSTNOMINALS
        and toks[split].text not in ("MPs", "MEPs", "MSPs")
    ):
        return 0  # "Federal Reserve", "National Treasure": a modifier, not a title
    return split


def _surname_title(low: str) -> bool:
    """Tell whether a word is a title news writes before a surname alone ("Coach Smith",
    "President Bush"); a role noun that is none is a name's word ("Resident Evil")."""
    return person_title(low) and (low not in lx.ROLE_NOUNS or low in lx.TITLE_WORDS)


def _take_title(r: _Reading, split: int, text: str) -> None:
    """Move the title words before `split` into the roles; an honorific after them
    ("Police Commissioner Sir Ian Blair") into the honorific."""
    toks = r.toks
    r.roles.insert(0, text[toks[0].start : toks[split - 1].end])
    if len(toks) - split == 1 and not r.honorific:
        r.honorific = text[toks[split - 1].start : toks[split - 1].end] if split == 1 else ""
    toks = toks[split:]
    if len(toks) > 1 and toks[0].low in lx.HONORIFICS and toks[0].low not in lx.PEER_TITLES:
        # "Police Commissioner Sir Ian Blair": Ian Blair, Sir Ian to those who know him.
        r.gender = r.gender or lx.HONORIFICS[toks[0].low]
        r.honorific = toks[0].text
        toks = toks[1:]
    r.toks = toks


def _named(r: _Reading, tokens: list[Token], lo: int, hi: int, text: str) -> Mention:
    """Make the name mention of what is left once titles are read off: its kind, gender
    and whether the gender is sure."""
    toks = r.toks
    if any(t.in_quote or t.text in ("“", "”", '"', "''") for t in toks):
        name = " ".join(t.text for t in toks if not t.in_quote and t.word)  # drop a nickname
    else:
        name = text[toks[0].start : toks[-1].end]
    surface = f"{r.honorific} {name}" if r.honorific and len(toks) == 1 else name
    mention = mention_of(
        "name", toks, lo, hi, text, name=name, surface=surface, roles=r.roles, gender=r.gender
    )
    titled = bool(r.roles) or bool(r.honorific) or r.peer
    mention.kind = "person" if r.honoured else classify(name, titled, r.roles)
    if mention.kind == "person" and r.gender is None:
        mention.gender = first_name_gender(name)
    # "Mrs Howard", "Michael Howard"; not "Madison" alone, a surname as often as a first name.
    mention.sure = mention.gender is not None and (r.gender is not None or len(toks) > 1)
    mention.definite = lo > 0 and tokens[lo - 1].low == "the"  # "the Bank"
    return mention


def _role_only(toks: list[Token], lo: int, hi: int, text: str, gender: str | None) -> Mention:
    """Make a description of a capitalised chunk that is only a role: "Labour MPs"."""
    head = toks[-1].low
    plural = head.endswith("s") and not head.endswith("ss")
    return mention_of(
        "description",
        toks,
        lo,
        hi,
        text,
        kind="group" if plural else "person",
        gender="plural" if plural else gender,
        head=head,
    )


def extend_role(tokens: list[Token], mention: Mention, text: str) -> None:
    """Take role words right before a name into its roles: "US envoy Steve Witkoff",
    "former Secretary of State Hillary Clinton" (a modifier joins the title the name has)."""
    j = mention.lo - 1
    if mention.kind in ("state", "place"):
        return  # "the most successful chancellor Britain has had": no role of a country
    if mention.roles:
        # The name has a title of its own: only modifiers such as "former" join it.
        lo = mention.lo
        while (
            j >= 0
            and not tokens[j].in_quote
            and tokens[j].low in ("former", "then", "acting", "interim", "outgoing", "incoming")
        ):
            lo, j = j, j - 1
        if lo < mention.lo:
            mention.roles[0] = (
                text[tokens[lo].start : tokens[mention.lo - 1].end] + " " + mention.roles[0]
            )
            mention.lo = lo
        return
    lo = mention.lo
    has_role = False
    if j >= 0 and _plural_role(tokens[j]):
        return  # "shadow cabinet members David Davis, Oliver Letwin and ...": no one's role
    while j >= 0 and not tokens[j].in_quote and mention.lo - j <= 7:
        tok = tokens[j]
        if mention.lo - j > 4 and not has_role:
            break
        if (
            j > 0
            and tokens[j - 1].cap
            and (
                (tok.low in ("of", "for") and lo < mention.lo and tokens[lo].cap)
                or (tok.low in ("’s", "'s", "'", "’") and tokens[j - 1].low in COMMON_OWNERS)
                or (tok.text == "&" and lo < mention.lo and tokens[lo].cap)  # "R&B star"
            )
        ):
            lo, j = j, j - 1  # "People's Party of Canada leader Maxime Bernier"
            continue
        if role_noun(tok.low):
            if j > 0 and tokens[j - 1].low in _BEFORE_VERBS:
                break  # "Cafod will host Mr Brown's speech": a verb
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
    if lo > 0 and tokens[lo - 1].low == "best":
        return  # "her best actress Oscar": an award's category, no one's role
    if has_role and lo < mention.lo:
        mention.roles.insert(0, text[tokens[lo].start : tokens[mention.lo - 1].end])
        mention.lo = lo
        if mention.kind is None:
            mention.kind = "person"


def role_noun(low: str) -> bool:
    """Tell whether a lower-case word names a role: "chairman", "co-chairman", "ex-minister"."""
    if low in lx.ROLE_NOUNS:
        return True
    prefix, _, rest = low.partition("-")
    return prefix in ("co", "ex", "vice", "deputy") and rest in lx.ROLE_NOUNS


_BEFORE_VERBS = lx.AUXILIARIES | frozenset(
    "to can could will would should shall might must".split()
)


def _plural_role(tok: Token) -> bool:
    """Tell whether a token is a plural role noun: "members", "MPs", "officials"."""
    return (
        not tok.cap
        and tok.low in lx.ROLE_NOUNS
        and tok.low.endswith("s")
        and not tok.low.endswith("ss")
    ) or tok.text in ("MPs", "MEPs", "MSPs")


def find_mentions(tokens: list[Token], vocab: Vocabulary, text: str) -> list[Mention]:
    """Return the named mentions outside quotes in a sentence, roles attached."""
    out = []
    for lo, hi in chunks(tokens, vocab):
        mention = read_name(tokens, lo, hi, text)
        if mention.form != "name":
            continue  # "Labour MPs", "the Lord Chief Justice of England": roles, not names
        extend_role(tokens, mention, text)
        nxt = tokens[hi] if hi < len(tokens) else None
        modifier = (
            nxt is not None
            and not nxt.cap
            and (
                nxt.low in lx.MESSAGE_NOUNS
                or nxt.low in lx.ORG_NOUNS
                or nxt.low in lx.ROLE_NOUNS
                or (nxt.low.endswith("s") and nxt.low[:-1] in lx.ROLE_NOUNS)  # "District managers"
            )
        )
        if modifier and mention.kind in (None, "person") and not mention.roles:
            continue  # "Truth Social post", "Fifa spokesman": a modifier, not an actor here
        if (
            (
                (hi - lo == 1 and tokens[lo].low in lx.DEMONYMS)
                or " ".join(t.low for t in tokens[lo:hi]) in lx.PARTY_ADJECTIVES
            )
            and nxt is not None
            and nxt.word
            and not nxt.cap
        ):
            continue  # "Ukrainian troops", "Tory plans": an adjective
        if (
            nxt is not None
            and nxt.low in ("’s", "'s")
            and mention.lo > 0
            and tokens[mention.lo - 1].text != ","
        ):
            mention.aside = True
        mention.subject = mention.lo == clause_start(tokens)
        out.append(mention)
    return out


def clause_start(tokens: list[Token]) -> int:
    """Return the index of the first word of a sentence's main clause (its subject slot)."""
    k = 0
    while k < len(tokens) and (
        tokens[k].low in ("but", "and", "so", "yet", "however", "meanwhile", "still")
        or not tokens[k].word
    ):
        k += 1
    comma = next((c for c in range(k, min(len(tokens), k + 15)) if tokens[c].text == ","), None)
    if comma is not None and k < len(tokens) and _opens_intro(tokens[k]):
        k = comma + 1  # "Speaking to the Radio Times, the Two Ronnies star said ..."
    return k


_INTRO_WORDS = frozenset(
    "meanwhile however earlier later still also yesterday today tonight last next separately instead "
    "indeed moreover furthermore finally first second third then now once again thus".split()
)


def _opens_intro(tok: Token) -> bool:
    """Tell whether a word opens an introductory phrase ("On Friday,", "Speaking to X,")."""
    low = tok.low
    return (
        low in lx.PREPOSITIONS
        or low in lx.CONJUNCTIONS
        or low in _INTRO_WORDS
        or low.endswith(("ing", "ed", "ly"))
    ) and low not in lx.PRONOUNS


def pronoun(tok: Token) -> Mention:
    """Return a pronoun mention for a token."""
    return mention_of(
        "pronoun",
        [tok],
        0,
        0,
        tok.text,
        name=tok.text,
        gender=lx.PRONOUNS.get(tok.low),
        head=tok.low,
    )
