"""Output formats for diagnostics: a registry of writers by name.

A new format is a function ``write(diagnostics, stream)`` and one line in
:data:`FORMATS`.  Writers take an iterable, so text output streams as files are
checked.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TextIO

from unikom.model.diagnostics import Diagnostic

Writer = Callable[[Iterable[Diagnostic], TextIO], list[Diagnostic]]


def write_text(diagnostics: Iterable[Diagnostic], stream: TextIO) -> list[Diagnostic]:
    """Write one ``FILE:LINE:COL: SEVERITY: MESSAGE [CODE]`` line per finding."""
    seen = []
    for diagnostic in diagnostics:
        print(diagnostic.format(), file=stream)
        seen.append(diagnostic)
    return seen


def write_json(diagnostics: Iterable[Diagnostic], stream: TextIO) -> list[Diagnostic]:
    """Write a JSON list of objects: file, line, column, pointer, code, severity, message."""
    seen = list(diagnostics)
    json.dump([d.to_dict() for d in seen], stream, ensure_ascii=False, indent=2)
    stream.write("\n")
    return seen


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def write_github(diagnostics: Iterable[Diagnostic], stream: TextIO) -> list[Diagnostic]:
    """Write GitHub Actions workflow commands, which annotate the changed lines."""
    seen = []
    for d in diagnostics:
        properties = f"file={_escape_property(d.file)}"
        if d.line:
            properties += f",line={d.line},col={d.column}"
        properties += f",title={_escape_property(d.code)}"
        print(f"::{d.severity.value} {properties}::{_escape_data(d.message)}", file=stream)
        seen.append(d)
    return seen


FORMATS: dict[str, Writer] = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
}
