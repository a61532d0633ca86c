"""Find the capitalised names in a sentence: which words can be part of a name, and where
a name starts and ends ("Secretary of State", "People's Party of Canada", "Department for
Culture, Media and Sport", 'Donald "The Donald" Trump'). `mentions` reads each into a
mention.
"""

from __future__ import annotations

from briefgen.extract import lexicon as lx
from briefgen.extract.kinds import classify
from briefgen.extract.tokens import Token


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
        if left.low in lx.TITLE_WORDS or body_word(left.low) or left.low in lx.ROLE_NOUNS:
            return True
        # "Court of Arbitration for Sport": a second link in a body's name that began
        # "Court of ...", "Institute of ...".
        return (
            tokens[i].low == "for"
            and i >= 3
            and tokens[i - 2].low == "of"
            and body_word(tokens[i - 3].low)
            and tokens[i - 3].cap
        )
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
        0 < end < len(tokens) - 1 and _possessive_mark(tokens, end) and not tokens[end + 1].in_quote
    ):
        return end
    more = chunk_at(tokens, end + 1, vocab)
    if more is None or more[0] != end + 1:
        return end
    last = tokens[more[1] - 1].low
    if not (tokens[end - 1].low in COMMON_OWNERS or tokens[end - 1].low in vocab.lower):
        # Any plural owns a union or an association: "Air Line Pilots' Association".
        plural = tokens[end].text in ("'", "’")
        return more[1] if plural and last in _GENERIC_BODIES else end
    if (
        last in lx.ORG_WORDS
        or last in ("bench", "division")
        or organisation_of(tokens[end + 1 : more[1]])
    ):
        return more[1]
    return end


def _possessive_mark(tokens: list[Token], k: int) -> bool:
    """Tell whether token k marks a possessive: "'s", or an apostrophe after a plural."""
    return tokens[k].low in ("’s", "'s") or (
        tokens[k].text in ("'", "’") and tokens[k - 1].low.endswith("s")
    )


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
    if _owned_body_follows(tokens, end, vocab):
        return True  # "Transport and General Workers' Union"
    common = all(w in vocab.lower or w in _PORTFOLIOS for w in (left[-1], *right))
    return (len(right) > 1 and right[-1] in _GENERIC_BODIES) or (common and len(right) == 1)


def _owned_body_follows(tokens: list[Token], end: int, vocab: Vocabulary) -> bool:
    """Tell whether a possessive at token end leads on to a body's generic head, so the
    words before it own part of one name: "... Workers' Union", "... Farmers' Association"."""
    if not (
        0 < end < len(tokens) - 1
        and tokens[end - 1].low in COMMON_OWNERS
        and _possessive_mark(tokens, end)
    ):
        return False
    more = chunk_at(tokens, end + 1, vocab)
    return bool(more and more[0] == end + 1 and tokens[more[1] - 1].low in _GENERIC_BODIES)


_GENERIC_BODIES = frozenset(
    "committee commission council association institute department ministry authority board "
    "agency society union federation centre center foundation trust bureau office service "
    "services organisation organization".split()
)


def _portfolio_end(tokens: list[Token], start: int, end: int, vocab: Vocabulary) -> int:
    """Return the end of a ministry's name that lists its portfolios: "Department for
    Culture, Media and Sport"; not "the Bank of England, Barclays and HSBC"."""
    if not (organisation_of(tokens[start:end]) and end < len(tokens) and tokens[end].text == ","):
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
COMMON_OWNERS = frozenset(
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


def organisation_of(toks: list[Token]) -> bool:
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
