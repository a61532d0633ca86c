"""Untrusted text made inert in Markdown, and the helpers templates build links with.

Everything from an article or a brief is untrusted. `md_inline` escapes exactly the
characters Python-Markdown treats specially, so a headline such as `<script>…</script>` or
`[x](javascript:…)` shows as those characters, never as markup. Only `markupsafe.Markup`
values pass unescaped; `link`, `mjoin` and `md_paragraphs` build them from escaped parts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import quote

from markupsafe import Markup

from briefgen.inputs import WEB_SCHEMES, scheme

# Backslash escapes Python-Markdown knows (plus `|`, which `tables` adds), for the
# characters that mean something anywhere in a line; < > & become entities: no HTML, no
# entities. Escaping no more than that matters: every escape costs Markdown a pattern
# match, and article text is full of full stops, hyphens and brackets.
_ESCAPES = {c: "\\" + c for c in "\\`*_{}[]|"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_SPECIAL = re.compile(r"[\\`*_{}\[\]|<>&]")
# What means something only at the start of a line: a heading, a list item, a rule.
_LEADING = re.compile(r"^(?:[#+\-]|\d+\.)")
_TRAILING = re.compile(r"#+$")
# Line breaks, tabs and control characters (\x02/\x03 are Python-Markdown's placeholders).
_BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


def escape(text: str) -> str:
    """Return text with every Markdown-special character escaped, on one line."""
    text = _SPECIAL.sub(lambda m: _ESCAPES[m.group()], _BREAKS.sub(" ", text))
    # "# x", "- x", "1. x" would start a heading or a list wherever a line begins, and
    # a heading drops the #s it ends with.
    text = _TRAILING.sub(lambda m: "\\#" * len(m.group()), text)
    return _LEADING.sub(_escape_leading, text, count=1)


def _escape_leading(match: re.Match[str]) -> str:
    mark = match.group()
    return mark[:-1] + "\\." if mark.endswith(".") else "\\" + mark


def md_inline(value: object) -> Markup:
    """Return text as inert inline Markdown: one line, escaped, no leading indentation."""
    if isinstance(value, Markup):
        return value
    text = escape(str(value).strip())
    # A line of = is a setext underline and ~~~ opens a fence (superfences): an entity
    # for the first character keeps the line inert wherever a template puts it.
    if text[:1] == "=":
        text = "&#61;" + text[1:]
    elif text[:1] == "~":
        text = "&#126;" + text[1:]
    return Markup(text)


def md_paragraphs(value: object) -> Markup:
    """Return text as inert Markdown paragraphs, keeping its blank-line breaks."""
    parts = [md_inline(p) for p in re.split(r"\n[ \t]*\n", str(value))]
    return Markup("\n\n".join(p for p in parts if p))


def md_text(value: object) -> Markup:
    """Return any template value as Markdown: None is empty, numbers and dates as they are."""
    if value is None:
        return Markup("")
    if isinstance(value, int | float | dt.date) and not isinstance(value, bool):
        return Markup(value)  # digits and hyphens: no Markdown syntax at all
    return md_inline(value)


def quoted(value: object) -> Markup:
    """Return text in “curly quotes”, unless it is quoted already."""
    text = str(value).strip()
    if text[:1] in '“"' and text[-1:] in '”"' and len(text) > 1:
        return md_inline(text)
    return Markup(f"“{md_inline(text)}”")


def _target(href: str) -> str | None:
    """Return a safe link target for a relative or http(s) address, else None."""
    if scheme(href) not in ("", *WEB_SCHEMES):
        return None
    target = quote(href, safe="/:?#[]@!$&'()*+,;=%-._~")
    return target if re.fullmatch(r"[\w/.#-]*", target) else f"<{target}>"


def link(label: object, href: str) -> Markup:
    """Return a Markdown link with an escaped label; unsafe targets give the label alone."""
    target = _target(href)
    return Markup(f"[{md_text(label)}]({target})") if target else md_text(label)


def site_name(url: str) -> str:
    """Return a short label for a web address: `Wikipedia`, `Wikidata`, else its host."""
    host = re.sub(r"^https?://(www\.)?", "", url, flags=re.IGNORECASE).split("/")[0].lower()
    for known in ("wikipedia", "wikidata"):
        if host.endswith(f"{known}.org"):
            return known.title()
    return host or url


def mjoin(items: Iterable[object], separator: str = ", ") -> Markup:
    """Join items, escaping those that are not Markup already."""
    return Markup(escape(separator).join(md_text(item) for item in items))


def count(n: int, singular: str, plural: str | None = None) -> str:
    """Return `1 brief`, `2 briefs`."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def cited_paragraph(text: str, start: int, end: int, cites: list[tuple[int, int, int]]) -> Markup:
    """Return a paragraph of the article with its cited passages marked and anchored.

    `cites` holds (start, end, n) for each position: the passage is highlighted with
    `<mark>`, which carries `id="cN"` (what positions link to) when the passage is the one
    that opens it, else an empty `<span id="cN">` marks where the passage begins (passages
    can overlap); a small `↩` after it links back to the position (`#pos-N`). Everything
    else is escaped like any other text.
    """
    marks: list[list[int]] = []
    for s, e, _ in sorted(cites):
        s, e = max(s, start), min(e, end)
        if s >= e:
            continue
        if marks and s <= marks[-1][1]:
            marks[-1][1] = max(marks[-1][1], e)
        else:
            marks.append([s, e])
    tags: dict[int, list[tuple[int, str]]] = {}
    opens = Counter(s for s, _, _ in cites if start <= s < end)
    mark_starts = {s for s, _ in marks}
    named: dict[int, int] = {}  # mark start -> the one passage that opens there
    for s, e, n in cites:
        if start <= s < end:
            if opens[s] == 1 and s in mark_starts:
                named[s] = n
            else:
                tags.setdefault(s, []).append((2, f'<span id="c{n}"></span>'))
            back = f'<a class="bg-back" href="#pos-{n}" title="Back to the position">↩</a>'
            tags.setdefault(min(e, end), []).append((1, back))
    for s, e in marks:
        mark = f'<mark id="c{named[s]}">' if s in named else "<mark>"
        tags.setdefault(s, []).append((3, mark))
        tags.setdefault(e, []).append((0, "</mark>"))
    out, at = [], start
    for offset in sorted(tags):
        out.append(escape(text[at:offset]))
        out.extend(tag for _, tag in sorted(tags[offset], key=lambda t: t[0]))
        at = offset
    out.append(escape(text[at:end]))
    html = "".join(out).lstrip()
    # A line of = is a setext underline and ~~~ opens a fence, as in md_inline.
    if html[:1] in "=~":
        html = {"=": "&#61;", "~": "&#126;"}[html[0]] + html[1:]
    return Markup(html or "&#160;")
