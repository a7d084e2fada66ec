"""Diagnostics: one located, coded finding about a document."""

from __future__ import annotations

import enum
from typing import Any

import attrs

__all__ = ["Diagnostic", "Severity", "sort_key"]

# Control characters and line separators, shown escaped so that one finding stays
# one line whatever the file's name or the text quoted from it.
_ONE_LINE = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (*range(0x20), 0x7F, 0x85, 0x2028, 0x2029)
}
_ONE_LINE.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


class Severity(enum.Enum):
    """How bad a finding is: errors make a document invalid, warnings only with --strict."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen(kw_only=True, order=False)
class Diagnostic:
    """One problem in a document, with where it is and a stable code.

    ``line`` and ``column`` are 1-based; 0 means the position is unknown (the
    problem concerns the whole file).  ``pointer`` is an RFC 6901 JSON pointer
    into the document as written.
    """

    file: str
    line: int
    column: int
    pointer: str
    code: str
    severity: Severity
    message: str

    def format(self) -> str:
        """Render as ``FILE:LINE:COL: SEVERITY: MESSAGE [CODE]``, always on one line."""
        return (
            f"{self.file.translate(_ONE_LINE)}:{self.line}:{self.column}: "
            f"{self.severity.value}: {self.message.translate(_ONE_LINE)} [{self.code}]"
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: keys file, line, column, pointer, code, severity, message."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "pointer": self.pointer,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
        }

    @property
    def is_error(self) -> bool:
        """Tell whether this finding makes the document invalid."""
        return self.severity is Severity.ERROR


def sort_key(diagnostic: Diagnostic) -> tuple[str, int, int, str]:
    """Order diagnostics by file and position, as editors and readers expect."""
    return (diagnostic.file, diagnostic.line, diagnostic.column, diagnostic.code)
