"""A lighter page frame: the theme's icons, scripts and settings shared, not repeated.

Every page of a Material site carries the same frame: about 2.6 KB of inline SVG icons
(the logo twice, menu, palette switches, search), 1.3 KB of the same two scripts (local
storage helpers, the reader's colour scheme), the colour-scheme switch and the theme's
settings. A briefing site has two pages per article, so that is over a tenth of a large
site. `LightFrame` (a MkDocs plugin) has the theme include, in place of each of those
icons, an empty `<svg>` of the same shape that one stylesheet paints with the icon as a
CSS mask, and load the scripts from files (still where they were, and not deferred, so
they run when they did). The palette script also writes the colour-scheme switch, and a
third script writes the settings, working out the site's address from its own. The masks
are data URIs, so icons still show when the site is opened from disk, and the `<svg>`
elements stay, so the theme's own styles (size, colour, which search icon shows) apply as
before. Whatever a site's own theme override draws stays in the page.

It also leaves out theme files a built site never loads: source maps (for browser
developer tools), and, when Material's search plugin is off (Pagefind search), Material's
search scripts.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from jinja2 import BaseLoader
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from briefgen.site.compact import compact_html

if TYPE_CHECKING:
    from collections.abc import Callable

    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig

STYLESHEET = "assets/briefgen/frame-icons.css"
CONFIG_SCRIPT = "assets/briefgen/frame-config.js"
PALETTE_FORM = "partials/palette.html"
PALETTE_SCRIPT = "partials/javascripts/palette.html"
# Material's inline scripts that are the same on every page, and the files that replace them.
SCRIPTS = {
    "partials/javascripts/base.html": "assets/briefgen/frame-base.js",
    PALETTE_SCRIPT: "assets/briefgen/frame-palette.js",
}
# The one template expression in the base script: where the site's root is (`scope`).
_SCOPE = '"{{ config.extra.scope | d(base_url) }}"'

# The icons Material's header, search box and footer include when the config names none.
_DEFAULT_ICONS = (
    "material/library",
    "material/menu",
    "material/magnify",
    "material/arrow-left",
    "material/arrow-right",
    "material/arrow-up",
    "material/close",
)
# Only plain one-line icons are shared; anything else is included as the theme has it.
_ICON = re.compile(r'<svg xmlns="http://www.w3.org/2000/svg" viewBox="([0-9. -]+)">.*</svg>')
_COMMENT = re.compile(r"\{#.*?#\}", re.S)
_SCRIPT = re.compile(r"<script>(.*)</script>", re.S)
_CONFIG = re.compile(r'<script id="__config" type="application/json">(\{.*?\})</script>', re.S)
_UNUSED = re.compile(r"assets/(?:javascripts|stylesheets)/.*\.map")
_SEARCH_ONLY = re.compile(r"assets/javascripts/(?:lunr|workers)/")


@dataclass(frozen=True)
class Icon:
    """A theme icon, as its SVG and the class of the empty `<svg>` that stands for it."""

    name: str
    svg: str
    view_box: str

    @property
    def css_class(self) -> str:
        return "bg-icon-" + re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")

    @property
    def stub(self) -> str:
        return f'<svg class="bg-icon {self.css_class}" viewBox="{self.view_box}"></svg>'


def icon_names(config: MkDocsConfig) -> list[str]:
    """Return the icons the frame of every page may include: defaults and configured ones."""
    names = list(_DEFAULT_ICONS)
    for value in (config.theme.get("icon") or {}).values():
        if isinstance(value, str):
            names.append(value)
    palette = config.theme.get("palette") or []
    for option in [palette] if isinstance(palette, dict) else palette:
        icon = (option.get("toggle") or {}).get("icon") if isinstance(option, dict) else None
        if isinstance(icon, str):
            names.append(icon)
    return sorted(set(names))


def _find(dirs: list[str], name: str) -> Path | None:
    """Return the file the theme's folders resolve template `name` to, or None."""
    return next((Path(d, name) for d in dirs if Path(d, name).is_file()), None)


def _theme_file(dirs: list[str], name: str) -> str | None:
    """Return the text of template `name` as the theme's folders resolve it, or None."""
    path = _find(dirs, name)
    try:
        return path.read_text(encoding="utf-8") if path else None
    except (OSError, UnicodeDecodeError):
        return None


def load_icons(dirs: list[str], names: list[str]) -> dict[str, Icon]:
    """Return the shareable icons among `names`, keyed by their template name."""
    icons = {}
    for name in names:
        svg = (_theme_file(dirs, f".icons/{name}.svg") or "").strip()
        found = _ICON.fullmatch(svg)
        if found and "\n" not in svg:
            icons[f".icons/{name}.svg"] = Icon(name, svg, found.group(1))
    return icons


def shared_script(dirs: list[str], template: str, target: str, scope: Any) -> str | None:
    """Return the script of `template` as a file at `target` may hold it, or None.

    Only a template that is one plain `<script>` is shared; in the base script, the site's
    root becomes `scope` when set, else the folder two levels above the script's own URL.
    """
    text = _COMMENT.sub("", _theme_file(dirs, template) or "").strip()
    found = _SCRIPT.fullmatch(text)
    if found is None or "<script" in found.group(1) or "</script" in found.group(1):
        return None
    script = found.group(1)
    if isinstance(scope, str):
        script = script.replace(_SCOPE, json.dumps(scope))
    else:
        up = "../" * target.count("/")
        script = script.replace(_SCOPE, f'new URL("{up}",document.currentScript.src)')
    return None if "{{" in script or "{%" in script else script


def stylesheet(icons: list[Icon]) -> str:
    """Return the CSS that paints each stand-in `<svg>` with its icon."""
    rule = "var(--bg-icon) center/contain no-repeat"
    lines = [
        "/* briefgen: the theme's icons, painted as masks in the current text colour */",
        f".bg-icon{{background-color:currentcolor;-webkit-mask:{rule};mask:{rule}}}",
    ]
    for icon in sorted(icons, key=lambda i: i.css_class):
        data = quote(icon.svg, safe=" /=:;,'")
        lines.append(
            f'.{icon.css_class}{{--bg-icon:url("data:image/svg+xml;charset=utf-8,{data}")}}'
        )
    return "\n".join(lines) + "\n"


def palette_form(config: MkDocsConfig, swaps: dict[str, str]) -> str | None:
    """Render the theme's colour-scheme switch (the same on every page), or None.

    Without JavaScript the switch does nothing and shows nothing, so a script may write it.
    Only Material's own template is rendered so: a site's override may differ by page.
    """
    palette = config.theme.get("palette")
    if not palette or isinstance(palette, dict) or not _stock(config, PALETTE_FORM):
        return None
    env = config.theme.get_env()
    assert env.loader is not None
    env.loader = _FrameLoader(env.loader, swaps)
    return compact_html(env.get_template(PALETTE_FORM).render(config=config)).strip()


def _stock(config: MkDocsConfig, name: str) -> bool:
    """Tell whether template `name` comes from the installed Material theme itself."""
    found = _find(config.theme.dirs, name)
    spec = importlib.util.find_spec("material")
    if found is None or spec is None or spec.origin is None:
        return False
    return found.resolve() == (Path(spec.origin).parent / "templates" / name).resolve()


def shared_config(text: str) -> tuple[str, str] | None:
    """Return a page's base URL and a script that writes Material's config, or None.

    `text` is the page's config (JSON). Only its `base` and `search` differ from page to
    page, and both are relative to the page: the script works them out from its own
    address instead, so one file serves every page.
    """
    try:
        data = json.loads(text)
    except ValueError:
        return None
    base, search = data.pop("base", None), data.get("search")
    if not isinstance(base, str) or base.startswith("/") or "//" in base:
        return None
    if isinstance(search, str):
        prefix = "" if base == "." else base + "/"
        if not search.startswith(prefix) or search.startswith("/"):
            return None
        data["search"] = search[len(prefix) :]
    up = "../" * CONFIG_SCRIPT.count("/")
    script = (
        "(function(s){var c=" + _js(data) + f',r=new URL("{up}",s.src).href;'
        "c.base=r;if(c.search)c.search=new URL(c.search,r).href;"
        'var e=document.createElement("script");e.id="__config";e.type="application/json";'
        "e.textContent=JSON.stringify(c);s.after(e)})(document.currentScript);\n"
    )
    return base, script


def _js(value: object) -> str:
    """Return `value` as a JavaScript literal that cannot close a `<script>`."""
    return json.dumps(value, sort_keys=True, separators=(",", ":")).replace("</", "<\\/")


class _FrameLoader(BaseLoader):
    """The theme's template loader, with icons and scripts swapped for their stand-ins."""

    def __init__(self, inner: BaseLoader, swaps: dict[str, str]) -> None:
        self.inner = inner
        self.swaps = swaps

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template in self.swaps:
            return self.swaps[template], None, lambda: True
        return self.inner.get_source(environment, template)

    def list_templates(self) -> list[str]:
        return self.inner.list_templates()


class LightFrame(BasePlugin):
    """A MkDocs plugin (added in-process by `build_site`) that lightens every page's frame."""

    def __init__(self) -> None:
        super().__init__()
        self.icons: dict[str, Icon] = {}
        self.scripts: dict[str, str] = {}  # template name -> its script, to share
        self.form = False  # the palette script writes the colour-scheme switch
        self.config_script: str | None = None  # what this process wrote to CONFIG_SCRIPT

    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        dirs = list(config.theme.dirs)
        self.icons = load_icons(dirs, icon_names(config))
        extra: dict[str, Any] = dict(config.extra or {})
        scope = extra.get("scope")
        for template, target in SCRIPTS.items():
            script = shared_script(dirs, template, target, scope)
            if script is not None:
                self.scripts[template] = script
        form = palette_form(config, self._stubs()) if PALETTE_SCRIPT in self.scripts else None
        if form:
            write = f"document.currentScript.insertAdjacentHTML({_js('beforebegin')},{_js(form)});"
            self.scripts[PALETTE_SCRIPT] = write + "\n" + self.scripts[PALETTE_SCRIPT]
            self.form = True
        if self.icons and STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        material_search = any(
            name.split("/")[-1] == "search" and _enabled(plugin)
            for name, plugin in config.plugins.items()
        )
        for file in list(files):
            unused = _UNUSED.fullmatch(file.src_uri) or (
                not material_search and _SEARCH_ONLY.match(file.src_uri)
            )
            if unused and not Path(config.docs_dir, file.src_uri).exists():
                files.remove(file)
        if self.icons:
            css = stylesheet(list(self.icons.values()))
            files.append(File.generated(config, STYLESHEET, content=css))
        for template, script in self.scripts.items():
            files.append(File.generated(config, SCRIPTS[template], content=script))
        return files

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        swaps = self._stubs()
        for template in self.scripts:
            swaps[template] = "<script src=\"{{ '" + SCRIPTS[template] + "' | url }}\"></script>"
        if self.form:
            swaps[PALETTE_FORM] = ""
        assert env.loader is not None
        env.loader = _FrameLoader(env.loader, swaps)
        return env

    def on_post_page(self, output: str, /, *, config: MkDocsConfig, **kwargs: Any) -> str:
        found = _CONFIG.search(output)
        shared = shared_config(found.group(1)) if found else None
        if found is None or shared is None:
            return output
        base, script = shared
        if self.config_script is None:
            # Each page-building process writes the same bytes (briefgen.site.parallel).
            target = Path(config.site_dir, CONFIG_SCRIPT)
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.{os.getpid()}")
            partial.write_text(script, encoding="utf-8")
            os.replace(partial, target)
            self.config_script = script
        elif script != self.config_script:
            return output  # a page with a config of its own keeps it
        tag = f'<script src="{base}/{CONFIG_SCRIPT}"></script>'
        return output[: found.start()] + tag + output[found.end() :]

    def _stubs(self) -> dict[str, str]:
        return {name: icon.stub for name, icon in self.icons.items()}


def _enabled(plugin: Any) -> bool:
    return bool(getattr(plugin, "config", {}).get("enabled", True))
