"""Find who is mentioned: names with their titles and roles, organisations, states,
groups, pronouns and descriptions ("the president", "a spokesman").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.extract import lexicon as lx
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


class Vocabulary:
    """What a document tells about its own words: which appear in lower case, which mid-sentence in capitals."""

    def __init__(self, sentences: list[list[Token]]) -> None:
        self.lower: set[str] = set()
        self.capital_inside: set[str] = set()
        # Two capitalised words in a row mid-sentence: "the All Blacks", "the Home Office".
        self.capital_pairs: set[tuple[str, str]] = set()
        for tokens in sentences:
            first = True
            prev = ""
            for tok in tokens:
                if not tok.word:
                    prev = ""
                    continue
                if tok.cap:
                    if not first:
                        self.capital_inside.add(tok.text)
                        if prev:
                            self.capital_pairs.add((prev, tok.text))
                    prev = "" if first else tok.text
                else:
                    self.lower.add(tok.low)
                    prev = ""
                first = False
        # An article about British parties: its "Conservatives" are the Conservative Party.
        self.british = any(w in self.capital_inside for w in ("Tory", "Tories", "Labour"))


def is_sentence_start(tokens: list[Token], i: int) -> bool:
    """Tell whether token i opens its sentence or clause (after a quote mark, colon or dash)."""
    j = i - 1
    while j >= 0 and not tokens[j].word and tokens[j].text in "“\"‘'(":
        j -= 1
    # A paragraph's tokens run over sentences: the previous one may end right before.
    return (
        j < 0
        or tokens[j].sent != tokens[i].sent
        or tokens[j].text in {":", "—", "–", "--", "-", ";"}
    )


def namey(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """Tell whether token i can be part of a proper name."""
    tok = tokens[i]
    if tok.text[:2] in _PARTICLES and tok.text[2:3].isupper() and i > 0 and tokens[i - 1].cap:
        return True  # "Valery Giscard d'Estaing"
    if not (tok.cap and tok.word) or tok.text == "I":
        return False
    if len(tok.text) == 1 and not tok.text.isdigit():
        return _initial(tokens, i)  # a lone capital ("posts on X") is too ambiguous
    if "-" in tok.text:
        head, _, rest = tok.text.partition("-")
        if head.lower() in _PREFIXES and rest[:1].islower():
            return False  # "Ex-chat show host", "Anti-war campaigners": a modifier
        tail = tok.low.rsplit("-", 1)[-1]
        if tail in _ADJECTIVE_TAILS or tail.endswith(("ed", "ing")):
            return False  # "US-proposed", "Reagan-like", "Texas-based"; but "Ban Ki-moon"
    if tok.low in lx.DAYS_MONTHS:
        # "Theresa May" is a name; "Florida Friday" is a place and a day.
        prev = tokens[i - 1] if i > 0 else None
        return prev is not None and (prev.low in lx.FEMALE_NAMES or prev.low in lx.MALE_NAMES)
    if tok.low in ("’s", "'s") or tok.low in _NEVER_IN_NAMES:
        return False
    if is_sentence_start(tokens, i):
        if _comma_pronoun(tokens, i):
            return False  # "Backstage, he said": an adverb before the subject
        if _opens_name(tokens, i, vocab):
            return True  # "Home Office Minister Des Browne said", "All Black Aaron Mauger"
        if (
            tok.low in lx.NOT_NAMES
            or tok.low in lx.SPEECH_VERBS
            or tok.low in lx.PREPOSITIONS
            or tok.low in lx.AUXILIARIES
            or tok.low
            in ("outside", "inside", "beyond", "around", "behind", "within", "throughout", "near")
            or tok.low in ("rival", "rivals", "fellow", "veteran", "former")
        ):
            return False
        if tok.text in vocab.capital_inside:
            return True
        if (tok.low in lx.MALE_NAMES or tok.low in lx.FEMALE_NAMES) and _capital_follows(tokens, i):
            return True  # "Bill Clinton unloaded on ...", though "bill" is a noun elsewhere
        return not (tok.low.endswith(("ly", "ing", "ed")) or tok.low in vocab.lower)
    return True


def _comma_pronoun(tokens: list[Token], i: int) -> bool:
    """Tell whether a word is followed by a comma and a subject pronoun: "Backstage, he"."""
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].text == ","
        and tokens[i + 2].low in ("he", "she", "they", "we", "i")
        and tokens[i].low not in lx.MALE_NAMES
        and tokens[i].low not in lx.FEMALE_NAMES
    )


def _initial(tokens: list[Token], i: int) -> bool:
    """Tell whether a lone capital is a middle initial written without its full stop:
    "George W Bush", "Michael J Fox" (a first name the lexicon knows before it)."""
    if tokens[i].text in ("A", "I") or not 0 < i < len(tokens) - 1:
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    return (
        (prev.low in lx.MALE_NAMES or prev.low in lx.FEMALE_NAMES)
        and prev.cap
        and nxt.cap
        and nxt.word
        and len(nxt.text) > 1
        and nxt.sent == tokens[i].sent
    )


def _opens_name(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """Tell whether a sentence's first word, a common word elsewhere, opens a name here:
    the article writes the two words capitalised mid-sentence ("the All Blacks"), or a
    word that opens bodies' names comes before a body's or a title's word ("Home Office")."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not (nxt.cap and nxt.word) or nxt.sent != tokens[i].sent:
        return False
    pairs = vocab.capital_pairs
    if (tokens[i].text, nxt.text) in pairs or (tokens[i].text, nxt.text + "s") in pairs:
        return True
    return tokens[i].low in _NAME_OPENERS and (nxt.low in lx.ORG_WORDS or nxt.low in lx.TITLE_WORDS)


# Common words that open British bodies' and titles' names: "Home Office", "First Minister".
_NAME_OPENERS = frozenset(("home", "first"))


def _capital_follows(tokens: list[Token], i: int) -> bool:
    """Tell whether token i is followed, in its sentence, by a capitalised word."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.sent == tokens[i].sent and nxt.cap and nxt.word


_PARTICLES = frozenset(("d'", "d’", "l'", "l’"))
_PREFIXES = frozenset("ex anti pro non self co post pre mid multi cross".split())

# Capitalised after a stray quote mark ('. " And Chancellor Gordon Brown said'): never a name.
_NEVER_IN_NAMES = frozenset("and but or nor yet".split())

_ADJECTIVE_TAILS = frozenset(
    "like based led backed style born era related owned run made linked funded era-style".split()
)


def chunk_at(tokens: list[Token], i: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """Return the token range of the capitalised name containing token i, if any."""
    if not namey(tokens, i, vocab):
        return None
    lo = i
    while lo > 0:
        if namey(tokens, lo - 1, vocab) and not tokens[lo - 1].in_quote:
            lo -= 1
        elif connector(tokens, lo - 1, vocab):
            lo -= 2
        else:
            break
    hi = i + 1
    while hi < len(tokens):
        if namey(tokens, hi, vocab) and not tokens[hi].in_quote:
            hi += 1
        elif connector(tokens, hi, vocab):
            hi += 2
        else:
            break
    return lo, hi


def connector(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """Tell whether token i joins two parts of one name: "Secretary of State", "Bank of England"."""
    if 0 < i < len(tokens) - 1 and tokens[i].low in ("and", "&") and not tokens[i].in_quote:
        return _and_joins(tokens, i, vocab)
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
        return left.low in lx.TITLE_WORDS or body_word(left.low) or left.low in lx.ROLE_NOUNS
    return right.cap


def body_word(low: str) -> bool:
    """Tell whether a word, or its singular, ends bodies' names: "Chambers" of "British
    Chambers of Commerce", "Services", "Council"."""
    return low in lx.ORG_WORDS or (low.endswith("s") and low[:-1] in lx.ORG_WORDS)


def chunks(
    tokens: list[Token], vocab: Vocabulary, lo: int = 0, hi: int | None = None
) -> list[tuple[int, int]]:
    """Return the ranges of all capitalised names outside quotes in a sentence, or in its
    tokens lo..hi read in their context ("the Home Office": "Home" does not open a sentence)."""
    stop = len(tokens) if hi is None else hi
    out = []
    i = lo
    while i < stop:
        if tokens[i].in_quote:
            i += 1
            continue
        found = chunk_at(tokens, i, vocab)
        if found:
            start, end = found
            end = _possessive_name_end(tokens, end, vocab)
            end = _portfolio_end(tokens, start, end, vocab)
            nick = _nickname_end(tokens, end)
            if nick is not None and nick < len(tokens):
                more = chunk_at(tokens, nick, vocab)
                if more:
                    end = more[1]  # 'Donald "The Donald" Trump' is one name
            start, end = max(start, lo), min(end, stop)
            for k in range(start + 1, end - 1):
                if (tokens[k].low in lx.HONORIFICS and not _titles(tokens[k - 1])) or (
                    tokens[k - 1].low in lx.ORG_NAMES
                    and (tokens[k].low in lx.MALE_NAMES or tokens[k].low in lx.FEMALE_NAMES)
                ):
                    # "told the BBC Mr Howard had ...", "told the BBC Michael Howard has ...":
                    # two names, not one.
                    out.append((start, k))
                    start = k
                    break
            out.append((start, end))
            i = end
        else:
            i += 1
    return out


def _possessive_name_end(tokens: list[Token], end: int, vocab: Vocabulary) -> int:
    """Return the end of a name that goes on past a possessive: "People's Party of Canada",
    "Court of Queen's Bench", "Children's Hospital"; not "Canada's Prime Minister"."""
    if not (
        0 < end < len(tokens) - 1
        and (
            tokens[end].low in ("’s", "'s")
            or (tokens[end].text in ("'", "’") and tokens[end - 1].low.endswith("s"))
        )
        and not tokens[end + 1].in_quote
        and (tokens[end - 1].low in _COMMON_OWNERS or tokens[end - 1].low in vocab.lower)
    ):
        return end
    more = chunk_at(tokens, end + 1, vocab)
    if more is None or more[0] != end + 1:
        return end
    last = tokens[more[1] - 1].low
    if (
        last in lx.ORG_WORDS
        or last in ("bench", "division")
        or _organisation_of(tokens[end + 1 : more[1]])
    ):
        return more[1]
    return end


def _and_joins(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """Tell whether "and" at token i is inside a body's name: "Securities and Exchange
    Commission", "Ironhorse Oil and Gas", "Institute of Purchasing and Supply"; not
    "Sony and Microsoft" or "Britain and France"."""
    start = i
    while start > 0 and namey(tokens, start - 1, vocab) and not tokens[start - 1].in_quote:
        start -= 1
    end = i + 1
    while end < len(tokens) and namey(tokens, end, vocab) and not tokens[end].in_quote:
        end += 1
    if start == i or end == i + 1:
        return False
    if tokens[i].text == "&":
        return True  # "Marks & Spencer", "Independent News & Media": news joins people by "and"
    left = [t.low for t in tokens[start:i]]
    right = [t.low for t in tokens[i + 1 : end]]
    if classify(" ".join(left), False, []) in ("state", "place", "person", "group"):
        return False  # "Britain and ...", "John Smith and ..."
    if right[0] in lx.ORG_NAMES or right[0] in lx.MALE_NAMES or " ".join(left) in lx.ORG_NAMES:
        return False  # "... and Microsoft", "Sony and ..."
    if right[0] in lx.FEMALE_NAMES:
        return False
    common = all(w in vocab.lower or w in _PORTFOLIOS for w in (left[-1], *right))
    return (len(right) > 1 and right[-1] in _GENERIC_BODIES) or (common and len(right) == 1)


_GENERIC_BODIES = frozenset(
    "committee commission council association institute department ministry authority board "
    "agency society union federation centre center foundation trust bureau office service "
    "services organisation organization".split()
)


def _portfolio_end(tokens: list[Token], start: int, end: int, vocab: Vocabulary) -> int:
    """Return the end of a ministry's name that lists its portfolios: "Department for
    Culture, Media and Sport"; not "the Bank of England, Barclays and HSBC"."""
    if not (_organisation_of(tokens[start:end]) and end < len(tokens) and tokens[end].text == ","):
        return end
    k = end
    while k + 1 < len(tokens) and tokens[k].text in (",", "and") and tokens[k + 1].cap:
        j = k + 1
        while j < len(tokens) and tokens[j].cap and tokens[j].word and not tokens[j].in_quote:
            if tokens[j].low not in _PORTFOLIOS and tokens[j].low not in vocab.lower:
                return end
            j += 1
        if tokens[k].text == "and":
            return j
        k = j
    return end


# Words of ministries' portfolios: "Environment, Food and Rural Affairs".
_PORTFOLIOS = frozenset(
    "culture media sport food rural affairs environment health education science innovation "
    "trade industry energy transport community communities social services children families "
    "justice skills employment work pensions housing local government digital heritage "
    "tourism agriculture fisheries forestry mines natural resources economic development "
    "infrastructure immigration citizenship public safety security defence veterans seniors "
    "women youth labour finance treasury foreign supply purchasing commerce oil gas".split()
)


# Common nouns that own a part of a body's name: "People's Party", "Queen's Bench".
_COMMON_OWNERS = frozenset(
    "people peoples queen king women children men workers st saint citizens farmers lords "
    "veterans teachers nurses doctors".split()
)


def _titles(tok: Token) -> bool:
    """Tell whether a word may stand before an honorific in one name: "Commissioner Sir John"."""
    low = tok.low
    return (
        low in lx.TITLE_WORDS
        or low in lx.ROLE_NOUNS
        or low in lx.ABBREVIATED_TITLES
        or low in lx.HONORIFICS
        or low in lx.DEMONYMS
    )


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
    if len(toks) > 2 and _organisation_of(toks):
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


def _organisation_of(toks: list[Token]) -> bool:
    """Tell whether a chunk names an organisation by "<org word> of|for ..." and no person."""
    for k in range(len(toks) - 2):
        # A plural opens no body's name: "Unions for Deutsche Boerse staff"; "British
        # Chambers of Commerce" is one.
        word = toks[k].low
        if toks[k + 1].low in ("of", "for") and (word in lx.ORG_WORDS or (k and body_word(word))):
            return not any(
                t.low in lx.MALE_NAMES or t.low in lx.FEMALE_NAMES for t in toks[k + 2 :]
            )
    return False


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
                or (tok.low in ("’s", "'s", "'", "’") and tokens[j - 1].low in _COMMON_OWNERS)
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
