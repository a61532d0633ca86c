"""The built example site in a real browser: search finds a quote and links to its page.

Needs PyPI `playwright` (the `browser` extra) and Debian's Chromium at /usr/bin/chromium;
skipped when either is missing. Never runs `playwright install`.
"""

from __future__ import annotations

import functools
import importlib.util
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main

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


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser") / "site"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(root)]).exit_code == 0
    result = runner.invoke(main, ["build", str(root)])
    assert result.exit_code == 0, result.output
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root / "site"))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_search_finds_a_quote_and_opens_its_page(served):
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(f"{served}/index.html", wait_until="networkidle")
            assert "Briefing" in page.title()
            box = page.locator("input[data-md-component='search-query']")
            box.click()
            box.type("cannot exit")
            result = page.locator(".md-search-result__link").first
            result.wait_for(timeout=15000)
            hrefs = page.eval_on_selector_all(
                ".md-search-result__link", "els => els.map(e => e.getAttribute('href'))"
            )
            assert any("volodymyr-zelensky.html" in h for h in hrefs), hrefs
            result.click()
            page.wait_for_load_state("networkidle")
            assert "Putin cannot exit this war" in page.content()
            assert errors == []
        finally:
            browser.close()


def test_actor_table_sorts_by_a_clicked_heading(served):
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
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
        config.read_text(encoding="utf-8").replace("actor_pages: 2", "actor_pages: 1"),
        encoding="utf-8",
    )
    result = runner.invoke(main, ["build", str(root)])
    assert result.exit_code == 0, result.output
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root / "site"))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root / "site"
    server.shutdown()
    server.server_close()


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
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
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
