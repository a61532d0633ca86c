"""Untrusted input: whatever an article holds, extraction returns a valid brief or a clear error."""

from __future__ import annotations

import random

import pytest

from briefgen.briefs.schema import parse_brief, source_check
from briefgen.errors import ArticleError
from briefgen.extract import extract
from briefgen.ingest import parse_article

PIECES = [
    "said",
    "told reporters",
    "according to",
    "he",
    "She",
    "it",
    "they",
    "the minister",
    "Mr.",
    "Vladimir Putin",
    "the Kremlin",
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "''",
    ",",
    ".",
    ":",
    ";",
    "?",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% raw %}",
    "[x](javascript:alert(1))",
    "--8<--",
    "# ",
    "    ",
    "\t",
    "\x00"[:0],
    "\u200b",
    "…",
    "U.S.",
    "e-mail",
    "O’Malley",
    "99%",
    "Six in 10",
    "who",
    "which",
    "that",
    "and",
    "by",
    "denied",
    "was yet to",
    "if",
    "whether",
    "—",
    "é",
    "中文",
    "🙂",
    "\r\n",
]


def _article(rng: random.Random) -> str:
    words = [
        rng.choice(PIECES) if rng.random() < 0.6 else rng.choice(["alpha", "Beta", "gamma"])
        for _ in range(rng.randint(1, 120))
    ]
    return " ".join(words)


@pytest.mark.parametrize("seed", range(200))
def test_any_text_gives_a_valid_brief_or_a_clear_error(seed):
    text = _article(random.Random(seed))
    try:
        doc = parse_article(text.encode("utf-8"), f"{seed}.txt")
    except ArticleError as exc:
        assert exc.lines() == [f"{seed}.txt: empty article (no text)"]
        return
    brief = extract(doc)
    _, problems = parse_brief(brief.to_data(), "b.yaml")
    assert problems == []
    assert source_check(brief, doc.text) == []
