"""A small, polite HTTP client for `briefgen fetch`: one request at a time, within limits.

Every request names briefgen in its User-Agent, honours the host's robots.txt (and its
Crawl-delay), waits between two requests to one host, follows at most a few redirects,
gives up after a time limit, refuses a body over the size limit as soon as it is known
(from Content-Length, else while streaming) and refuses types it was not asked for. Only
http:// and https:// addresses are fetched. Failures are FetchError, one line each.
"""

from __future__ import annotations

import http.client
import ssl
import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from briefgen import __version__
from briefgen.errors import FetchError, Problem
from briefgen.inputs import WEB_SCHEMES
from briefgen.inputs import scheme as url_scheme

USER_AGENT = (
    f"briefgen/{__version__} (news briefing site builder; +https://pypi.org/project/briefgen/)"
)
ROBOT_NAME = "briefgen"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
)
_CHUNK = 64 * 1024
_MAX_CRAWL_DELAY = 30.0  # seconds; a longer Crawl-delay is capped, not waited out


@dataclass(frozen=True)
class Limits:
    """How far a fetch may go."""

    timeout: float = 20.0
    """Seconds for one request, from connecting to the last byte."""
    max_bytes: int = 10 * 1024 * 1024
    """Largest body accepted (the article size limit)."""
    redirects: int = 5
    """Redirects followed before giving up."""
    delay: float = 1.0
    """Seconds between two requests to the same host (more if robots.txt asks)."""


@dataclass
class Response:
    """A fetched body and what the server said about it."""

    url: str
    """The address the body came from, after redirects."""
    content_type: str
    charset: str | None
    body: bytes


def web_address(url: str) -> str | None:
    """Return the address with scheme and host in lower case, no fragment and `<>"`
    percent-encoded, or None when it is not an http:// or https:// address with a host."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if (
        url_scheme(url.strip()) not in WEB_SCHEMES
        or not parts.hostname
        or any(c.isspace() for c in url.strip())
    ):
        return None
    # Quotes and angle brackets are never left raw in an address briefgen writes down.
    path, query = _escape(parts.path) or "/", _escape(parts.query)
    return urlunsplit((scheme, parts.netloc.lower(), path, query, ""))


def _escape(part: str) -> str:
    return part.replace('"', "%22").replace("<", "%3C").replace(">", "%3E")


@dataclass
class Client:
    """Fetch pages one at a time, politely (see the module)."""

    limits: Limits = field(default_factory=Limits)
    robots: bool = True
    _last: dict[str, float] = field(default_factory=dict, init=False)
    _rules: dict[str, urllib.robotparser.RobotFileParser | None] = field(
        default_factory=dict, init=False
    )
    _unreadable: dict[str, str] = field(default_factory=dict, init=False)

    def get(self, url: str, accept: tuple[str, ...]) -> Response:
        """Fetch `url`, following redirects; raise FetchError with the address and reason."""
        address = web_address(url)
        if address is None:
            raise FetchError(Problem(url, "", "only http:// and https:// addresses are fetched"))
        seen = {address}
        for _ in range(self.limits.redirects + 1):
            if self.robots and not self._allowed(address):
                why = self._unreadable.get(urlsplit(address).netloc)
                reason = (
                    f"its robots.txt cannot be read ({why})"
                    if why
                    else "disallowed by the site's robots.txt"
                )
                raise FetchError(Problem(url, "", f"{reason}; skipped"))
            status, headers, body = self._request(url, address, accept)
            if status in (301, 302, 303, 307, 308) and headers.get("location"):
                target = web_address(urljoin(address, headers["location"]))
                if target is None:
                    raise FetchError(Problem(url, "", "redirected to a non-web address; refused"))
                if target in seen:
                    raise FetchError(Problem(url, "", "redirect loop; gave up"))
                seen.add(target)
                address = target
                continue
            if status != 200:
                raise FetchError(
                    Problem(
                        url, "", f"HTTP {status} {http.client.responses.get(status, '')}".rstrip()
                    )
                )
            kind, charset = _content_type(headers.get("content-type", ""))
            return Response(address, kind, charset, body)
        raise FetchError(Problem(url, "", f"more than {self.limits.redirects} redirects; gave up"))

    def _request(
        self, url: str, address: str, accept: tuple[str, ...]
    ) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(address)
        self._wait(parts.netloc)
        deadline = time.monotonic() + self.limits.timeout
        connection_type = (
            http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        )
        kwargs: dict[str, Any] = {}
        if parts.scheme == "https":
            kwargs["context"] = ssl.create_default_context()
        connection = connection_type(parts.netloc, timeout=self.limits.timeout, **kwargs)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            connection.request(
                "GET",
                path,
                headers={
                    "User-Agent": USER_AGENT,
                    "Accept": ", ".join(accept) + ", */*;q=0.1",
                    "Accept-Encoding": "identity",
                },
            )
            response = connection.getresponse()
            headers = {k.lower(): v for k, v in response.getheaders()}
            if response.status != 200:
                return response.status, headers, b""
            kind, _ = _content_type(headers.get("content-type", ""))
            if accept and kind not in accept:
                what = "a page or a feed" if set(accept) & set(FEED_TYPES) else "an HTML page"
                raise FetchError(Problem(url, "", f"not {what} ({kind or 'no type'}); refused"))
            length = headers.get("content-length", "")
            if length.isdigit() and int(length) > self.limits.max_bytes:
                raise FetchError(Problem(url, "", self._too_large()))
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read1(_CHUNK):
                size += len(chunk)
                if size > self.limits.max_bytes:
                    raise FetchError(Problem(url, "", self._too_large()))
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunks.append(chunk)
            return 200, headers, b"".join(chunks)
        except TimeoutError:
            raise FetchError(
                Problem(url, "", f"timed out after {self.limits.timeout:g} s")
            ) from None
        except (OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise FetchError(Problem(url, "", f"cannot fetch ({reason})")) from None
        finally:
            connection.close()
            self._last[parts.netloc] = time.monotonic()

    def _too_large(self) -> str:
        return f"larger than the {self.limits.max_bytes:,}-byte limit; refused"

    def _wait(self, host: str) -> None:
        """Keep the delay between two requests to one host (robots.txt may ask for more)."""
        last = self._last.get(host)
        if last is None:
            return
        rules = self._rules.get(host)
        asked = rules.crawl_delay(ROBOT_NAME) if rules is not None else None
        delay = max(self.limits.delay, min(float(asked or 0), _MAX_CRAWL_DELAY))
        pause = last + delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)

    def _allowed(self, address: str) -> bool:
        parts = urlsplit(address)
        if parts.netloc not in self._rules:
            self._rules[parts.netloc] = self._robots(f"{parts.scheme}://{parts.netloc}/robots.txt")
        rules = self._rules[parts.netloc]
        return rules is None or rules.can_fetch(ROBOT_NAME, address)

    def _robots(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        """Read a host's robots.txt: None (all allowed) when it has none."""
        rules = urllib.robotparser.RobotFileParser(url)
        host = urlsplit(url).netloc
        try:
            status, _, body = self._request(url, url, ())
        except FetchError as exc:
            status, body = 0, b""
            self._unreadable[host] = exc.problems[0].reason
        if status in (401, 403) or status >= 500:
            self._unreadable[host] = f"HTTP {status}"
        if host in self._unreadable:
            rules.disallow_all = True  # type: ignore[attr-defined]  # (not in typeshed) the convention: a host that hides its rules allows nothing
        elif status != 200:
            return None
        else:
            rules.parse(body.decode("utf-8", "replace").splitlines())
        return rules


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return kind.strip().lower(), charset
