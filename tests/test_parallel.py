"""Pages rendered in two processes: the same site, the same errors."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from conftest import fixture_project

from briefgen.errors import SiteError
from briefgen.site import build_site, parallel, search

pytestmark = pytest.mark.skipif(
    search.pagefind_binary() is None or not sys.platform.startswith("linux"),
    reason="needs Pagefind (Material's search reads every page) and Linux",
)


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Split from the first page on, pages in turn, and count the helper processes started."""
    monkeypatch.setattr(parallel, "MIN_PAGES", 1)
    # Neighbours in file order go to different processes, for tests to place pages.
    monkeypatch.setattr(parallel, "_share_of", lambda i, processes: i % processes)
    started: list[int] = []
    real = os.fork

    def fork() -> int:
        pid = real()
        if pid:
            started.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    return started


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_two_processes_build_the_same_site_as_one(tmp_path: Path, forks: list[int]) -> None:
    one = fixture_project(tmp_path / "one", "pagefind")
    build_site(one, jobs=1)
    assert forks == []
    two = fixture_project(tmp_path / "two", "pagefind")
    build_site(two, jobs=2)
    assert len(forks) == 1
    assert site_files(one.site) == site_files(two.site)
    assert "actors/volodymyr-zelensky.html" in site_files(two.site)


def test_warnings_from_either_process_fail_the_build(tmp_path: Path, forks: list[int]) -> None:
    project = fixture_project(tmp_path / "p", "pagefind")
    for n in (1, 2):  # neighbours in file order: one page for each process
        page = project.docs / "briefs" / f"zz-broken-{n}.md"
        page.write_text(f"# Broken {n}\n\n[nowhere](nope-{n}.md)\n")
    with pytest.raises(SiteError) as caught:
        build_site(project, jobs=2)
    lines = caught.value.lines()
    assert len(forks) == 1
    assert any("nope-1.md" in line for line in lines), lines
    assert any("nope-2.md" in line for line in lines), lines
    assert not project.site.exists()
    assert not list(project.site.parent.glob(f".{project.site.name}.*"))
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no helper left behind


def test_anchors_are_checked_across_processes(tmp_path: Path, forks: list[int]) -> None:
    project = fixture_project(tmp_path / "p", "pagefind")
    briefs = project.docs / "briefs"
    (briefs / "zz-a.md").write_text("# A\n\n## Here\n\n[b](zz-b.md#there) [gone](zz-b.md#gone-b)\n")
    (briefs / "zz-b.md").write_text("# B\n\n## There\n\n[a](zz-a.md#here) [gone](zz-a.md#gone-a)\n")
    with pytest.raises(SiteError) as caught:
        build_site(project, jobs=2)
    lines = caught.value.lines()
    assert len(forks) == 1
    assert [line for line in lines if "gone-" in line] == [
        "mkdocs: Doc file 'briefs/zz-a.md' contains a link 'zz-b.md#gone-b', but the doc "
        "'briefs/zz-b.md' does not contain an anchor '#gone-b'.",
        "mkdocs: Doc file 'briefs/zz-b.md' contains a link 'zz-a.md#gone-a', but the doc "
        "'briefs/zz-a.md' does not contain an anchor '#gone-a'.",
    ], lines


_SLOW_BUILD = """
import sys, time
sys.path.insert(0, {repo!r})
from briefgen.site import compact, parallel
from briefgen.config import load_project
from briefgen.site import build_site

parallel.MIN_PAGES = 1
on_nav = parallel.SplitPages.on_nav

def tell(self, nav, **kwargs):
    nav = on_nav(self, nav, **kwargs)
    if self.share == 0:
        print(" ".join(str(pid) for pid, _ in self.helpers), flush=True)
    return nav

def slow(self, output, **kwargs):
    time.sleep(1)
    return output

parallel.SplitPages.on_nav = tell
compact.CompactPages.on_post_page = slow
build_site(load_project({root!r}), jobs=3)
"""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in state


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="Linux /proc")
def test_helpers_end_when_a_build_is_killed(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    project = fixture_project(tmp_path / "p", "pagefind")
    code = _SLOW_BUILD.format(repo=str(Path(__file__).parent.parent), root=str(project.root))
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    helpers = [int(pid) for pid in process.stdout.readline().split()]
    assert len(helpers) == 2 and all(alive(pid) for pid in helpers)
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 2
    while any(alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in helpers)
    build_site(project)  # the next build clears what the killed one left
    assert not list(project.site.parent.glob(f".{project.site.name}.*"))


def test_a_helper_that_fails_fails_the_build(
    tmp_path: Path, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.site import compact

    project = fixture_project(tmp_path / "p", "pagefind")
    for n in (1, 2):
        (project.docs / "briefs" / f"zz-boom-{n}.md").write_text(f"# Boom {n}\n")
    first = os.getpid()
    compact_page = compact.CompactPages.on_post_page

    def boom(self: compact.CompactPages, output: str, **kwargs: object) -> str:
        if os.getpid() != first and "Boom" in output:
            raise ValueError("the helper broke")
        return compact_page(self, output, **kwargs)

    monkeypatch.setattr(compact.CompactPages, "on_post_page", boom)
    with pytest.raises(SiteError) as caught:
        build_site(project, jobs=2)
    assert len(forks) == 1
    assert "mkdocs: the helper broke" in caught.value.lines(), caught.value.lines()
    assert not project.site.exists()


def test_every_page_has_one_process_and_the_first_takes_a_little_less() -> None:
    for processes in (2, 3, 4):
        shares = [parallel._share_of(i, processes) for i in range(1000)]
        counts = [shares.count(share) for share in range(processes)]
        assert set(shares) == set(range(processes))
        assert counts[0] < min(counts[1:]) and counts[0] > 0.8 * min(counts[1:]), counts


def test_helpers_do_not_render_nav_pages_the_nav_names(
    tmp_path: Path, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mkdocs.structure.pages import Page

    log = tmp_path / "rendered.txt"
    real = Page.render

    def render(self: Page, config: object, files: object) -> None:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {self.file.src_uri} {len(self.markdown or '')}\n")
        real(self, config, files)

    monkeypatch.setattr(Page, "render", render)
    project = fixture_project(tmp_path / "p", "pagefind")
    build_site(project, jobs=2)
    assert len(forks) == 1
    rendered = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    # mkdocs.yml's nav names the section pages' titles: a helper renders none of those
    # it reads for the nav (briefs/index.md is `not_in_nav` too, so one of them renders it).
    helper = {uri for pid, uri, size in rendered if int(pid) != os.getpid() and int(size)}
    assert helper and not helper & {"index.md", "questions.md", "format.md"}
    assert {uri for pid, uri, size in rendered if int(size)} >= {"index.md", "questions.md"}
