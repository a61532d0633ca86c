"""The summary of a brief: the news in one to three of the article's own sentences.

Extractive only: every word is the article's. The lede usually states the news, but not
always as its first line, so sentences that cannot open a summary are passed over:

- a dateline or byline before the news ("OTTAWA - ", "LONDON (Reuters) -") is cut off;
- a photo caption or credit ("Photo: ...", "(after extra time)"), a heading, a fragment;
- a first- or second-person or anecdotal opening ("I was ...", "Spin the radio dial and
  you ..."), a question, a quotation;
- a sentence that leans on one before it: opening with a pronoun ("She said ...") or a
  link word ("But", "However") would leave the reader asking who or what.

If nothing fits, the first sentences stand, as before: a summary is never empty when the
article is not.
"""

from __future__ import annotations

import re

from briefgen.ingest import Document

LIMIT = 400  # about three lines of the briefs page
MOST = 3

_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}(?:,\s+\w+\.?\s+\d{1,2})?"
    r"(?:\s*\([A-Za-z .&]+\))?\s*[-–—:]\s+)"
)
_BYLINE = re.compile(r"^(?:By|BY)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*(?:[,|-]|$)")
_CAPTION = re.compile(
    r"^(?:\(|\[|Photo\b|Image\b|Picture\b|Pictured\b|Caption\b|Credit\b|Video\b|Watch\b|"
    r"Listen\b|Read\s+more\b|Related\b|Updated\b|Published\b|Posted\b|Last\s+updated\b|"
    r"Advertisement\b|Share\b|Copyright\b|©)",
    re.IGNORECASE,
)
# First and second person; "US" (the country) is not "us".
_PERSONAL = re.compile(
    r"(?<![\w-])(?:I|I'm|I’m|I've|I’ve|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our)(?![\w-])"
)
# A quoted phrase (not a quoted sentence) that opens a statement: '"Irreversible damage" will be caused by ...'.
_QUOTED_OPENING = re.compile(r"^[“\"](?:[^”\"\s]+\s+){0,5}[^”\"\s]+[”\"]\s+(?:\S+\s+){4,}")
_LEANING = frozenset(
    "he she it they his her its their him them this that these those such but and or so "
    "however also yet still meanwhile instead then there".split()
)

# A sentence that leans on an earlier one ("has done that", "did so") or is a step of an
# argument ("The idea is simple", "A big advantage of X is that") cannot open a summary.
_POINTS_BACK = re.compile(r"\b(?:do|does|did|done|doing)\s+(?:that|this|so)\b")
_ARGUMENT = re.compile(
    r"(?:The|A|One)\s+(?:\w+\s+)?(?:idea|theory|answer|problem|reason|advantage|trouble|"
    r"point|irony|truth)\s+(?:of\s+[^,]{1,40}?\s+)?is\b"
)


def summarise(doc: Document, limit: int = LIMIT) -> str:
    """Return the article's news: its first sentences that can open a summary, up to about
    `limit` characters (at most three sentences)."""
    chosen: list[str] = []
    for s, e in doc.sentences:
        sentence = _cleaned(" ".join(doc.text[s:e].split()))
        if not sentence:
            continue
        if not chosen and not _can_open(sentence):
            continue
        if chosen and (_CAPTION.match(sentence) or _personal(_unquoted(sentence))):
            break  # the lede is over: an aside or someone's words follow
        if chosen and len(" ".join(chosen)) + len(sentence) > limit:
            break
        chosen.append(sentence)
        if len(chosen) >= MOST or len(" ".join(chosen)) >= limit / 2:
            break
    return " ".join(chosen) if chosen else _first(doc, limit)


def _cleaned(sentence: str) -> str:
    """Cut a dateline or byline off the front of a sentence."""
    sentence = _DATELINE.sub("", sentence, count=1)
    byline = _BYLINE.match(sentence)
    if byline and len(sentence.split()) <= 6:
        return ""
    return sentence.strip()


def _can_open(sentence: str) -> bool:
    """Tell whether a sentence can open a summary on its own."""
    words = sentence.split()
    if len(words) < 6 or not (sentence[0].isalnum() or _QUOTED_OPENING.match(sentence)):
        return False  # a fragment, a caption in brackets, a quotation
    if _CAPTION.match(sentence) or sentence.endswith("?"):
        return False
    if not re.search(r"[.!”\"’']$", sentence):
        return False  # a heading or a cut-off line
    if words[1] in ("Me", "My", "You", "Your", "Us", "Our", "We"):
        return False  # "Get Me Out Of Here as ...": the tail of a title cut at its dots
    if words[0].lower().strip(",") in _LEANING:
        return False  # "She said ...", "But ...": who or what, the reader cannot tell
    if _personal(_unquoted(sentence)):
        return False  # "I was ...", "you are likely to find": an anecdote, not the news
    if _POINTS_BACK.search(sentence) or _ARGUMENT.match(sentence):
        return False  # "appears to have done that", "The idea is simple": a step, not the news
    # "Spin the dial ...": an instruction, not a report.
    instruction = re.match(r"^[A-Z][a-z]+\s+(?:the|a|an|your|this)\b", sentence)
    return not instruction or bool(
        re.search(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b", sentence)
    )


def _personal(sentence: str) -> bool:
    """Tell whether a sentence speaks as "I", "we" or "you". Past its first word a capital
    "Me" or "You" is a title ("Please Please Me"), and so is an "I" after a capitalised
    word or before ", Robot" ("World War I", "I, Robot")."""
    for m in _PERSONAL.finditer(sentence):
        word = m.group()
        if m.start() == 0 or re.search(r"(?:[“\"‘']|:)\s*$", sentence[: m.start()]):
            return True  # the first word, of the sentence or of a quotation
        if word[0].isupper() and word != "I" and not word.startswith("I’") and "'" not in word:
            continue
        before = sentence[: m.start()].split()
        if word == "I" and (
            re.match(r",\s+[A-Z]", sentence[m.end() :])
            or (len(before) > 1 and before[-1][:1].isupper())
        ):
            continue
        return True
    return False


def _unquoted(sentence: str) -> str:
    """Return a sentence without its quotations: "we" inside a quote is the speaker's."""
    return re.sub(r"[“\"][^”\"]*[”\"]", " ", sentence)


def _first(doc: Document, limit: int) -> str:
    """Return the first sentences up to about `limit` characters (the old lead)."""
    out = ""
    for s, e in doc.sentences:
        sentence = " ".join(doc.text[s:e].split())
        if out and len(out) + len(sentence) > limit:
            break
        out = f"{out} {sentence}".strip()
        if len(out) >= limit / 2:
            break
    return out
