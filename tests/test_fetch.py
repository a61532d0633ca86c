"""`briefgen fetch` against a real HTTP server on 127.0.0.1 (nothing reaches the internet)."""

from __future__ import annotations

import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.config import load_project
from briefgen.errors import FetchError
from briefgen.ingest import read_article
from briefgen.ingest.fetch import fetch
from briefgen.ingest.web import Client, Limits

PAGES = Path(__file__).parent / "fixtures" / "pages"
ROOT = Path(__file__).resolve().parent.parent
BIG = 50 * 1024 * 1024


def _wire(outlet: str) -> bytes:
    """The same wire story inside two outlets' page furniture."""
    body = "".join(
        f"<p>{s}</p>"
        for s in (
            "Regional airports will lose their night flights from next year under rules the aviation authority published on Wednesday.",
            "The authority said noise complaints had doubled in three years and that residents deserved to sleep.",
            '"This is the end of our cargo business," said Petra Lind, who runs a freight firm at one of the airports.',
            "Airlines have until the end of the month to respond to the consultation.",
        )
    )
    return (
        f"<html><head><title>Night flights banned | {outlet}</title>"
        f"<meta property='og:site_name' content='{outlet}'></head><body>"
        f"<nav><a href='/'>{outlet} home</a></nav><article><h1>Night flights banned</h1>{body}"
        f"</article><aside>Most read at {outlet}</aside></body></html>"
    ).encode()


HOSTILE = (
    b"<html><head><title>Council &lt;script&gt;alert(1)&lt;/script&gt; {{ x }}</title></head><body><article>"
    + b"".join(
        b"<p>Paragraph %d: the mayor said &lt;img src=x onerror=alert(1)&gt; and "
        b"[click](javascript:alert(1)) and {%% include 'x' %%} and --8&lt;-- were all in the minutes.</p>"
        % i
        for i in range(4)
    )
    + b"<script>window.__pwned=1</script></article></body></html>"
)


def _rss(base: str) -> bytes:
    items = [
        ("Halifax bike lanes", f"{base}/news/cbc.html", "Fri, 14 Mar 2025 08:00:00 GMT"),
        ("Pothole backlog", f"{base}/news/wordpress.html", "Mon, 10 Mar 2025 09:00:00 GMT"),
        ("Click me", "javascript:alert(document.cookie)", "Mon, 10 Mar 2025 09:00:00 GMT"),
        ("Gone", f"{base}/missing", "Mon, 10 Mar 2025 09:00:00 GMT"),
        ("Secret", f"{base}/private/page.html", "Mon, 10 Mar 2025 09:00:00 GMT"),
    ]
    body = "".join(
        f"<item><title>{t}</title><link>{link.replace('&', '&amp;')}</link><pubDate>{d}</pubDate></item>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Local News</title><link>{base}/</link>{body}</channel></rss>"
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args: object) -> None:  # keep the test output quiet
        pass

    def do_GET(self) -> None:
        server = self.server
        with server.lock:
            server.active += 1
            server.most = max(server.most, server.active)
            server.agents.append(self.headers.get("User-Agent", ""))
            server.paths.append(self.path)
        try:
            self._route(self.path, f"http://127.0.0.1:{server.server_address[1]}")
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with server.lock:
                server.active -= 1

    def _send(self, status: int, kind: str, body: bytes, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _route(self, path: str, base: str) -> None:
        html = "text/html; charset=utf-8"
        if path == "/robots.txt" and self.server.robots_status != 200:
            self._send(self.server.robots_status, "text/plain", b"")
        elif path == "/robots.txt":
            rules = f"User-agent: *\nDisallow: /private/\nCrawl-delay: {self.server.crawl_delay}\n"
            self._send(200, "text/plain", rules.encode())
        elif path.startswith("/news/"):
            self._send(200, html, (PAGES / path.removeprefix("/news/")).read_bytes())
        elif path in ("/wire/one", "/wire/two"):
            self._send(200, html, _wire("Harbour Times" if path.endswith("one") else "Valley Post"))
        elif path == "/hostile":
            self._send(200, html, HOSTILE)
        elif path == "/feed.xml":
            self._send(200, "application/rss+xml", _rss(base))
        elif path == "/heavy-feed.xml":
            # Entry text that feedparser's sanitiser would take minutes over, and an entity.
            self._send(
                200,
                "application/atom+xml",
                b'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<feed xmlns="http://www.w3.org/2005/Atom"><title>&x;</title><entry>'
                b"<title>" + b"&lt;/" * 100_000 + b"</title>"
                b'<link href="' + base.encode() + b'/news/jsonld.html"/>'
                b'<summary type="html">' + b"&lt;/" * 1_500_000 + b"</summary></entry></feed>",
            )
        elif path == "/loop":
            self._send(302, html, b"", Location="/loop-again")
        elif path == "/loop-again":
            self._send(302, html, b"", Location=f"{base}/loop")
        elif path == "/moved":
            self._send(301, html, b"", Location="/news/bbc.html")
        elif path == "/doc.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 not a page")
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", html)
            self.end_headers()
            for _ in range(40):  # dribbles for up to 8 s; the client gives up first
                self.wfile.write(b"<p>slow</p>")
                self.wfile.flush()
                time.sleep(0.2)
        elif path == "/big":
            # 50 MB generated as it is sent, without a length: the client must stop reading.
            self.send_response(200)
            self.send_header("Content-Type", html)
            self.end_headers()
            chunk = b"<p>" + b"x" * 65_530 + b"</p>"
            sent = 0
            while sent < BIG:
                self.wfile.write(chunk)
                sent += len(chunk)
                self.server.big_sent = sent
        elif path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Type", html)
            self.send_header("Content-Length", str(BIG))
            self.end_headers()
        else:
            self._send(404, "text/plain", b"not here")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.active = self.most = 0
        self.big_sent = 0
        self.robots_status = 200
        self.crawl_delay = "0"
        self.agents: list[str] = []
        self.paths: list[str] = []


@pytest.fixture
def server():
    httpd = _Server()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "articles").mkdir()
    return root


def _client(**limits: float) -> Client:
    return Client(Limits(**{"delay": 0, "timeout": 5, **limits}))


def _get(url: str, **limits: float) -> str:
    with pytest.raises(FetchError) as caught:
        _client(**limits).get(url, ("text/html",))
    return str(caught.value)


def test_a_feed_becomes_articles_with_front_matter(server, site):
    report = fetch(load_project(site), [f"{server.base}/feed.xml"], _client())
    assert report.written == [
        f"fetched {server.base}/news/cbc.html -> articles/2025-03-14-halifax-council-votes-to-expand-bike-lanes.md",
        f"fetched {server.base}/news/wordpress.html -> articles/2025-03-10-councils-warn-of-pothole-backlog.md",
    ]
    assert [str(p) for p in report.problems] == [
        f"{server.base}/feed.xml: entry 3: link 'javascript:alert(document.cookie)' is not an http(s) address; skipped",
        f"{server.base}/missing: HTTP 404 Not Found",
        f"{server.base}/private/page.html: disallowed by the site's robots.txt; skipped",
    ]
    path = site / "articles" / "2025-03-14-halifax-council-votes-to-expand-bike-lanes.md"
    text = path.read_text(encoding="utf-8")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert {k: meta[k] for k in ("title", "url", "outlet", "author")} == {
        "title": "Halifax council votes to expand bike lanes",
        "url": "https://www.cbc.example/news/canada/nova-scotia/halifax-bike-lanes-1.7461",
        "outlet": "CBC",
        "author": "Aimee Lonergan",
    }
    assert str(meta["date"]) == "2025-03-14"
    assert meta["fetched"].endswith("Z")
    doc = read_article(path, "a.md")
    assert doc.title == "Halifax council votes to expand bike lanes"
    assert doc.author == "Aimee Lonergan"
    assert doc.text_sha256 is None  # a fetched article's text is its own file
    assert doc.text[slice(*doc.paragraphs[0])].startswith("Halifax regional council voted 12-4")
    assert "/private/" not in " ".join(server.paths)
    assert all(a.startswith("briefgen/") for a in server.agents)
    assert server.most == 1  # one request at a time


def test_fetching_again_skips_what_was_fetched(server, site):
    project = load_project(site)
    fetch(project, [f"{server.base}/news/bbc.html"], _client())
    before = len(server.paths)
    report = fetch(project, [f"{server.base}/news/bbc.html"], _client())
    assert report.written == []
    assert report.skipped == [
        f"skipped {server.base}/news/bbc.html: already fetched (articles/2025-02-18-ferry-operator-fined-over-lifeboat-drills.md)"
    ]
    assert len(server.paths) == before  # not even requested
    # A redirect to the same page and its canonical address are the same article too.
    report = fetch(project, [f"{server.base}/moved"], _client())
    assert report.written == [] and report.skipped[0].endswith(
        "already fetched (articles/2025-02-18-ferry-operator-fined-over-lifeboat-drills.md)"
    )


def test_a_wire_story_from_two_outlets_is_kept_once_with_both_addresses(server, site):
    project = load_project(site)
    report = fetch(project, [f"{server.base}/wire/one", f"{server.base}/wire/two"], _client())
    assert len(report.written) == 1
    article = report.written[0].split(" -> ")[1]
    assert report.skipped == [
        f"skipped {server.base}/wire/two: same text as {article} (its address is noted in fetched.yml)"
    ]
    ledger = yaml.safe_load((site / "fetched.yml").read_text(encoding="utf-8"))
    assert ledger[article]["urls"] == [f"{server.base}/wire/one", f"{server.base}/wire/two"]
    assert len(list((site / "articles").iterdir())) == 1


def test_an_existing_article_is_never_overwritten(server, site):
    taken = site / "articles" / "2025-02-18-ferry-operator-fined-over-lifeboat-drills.md"
    taken.write_text("A person's own article.\n", encoding="utf-8")
    report = fetch(load_project(site), [f"{server.base}/news/bbc.html"], _client())
    assert report.written[0].endswith(
        "-> articles/2025-02-18-ferry-operator-fined-over-lifeboat-drills-2.md"
    )
    assert taken.read_text(encoding="utf-8") == "A person's own article.\n"


def test_limits_each_give_one_line(server):
    base = server.base
    assert _get(f"{base}/missing") == f"{base}/missing: HTTP 404 Not Found"
    assert _get(f"{base}/loop") == f"{base}/loop: redirect loop; gave up"
    assert _get(f"{base}/doc.pdf") == f"{base}/doc.pdf: not an HTML page (application/pdf); refused"
    assert _get(f"{base}/slow", timeout=0.5) == f"{base}/slow: timed out after 0.5 s"
    assert (
        _get("ftp://127.0.0.1/x")
        == "ftp://127.0.0.1/x: only http:// and https:// addresses are fetched"
    )
    assert (
        _get("javascript:alert(1)")
        == "javascript:alert(1): only http:// and https:// addresses are fetched"
    )
    limit = "larger than the 10,485,760-byte limit; refused"
    assert _get(f"{base}/big-declared") == f"{base}/big-declared: {limit}"
    assert _get(f"{base}/big") == f"{base}/big: {limit}"
    assert server.big_sent < BIG  # streamed and cut off, not read whole


def test_too_many_redirects_are_refused(server):
    message = _get(f"{server.base}/moved", redirects=0)
    assert message == f"{server.base}/moved: more than 0 redirects; gave up"


def test_the_delay_between_requests_to_one_host_is_kept(server, monkeypatch):
    pauses: list[float] = []
    monkeypatch.setattr("briefgen.ingest.web.time.sleep", pauses.append)
    client = _client(delay=5)
    client.get(f"{server.base}/news/bbc.html", ("text/html",))  # robots.txt, then the page
    client.get(f"{server.base}/news/cbc.html", ("text/html",))
    assert len(pauses) == 2 and all(0 < p <= 5 for p in pauses)
    server.crawl_delay = "12"
    pauses.clear()
    client = _client(delay=1)
    client.get(f"{server.base}/news/bbc.html", ("text/html",))
    assert len(pauses) == 1 and 11 < pauses[0] <= 12  # robots.txt asked for more


def test_the_fetch_command_end_to_end_then_build(server, site):
    feeds = site / "feeds.yml"
    feeds.write_text(f"feeds:\n  - {server.base}/feed.xml\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        main,
        [
            "fetch",
            f"{server.base}/hostile",
            "--feeds",
            str(feeds),
            "--site",
            str(site),
            "--delay",
            "0",
        ],
    )
    assert result.exit_code == 1, result.output  # the feed's bad entries are problems
    assert "fetched: 3 articles, 0 skipped, 3 problems" in result.output
    assert f"{server.base}/missing: HTTP 404 Not Found" in result.output
    result = runner.invoke(main, ["build", str(site), "--no-site"])
    assert result.exit_code == 0, result.output
    briefs = {
        p.name: yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in (site / "briefs").glob("*.yaml")
    }
    cbc = briefs["2025-03-14-halifax-council-votes-to-expand-bike-lanes.yaml"]
    assert cbc["source"]["author"] == "Aimee Lonergan"
    assert cbc["source"]["outlet"] == "CBC"
    assert "Aimee Lonergan" not in {a["name"] for a in cbc["actors"]}
    hostile = next(b for name, b in briefs.items() if "council" in name and "script" in name)
    assert hostile["title"] == "Council <script>alert(1)</script> {{ x }}"
    page = next((site / "docs" / "briefs").glob("*script*.md")).read_text(encoding="utf-8")
    assert "<script>" not in page and "<img src=x" not in page
    assert "[click](javascript:" not in page  # escaped, it reads \[click\](...)
    again = runner.invoke(
        main, ["fetch", "--feeds", str(feeds), "--site", str(site), "--delay", "0"]
    )
    assert "fetched: 0 articles, 2 skipped" in again.output


def test_fetch_needs_an_address():
    result = CliRunner().invoke(main, ["fetch"])
    assert result.exit_code == 2
    assert "give one or more URLs, or --feeds FILE" in result.output


def test_a_bad_feeds_file_is_one_line_per_entry(tmp_path, site):
    feeds = tmp_path / "feeds.yml"
    feeds.write_text("feeds:\n  - https://ok.example/rss\n  - javascript:alert(1)\n  - 3\n")
    result = CliRunner().invoke(main, ["fetch", "--feeds", str(feeds), "--site", str(site)])
    assert result.exit_code == 1
    name = feeds.as_posix()
    assert result.output.splitlines() == [
        f"{name}: feeds[1]: must be an http:// or https:// address",
        f"{name}: feeds[2]: must be an http:// or https:// address",
    ]


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("HTTPS://News.Example/A?b=1#top", "https://news.example/A?b=1"),
        ('https://news.example/p?q=<script>"', "https://news.example/p?q=%3Cscript%3E%22"),
        ("http://news.example", "http://news.example/"),
        ("http://news.example:99999/", None),
        ("https://news.example/a b", None),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("//news.example/a", None),
    ],
)
def test_addresses_are_written_down_in_one_safe_form(given, written):
    from briefgen.ingest.web import web_address

    assert web_address(given) == written


def test_a_feed_with_monstrous_entry_text_is_read_at_once(server, site):
    # No timer: a feed that stalled the parser would stall this test.
    report = fetch(load_project(site), [f"{server.base}/heavy-feed.xml"], _client())
    assert report.problems == []
    (line,) = report.written
    assert line.endswith("-> articles/2024-11-05-grain-prices-climb-after-export-ban.md")
    text = (site / "articles" / "2024-11-05-grain-prices-climb-after-export-ban.md").read_text()
    assert "root:" not in text


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (503, "its robots.txt cannot be read (HTTP 503); skipped"),
        (403, "its robots.txt cannot be read (HTTP 403); skipped"),
        (404, None),  # no robots.txt: everything is allowed
    ],
)
def test_a_host_whose_robots_txt_cannot_be_read_is_left_alone(server, status, reason):
    server.robots_status = status
    url = f"{server.base}/news/bbc.html"
    if reason is None:
        assert _client().get(url, ("text/html",)).body.startswith(b"<!DOCTYPE html>")
    else:
        assert _get(url) == f"{url}: {reason}"
        assert server.paths == ["/robots.txt"]
