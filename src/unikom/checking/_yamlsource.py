"""Read YAML and JSON files safely into plain data, keeping every node's position.

The document is built from libyaml's event stream rather than through PyYAML's
constructors, so that we decide every rule ourselves:

* scalars follow the YAML 1.2 core schema (``NO``, ``yes`` and ``on`` stay text,
  ``0755`` is the decimal 755, and dates stay text until the model parses them);
* aliases, tags other than the standard ones, duplicate keys, non-scalar keys
  and a second document are located errors;
* building is iterative with a depth limit, and the file size, the number of
  nodes and the number of problems reported are capped, so that no input can
  recurse without bound, exhaust memory or flood the output;
* only regular files are read, so a FIFO or a device cannot block or stream forever.
"""

from __future__ import annotations

import bisect
import math
import os
import re
import stat
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs
import yaml

from unikom.model._fields import control_character_message, forbidden_character
from unikom.model.diagnostics import Diagnostic, Severity
from unikom.model.errors import UnikomError

if TYPE_CHECKING:
    from unikom.checking._flowhint import FlowSplit

try:
    from yaml import CSafeLoader as _Loader
except ImportError:
    # PyYAML's pure-Python parser reads some valid files differently (it ends a
    # plain text at '?' inside {...}), so the verdict would depend on how PyYAML
    # was built: with libyaml missing, unikom refuses to read rather than disagree.
    _Loader = None  # type: ignore[assignment,misc]


class YamlParserMissingError(UnikomError):
    """PyYAML was built without libyaml, the one YAML parser unikom reads with."""


#: The largest file we read; a partnership file is a few tens of kilobytes.
MAX_FILE_BYTES = 4 * 1024 * 1024
#: The deepest nesting we build; the standard itself needs fewer than ten levels.
MAX_DEPTH = 64
#: The most nodes (scalars, lists, mappings) a document may have.  A large partnership
#: has a few thousand; the cap bounds the time the schema check can take on one file.
MAX_NODES = 50_000
#: The most problems reported for one file; past that the rest is noise.
MAX_ERRORS = 100
#: The longest message a diagnostic carries; a longer one is cut in the middle.
MAX_MESSAGE = 400

Pointer = tuple[str | int, ...]

_STR_TAG = "tag:yaml.org,2002:str"
_ALLOWED_TAGS = {None, "!", _STR_TAG, "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}

# YAML 1.2 core schema, section 10.3.2.
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT10 = re.compile(r"[-+]?[0-9]+")
_INT8 = re.compile(r"0o[0-7]+")
_INT16 = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")
# An integer longer than this is surely a mistake, and int() on megabytes of digits
# is quadratic; keep such a scalar as text and let the schema reject it.
MAX_INT_DIGITS = 100


# Every number, .inf and .nan starts with one of these; other text skips the patterns.
_NUMBER_START = frozenset("-+.0123456789")


def resolve_plain(text: str) -> Any:
    """Return the value of a plain (unquoted, untagged) scalar under the YAML 1.2 core schema."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text[0] not in _NUMBER_START:
        return text
    if len(text) <= MAX_INT_DIGITS:
        if _INT10.fullmatch(text):
            return int(text, 10)
        if _INT8.fullmatch(text):
            return int(text[2:], 8)
        if _INT16.fullmatch(text):
            return int(text[2:], 16)
        if _FLOAT.fullmatch(text):
            return float(text)
    if _INF.fullmatch(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.fullmatch(text):
        return math.nan
    return text


class Position(NamedTuple):
    """Where a node starts (1-based line and column).

    A named tuple rather than an attrs class: the loader makes two for every
    scalar of every file, and a tuple is made several times faster.
    """

    line: int
    column: int


@attrs.define(kw_only=True)
class SourceDocument:
    """A parsed file: its data, the position of every node, and any parse problems."""

    path: str
    data: Any = None
    #: Position of each value, by its pointer (see :attr:`positions`).
    _positions: dict[Pointer, Position] = attrs.field(factory=dict, alias="positions")
    #: Position of each mapping key, by the pointer of its value.
    _key_positions: dict[Pointer, Position] = attrs.field(factory=dict, alias="key_positions")
    diagnostics: list[Diagnostic] = attrs.field(factory=list)
    #: False for data given in memory: it has no lines, so findings say line 0, column 0.
    located: bool = True
    #: False when no mapping key can be an extension key: the text holds no ``x-``
    #: and no escape that could write one.  True for data given in memory.
    may_hold_extensions: bool = True
    #: The file's text, kept only when it has a flow collection (``{…}``, ``[…]``):
    #: a finding there may come from a comma that split a text (see ``_flowhint``).
    flow_text: str | None = attrs.field(default=None, repr=False, eq=False)
    _splits: tuple[FlowSplit, ...] | None = attrs.field(
        default=None, repr=False, eq=False, init=False
    )
    #: The text parsed, while the positions of its values are not yet recorded.
    _unplaced: str | None = attrs.field(default=None, repr=False, eq=False, init=False)

    @property
    def positions(self) -> dict[Pointer, Position]:
        """Return the position of each value, by its pointer."""
        self._place()
        return self._positions

    @property
    def key_positions(self) -> dict[Pointer, Position]:
        """Return the position of each mapping key, by the pointer of its value."""
        self._place()
        return self._key_positions

    def _place(self) -> None:
        # Most files have nothing to report, and recording where each of their
        # values stands was a sixth of reading them; the first finding to be
        # located reads the same text again, recording every position.
        text = self._unplaced
        if text is not None:
            self._unplaced = None
            placed = parse_text(text, SourceDocument(path=self.path), placed=True)
            self._positions, self._key_positions = placed._positions, placed._key_positions

    def flow_hint(self, line: int, column: int) -> str:
        """Return what to add to a finding at *line*, *column* when a comma split a text there."""
        if self.flow_text is None:
            return ""
        # Only a finding in a file with a flow collection gets here: the hint's
        # code is not imported on the way to a verdict on a valid file.
        from unikom.checking._flowhint import find_splits, hint_for

        if self._splits is None:
            self._splits = find_splits(self.flow_text, _loader)
        return hint_for(self._splits, (line, column))

    @property
    def ok(self) -> bool:
        """Tell whether the file parsed without errors."""
        return not any(d.is_error for d in self.diagnostics)

    def locate(self, pointer: Pointer, *, key: bool = False) -> Position:
        """Return the position of *pointer*, or of its nearest ancestor that has one."""
        if key and pointer in self.key_positions:
            return self.key_positions[pointer]
        for end in range(len(pointer), -1, -1):
            found = self.positions.get(pointer[:end])
            if found is not None:
                return found
        return Position(line=1, column=1)

    def error(
        self,
        pointer: Pointer,
        code: str,
        message: str,
        *,
        key: bool = False,
        severity: Severity = Severity.ERROR,
    ) -> Diagnostic:
        """Build a diagnostic located at *pointer* in this file."""
        where = self.locate(pointer, key=key) if self.located else Position(0, 0)
        return Diagnostic(
            file=self.path,
            line=where.line,
            column=where.column,
            pointer=format_pointer(pointer),
            code=code,
            severity=severity,
            message=with_hint(message, self.flow_hint(where.line, where.column)),
        )


def format_pointer(pointer: Pointer) -> str:
    """Render a pointer tuple as an RFC 6901 JSON pointer."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in pointer)


class _Abort(Exception):
    """Stop building: a problem after which the rest of the file cannot be trusted."""


def read_source(path: str, *, display: str | None = None) -> SourceDocument:
    """Read and parse the file at *path*; never raises for a bad file, reports instead."""
    doc = SourceDocument(path=display or path)
    try:
        # Opened without blocking, so that a FIFO with no writer is seen, not waited on.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as handle:
            status = os.fstat(fd)
            if not stat.S_ISREG(status.st_mode):
                doc.diagnostics.append(
                    _file_error(
                        doc,
                        "file.not-regular",
                        "not a regular file (a FIFO, socket or device): unikom reads files only",
                    )
                )
                return doc
            # Asking for the most a file may hold would make Python set aside
            # 4 MiB and give it back for every file, a third of the kernel's
            # time in a large run; the size it has now is read, plus one byte
            # to see whether it grew (or, as in /proc, says 0 and is not empty).
            limit = MAX_FILE_BYTES + 1
            raw = handle.read(min(status.st_size + 1, limit))
            if len(raw) == status.st_size + 1 and len(raw) < limit:
                raw += handle.read(limit - len(raw))
    except OSError as exc:
        doc.diagnostics.append(
            _file_error(doc, "file.unreadable", f"cannot read the file: {exc.strerror or exc}")
        )
        return doc
    return parse_content(raw, doc)


def parse_content(raw: bytes, doc: SourceDocument) -> SourceDocument:
    """Parse a file's bytes (read from disk or standard input) into *doc*, size checked."""
    if len(raw) > MAX_FILE_BYTES:
        doc.diagnostics.append(
            _file_error(
                doc,
                "file.too-large",
                f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB; "
                "a partnership file is far smaller, so this is probably not one",
            )
        )
        return doc
    return parse_bytes(raw, doc)


#: What ends a line for a person, an editor and git: LF, CR LF, or a CR alone
#: (old Mac files).  libyaml also ends lines at NEL, U+2028 and U+2029 (YAML 1.1),
#: which editors show inside a line.
_LINE_END = re.compile(r"\r\n?|\n")
#: What ends a line for libyaml, as it counts the lines of its marks.
_YAML_LINE_END = re.compile("\r\n?|[\n\x85\u2028\u2029]")
_ODD_LINE_END = re.compile("[\x85\u2028\u2029]")


def _line_starts(text: str, ends: re.Pattern[str]) -> list[int]:
    return [0, *(end.end() for end in ends.finditer(text))]


def _line_column(text: str, offset: int, starts: list[int] | None = None) -> tuple[int, int]:
    """Return the 1-based line and column of character *offset* in *text*, as an editor counts.

    *starts* (from :func:`_line_starts` with :data:`_LINE_END`) saves counting again;
    starts found with :data:`_YAML_LINE_END` count lines as libyaml's marks do.
    """
    if starts is None:
        starts = _line_starts(text[:offset], _LINE_END)
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def _editor_places(text: str) -> Callable[[int, int], tuple[int, int]]:
    """Return a function from libyaml's (line, column) to an editor's, for *text*.

    Only needed for a text with a line end that libyaml counts and editors do not;
    every other file's marks are right as they are.
    """
    yaml_starts = _line_starts(text, _YAML_LINE_END)
    starts = _line_starts(text, _LINE_END)

    def place(line: int, column: int) -> tuple[int, int]:
        if not 1 <= line <= len(yaml_starts):
            return line, column
        return _line_column(text, min(yaml_starts[line - 1] + column - 1, len(text)), starts)

    return place


def _to_editor_places(doc: SourceDocument, text: str, first: int, placed: bool) -> None:
    """Move the findings from *first* on, and the positions, to the lines editors show."""
    place = _editor_places(text)
    for index in range(first, len(doc.diagnostics)):
        found = doc.diagnostics[index]
        line, column = place(found.line, found.column)
        doc.diagnostics[index] = attrs.evolve(found, line=line, column=column)
    if placed:
        for table in (doc._positions, doc._key_positions):
            for pointer, where in table.items():
                table[pointer] = Position(*place(where.line, where.column))


def _file_error(
    doc: SourceDocument,
    code: str,
    message: str,
    line: int = 1,
    column: int = 1,
    *,
    pointer: Pointer = (),
) -> Diagnostic:
    return Diagnostic(
        file=doc.path,
        line=line,
        column=column,
        pointer=format_pointer(pointer),
        code=code,
        severity=Severity.ERROR,
        message=with_hint(message, doc.flow_hint(line, column)),
    )


def clip_message(message: str, limit: int = MAX_MESSAGE) -> str:
    """Cut an overlong message in the middle, keeping its start and its hint at the end.

    Messages quote values from the file, and a value may be megabytes long.
    """
    if len(message) <= limit:
        return message
    keep = (limit - 1) // 2
    return f"{message[:keep]}…{message[-keep:]}"


def with_hint(message: str, hint: str) -> str:
    """Return *message* clipped, then *hint* (itself bounded) after it, within the limit."""
    from unikom.checking._flowhint import MAX_HINT

    hint = clip_message(hint, MAX_HINT)
    return clip_message(message, MAX_MESSAGE - len(hint)) + hint


def parse_bytes(raw: bytes, doc: SourceDocument) -> SourceDocument:
    """Decode *raw* as UTF-8 and parse it into *doc*."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        # Columns count characters, as everywhere else: the bytes before the bad
        # one on its line are valid UTF-8 (an 'ø' is two of them, one column).
        row = before[before.rfind(b"\n") + 1 :].decode("utf-8-sig", "replace")
        column = len(row) + 1
        doc.diagnostics.append(
            _file_error(
                doc,
                "file.encoding",
                f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x}{_legacy_reading(raw)}); "
                "save it as UTF-8",
                line,
                column,
            )
        )
        return doc
    if "\x00" in text:
        line, column = _line_column(text, text.index("\x00"))
        doc.diagnostics.append(
            _file_error(
                doc,
                "file.binary",
                "the file contains a NUL byte: it is binary, not YAML",
                line,
                column,
            )
        )
        return doc
    return parse_text(text, doc)


def _legacy_reading(raw: bytes) -> str:
    """Say which older encoding the file seems saved in, so that the fix is clear."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ": the file is saved as UTF-16"
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return ""
    return ": the file seems saved as Windows-1252 or Latin-1"


def _code_point(character: int | str) -> int:
    return character if isinstance(character, int) else ord(character[:1] or "\0")


def needs_screening(text: str) -> bool:
    """Tell whether the values parsed from *text* must each be searched for forbidden characters.

    A value can hold one only if the text does, or if a double-quoted escape
    (``"\\e"``, ``"\\u202e"``) writes one: with neither, which is nearly every
    file, one search of the whole text stands for a search of every value.
    """
    return "\\" in text or forbidden_character(text) is not None


def require_libyaml() -> None:
    """Raise :class:`YamlParserMissingError` unless PyYAML has libyaml's parser."""
    if _Loader is None:
        raise YamlParserMissingError(
            "unikom reads YAML with libyaml, and this PyYAML was built without it "
            "(yaml.__with_libyaml__ is False); PyYAML's own parser reads some valid "
            "files differently, so unikom does not use it. Install PyYAML with "
            "libyaml: pip install --force-reinstall --only-binary=:all: pyyaml"
        )


def _loader(text: str) -> Any:
    require_libyaml()
    return _Loader(text)


def parse_text(text: str, doc: SourceDocument, *, placed: bool = False) -> SourceDocument:
    """Parse YAML (or JSON) *text* into *doc*, collecting every problem found.

    The positions of values are recorded when first asked for (:attr:`positions`),
    or now with *placed*.
    """
    first = len(doc.diagnostics)
    builder = _Builder(doc)
    builder.placed = placed
    builder.text = text
    builder.screen = needs_screening(text)
    doc.may_hold_extensions = "x-" in text or "\\" in text
    loader = _loader(text)
    try:
        # get_event() returns None after the stream's end.
        builder.run(loader.get_event)
    except _Abort:
        pass
    except yaml.MarkedYAMLError as exc:
        problem = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        # A quote or bracket never closed is found at the end of the file; the
        # place to fix is where it was opened, which libyaml gives as context.
        unclosed = "end of stream" in problem and exc.context_mark is not None
        mark = exc.context_mark if unclosed else exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        fix = _syntax_fix(text, problem, line, column)
        doc.diagnostics.append(
            _file_error(doc, "yaml.syntax", f"invalid YAML: {problem}{fix}", line, column)
        )
    except yaml.reader.ReaderError as exc:
        # A character YAML does not allow (a control character, say): the reader
        # knows only its offset, so count lines up to it.
        line, column = _line_column(text, min(max(exc.position, 0), len(text)))
        doc.diagnostics.append(
            _file_error(
                doc,
                "yaml.syntax",
                f"invalid YAML: the character U+{_code_point(exc.character):04X} "
                "is not allowed in a YAML file",
                line,
                column,
            )
        )
    except yaml.YAMLError as exc:
        doc.diagnostics.append(_file_error(doc, "yaml.syntax", f"invalid YAML: {exc}"))
    finally:
        loader.dispose()
    if _ODD_LINE_END.search(text) is not None:
        _to_editor_places(doc, text, first, placed)
    if not placed:
        doc._unplaced = text
    if builder.documents == 0 and doc.ok:
        doc.diagnostics.append(
            _file_error(
                doc,
                "file.empty",
                "the file is empty: a unikom file starts with 'kind:' and 'version:'",
            )
        )
    return doc


#: What to do about each of libyaml's syntax problems, by a phrase of its message;
#: the first that fits is told.  A person cannot act on «did not find expected key».
_SYNTAX_FIXES = (
    (
        "unknown escape",
        "inside double quotes a backslash starts an escape: write \\\\ for a backslash, "
        "or put the text in single quotes",
    ),
    (
        "end of stream",
        "a quote or bracket opened here is never closed: close it, or remove it",
    ),
    (
        "mapping values are not allowed",
        "a text with ': ' in it needs quotes (name: \"Helse: velferd\"), and a key must "
        "not be indented deeper than the key above it",
    ),
    (
        "flow",
        "a list in [ ] or a mapping in { } is not closed, or a text in it holds a comma "
        "or colon: close it, or write it in block style, one item per line",
    ),
    (
        "expected",
        "check this line's indentation against the lines above: the keys of one mapping, "
        "and the '- ' of one list, start in the same column; a text with ' #', a quote "
        "or ': ' in it needs quotes",
    ),
)


#: The end of a line that ends a JSON value: text, a list or mapping, a number,
#: true, false or null.  A comma after it is the usual slip before the next key.
_ENDS_A_VALUE = re.compile(r'(?:["\]}0-9]|\btrue|\bfalse|\bnull)\Z')
#: A // comment at the start of a line or after a value, as JSON-with-comments writes.
_SLASH_COMMENT = re.compile(r"(?m)^[ \t]*//|[,\]}\"][ \t]*//")


def _syntax_fix(text: str, problem: str, line: int, column: int) -> str:
    """Say how to fix the YAML syntax *problem* libyaml found at *line*, *column*."""
    starts = _line_starts(text, _YAML_LINE_END)
    if 1 <= line <= len(starts):
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(text)
        row = text[start:end]
        indent = row[: len(row) - len(row.lstrip(" \t"))]
        if "\t" in indent or row[column - 1 : column] == "\t":
            return (
                " — a tab character indents this line: YAML indents with spaces only; "
                "replace each tab with spaces"
            )
        first = row[column - 1 : column]
        if "cannot start any token" in problem and first in ("@", "`", "%"):
            return f" — a text cannot start with '{first}' unless it is in quotes: quote it"
        if "flow" in problem:
            # In JSON (and YAML's { } and [ ]), the usual slips are a // comment
            # and a missing comma at the end of the line before.
            before = text[starts[max(line - 3, 0)] : start + column - 1]
            if _SLASH_COMMENT.search(before):
                return " — JSON has no // comments (YAML starts a comment with #): remove it"
            previous = text[starts[max(line - 2, 0)] : start].strip()
            if "did not find expected ','" in problem and _ENDS_A_VALUE.search(previous):
                return f" — a comma is missing at the end of line {line - 1}: add it"
    for phrase, fix in _SYNTAX_FIXES:
        if phrase in problem:
            return f" — {fix}"
    return ""


_ScalarEvent = yaml.ScalarEvent
_MappingStartEvent = yaml.MappingStartEvent
_SequenceStartEvent = yaml.SequenceStartEvent
_END_EVENTS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


class _Builder:
    """Turn a stream of parser events into plain data and positions, without recursion.

    ``feed`` runs once per event of every file, so its common cases (a plain
    scalar, a collection's start and end) are tested first and kept inline.
    """

    def __init__(self, doc: SourceDocument) -> None:
        self.doc = doc
        self.documents = 0
        self.nodes = 0
        #: Whether each value must be searched for forbidden characters.
        self.screen = True
        #: The text parsed, kept on the document once a flow collection is met.
        self.text: str | None = None
        # Each frame: [container, pointer, pending key or None].
        self.stack: list[list[Any]] = []
        #: Whether the fast loop records the position of each value.
        self.placed = True

    def run(self, get_event: Any) -> None:
        """Build the document from every event *get_event* gives, until it gives None.

        This loop runs for every value of every file, so the common events (a
        plain value or key, a block collection's start and end, with nothing to
        report) are handled inline; anything else goes to :meth:`feed`, which
        does exactly what this loop would.  Positions are recorded only when
        *placed*: a file read without them is read again when a finding needs one.
        """
        stack = self.stack
        positions = self.doc._positions
        key_positions = self.doc._key_positions
        placed = self.placed
        screen = self.screen
        new_position = tuple.__new__
        scalar_event = _ScalarEvent
        mapping_start = _MappingStartEvent
        sequence_start = _SequenceStartEvent
        end_events = _END_EVENTS
        duplicate = _Duplicate
        while (event := get_event()) is not None:
            kind = type(event)
            if kind is scalar_event:
                if (
                    not stack
                    or self.nodes >= MAX_NODES
                    or event.tag is not None
                    or (screen and forbidden_character(event.value) is not None)
                ):
                    self.feed(event)
                    continue
                self.nodes += 1
                frame = stack[-1]
                container = frame[0]
                if type(container) is dict:
                    key = frame[2]
                    if key is None:
                        # A mapping key: always text, whatever it looks like.
                        key = event.value
                        if key in container:
                            self.nodes -= 1
                            self.feed(event)
                            continue
                        frame[2] = key
                        if placed:
                            mark = event.start_mark
                            key_positions[(*frame[1], key)] = new_position(
                                Position, (mark.line + 1, mark.column + 1)
                            )
                        continue
                    if type(key) is duplicate:
                        self.nodes -= 1
                        self.feed(event)
                        continue
                    value = event.value
                    if event.implicit[0]:
                        value = resolve_plain(value)
                    frame[2] = None
                    container[key] = value
                    if placed:
                        mark = event.start_mark
                        positions[(*frame[1], key)] = new_position(
                            Position, (mark.line + 1, mark.column + 1)
                        )
                else:
                    value = event.value
                    if event.implicit[0]:
                        value = resolve_plain(value)
                    if placed:
                        mark = event.start_mark
                        positions[(*frame[1], len(container))] = new_position(
                            Position, (mark.line + 1, mark.column + 1)
                        )
                    container.append(value)
            elif kind in end_events:
                stack.pop()
            elif kind is mapping_start or kind is sequence_start:
                if (
                    not stack
                    or self.nodes >= MAX_NODES
                    or event.tag is not None
                    or event.flow_style
                    or len(stack) >= MAX_DEPTH
                ):
                    self.feed(event)
                    continue
                frame = stack[-1]
                container = frame[0]
                new: Any = {} if kind is mapping_start else []
                if type(container) is dict:
                    key = frame[2]
                    if key is None or type(key) is duplicate:
                        self.feed(event)
                        continue
                    frame[2] = None
                    pointer = (*frame[1], key)
                    container[key] = new
                else:
                    pointer = (*frame[1], len(container))
                    container.append(new)
                self.nodes += 1
                if placed:
                    mark = event.start_mark
                    positions[pointer] = new_position(Position, (mark.line + 1, mark.column + 1))
                stack.append([new, pointer, None])
            else:
                self.feed(event)

    def feed(self, event: yaml.Event) -> None:
        kind = type(event)
        if kind is _ScalarEvent:
            self.nodes += 1
            if self.nodes > MAX_NODES:
                self._too_many_nodes(event)
            self._scalar(event)
        elif kind is _MappingStartEvent or kind is _SequenceStartEvent:
            self.nodes += 1
            if self.nodes > MAX_NODES:
                self._too_many_nodes(event)
            self._start(event)
        elif kind in _END_EVENTS:
            self.stack.pop()
        elif isinstance(event, yaml.AliasEvent):
            self.nodes += 1
            if self.nodes > MAX_NODES:
                self._too_many_nodes(event)
            self._fail(
                event,
                "yaml.alias",
                f"aliases (*{event.anchor}) are not allowed: write the value out in full",
                abort=False,
            )
            self._add(None, event)
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                self._fail(
                    event,
                    "yaml.multiple-documents",
                    "a file holds one document: remove the second '---' or split the file",
                    abort=True,
                )

    def _too_many_nodes(self, event: yaml.Event) -> None:
        self._fail(
            event,
            "yaml.too-many-nodes",
            f"the document has more than {MAX_NODES} keys and values; "
            "a partnership file has far fewer, so this is probably not one",
            abort=True,
        )

    def _start(self, event: Any) -> None:
        if event.flow_style:
            self.doc.flow_text = self.text
        if event.tag is not None:
            self._check_tag(event)
        if len(self.stack) >= MAX_DEPTH:
            self._fail(
                event,
                "yaml.too-deep",
                f"the document nests deeper than {MAX_DEPTH} levels",
                abort=True,
            )
        container: Any = {} if type(event) is _MappingStartEvent else []
        pointer = self._add(container, event)
        self.stack.append([container, pointer, None])

    def _scalar(self, event: Any) -> None:
        tag = event.tag
        if tag is not None:
            self._check_tag(event)
        forbidden = forbidden_character(event.value) if self.screen else None
        stack = self.stack
        if stack:
            frame = stack[-1]
            container = frame[0]
            if frame[2] is None and type(container) is dict:
                # A mapping key: always text, whatever it looks like (JSON keys are text).
                key = event.value
                mark = event.start_mark
                pointer = (*frame[1], key)
                if key in container:
                    self._fail(
                        event,
                        "yaml.duplicate-key",
                        f"duplicate key '{key}': each key may appear once in a mapping",
                        abort=False,
                        pointer=pointer,
                    )
                    frame[2] = _Duplicate(key)
                else:
                    frame[2] = key
                self.doc._key_positions[pointer] = Position(mark.line + 1, mark.column + 1)
                if forbidden is not None:
                    self._forbidden(event, forbidden, pointer)
                return
        # implicit[0] is true exactly for a plain scalar without a tag (the C parser
        # reports such a scalar's style as '' and the pure-Python one as None).
        value = event.value
        pointer = self._add(
            resolve_plain(value) if tag is None and event.implicit[0] else value, event
        )
        if forbidden is not None:
            self._forbidden(event, forbidden, pointer)

    def _add(self, value: Any, event: Any) -> Pointer:
        mark = event.start_mark
        where = Position(mark.line + 1, mark.column + 1)
        stack = self.stack
        if not stack:
            self.doc.data = value
            self.doc._positions[()] = where
            return ()
        frame = stack[-1]
        container = frame[0]
        pointer: Pointer
        if type(container) is list:
            pointer = (*frame[1], len(container))
            container.append(value)
        else:
            key = frame[2]
            if key is None:
                # A collection used as a mapping key: JSON and our schemas never need one.
                self._fail(
                    event, "yaml.complex-key", "a mapping key must be plain text", abort=True
                )
            frame[2] = None
            if type(key) is _Duplicate:
                return (*frame[1], key.key)
            pointer = (*frame[1], key)
            container[key] = value
        self.doc._positions[pointer] = where
        return pointer

    def _forbidden(self, event: Any, offset: int, pointer: Pointer) -> None:
        # A double-quoted "\e" or "\u202e" gets past the reader's own character
        # check; such a character can rewrite a terminal or reorder a published line.
        # An invisible character is found only by its place: the line and column
        # where the file holds it, not where its text starts.
        at = self._place_of(event, event.value[offset])
        self._fail(
            event,
            "value.control-character",
            control_character_message(event.value, offset, placed=at is not None),
            abort=False,
            pointer=pointer,
            at=at,
        )

    def _place_of(self, event: Any, character: str) -> tuple[int, int] | None:
        """Return libyaml's (line, column) of *character* as written in *event*'s scalar.

        None when the text writes it as an escape (``"\\u202e"``) rather than as itself.
        """
        text = self.text
        start, end = event.start_mark.index, event.end_mark.index
        if text is None or not 0 <= start <= end <= len(text):
            return None
        found = text.find(character, start, end)
        if found < 0:
            return None
        # Counted as libyaml counts lines: parse_text moves every finding to an
        # editor's lines afterwards.
        return _line_column(text, found, _line_starts(text, _YAML_LINE_END))

    def _check_tag(self, event: Any) -> None:
        if event.tag not in _ALLOWED_TAGS:
            self._fail(
                event,
                "yaml.tag",
                f"the tag {event.tag} is not allowed: unikom files hold plain data only",
                abort=True,
            )

    def _fail(
        self,
        event: Any,
        code: str,
        message: str,
        *,
        abort: bool,
        pointer: Pointer = (),
        at: tuple[int, int] | None = None,
    ) -> None:
        mark = event.start_mark
        line, column = at if at is not None else (mark.line + 1, mark.column + 1)
        self.doc.diagnostics.append(
            _file_error(self.doc, code, message, line, column, pointer=pointer)
        )
        if abort:
            raise _Abort
        if len(self.doc.diagnostics) >= MAX_ERRORS:
            self.doc.diagnostics.append(too_many_errors(self.doc, line, column))
            raise _Abort


def too_many_errors(doc: SourceDocument, line: int = 1, column: int = 1) -> Diagnostic:
    """Return the error that says the rest of a file's problems are not reported."""
    return _file_error(
        doc,
        "file.too-many-errors",
        f"more than {MAX_ERRORS} problems; only the first {MAX_ERRORS} are shown — fix those first",
        line,
        column,
    )


@attrs.frozen
class _Duplicate:
    """A repeated key: its value is parsed (for later errors) but not stored."""

    key: str
