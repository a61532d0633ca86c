"""The built example site in a real browser: search finds a quote and links to its page,
with Material's search and with Pagefind's.

Needs PyPI `playwright` (the `browser` extra) and Debian's Chromium at /usr/bin/chromium;
skipped when either is missing. Never runs `playwright install`.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import fixture_project

from briefgen.cli import main
from briefgen.site import build_site, search

# The same browser and flags the screenshot tool uses.
_spec = importlib.util.spec_from_file_location(
    "screenshot", Path(__file__).resolve().parent.parent / "tools" / "screenshot.py"
)
_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_tool)
CHROMIUM, ARGS = _tool.CHROMIUM, _tool.CHROMIUM_ARGS
sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not shutil.which("chromium"),
    reason="no Chromium at /usr/bin/chromium",
)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def _serving(folder: Path) -> Iterator[str]:
    """Serve `folder` over http on localhost; yield its address."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def _example(tmp_path_factory, engine: str) -> Iterator[str]:
    """Build the example site with `engine` and serve it; yield its address."""
    if engine == "zensical" and importlib.util.find_spec("zensical") is None:
        pytest.skip("Zensical is not installed")
    root = tmp_path_factory.mktemp(f"browser-{engine}") / "site"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(root)]).exit_code == 0
    result = runner.invoke(main, ["build", str(root), "--engine", engine])
    assert result.exit_code == 0, result.output
    with _serving(root / "site") as address:
        yield address


@pytest.fixture(scope="module", params=["material", "zensical"])
def served(tmp_path_factory, request):
    """The example site, built by each engine (`extra.briefgen.engine`)."""
    with _example(tmp_path_factory, request.param) as address:
        yield address


@pytest.fixture(scope="module")
def served_material(tmp_path_factory):
    with _example(tmp_path_factory, "material") as address:
        yield address


@pytest.fixture(scope="module")
def served_zensical(tmp_path_factory):
    with _example(tmp_path_factory, "zensical") as address:
        yield address


def _search(page, query: str) -> list[str]:
    """Type `query` into the site's search (Material's box or Zensical's dialog); return
    the address of each result, best first (one per page: Material lists the page's
    matching sections under its first link)."""
    if page.locator(".md-search__input").count():
        box, results = page.locator(".md-search__input"), ".md-search-result__item"
    else:  # Zensical: the header's button opens a dialog with the box
        page.locator(".md-search__button").first.click()
        box, results = page.locator("input[role=combobox]"), "[role=listbox] > li"
    box.click()
    box.type(query)
    page.locator(results).first.wait_for(timeout=15000)
    return page.eval_on_selector_all(
        results, "els => els.map(e => e.querySelector('a').getAttribute('href'))"
    )


@pytest.fixture(scope="module")
def served_pagefind(tmp_path_factory):
    """The fixture briefs (the example's and a hostile one) built with Pagefind search."""
    if search.pagefind_binary() is None:
        pytest.skip("no Pagefind binary")
    project = fixture_project(tmp_path_factory.mktemp("browser-pagefind") / "p", "pagefind")
    build_site(project)
    # The project folder, so the site is also at /site/: a site served under a path.
    with _serving(project.root) as address:
        yield f"{address}/site"


def test_search_finds_a_quote_and_opens_its_page(served):
    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(f"{served}/index.html", wait_until="networkidle")
            assert "Briefing" in page.title()
            hrefs = _search(page, "cannot exit")
            assert any("volodymyr-zelensky.html" in h for h in hrefs), hrefs
            pages = [h.split("#")[0].split("?")[0] for h in hrefs]
            assert len(pages) == len(set(pages)), hrefs  # each page once
            page.goto(next(h for h in hrefs if "volodymyr-zelensky.html" in h))
            page.wait_for_load_state("networkidle")
            # As read: the opened page may mark the words searched for.
            assert "Putin cannot exit this war" in page.inner_text("body")
            assert errors == []
        finally:
            browser.close()


def test_actor_table_sorts_by_a_clicked_heading(served):
    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(f"{served}/actors/index.html", wait_until="networkidle")

            def column(n: int) -> list[str]:
                return page.eval_on_selector_all(
                    ".md-typeset table tbody tr",
                    f"rows => rows.map(r => r.cells[{n}].textContent.trim())",
                )

            names = column(0)
            assert names == sorted(names, key=str.casefold)  # as rendered: by name
            heading = page.locator(".md-typeset table thead th", has_text="Positions")
            heading.click()
            counts = [int(c) for c in column(2)]
            assert counts == sorted(counts) and counts[0] < counts[-1]
            assert heading.get_attribute("aria-sort") == "ascending"
            heading.click()
            assert [int(c) for c in column(2)] == sorted(counts, reverse=True)
            assert column(0)[0] == "Volodymyr Zelensky"
            assert errors == []
        finally:
            browser.close()


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """A site built from the hostile fixture articles, served over http."""
    root = tmp_path_factory.mktemp("hostile") / "site"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(root)]).exit_code == 0
    fixtures = Path(__file__).resolve().parent / "fixtures" / "hostile"
    for path in fixtures.iterdir():
        shutil.copy(path, root / "articles" / path.name)
    # Every actor gets a page, so every name goes through a page title and a link.
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("actor_pages: recurring", "actor_pages: all"),
        encoding="utf-8",
    )
    result = runner.invoke(main, ["build", str(root)])
    assert result.exit_code == 0, result.output
    with _serving(root / "site") as address:
        yield address, root / "site"


# Elements or attributes only an injection would put in a page's content.
_INJECTED = """() => {
  const content = document.querySelector('.md-content') || document.body;
  const bad = [];
  for (const el of content.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'svg', 'img', 'details', 'style'].includes(tag)
        && !el.closest('.md-typeset .headerlink')) bad.push(tag);
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) bad.push(tag + '[' + attr + ']');
      if (['href', 'src', 'data', 'srcdoc'].includes(attr)
          && /^\\s*(javascript|data):/i.test(el.getAttribute(attr))) bad.push(tag + '[' + attr + ']');
    }
  }
  return bad;
}"""


def test_no_injected_script_runs_and_no_injected_element_exists(hostile_site):
    base, site = hostile_site
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(pages) > 10
    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            for rel in pages:
                page.goto(f"{base}/{rel}", wait_until="load")
                page.mouse.move(200, 300)  # hover handlers, had any been injected
                assert page.evaluate("typeof window.__pwned") == "undefined", rel
                assert page.evaluate(_INJECTED) == [], rel
            assert dialogs == []
            brief = page.goto(f"{base}/briefs/evil-text.html")
            assert brief is not None and brief.ok
            shown = page.inner_text(".md-content")
            assert "<script>window.__pwned = 1</script>" in shown  # shown as text
            assert "{{ 7*7 }}" in shown and '--8<-- "/etc/passwd"' in shown
        finally:
            browser.close()


def test_a_title_with_a_control_character_keeps_its_link_inert(hostile_site):
    """U+007F in a title once broke the page's front matter, which MkDocs then showed as
    Markdown: `[click me](javascript:...)` became a live link. From a text title line, a
    front-matter title and an HTML title."""
    base, _ = hostile_site
    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page()
            for name in ("evil-control", "evil-control-md", "evil-control-html"):
                response = page.goto(f"{base}/briefs/{name}.html", wait_until="load")
                assert response is not None and response.ok, name
                links = page.locator(".md-content a", has_text="click me")
                for i in range(links.count()):
                    links.nth(i).click()
                assert page.evaluate("typeof window.__pwned") == "undefined", name
                assert page.evaluate(_INJECTED) == [], name
                heading = page.inner_text(".md-content h1")
                assert heading.startswith("[click me](javascript:window.__pwned="), heading
                assert "title:" not in page.inner_text(".md-content"), name
        finally:
            browser.close()


def _pagefind_results(page, query: str) -> list[str]:
    """Type `query` into the header's search box; return the result links' addresses."""
    box = page.locator(".md-search__input")
    box.click()
    box.type(query)
    page.locator(".md-search-result__link").first.wait_for(timeout=15000)
    return page.eval_on_selector_all(
        ".md-search-result__link", "els => els.map(e => e.getAttribute('href'))"
    )


def test_pagefind_search_finds_a_quote_from_a_page_in_a_subfolder(served_pagefind):
    """From a brief page, on a site served under /site/: links carry both."""
    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("response", lambda r: errors.append(r.url) if r.status >= 400 else None)
            page.goto(
                f"{served_pagefind}/briefs/000-83b8f2cce4d8eb98.html", wait_until="networkidle"
            )
            assert page.locator(".md-search__input").count() == 1
            hrefs = _pagefind_results(page, "cannot exit")
            assert hrefs[0] == "/site/actors/volodymyr-zelensky.html", hrefs
            first = page.locator(".md-search-result__article").first
            assert first.locator("h1").text_content() == "Volodymyr Zelensky"
            assert "Putin cannot exit this war" in first.locator("p").text_content()
            assert first.locator("mark").first.text_content() == "cannot"
            assert "matching document" in page.locator(".md-search-result__meta").text_content()
            page.locator(".md-search-result__link").first.click()
            page.wait_for_load_state("networkidle")
            assert page.url.endswith("/actors/volodymyr-zelensky.html")
            assert "Putin cannot exit this war" in page.content()
            assert errors == []
        finally:
            browser.close()


def test_pagefind_excerpts_show_markup_as_text(served_pagefind):
    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(f"{served_pagefind}/index.html", wait_until="networkidle")
            hrefs = _pagefind_results(page, "alert")
            assert "/site/briefs/001-hostile.html" in hrefs, hrefs
            results = page.locator(".md-search-result__list")
            assert "<script>alert(1)</script>" in results.text_content()
            assert results.locator("script, b, a[href^='javascript']").count() == 0
            page.keyboard.press("Escape")
            assert not page.locator("#__search").is_checked()
            assert dialogs == []
        finally:
            browser.close()


BRIEF = "briefs/000-83b8f2cce4d8eb98.html"
ZELENSKY = "actors/volodymyr-zelensky.html"


def _browser(pw):
    return pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)


def test_no_request_leaves_the_site(served):
    """Offline and private: fonts, scripts and search are all served by the site itself."""
    outside: list[str] = []

    def only_local(route):
        if route.request.url.startswith(served):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page()
            page.route("**/*", only_local)
            for rel in ("index.html", BRIEF, ZELENSKY, "actors/index.html", "questions.html"):
                page.goto(f"{served}/{rel}", wait_until="networkidle")
            _search(page, "Zelensky")
            assert outside == []
        finally:
            browser.close()


def test_searching_a_name_puts_the_actor_page_first(served):
    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page()
            page.goto(f"{served}/index.html", wait_until="networkidle")
            first = _search(page, "Zelensky")[0]
            assert first.split("?")[0].split("#")[0].endswith(ZELENSKY), first
        finally:
            browser.close()


def test_a_position_lands_on_its_highlighted_words_and_back(served):
    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(f"{served}/{ZELENSKY}", wait_until="networkidle")
            item = page.locator("li", has_text="Putin cannot exit this war").first
            item.get_by_role("link", name="in the article, paragraph 6").click()
            page.wait_for_load_state("networkidle")
            assert page.url.endswith(f"{BRIEF}#c7"), page.url
            marked = page.evaluate(
                "() => { const a = document.getElementById('c7');"
                " const m = a.tagName === 'MARK' ? a : a.nextElementSibling;"
                " const r = m.getBoundingClientRect();"
                " return [m.tagName, m.textContent, r.top >= 0 && r.top < innerHeight]; }"
            )
            assert marked[0] == "MARK" and "Putin cannot exit this war" in marked[1]
            assert marked[2], "the highlighted words are in view"
            page.locator("#c7 ~ a.bg-back").first.click()
            assert page.url.endswith("#pos-7")
            assert "Putin cannot exit this war" in page.locator("#pos-7").inner_text()
        finally:
            browser.close()


def test_positions_filter_by_kind_without_a_server(served):
    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page()
            page.goto(f"{served}/{ZELENSKY}", wait_until="networkidle")
            kinds = (
                "els => els.filter(e => !(e.closest('li') || e).hidden).map(e => e.dataset.kind)"
            )
            every = page.eval_on_selector_all("[data-kind][data-brief]", kinds)
            assert {"quote", "reported"} <= set(every)
            page.get_by_role("button", name=re.compile(r"^Quotes \(\d+\)$")).click()
            shown = page.eval_on_selector_all("[data-kind][data-brief]", kinds)
            assert shown and set(shown) == {"quote"} and len(shown) < len(every)
            page.get_by_role("button", name=re.compile(r"^All ")).click()
            assert len(page.eval_on_selector_all("[data-kind][data-brief]", kinds)) == len(every)
        finally:
            browser.close()


# WCAG contrast of an element's text against the first opaque background behind it.
_CONTRAST = """(selector) => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const el = document.querySelector(selector);
  if (!el) return null;
  let bg = el, back = [255, 255, 255];
  while (bg) {
    const c = rgb(getComputedStyle(bg).backgroundColor);
    if (c.length >= 3 && (c.length === 3 || c[3] > 0.9)) { back = c.slice(0, 3); break; }
    bg = bg.parentElement;
  }
  const fore = rgb(getComputedStyle(el).color).slice(0, 3);
  const [a, b] = [lum(fore), lum(back)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def test_headings_in_order_and_text_readable_in_both_schemes(served):
    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page()
            for rel in ("index.html", BRIEF, ZELENSKY, "questions.html", "actors/index.html"):
                page.goto(f"{served}/{rel}", wait_until="networkidle")
                levels = page.eval_on_selector_all(
                    ".md-content h1, .md-content h2, .md-content h3, .md-content h4",
                    "els => els.map(e => Number(e.tagName[1]))",
                )
                assert levels[0] == 1, rel
                assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (rel, levels)
                for scheme in ("default", "slate"):
                    page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
                    page.wait_for_timeout(400)  # Material fades colours in
                    for selector in (".md-content p", ".md-content p a", ".md-content h1"):
                        ratio = page.evaluate(_CONTRAST, selector)
                        if ratio is not None:
                            assert ratio >= 4.5, (rel, scheme, selector, round(ratio, 2))
        finally:
            browser.close()


@pytest.mark.parametrize("site", ["served_material", "served_pagefind", "served_zensical"])
def test_header_icons_show_and_the_chosen_scheme_stays_from_page_to_page(site, request):
    """The frame's shared icons paint and its shared scripts keep the reader's scheme."""
    address = request.getfixturevalue(site)
    with sync_api.sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800}, color_scheme="light")
            page.goto(f"{address}/index.html", wait_until="networkidle")
            icons = page.eval_on_selector_all(
                ".md-header svg.bg-icon",
                """els => els.filter(e => e.getClientRects().length).map(e => ({
                    w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height,
                    mask: getComputedStyle(e).maskImage || getComputedStyle(e).webkitMaskImage}))""",
            )
            # The logo, the scheme switch, and Material's search icon (Zensical's search
            # button draws its own).
            assert len(icons) >= (2 if site == "served_zensical" else 3), icons
            for icon in icons:
                assert icon["w"] > 10 and icon["h"] > 10, icon
                assert icon["mask"].startswith('url("data:image/svg+xml'), icon
            logo = page.locator(".md-header__button.md-logo")
            painted = logo.screenshot()
            page.evaluate("document.querySelector('.md-logo svg').style.visibility = 'hidden'")
            assert logo.screenshot() != painted, "the logo icon paints nothing"
            assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
            config = page.evaluate("JSON.parse(document.getElementById('__config').textContent)")
            assert config["base"] == page.evaluate("new URL('.', location).href"), config
            page.locator("label[for^='__palette_']:visible").click()
            assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
            page.goto(f"{address}/{ZELENSKY}", wait_until="networkidle")
            assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
            scope = re.sub(r"^https?://[^/]+", "", address) + "/"
            assert f"{scope}.__palette" in page.evaluate("Object.keys(localStorage)")
        finally:
            browser.close()
