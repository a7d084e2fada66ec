"""The version check's shortcuts give the findings of the full walk.

A file declaring an older version is walked only along the fields that could
hold something newer, and, when its text can hold no extension key, not into
the ``extensions`` of its objects.  Both are decided once per run; these tests
compare them with the walk that looks everywhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unikom.checking._engine import check_source
from unikom.checking._yamlsource import SourceDocument, parse_text

EXAMPLES = Path(__file__).parents[2] / "examples"
FILES = sorted(EXAMPLES.glob("*/**/*.yaml"))


def _variants(text: str) -> list[str]:
    older = text.replace('version: "1.1"', 'version: "1.0"')
    with_key = older.replace('version: "1.0"\n', 'version: "1.0"\nx-note: kept\n', 1)
    return [older, with_key]


def _findings(text: str, *, forced: bool) -> list[str]:
    source = parse_text(text, SourceDocument(path="f.yaml"))
    if forced:
        source.may_hold_extensions = True
    return [str(d) for d in check_source(source).diagnostics]


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(EXAMPLES)))
def test_the_extension_shortcut_changes_no_finding(path: Path) -> None:
    for text in _variants(path.read_text(encoding="utf-8")):
        assert _findings(text, forced=False) == _findings(text, forced=True)


def test_an_escaped_extension_key_is_still_found() -> None:
    # JSON can write "x-" as "\u0078-": the text then holds no "x-" at all.
    data = {"kind": "inquiry-type", "version": "1.0", "\\u0078-note": "kept"}
    text = json.dumps(data).replace("\\\\u0078", "\\u0078")
    source = parse_text(text, SourceDocument(path="f.json"))
    assert "x-note" in source.data
    assert source.may_hold_extensions
    assert "x-" not in text


def test_a_plain_file_without_x_keys_skips_the_extension_walk() -> None:
    source = parse_text('kind: inquiry\nversion: "1.0"\n', SourceDocument(path="f.yaml"))
    assert not source.may_hold_extensions


def test_an_x_key_in_an_older_file_is_reported() -> None:
    text = next(
        t
        for path in FILES
        for t in _variants(path.read_text(encoding="utf-8"))[1:]
        if "kind: inquiry\n" in t
    )
    codes = [d.code for d in check_source(parse_text(text, SourceDocument(path="f"))).diagnostics]
    assert "version.key-too-new" in codes
