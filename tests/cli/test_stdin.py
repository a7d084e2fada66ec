"""``unikom validate -`` with ``--stdin-filename``, ``/dev/stdin`` and ``--quiet``."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from unikom.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "data" / "inquiry" / "partnership"
BAD = ROOT / "tests" / "data" / "inquiry" / "invalid" / "inquiries" / "bad-answers.yaml"


@attrs.frozen
class Result:
    returncode: int
    stdout: str
    stderr: str


def _unikom(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> Result:
    """Run the command line in this process, with *stdin* as standard input."""
    saved_in, saved_out, saved_err, here = sys.stdin, sys.stdout, sys.stderr, os.getcwd()
    out, err = io.StringIO(), io.StringIO()
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""))
    sys.stdout, sys.stderr = out, err
    try:
        if cwd is not None:
            os.chdir(cwd)
        code = main(list(args))
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_in, saved_out, saved_err
        os.chdir(here)
    return Result(code, out.getvalue(), err.getvalue())


def test_a_real_pipe_into_dev_stdin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "unikom", "validate", "/dev/stdin"],
        input=b"kind: inquiry\nversion: [\n",
        capture_output=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout.startswith(b"<stdin>:")


@pytest.fixture
def partnership(tmp_path: Path) -> Path:
    directory = tmp_path / "p"
    shutil.copytree(FIXTURE, directory)
    return directory


def test_stdin_with_a_filename_is_checked_in_its_partnership(partnership: Path) -> None:
    # The file on disk is valid; what comes through standard input replaces it.
    on_disk = partnership / "inquiries" / "2024-009.yaml"
    shutil.copy(BAD, on_disk)
    expected = _unikom("validate", str(on_disk))
    on_disk.write_text(FIXTURE.joinpath("inquiries", "2024-001.yaml").read_text("utf-8"))
    piped = _unikom("validate", "-", "--stdin-filename", str(on_disk), stdin=BAD.read_bytes())
    assert expected.returncode == piped.returncode == 1
    assert piped.stdout == expected.stdout
    assert str(on_disk) in piped.stdout


def test_dev_stdin_works_like_dash(partnership: Path) -> None:
    name = "inquiries/2024-009.yaml"
    dash = _unikom(
        "validate", "-", "--stdin-filename", name, stdin=BAD.read_bytes(), cwd=partnership
    )
    dev = _unikom(
        "validate", "/dev/stdin", "--stdin-filename", name, stdin=BAD.read_bytes(), cwd=partnership
    )
    assert dash.returncode == dev.returncode == 1
    assert dash.stdout == dev.stdout
    assert dash.stdout.startswith(f"{name}:")


def test_renamed_partnership_through_stdin_fails_its_dependants(partnership: Path) -> None:
    changed = (
        (partnership / "partnership.yaml").read_text("utf-8").replace("id: testby", "id: testbyen")
    )
    result = _unikom(
        "validate", "-", "--stdin-filename", "partnership.yaml",
        stdin=changed.encode(), cwd=partnership,
    )  # fmt: skip
    assert result.returncode == 1
    assert "inquiries/2024-001.yaml" in result.stdout
    assert "[ref.partnership]" in result.stdout


def test_stdin_without_a_name_is_checked_alone(partnership: Path) -> None:
    valid = (partnership / "inquiries" / "2024-001.yaml").read_bytes()
    result = _unikom("validate", "-", stdin=valid, cwd=partnership)
    assert result.returncode == 0
    broken = _unikom("validate", "-", stdin=b"kind: inquiry\nversion: [\n")
    assert broken.returncode == 1
    assert broken.stdout.startswith("<stdin>:")


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "-", "-"],
        ["validate", "--stdin-filename", "x.yaml", "."],
    ],
)
def test_refusing_stdin_is_a_usage_error(args: list[str], partnership: Path) -> None:
    result = _unikom(*args, stdin=b"kind: inquiry\n", cwd=partnership)
    assert result.returncode == 2
    assert result.stderr.startswith("unikom validate: error:")


def test_stdin_filename_may_not_be_a_directory(partnership: Path) -> None:
    result = _unikom("validate", "-", "--stdin-filename", ".", stdin=b"x", cwd=partnership)
    assert result.returncode == 2


def test_oversized_stdin_is_a_located_error() -> None:
    result = _unikom("validate", "-", stdin=b"#" * (5 * 1024 * 1024))
    assert result.returncode == 1
    assert "[file.too-large]" in result.stdout


def test_quiet_prints_only_findings(partnership: Path) -> None:
    shutil.copy(BAD, partnership / "inquiries" / "2024-009.yaml")
    loud = _unikom("validate", str(partnership))
    quiet = _unikom("validate", "--quiet", str(partnership))
    assert loud.stdout == quiet.stdout
    assert "error(s)" in loud.stderr
    assert quiet.stderr == ""
    github = _unikom("validate", "-q", "--format", "github", str(partnership))
    assert all(line.startswith("::") for line in github.stdout.splitlines())
    valid = _unikom("validate", "-q", str(FIXTURE))
    assert (valid.returncode, valid.stdout, valid.stderr) == (0, "", "")
