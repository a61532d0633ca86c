"""The light page frame for Zensical's pages, as `briefgen/site/frame.py` makes it for Material's.

Every page Zensical writes carries the same frame: the header's icons as inline SVG, the
script that sets up the reader's settings, the colour-scheme script and the theme's
settings (JSON). Zensical has no plugins, so this works on the built pages: each plain
one-line icon outside the page's article becomes an empty `<svg>` of the same shape that
one stylesheet paints with the icon as a CSS mask (a data URI, so it shows from disk too),
and each of the three scripts becomes a shared file loaded where it was, not deferred, so
it runs when it did. A script that is not the same on every page (a site's own override)
stays inline on the pages where it differs.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from briefgen.site.frame import CONFIG_SCRIPT, STYLESHEET, Icon, shared_config, stylesheet

BASE_SCRIPT = "assets/briefgen/zensical-base.js"
PALETTE_SCRIPT = "assets/briefgen/zensical-palette.js"
_ICON = re.compile(r'<svg xmlns="http://www.w3.org/2000/svg" viewBox="([0-9. -]+)">[^\n]*?</svg>')
_ARTICLE = re.compile(r"(<article\b.*</article>)", re.S)
_BASE = re.compile(
    r'<script>__md_scope=new URL\("((?:\.\./)*\.\.|\.)",location\)(.*?)</script>', re.S
)
_PALETTE = re.compile(r'<script>(var palette=__md_get\("__palette"\).*?)</script>', re.S)
_CONFIG = re.compile(r'<script id="__config" type="application/json">(\{.*?\})</script>', re.S)


def lighten(site: Path, pages: dict[Path, str]) -> dict[Path, str]:
    """Return `pages` (path: HTML) with the shared frame, and write its files into `site`."""
    icons: dict[str, Icon] = {}
    shared: dict[str, str] = {}  # file: the script every page may load from it
    out = {}
    for path, html in pages.items():
        up = "../" * (len(path.relative_to(site).parts) - 1)
        parts = _ARTICLE.split(html)
        for i in range(0, len(parts), 2):  # outside the article: the frame
            parts[i] = _share_scripts(parts[i], up, shared)
            parts[i] = _ICON.sub(lambda m: _stub(m, icons), parts[i])
        html = "".join(parts)
        if "bg-icon" in html and "</head>" in html:
            link = f'<link rel="stylesheet" href="{up}{STYLESHEET}">\n</head>'
            html = html.replace("</head>", link, 1)
        out[path] = html
    folder = site / "assets" / "briefgen"
    folder.mkdir(parents=True, exist_ok=True)
    if icons:
        (site / STYLESHEET).write_text(stylesheet(list(icons.values())), encoding="utf-8")
    for name, script in shared.items():
        (site / name).write_text(script, encoding="utf-8")
    return out


def _stub(match: re.Match, icons: dict[str, Icon]) -> str:
    svg = match.group(0)
    name = "z" + hashlib.sha256(svg.encode()).hexdigest()[:10]
    icon = icons.setdefault(name, Icon(name, svg, match.group(1)))
    return icon.stub


def _share_scripts(html: str, up: str, shared: dict[str, str]) -> str:
    """Replace the frame's scripts that are the same on every page with shared files."""

    def load(name: str) -> str:
        return f'<script src="{up}{name}"></script>'

    def base(match: re.Match) -> str:
        script = f'__md_scope=new URL("../..",document.currentScript.src){match.group(2)}\n'
        return load(BASE_SCRIPT) if shared.setdefault(BASE_SCRIPT, script) == script else match[0]

    def palette(match: re.Match) -> str:
        script = match.group(1) + "\n"
        if shared.setdefault(PALETTE_SCRIPT, script) == script:
            return load(PALETTE_SCRIPT)
        return match[0]

    def config(match: re.Match) -> str:
        try:
            data = json.loads(match.group(1))
        except ValueError:
            return match[0]
        if isinstance(data, dict) and str(data.get("search", "")).startswith("./"):
            data["search"] = data["search"][2:]  # the home page's "./assets/...": the same file
        found = shared_config(json.dumps(data))
        if found is None or shared.setdefault(CONFIG_SCRIPT, found[1]) != found[1]:
            return match[0]
        return load(CONFIG_SCRIPT)

    html = _BASE.sub(base, html, count=1)
    html = _PALETTE.sub(palette, html, count=1)
    return _CONFIG.sub(config, html, count=1)
