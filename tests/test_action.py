"""The GitHub Action (action.yml): its scripts run as GitHub would run them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from unikom.cli.formats import escape_markdown

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "inquiry" / "partnership"
BAD = ROOT / "tests" / "data" / "inquiry" / "invalid" / "inquiries" / "bad-answers.yaml"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def _action() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    return loaded


def _step(step_id: str) -> dict[str, Any]:
    step: dict[str, Any] = next(s for s in _action()["runs"]["steps"] if s.get("id") == step_id)
    return step


def test_action_is_a_composite_that_installs_from_its_own_checkout() -> None:
    action = _action()
    assert action["runs"]["using"] == "composite"
    install = action["runs"]["steps"][0]
    assert install["env"]["UNIKOM_SOURCE"] == "${{ github.action_path }}"
    assert "pip install" in install["run"]
    assert "--format github" in _step("validate")["run"]


def test_inputs_reach_the_script_only_through_the_environment() -> None:
    for step in _action()["runs"]["steps"]:
        assert "${{" not in step["run"], step["name"]


def _validate(
    tmp_path: Path, directory: Path, *, sarif: str = "", strict: str = "true"
) -> tuple[subprocess.CompletedProcess[str], Path, Path]:
    output = tmp_path / "github-output"
    summary = tmp_path / "step-summary"
    env = dict(os.environ)
    env.update(
        UNIKOM_BIN=str(Path(sys.executable).parent / "unikom"),
        UNIKOM_PATHS=f"{directory.name}",
        UNIKOM_STRICT=strict,
        UNIKOM_LANG="",
        UNIKOM_SARIF=sarif,
        GITHUB_OUTPUT=str(output),
        GITHUB_STEP_SUMMARY=str(summary),
    )
    result = subprocess.run(
        ["bash", "-c", _step("validate")["run"]],
        cwd=directory.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return result, output, summary


def test_validate_step_passes_a_valid_partnership(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "partnership")
    result, _output, summary = _validate(tmp_path, tmp_path / "partnership")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "unikom: no problems found" in result.stdout
    assert "no problems found" in summary.read_text(encoding="utf-8")


def test_validate_step_annotates_and_writes_sarif(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "partnership")
    shutil.copy(BAD, tmp_path / "partnership" / "inquiries" / "bad.yaml")
    result, output, summary = _validate(tmp_path, tmp_path / "partnership", sarif="out.sarif")
    assert result.returncode == 1
    assert "::error file=partnership/inquiries/bad.yaml,line=" in result.stdout
    log = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    assert len(log["runs"][0]["results"]) == 10
    assert output.read_text(encoding="utf-8") == "sarif-file=out.sarif\n"
    cell = f"| {escape_markdown('partnership/inquiries/bad.yaml')} |"
    assert summary.read_text(encoding="utf-8").count(cell) == 10


def test_documented_workflow_uses_the_action() -> None:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in text.split("```yaml\n")[1:]]
    workflows = [yaml.safe_load(b) for b in blocks if "jobs:" in b and "runs-on" in b]
    steps = [s for w in workflows for job in w["jobs"].values() for s in job["steps"]]
    uses = [s for s in steps if str(s.get("uses", "")).startswith("unikom/unikom@")]
    assert uses, "docs/ci.md shows no workflow that uses the action"
    inputs = set(_action()["inputs"])
    for step in uses:
        assert set(step.get("with", {})) <= inputs
