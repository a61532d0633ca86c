"""`briefgen serve`: the address it prints, and rebuilding on edits while it serves."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main

SEED = "000_83b8f2cce4d8eb98"
PAGE = "briefs/000-83b8f2cce4d8eb98.html"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def _wait_for(condition, what: str, limit: float = 90) -> None:
    """Poll until `condition()` holds; fail saying `what` did not happen (a bound, not a timing)."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.3)
    pytest.fail(f"{what} did not happen")


class _Lines:
    """Collect a process's output lines as they come (a reader thread)."""

    def __init__(self, stream) -> None:
        self.seen: list[str] = []
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self.seen.append(line.rstrip("\n"))

    def poll(self) -> list[str]:
        return list(self.seen)


@pytest.fixture
def served(tmp_path: Path):
    root = tmp_path / "briefing"
    assert CliRunner().invoke(main, ["init", str(root)]).exit_code == 0
    port = _free_port()
    env = {**os.environ, "CI": "true", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "serve", str(root), "-a", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    out, err = _Lines(process.stdout), _Lines(process.stderr)
    try:
        _wait_for(lambda: f"Serving on http://127.0.0.1:{port}/" in out.poll(), "serving")
        yield root, f"http://127.0.0.1:{port}/", err
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_serve_rebuilds_on_a_brief_edit_a_new_article_and_keeps_the_last_good_site(served):
    root, url, err = served
    status, page = _get(url + PAGE)
    assert status == 200 and "Checked by the desk" not in page
    # A person edits the brief: its page changes.
    brief = root / "briefs" / f"{SEED}.yaml"
    text = brief.read_text(encoding="utf-8").replace(
        "summary: ", "summary: Checked by the desk. ", 1
    )
    brief.write_text(text, encoding="utf-8")
    _wait_for(lambda: "Checked by the desk" in _get(url + PAGE)[1], "the brief's page updating")
    # A new article gets a brief and a page.
    (root / "articles" / "fresh.txt").write_text(
        "date 2025-03-20\nTalks resume\n\nThe minister said: “We will meet again on Monday.”\n",
        encoding="utf-8",
    )
    _wait_for(lambda: _get(url + "briefs/fresh.html")[0] == 200, "the new article's page")
    assert (root / "briefs" / "fresh.yaml").is_file()
    # actors.yml and mkdocs.yml are sources too.
    registry = root / "actors.yml"
    registry.write_text(
        registry.read_text(encoding="utf-8").replace(
            "  roles: [President of Ukraine]",
            "  roles: [President of Ukraine]\n  description: Elected in 2019.",
        ),
        encoding="utf-8",
    )
    zelensky = url + "actors/volodymyr-zelensky.html"
    _wait_for(lambda: "Elected in 2019." in _get(zelensky)[1], "the actor page updating")
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("site_name: Briefing", "site_name: Desk"),
        encoding="utf-8",
    )
    _wait_for(lambda: " - Desk</title>" in _get(url + "index.html")[1], "the new site name")
    # A bad edit: its one-line error, and the last good site still served.
    brief.write_text(text.replace("schema: 1", "schema: [1", 1), encoding="utf-8")
    _wait_for(
        lambda: any(line.startswith(f"briefs/{SEED}.yaml:") for line in err.poll()),
        "the bad edit's error line",
    )
    bad = next(line for line in err.seen if line.startswith(f"briefs/{SEED}.yaml:"))
    assert "invalid YAML" in bad
    assert "Checked by the desk" in _get(url + PAGE)[1]
    assert not any("Traceback" in line for line in err.seen)
