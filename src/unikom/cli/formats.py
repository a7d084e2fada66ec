"""Output formats for diagnostics: a registry of writers by name.

A new format is a function ``write(diagnostics, stream)`` and one line in
:data:`FORMATS`.  Writers take an iterable, so text output streams as files are
checked.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

from unikom.model import words
from unikom.model.diagnostics import Diagnostic

#: The language of diagnostics and the lines around them.  Messages and codes
#: are documented in English (docs/error-codes.md) and read by editors, CI logs
#: and annotations, so they stay English; the fixed words come from the one word
#: table like every other word unikom prints.
DIAGNOSTICS_LANGUAGE = "en"

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
    json.dump([d.to_dict() for d in seen], stream, ensure_ascii=False, indent=2, allow_nan=False)
    stream.write("\n")
    return seen


# Control characters and line separators, shown escaped so that one cell or
# annotation stays on one line.
_ONE_LINE = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029)
}


# What a terminal, a CI log or an annotation must not get raw: every character
# Python does not call printable (controls, a lone CR, line and paragraph
# separators, and the format characters of Unicode category Cf: direction marks
# and overrides, zero-width spaces and joiners, the soft hyphen …), except the
# line feed, the tab, CRLF and the spaces of category Zs (Babel writes numbers
# with a no-break space).
def _hidden(char: str) -> bool:
    return not char.isprintable() and unicodedata.category(char) != "Zs"


# A line that starts with '::' (after blanks) is a GitHub Actions workflow command.
_COMMAND_START = re.compile(r"^([ \t]*):(?=:)", re.MULTILINE)


def _escape(char: str) -> str:
    # \\uXXXX reads the same in a terminal and inside JSON.
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    # Beyond the BMP, as JSON writes it: a UTF-16 surrogate pair.
    high, low = divmod(code - 0x10000, 0x400)
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def _visible_text(text: str) -> str:
    if text.isprintable():  # the common case, checked at C speed
        return text
    out = []
    last = len(text) - 1
    for index, char in enumerate(text):
        if char in "\n\t" or (char == "\r" and index < last and text[index + 1] == "\n"):
            out.append(char)
        elif _hidden(char):
            out.append(_escape(char))
        else:
            out.append(char)
    return "".join(out)


def printable(text: str) -> str:
    """Return *text* safe to show in a terminal, a CI log or an annotation.

    Every character that is not printable (control characters, a lone CR, line
    and paragraph separators, and Unicode's format characters: direction marks
    and overrides, zero-width spaces, the soft hyphen) becomes a visible escape
    (``\\u001b``, ``\\u200f``); line feeds, tabs and CRLF stay.  A line that would
    start with ``::`` gets its first colon escaped (``\\x3a``), so that no text
    from a file can forge a GitHub workflow command (``::error …``,
    ``::add-mask::``).  Every command's output passes through it
    (:class:`GuardedStream`); ``--format github`` writes its own commands beside it.
    """
    return _COMMAND_START.sub(r"\1\\x3a", _visible_text(text))


class GuardedStream:
    """A text stream that passes everything written to it through :func:`printable`.

    The command line puts one in front of standard output and standard error
    while a command runs; :attr:`unguarded` is the stream behind it, for the
    workflow commands ``--format github`` writes on purpose.
    """

    def __init__(self, stream: TextIO) -> None:
        self.unguarded = stream
        self._line_start = True

    def write(self, text: str) -> int:
        if self._line_start:
            guarded = printable(text)
        else:
            # The line already holds text: only the lines this piece starts can be commands.
            head, newline, rest = text.partition("\n")
            guarded = _visible_text(head) + newline + printable(rest)
        if "\n" in text:
            self._line_start = not text.rsplit("\n", 1)[-1].strip(" \t")
        else:
            self._line_start = self._line_start and not text.strip(" \t")
        return self.unguarded.write(guarded)

    def __getattr__(self, name: str) -> object:
        return getattr(self.unguarded, name)


def _escape_data(value: str) -> str:
    return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


#: GitHub shows at most this many annotations of each kind per step.
GITHUB_ANNOTATION_LIMIT = 10
#: GitHub refuses a step summary larger than 1 MiB; the table stops short of it.
STEP_SUMMARY_LIMIT = 1024 * 1024 - 4096


def escape_markdown(value: str) -> str:
    """Escape text from a file for one Markdown table cell of a GitHub job summary.

    The page writers' Markdown escaping (:func:`unikom.publish._markdown.text`)
    keeps it from opening any markup or leaving its cell; control characters are
    shown as escapes first, so that none reaches the page raw.
    """
    from unikom.publish._markdown import text

    return str(text(_visible_text(value.translate(_ONE_LINE))))


def _counts(found: Sequence[Diagnostic]) -> tuple[int, int, int]:
    errors = sum(1 for d in found if d.is_error)
    return errors, len(found) - errors, len({d.file for d in found})


def status_line(key: str, **values: object) -> str:
    """Return a command's status line for standard error: 'unikom: ' and the word *key*.

    Status lines (what was written, what was left out) are read by scripts and
    CI logs beside the diagnostics, so they are in the diagnostics' language.
    """
    return "unikom: " + words.word(key, DIAGNOSTICS_LANGUAGE, **values)


def summary_line(found: Sequence[Diagnostic]) -> str:
    """Return one line with how many errors and warnings were found, in how many files."""
    errors, warnings, files = _counts(found)
    if not found:
        return status_line("found_nothing")
    return status_line("found_counts_in_files", errors=errors, warnings=warnings, files=files)


def step_summary(found: Sequence[Diagnostic]) -> str:
    """Return the Markdown of a GitHub job summary: the counts and a table of every finding."""
    lines = ["## unikom validate", "", escape_markdown(summary_line(found)), ""]
    if not found:
        return "\n".join(lines) + "\n"
    lines += ["| File | Line | Column | Severity | Code | Message |", "|---|---|---|---|---|---|"]
    size = sum(len(line) + 1 for line in lines)
    for shown, d in enumerate(found):
        row = (
            f"| {escape_markdown(d.file)} | {d.line} | {d.column} | {d.severity.value} "
            f"| {escape_markdown(d.code)} | {escape_markdown(d.message)} |"
        )
        size += len(row.encode("utf-8")) + 1
        if size > STEP_SUMMARY_LIMIT:
            more = words.word("summary_more", DIAGNOSTICS_LANGUAGE, count=len(found) - shown)
            lines += ["", more]
            break
        lines.append(row)
    return "\n".join(lines) + "\n"


def github_summary_line(found: Sequence[Diagnostic]) -> str:
    """Return the counts line for a GitHub log, saying where findings past the limit are."""
    errors, warnings, _files = _counts(found)
    line = summary_line(found)
    if max(errors, warnings) > GITHUB_ANNOTATION_LIMIT:
        line += words.word("annotation_limit", DIAGNOSTICS_LANGUAGE, limit=GITHUB_ANNOTATION_LIMIT)
    return line


def text_summary_line(found: Sequence[Diagnostic]) -> str:
    """Return the counts line printed after text output."""
    errors, warnings, _files = _counts(found)
    if not found:
        return status_line("found_nothing")
    return status_line("found_counts", errors=errors, warnings=warnings)


def write_github(diagnostics: Iterable[Diagnostic], stream: TextIO) -> list[Diagnostic]:
    """Write GitHub Actions workflow commands, which annotate the changed lines.

    GitHub shows only the first ten annotations of each kind, so the command
    prints a line of counts after them (:func:`github_summary_line`), and when
    ``GITHUB_STEP_SUMMARY`` names a file, a Markdown table of every finding is
    appended to it (the job's summary page).
    """
    seen = []
    for d in diagnostics:
        properties = f"file={_escape_property(d.file)}"
        if d.line:
            properties += f",line={d.line},col={d.column}"
        properties += f",title={_escape_property(d.code)}"
        command = f"::{d.severity.value} {properties}::{_escape_data(d.message)}"
        # This command is meant: it goes past the guard that stops forged ones.
        print(command, file=getattr(stream, "unguarded", stream))
        seen.append(d)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        try:
            with open(summary_file, "a", encoding="utf-8") as summary:
                summary.write(step_summary(seen))
        except OSError as exc:
            # The findings are printed already; a summary that cannot be written
            # must not turn the verdict into a traceback.
            line = status_line(
                "summary_unwritable", path=printable(summary_file), reason=exc.strerror or exc
            )
            print(line, file=sys.stderr)
    return seen


def write_sarif(diagnostics: Iterable[Diagnostic], stream: TextIO) -> list[Diagnostic]:
    """Write SARIF 2.1.0 (see :mod:`unikom.cli._sarif`)."""
    # Deferred: it reads docs/error-codes.md's table, which only this format needs.
    from unikom.cli._sarif import write_sarif as write

    return write(diagnostics, stream)


FORMATS: dict[str, Writer] = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
    "sarif": write_sarif,
}

#: The line of counts printed after each format's findings (unless --quiet).
SUMMARIES: dict[str, Callable[[Sequence[Diagnostic]], str]] = {
    "text": text_summary_line,
    "github": github_summary_line,
}
