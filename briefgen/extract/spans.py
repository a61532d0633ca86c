"""Find where a name stands in an article as whole words, fast: an index of where each
word starts, built once per text, so hundreds of names an article stay linear."""

from __future__ import annotations

import re
from functools import lru_cache


def spans_of(name: str, text: str) -> list[tuple[int, int]]:
    """Return where a name stands in the text as whole words (as `\\b` would tell), found
    without compiling a pattern per name: extraction reads hundreds of names an article.

    A name that starts with a word is looked up in an index of where each word of the text
    starts (built once per text), so the cost is the name's occurrences, not the text's
    length: hundreds of names in a long article stay linear."""
    if not name:
        return []
    first = _FIRST_WORD.match(name)
    if first is None:
        return _scan(name, text)
    # Look the name up by its rarest word ("Brown" of "Mr Brown"): the text's word stands
    # where the name's does, so the name, if there, starts that far before it.
    index = _word_starts(text)
    at, starts = min(
        ((w.start(), index.get(w[0], ())) for w in _WORDS.finditer(name)),
        key=lambda found: len(found[1]),
    )
    out = []
    for j in starts:
        i = j - at
        end = i + len(name)
        if (
            i >= 0
            and text.startswith(name, i)
            and (i == 0 or not _word_char(text[i - 1]))
            and (end == len(text) or not _word_char(text[end]))
        ):
            out.append((i, end))
    return out


_FIRST_WORD = re.compile(r"[^\W_]\w*")
_WORDS = re.compile(r"(?<!\w)\w+")
_INDEXED: list[tuple[str, dict[str, list[int]]]] = []


def _word_starts(text: str) -> dict[str, list[int]]:
    """Return, for each word of `text`, the offsets where it starts (the last text's kept)."""
    if _INDEXED and _INDEXED[0][0] is text:
        return _INDEXED[0][1]
    index: dict[str, list[int]] = {}
    for found in _WORDS.finditer(text):
        index.setdefault(found[0], []).append(found.start())
    _INDEXED[:] = [(text, index)]
    return index


def _scan(name: str, text: str) -> list[tuple[int, int]]:
    """Find a name that does not start with a word by plain search."""
    out = []
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if (i == 0 or not _word_char(text[i - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            out.append((i, end))
        i = text.find(name, i + 1)
    return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def lower_word(word: str, text: str) -> bool:
    """Tell whether the article writes a word in lower case somewhere."""
    return word.lower() in _lower_words(text)


@lru_cache(maxsize=64)
def _lower_words(text: str) -> frozenset[str]:
    """Return the words the article writes in lower case."""
    return frozenset(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*[a-z]\b", text))
