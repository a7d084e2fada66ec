"""The one file writer: it writes regular files only, and every refusal is an OutputError."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

import unikom
from conftest import ROOT
from unikom.checking._output import OutputError, write_atomically

NORDFJELL = ROOT / "examples" / "nordfjell"


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _directory(path: Path) -> None:
    path.mkdir()


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


NOT_FILES: dict[str, Callable[[Path], None]] = {
    "named pipe": _fifo,
    "directory": _directory,
    "socket": _socket,
}


@pytest.mark.parametrize("what", sorted(NOT_FILES))
@pytest.mark.parametrize("overwrite", [True, False])
def test_anything_but_a_regular_file_is_refused_and_left_as_it_was(
    tmp_path: Path, what: str, overwrite: bool
) -> None:
    target = tmp_path / "out"
    NOT_FILES[what](target)
    kind = os.lstat(target).st_mode
    with pytest.raises(OutputError, match="writes only regular files"):
        write_atomically(target, "text\n", overwrite=overwrite)
    assert os.lstat(target).st_mode == kind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_device_is_refused() -> None:
    with pytest.raises(OutputError, match="is a device"):
        write_atomically(Path(os.devnull), "text\n", overwrite=True)


@pytest.mark.parametrize("writer", [unikom.dump, unikom.save])
@pytest.mark.parametrize("what", sorted(NOT_FILES))
def test_dump_and_save_refuse_what_is_not_a_file(
    tmp_path: Path, what: str, writer: Callable[[object, Path], None]
) -> None:
    partnership = unikom.load(NORDFJELL / "partnership.yaml")
    target = tmp_path / "out.yaml"
    NOT_FILES[what](target)
    with pytest.raises(OutputError):
        writer(partnership, target)


def test_a_write_the_system_refuses_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="cannot write"):
        write_atomically(tmp_path / "missing" / "out.yaml", "text\n", overwrite=True)
