"""Pages without the indentation: the same HTML, a sixth smaller.

Material's templates indent every line, and a briefing site has two pages per article,
so indentation alone is about a sixth of a large site. A browser renders a run of
whitespace as one space, wherever it holds a line break, so each such run becomes one
line break: the page renders, searches and reads (view source) as before. Inside `pre`,
`textarea`, `script` and `style` whitespace means something, and stays. HTML comments go
too (the generated-page marker of every Markdown page is one; it matters only in docs/).
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.plugins import BasePlugin

_KEEP = re.compile(
    r"(<(?:pre|textarea|script|style)\b.*?</(?:pre|textarea|script|style)\s*>)", re.S | re.I
)
_RUN = re.compile(r"[ \t\r]*\n\s*")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def compact_html(html: str) -> str:
    """Return `html` without comments, each whitespace run with a line break one line break."""
    parts = _KEEP.split(html)
    parts[::2] = [_RUN.sub("\n", _COMMENT.sub("", part)) for part in parts[::2]]
    return "".join(parts)


class CompactPages(BasePlugin):
    """A MkDocs plugin (added in-process by `build_site`) that compacts every page."""

    def on_post_page(self, output: str, /, **kwargs: Any) -> str:
        return compact_html(output)

    def on_post_template(self, output_content: str, /, *, template_name: str, **kwargs: Any) -> str:
        # The theme's own pages (404.html); sitemap.xml is left as it is.
        return compact_html(output_content) if template_name.endswith(".html") else output_content
