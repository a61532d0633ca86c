"""The GitHub Actions workflow: its structure (it cannot run here), and where it is written."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import REPO

from briefgen.scaffold import init_site
from briefgen.workflow import PATH, workflow_text


def _steps(job: dict) -> list[dict]:
    return job["steps"]


def test_the_workflow_checks_builds_and_deploys_on_content_changes() -> None:
    flow = yaml.safe_load(workflow_text())
    triggers = flow[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) == {"push", "workflow_dispatch"}
    paths = triggers["push"]["paths"]
    for watched in ("articles/**", "briefs/**", "actors.yml", "templates/**"):
        assert watched in paths
    assert flow["concurrency"]["group"] and flow["concurrency"]["cancel-in-progress"] is False
    assert flow["permissions"] == {"contents": "write", "pages": "write", "id-token": "write"}
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    uses = [s.get("uses", "") for s in _steps(build)]
    assert uses[0].startswith("actions/checkout@")
    python = next(s for s in _steps(build) if s.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["cache"] == "pip"
    runs = [s.get("run", "") for s in _steps(build)]
    order = [i for i, run in enumerate(runs) if run in ("briefgen check", "briefgen build")]
    assert [runs[i] for i in order] == ["briefgen check", "briefgen build"]
    artifact = next(s for s in _steps(build) if "upload-pages-artifact" in s.get("uses", ""))
    assert artifact["with"]["path"] == "site"
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert "${{ steps.deployment.outputs.page_url }}" in workflow_text()


def test_the_repository_workflow_is_the_same_but_installs_this_checkout() -> None:
    ours = (REPO / PATH).read_text(encoding="utf-8")
    assert ours == workflow_text(install="pip install .", requirements="pyproject.toml")


def test_init_writes_the_workflow_and_the_requirements_it_installs(tmp_path: Path) -> None:
    created = init_site(tmp_path / "site")
    assert f"{(tmp_path / 'site' / PATH).as_posix()}" in created
    assert (tmp_path / "site" / PATH).read_text(encoding="utf-8") == workflow_text()
    requirements = (tmp_path / "site" / "requirements.txt").read_text(encoding="utf-8")
    assert requirements.splitlines()[-1].startswith("briefgen==")


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
