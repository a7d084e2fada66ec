"""The pre-commit hook, run for real by ``pre-commit try-repo``, fails as ``validate DIR`` does.

No network is used: the hook repository is a copy of this repository's
``.pre-commit-hooks.yaml`` whose language is switched from ``python`` (which
would install unikom and its dependencies from a package index) to the
system's, calling the ``unikom`` installed beside the tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import unikom

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "inquiry"
FIXTURE = DATA / "partnership"
INVALID = DATA / "invalid"

pytest.importorskip("pre_commit")
pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git"),
]


def _language() -> str:
    from pre_commit.all_languages import languages  # type: ignore[import-untyped]

    # pre-commit 4 renamed 'system' to 'unsupported'; older releases know only 'system'.
    return "unsupported" if "unsupported" in languages else "system"


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("home")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GIT_", "PRE_COMMIT"))
    }
    env.update(
        PATH=os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
        HOME=str(home),
        PRE_COMMIT_HOME=str(home / "pre-commit"),
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.org",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.org",
        GIT_CONFIG_NOSYSTEM="1",
    )
    return env


@pytest.fixture(scope="module")
def hook_repository(tmp_path_factory: pytest.TempPathFactory, environment: dict[str, str]) -> Path:
    repository = tmp_path_factory.mktemp("hook")
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "language: python" in text
    (repository / ".pre-commit-hooks.yaml").write_text(
        text.replace("language: python", f"language: {_language()}"), encoding="utf-8"
    )
    subprocess.run(["git", "init", "-q"], cwd=repository, check=True, env=environment)
    subprocess.run(["git", "add", "-A"], cwd=repository, check=True, env=environment)
    subprocess.run(["git", "commit", "-qm", "hook"], cwd=repository, check=True, env=environment)
    return repository


def _data_repository(base: Path, environment: dict[str, str]) -> Path:
    repository = base / "data"
    shutil.copytree(FIXTURE, repository / "partnership")
    # A YAML file of another tool: the hook is given it and must pass it over.
    (repository / ".github" / "workflows").mkdir(parents=True)
    (repository / ".github" / "workflows" / "ci.yml").write_text(
        "name: ci\non: push\njobs: {}\n", encoding="utf-8"
    )
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "start"]):
        subprocess.run(["git", *args], cwd=repository, check=True, env=environment)
    return repository


def _replace(relative: str, old: str, new: str) -> Callable[[Path], None]:
    def change(directory: Path) -> None:
        path = directory / relative
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    return change


def _add(source: Path, relative: str) -> Callable[[Path], None]:
    def change(directory: Path) -> None:
        shutil.copy(source, directory / relative)

    return change


SCENARIOS: dict[str, tuple[Callable[[Path], None], bool]] = {
    "broken inquiry file": (
        _add(INVALID / "inquiries" / "bad-answers.yaml", "inquiries/2024-009.yaml"),
        False,
    ),
    "broken project file": (
        _add(INVALID / "projects" / "bad-references.yaml", "projects/p-009.yaml"),
        False,
    ),
    "renamed partnership id": (_replace("partnership.yaml", "id: testby", "id: testbyen"), False),
    "valid change": (
        _replace("inquiries/2024-001.yaml", "id: 2024-001", "id: 2024-001\n# reviewed"),
        True,
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_hook_passes_or_fails_as_validate_dir(
    scenario: str,
    tmp_path: Path,
    environment: dict[str, str],
    hook_repository: Path,
) -> None:
    change, valid = SCENARIOS[scenario]
    repository = _data_repository(tmp_path, environment)
    change(repository / "partnership")
    subprocess.run(["git", "add", "-A"], cwd=repository, check=True, env=environment)
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repository), "unikom-validate"],
        cwd=repository,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [d for d in unikom.validate(repository / "partnership") if d.is_error]
    assert (errors == []) is valid
    assert (result.returncode == 0) is valid, result.stdout + result.stderr
    assert "Skipped" not in result.stdout
    for diagnostic in errors:
        # The hook names the same problems, located in the same files.
        relative = os.path.relpath(diagnostic.file, repository)
        assert f"{relative}:{diagnostic.line}:{diagnostic.column}:" in result.stdout
