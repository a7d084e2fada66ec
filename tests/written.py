"""Partnerships written by a test: the text a test holds, as a file validate accepts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import unikom


def valid_partnership(
    text: str, directory: Path, *, languages: Sequence[str] | None = None
) -> unikom.Partnership:
    """Write *text* as *directory*/partnership.yaml, require no finding, and load it.

    A finding fails the test where the file is written, so a test of what a
    page or command says never runs on a file unikom would refuse.
    """
    (directory / "partnership.yaml").write_text(text, encoding="utf-8")
    assert unikom.validate(directory, languages=languages) == []
    return unikom.load(directory)
