"""``unikom validate``: exit codes, output formats, options."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from unikom.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
VALID = DATA / "valid" / "minimal.yaml"
INVALID = DATA / "invalid" / "dangling-refs.yaml"


def test_valid_file_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(VALID)]) == 0
    assert "no problems found" in capsys.readouterr().err


def test_invalid_file_exits_1_with_located_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(INVALID)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{INVALID}:21:12: error: no party has the id 'ntnux'")
    assert lines[0].endswith("[ref.unresolved]")
    assert len(lines) == 3


def test_directory_is_walked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DATA / "invalid")]) == 1
    files = {line.split(":")[0] for line in capsys.readouterr().out.splitlines()}
    assert len(files) == len(list((DATA / "invalid").glob("*.yaml")))


def test_json_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "json", str(INVALID)]) == 1
    found = json.loads(capsys.readouterr().out)
    assert set(found[0]) == {"file", "line", "column", "pointer", "code", "severity", "message"}
    assert found[0]["pointer"] == "/contacts/1/party"


def test_json_format_for_valid_file_is_an_empty_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "json", str(VALID)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_github_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "github", str(INVALID)]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"::error file={INVALID},line=21,col=12,title=ref.unresolved::")


def test_warnings_fail_only_with_strict(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DATA / "valid" / "full.json")
    assert main(["validate", "--lang", "nb,nn", path]) == 0
    assert "warning:" in capsys.readouterr().out
    assert main(["validate", "--lang", "nb,nn", "--strict", path]) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "no/such/file.yaml"],
        ["validate", "--format", "xml", str(VALID)],
        ["validate", "--no-such-option", str(VALID)],
        ["validate"],
        ["validate", "--lang", ",", str(VALID)],
        ["no-such-command"],
        [],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_python_dash_m_works_like_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "unikom", "validate", str(INVALID)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert "[ref.unresolved]" in result.stdout


def test_version_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("unikom ")


def test_a_directory_without_data_files_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("not data", encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 2
    assert "no .yaml, .yml or .json files in" in capsys.readouterr().err


class _GoneReader:
    """Standard output whose reader went away after the first line (`| head -1`)."""

    def __init__(self) -> None:
        self.written = ""

    def write(self, text: str) -> int:
        if "\n" in self.written:
            raise BrokenPipeError(32, "Broken pipe")
        self.written += text
        return len(text)

    def flush(self) -> None:
        if "\n" in self.written:
            raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
@pytest.mark.parametrize(("path", "code"), [(INVALID, 1), (VALID, 0)])
def test_a_reader_that_stops_reading_does_not_change_the_verdict(
    monkeypatch: pytest.MonkeyPatch, fmt: str, path: Path, code: int
) -> None:
    # `unikom validate DIR | head -1` exited 0 for a broken directory: a CI step
    # with `set -o pipefail` passed it.
    reader = _GoneReader()
    monkeypatch.setattr(sys, "stdout", reader)
    assert main(["validate", "--format", fmt, str(path)]) == code


def test_a_closed_pipe_ends_the_process_quietly_with_the_verdict(tmp_path: Path) -> None:
    for index in range(200):
        (tmp_path / f"b{index}.yaml").write_text('kind: inquiry\nversion: "1.1"\n', "utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "unikom", "validate", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        err = process.stderr.read().decode()
        assert process.wait(timeout=60) == 1
    assert "Traceback" not in err
    assert "Exception ignored" not in err


def test_a_hook_given_a_hidden_file_of_a_partnership_passes_it_over_as_the_walk_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A repository whose root is the partnership: pre-commit hands the hook its
    # own .pre-commit-config.yaml, which failed with kind.missing while
    # `unikom validate .` (which skips hidden files and folders) passed.
    shutil.copy(VALID, tmp_path / "partnership.yaml")
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yml").write_text("on: push\n", "utf-8")
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "--strict", "."]) == 0
    hook = ["validate", "--only-unikom-files", "--strict"]
    assert main([*hook, ".pre-commit-config.yaml", ".github/workflows/ci.yml"]) == 0
    assert main([*hook, "--format", "json", ".pre-commit-config.yaml"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    # Asked for by name without the hook's option, it is still checked.
    assert main(["validate", ".pre-commit-config.yaml"]) == 1
