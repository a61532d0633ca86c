"""Read noun phrases around a cue: where one starts or ends, and who it names."""

from __future__ import annotations

from briefgen.extract import lexicon as lx
from briefgen.extract.mentions import (
    Mention,
    Vocabulary,
    chunks,
    clause_start,
    connector,
    mention_of,
    namey,
    pronoun,
    read_name,
)
from briefgen.extract.tokens import Token

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
            if tok.low in ("’s", "'s") or tok.text in ("-", "%") or _plural_possessive(tokens, j):
                j -= 1
                continue
            break
        # A determiner starts the phrase ("the Two Ronnies star" goes on past "Two").
        if (
            tok.low in lx.DETERMINERS
            and tok.low not in ("that", "one", "no")
            and not (tok.cap and j > 0 and tokens[j - 1].low in ("the", "a", "an"))
        ):
            return j
        if tok.low in lx.PRONOUNS and tok.low not in ("her", "his", "its", "their"):
            return j if j == i - 1 else j + 1
        if tok.low in ("who", "which") and j == i - 1:
            return j  # a relative pronoun stands for its antecedent
        if tok.low in _STOP_NP and not connector(tokens, j, vocab):
            break
        if tok.low in lx.SPEECH_VERBS and not tok.cap and tok.low not in lx.MESSAGE_NOUNS:
            break
        if tok.low.endswith("ly") and not tok.cap:
            break
        j -= 1
    return j + 1


def _plural_possessive(tokens: list[Token], j: int) -> bool:
    """Tell whether token j is the apostrophe of a plural possessive inside a name: "Nurses'
    Association" (not "Rangers' boss", a role whose owner is another name)."""
    return (
        tokens[j].text in ("'", "’")
        and 0 < j < len(tokens) - 1
        and tokens[j + 1].cap
        and tokens[j - 1].word
        and tokens[j - 1].low.endswith("s")
        and tokens[j - 1].end == tokens[j].start
    )


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
        if connector(tokens, j, vocab):
            j += 2
            continue
        if tok.low in _STOP_NP or tok.low in lx.SPEECH_VERBS or tok.low.endswith("ly"):
            break
        if (
            tok.low in lx.ROLE_NOUNS
            or tok.low in lx.ORG_NOUNS
            or tok.low in lx.ROLE_MODIFIERS
            or tok.low in lx.DOCUMENT_NOUNS
        ):
            j += 1
            continue
        if tok.low in lx.PRONOUNS and j == start:
            return j + 1
        if _role_prefix(tokens, j):
            j += 1  # "said economy minister Heizo Takenaka": a lower-case role before a name
            continue
        break
    return j if j > start else i


def _role_prefix(tokens: list[Token], j: int) -> bool:
    """Tell whether the lower-case word at j opens a role before a name ("economy minister X")."""
    for k in range(j, min(len(tokens), j + 3)):
        tok = tokens[k]
        if tok.in_quote or not tok.word or tok.cap or not _nounish(tok):
            return False
        if tok.low in lx.ROLE_NOUNS or tok.low.endswith(_ROLE_ENDINGS):
            # "delegate Beau Correll", "strategist Hank Hale": a role, then a full name
            return (
                k + 2 < len(tokens)
                and tokens[k + 1].cap
                and tokens[k + 1].word
                and (tokens[k + 1].low in lx.ROLE_NOUNS or tokens[k + 2].cap)
            )
    return False


# Endings of nouns for what people do: strategist, consultant, delegate, adviser.
_ROLE_ENDINGS = ("ist", "ant", "ate", "er", "or", "ian")


def read_phrase(
    tokens: list[Token], lo: int, hi: int, vocab: Vocabulary, text: str, subject: bool = False
) -> Mention | None:
    """Read a noun phrase as a source: a name, a pronoun, a description, or a possessive.

    With `subject`, the phrase is known to be the subject of a speech cue, so any noun
    phrase ("the investor", "state records") may be a source.
    """
    if lo < hi and tokens[lo].low in ("my", "our", "your"):
        return None  # "my generic point": the writer's or the listener's, not a source
    had_det = lo < hi and tokens[lo].low in lx.DETERMINERS
    first = lo
    while lo < hi and (
        tokens[lo].low in lx.DETERMINERS and tokens[lo].low not in ("his", "her", "its", "their")
    ):
        lo += 1
    if lo >= hi:
        if subject and had_det and tokens[hi - 1].low in _QUANTIFIERS:
            tok = tokens[hi - 1]  # "Some said", "Many believe"
            return mention_of("description", [tok], hi - 1, hi, text, kind="group", gender="plural")
        return None
    toks = tokens[lo:hi]
    if subject and _poll_share(toks):
        # "Six in 10", "26%", "about two-thirds"
        return mention_of("description", toks, lo, hi, text, kind="group", gender="plural")
    if len(toks) == 1 and toks[0].low in lx.PRONOUNS:
        return pronoun(toks[0])
    if toks[0].low in lx.RELATIVES:
        return mention_of("relative", toks[:1], lo, hi, text)
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].low in ("’s", "'s"):
            if any(a <= lo + k < b for a, b in chunks(tokens, vocab, lo, hi)):
                continue  # "the Court of Queen's Bench": one name across the possessive
            return _possessive(tokens, lo, hi, lo + k, vocab, text, subject)
    if toks[0].low in ("his", "her", "its", "their"):
        lo += 1
        toks = toks[1:]
        if not toks:
            return None
    # The last capitalised chunk names the actor unless a lower-case head follows it.
    spans = chunks(tokens, vocab, lo, hi)
    if spans:
        clo, chi = spans[-1]
        if chi == hi:
            return _role_and_name(tokens, lo, clo, hi, text)
        head = tokens[hi - 1].low
        owner = read_name(tokens, clo, chi, text)
        if head in lx.MESSAGE_NOUNS or (
            head in ("officials", "office") and owner.kind in ("organisation", "state")
        ):
            return owner  # "the Kremlin statement said", "White House officials said"
    head_tok = tokens[hi - 1]
    head = head_tok.low
    generic = (
        subject and _nounish(head_tok) and (had_det or head.endswith("s")) and not _abstract(head)
    )
    if head in lx.ROLE_NOUNS or head in lx.ORG_NOUNS or generic:
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
        return described(tokens, first, lo, hi, text, kind=kind, gender=gender)
    return None


def _possessive(
    tokens: list[Token], lo: int, hi: int, k: int, vocab: Vocabulary, text: str, subject: bool
) -> Mention | None:
    """Read a phrase with a possessive at token k: "Trump's post" (Trump), "Acme's chief
    financial officer Paul Grant" (the person), "the field's biggest hawks"."""
    toks = tokens[lo:hi]
    rest = tokens[k + 1 : hi]
    if not rest or rest[-1].low in lx.MESSAGE_NOUNS:
        return read_phrase(tokens, lo, k, vocab, text)  # "Trump's post said": Trump
    if all(namey(tokens, m, vocab) for m in range(k + 1, hi)):
        return read_name(tokens, k + 1, hi, text)  # "the Economist Intelligence Unit's Mr Hensel"
    named = _role_then_name(tokens, k + 1, hi, vocab, text)
    if named is not None:
        return named  # "Acme's chief financial officer Paul Grant": the person
    owner = read_phrase(tokens, lo, k, vocab, text)
    head = rest[-1].low
    if owner is not None and owner.form == "pronoun":
        kind = "organisation" if head in lx.ORG_NOUNS else "person"
        return mention_of("description", toks, lo, hi, text, kind=kind, head=head)
    kind = "organisation" if head in lx.ORG_NOUNS else ("person" if head in lx.ROLE_NOUNS else None)
    if kind is None and subject and _nounish(rest[-1]):
        kind = "group" if head.endswith("s") else "person"  # "the field's biggest hawks"
    if kind is None:
        return None
    return mention_of("name", toks, lo, hi, text, kind=kind, head=head)


def _role_and_name(tokens: list[Token], lo: int, clo: int, hi: int, text: str) -> Mention:
    """Read a name at clo..hi with the words before it as a role: "Lib Dem chairman Alan Beith"."""
    mention = read_name(tokens, clo, hi, text)
    mention.lo = lo
    first_role = lo
    while first_role < clo and tokens[first_role].low in lx.TIME_WORDS:
        first_role += 1  # "On Monday Lib Dem chairman Alan Beith": no "Monday" in it
    if first_role < clo and not mention.roles:
        role = text[tokens[first_role].start : tokens[clo - 1].end]
        if any(t.low in lx.ROLE_NOUNS for t in tokens[lo:clo]):
            mention.roles.insert(0, role)
            if mention.kind is None:
                mention.kind = "person"
    return mention


def _role_then_name(
    tokens: list[Token], lo: int, hi: int, vocab: Vocabulary, text: str
) -> Mention | None:
    """Read "chief medical officer Alan Breier" (lower-case role words, then a name) as the
    name with its role; None for any other shape."""
    first = hi
    while first > lo and namey(tokens, first - 1, vocab):
        first -= 1
    if first in (hi, lo):
        return None
    words = tokens[lo:first]
    if not all(_nounish(w) or w.low in lx.ROLE_MODIFIERS for w in words):
        return None
    if not any(w.low in lx.ROLE_NOUNS for w in words):
        return None
    mention = read_name(tokens, first, hi, text)
    mention.lo = lo
    role = text[words[0].start : words[-1].end]
    if role not in mention.roles:
        mention.roles.insert(0, role)
    mention.kind = mention.kind or "person"
    return mention


def described(
    tokens: list[Token], first: int, lo: int, hi: int, text: str, **fields: object
) -> Mention:
    """Make a description of tokens lo..hi whose determiner (if any) is at `first`."""
    definite = tokens[first].low in ("the", "this", "that")
    surface = text[
        tokens[first].start : tokens[hi - 1].end
    ]  # as written: "a Labour Party spokesman"
    return mention_of(
        "description", tokens[lo:hi], lo, hi, text, definite=definite, surface=surface, **fields
    )


SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokespeople representative".split())


def spokesperson(tokens: list[Token], lo: int, hi: int, text: str) -> Mention | None:
    """Read "a spokesman for the Information Commissioner's Office" as one description."""
    first = lo
    while lo < hi and tokens[lo].low in lx.DETERMINERS:
        lo += 1
    k = next((k for k in range(lo, hi) if tokens[k].low in SPOKESPEOPLE), None)
    if k is None or not (k + 1 < hi and tokens[k + 1].low in ("for", "of", "at")):
        return None
    return described(tokens, first, lo, hi, text, kind="person", head=tokens[k].low)


def _nounish(tok: Token) -> bool:
    """Tell whether a lower-case word can head a noun phrase."""
    low = tok.low
    return (
        tok.word
        and not tok.cap
        and low.replace("-", "").isalpha()
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
    if words[-1].endswith(("-quarters", "-thirds", "-fifths")):
        return True  # "three-quarters said"
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


_NOT_AGENTS = frozenset(
    "injury decision move deal change rule law bill figures rise fall increase drop growth loss "
    "win defeat victory result results event attack incident crisis war problem issue question "
    "situation access idea plan proposal scheme system process market markets prices price "
    "sales profits economy weather season game match time year day week".split()
)


def _abstract(head: str) -> bool:
    """Tell whether a noun names a thing or an idea, which says nothing: "an injury", "the move"."""
    if (
        head in lx.ROLE_NOUNS
        or head in lx.ORG_NOUNS
        or head in lx.DOCUMENT_NOUNS
        or head in lx.GROUP_WORDS
    ):
        return False
    return head in _NOT_AGENTS or head.endswith(("ness", "ity", "ance", "ence", "ism"))


def described_subject(tokens: list[Token], vocab: Vocabulary, text: str) -> Mention | None:
    """Return the subject of a sentence when it brings in a person without naming them:
    "An Egyptian education official visited ..." (indefinite: "the prime minister" is
    someone the article names, often later)."""
    k = clause_start(tokens)
    if k >= len(tokens) or tokens[k].low not in ("a", "an") or tokens[k].in_quote:
        return None
    end = np_after(tokens, k, vocab)
    if end <= k + 1 or (end < len(tokens) and tokens[end].low in ("’s", "'s", "of")):
        return None
    mention = read_phrase(tokens, k, end, vocab, text)
    if mention is None or mention.form != "description" or mention.kind != "person":
        return None
    return mention
