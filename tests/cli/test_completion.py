"""``unikom completion SHELL`` prints a script that knows every command."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import shtab

from unikom.cli import COMMANDS, main
from unikom.cli.completion import SHELLS


def test_every_documented_shell_is_one_shtab_writes() -> None:
    assert set(SHELLS) <= set(shtab.SUPPORTED_SHELLS)


@pytest.mark.parametrize("shell", SHELLS)
def test_script_names_every_command(shell: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", shell]) == 0
    script = capsys.readouterr().out
    for command in COMMANDS:
        assert command in script
    assert "--stdin-filename" in script


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_script_is_valid_bash(capsys: pytest.CaptureFixture[str]) -> None:
    main(["completion", "bash"])
    script = capsys.readouterr().out
    subprocess.run(["bash", "-n"], input=script, text=True, check=True)
    # Paths complete as files.
    assert "_shtab_unikom_validate_pos_0_COMPGEN=_shtab_compgen_files" in script


def test_unknown_shell_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "cmd.exe"]) == 2
