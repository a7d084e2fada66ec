"""The safe YAML loader: YAML 1.2 scalars, positions, and what it refuses."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from conftest import ROOT
from unikom.checking._yamlsource import (
    MAX_DEPTH,
    SourceDocument,
    format_pointer,
    parse_bytes,
    parse_text,
    resolve_plain,
)


def parse(text: str) -> SourceDocument:
    return parse_text(text, SourceDocument(path="f.yaml"))


def codes(doc: SourceDocument) -> list[str]:
    return [d.code for d in doc.diagnostics]


@pytest.mark.parametrize(
    ("plain", "value"),
    [
        ("NO", "NO"),
        ("yes", "yes"),
        ("on", "on"),
        ("Off", "Off"),
        ("y", "y"),
        ("true", True),
        ("False", False),
        ("null", None),
        ("~", None),
        ("0755", 755),
        ("0o755", 493),
        ("0x1F", 31),
        ("1_000", "1_000"),
        ("2021-03-28", "2021-03-28"),
        ("12:30", "12:30"),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        (".inf", math.inf),
        ("-.Inf", -math.inf),
        ("942110464", 942110464),
    ],
)
def test_plain_scalars_follow_yaml_12_core_schema(plain: str, value: object) -> None:
    assert resolve_plain(plain) == value


def test_nan() -> None:
    assert math.isnan(resolve_plain(".nan"))


def test_quoted_scalars_are_always_text() -> None:
    doc = parse("a: \"true\"\nb: '0755'\nc: !!str 12\n")
    assert doc.data == {"a": "true", "b": "0755", "c": "12"}


def test_keys_are_always_text() -> None:
    assert parse("1: a\ntrue: b\n").data == {"1": "a", "true": "b"}


def test_positions_are_one_based_and_per_node() -> None:
    doc = parse("kind: partnership\nparties:\n  - id: ntnu\n    name: NTNU\n")
    assert doc.positions[("parties", 0, "name")].line == 4
    assert doc.positions[("parties", 0, "name")].column == 11
    assert doc.key_positions[("parties", 0, "name")].column == 5


def test_locate_falls_back_to_nearest_ancestor() -> None:
    doc = parse("a:\n  b: 1\n")
    where = doc.locate(("a", "missing", "deeper"))
    assert (where.line, where.column) == (2, 3)


def test_huge_integers_stay_text() -> None:
    digits = "9" * 5000
    assert parse(f"a: {digits}\n").data == {"a": digits}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a: &x 1\nb: *x\n", "yaml.alias"),
        ("a: !!python/name:os.system x\n", "yaml.tag"),
        ("a: !custom x\n", "yaml.tag"),
        ("a: !!binary aGVsbG8=\n", "yaml.tag"),
        ("a: 1\na: 2\n", "yaml.duplicate-key"),
        ("a: 1\n---\nb: 2\n", "yaml.multiple-documents"),
        ("? [a]\n: 1\n", "yaml.complex-key"),
        ("a: [1\n", "yaml.syntax"),
        ("", "file.empty"),
        ("# only a comment\n", "file.empty"),
    ],
)
def test_refuses_with_a_located_code(text: str, code: str) -> None:
    doc = parse(text)
    assert code in codes(doc)
    assert all(d.line >= 1 and d.column >= 1 for d in doc.diagnostics)


def test_every_duplicate_key_is_reported() -> None:
    doc = parse("a: 1\na: 2\nb: 1\nb: 2\n")
    assert [(d.code, d.line) for d in doc.diagnostics] == [
        ("yaml.duplicate-key", 2),
        ("yaml.duplicate-key", 4),
    ]


def test_billion_laughs_is_refused_without_expanding() -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(9))}]" for i in range(1, 10)]
    doc = parse("\n".join(lines) + "\n")
    assert set(codes(doc)) == {"yaml.alias"}


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    deep = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    doc = parse(f"a: {deep}\n")
    assert codes(doc) == ["yaml.too-deep"]


def test_invalid_utf8_is_located() -> None:
    doc = parse_bytes(b"a: ok\nb: \xff\xfe\n", SourceDocument(path="f.yaml"))
    [diagnostic] = doc.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("file.encoding", 2, 4)


def test_nul_byte_is_binary() -> None:
    doc = parse_bytes(b"a: 1\nb: \x00\n", SourceDocument(path="f.yaml"))
    assert [(d.code, d.line, d.column) for d in doc.diagnostics] == [("file.binary", 2, 4)]


def test_utf8_bom_is_accepted() -> None:
    doc = parse_bytes("\ufeffa: æøå\n".encode(), SourceDocument(path="f.yaml"))
    assert doc.data == {"a": "æøå"}


def test_pointer_escaping() -> None:
    assert format_pointer(("a/b", "c~d", 0)) == "/a~1b/c~0d/0"


def test_a_forbidden_character_is_located() -> None:
    doc = parse('kind: partnership\nd: "x\x07"\n')
    [diagnostic] = doc.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("yaml.syntax", 2, 6)
    assert "U+0007" in diagnostic.message


_SCREENING_SAMPLES = [
    "kind: inquiry\ntitle: Plain text, nothing hidden\n",
    'title: "escaped \\e and \\u202e inside quotes"\n',
    "title: 'single \\u202e is not an escape'\n",
    "title: bidi \u202e written out\n",
    "title: |\n  a block\n  with \u2066 in it\n",
    "key\u202e: value\n",
    "title: one\r\nnote: two\r\n",
    '{"title": "json \\u0007 escape"}',
    "# a comment with \\ only\ntitle: fine\n",
]


@pytest.mark.parametrize("text", _SCREENING_SAMPLES)
def test_whole_text_screen_gives_the_diagnostics_of_a_value_by_value_search(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The reader searches values one by one only when the text could hide a
    # forbidden character; forcing the search everywhere must change nothing.
    screened = parse(text)
    monkeypatch.setattr("unikom.checking._yamlsource.needs_screening", lambda _text: True)
    searched = parse(text)
    assert screened.diagnostics == searched.diagnostics
    assert screened.data == searched.data


def test_hostile_files_read_alike_with_and_without_the_whole_text_screen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pathlib import Path

    from unikom.checking._yamlsource import read_source

    files = sorted((Path(__file__).parents[1] / "hostile").glob("*.yaml"))
    screened = [read_source(str(path)).diagnostics for path in files]
    monkeypatch.setattr("unikom.checking._yamlsource.needs_screening", lambda _text: True)
    assert screened == [read_source(str(path)).diagnostics for path in files]


_BUILDER_SAMPLES = [
    "a: 1\na: 2\nb: [1, 2, {c: 3, c: 4}]\n",
    "a: &x 1\nb: *x\nc: !!str 5\nd: !!binary aGk=\n",
    "- 1\n- [2, 3]\n- {x: y}\n- 'q'\n- \"\\e\"\n",
    "plain\n",
    "? [a]\n: b\n",
    "a: 1\n---\nb: 2\n",
    '{"a": [1, 2.5, true, null, "x"], "b": {"c": "d"}}',
    "a: b\u202ec\n" + "k: " + "[" * 70 + "]" * 70 + "\n",
    # Block collections: nested past the depth limit, under a key used twice,
    # as a mapping key, tagged, and past the limit on keys and values.
    "".join("  " * i + f"k{i}:\n" for i in range(70)) + "  " * 70 + "v\n",
    "a:\n  x: 1\na:\n  - y\nb:\n  - - z\n    - {w: 1}\n",
    "? - a\n: b\n",
    "a: !!map\n  x: 1\nb: !!seq\n  - 2\n",
    "".join(f"k{i}:\n  - {i}\n" for i in range(30_000)),
]


def _feed_only(self: object, get_event: object) -> None:
    # The event-by-event path the fast loop hands unusual events to.
    while (event := get_event()) is not None:  # type: ignore[operator]
        self.feed(event)  # type: ignore[attr-defined]


def _read_all(texts: list[str]) -> list[tuple[object, ...]]:
    return [
        (doc.data, doc.positions, doc.key_positions, doc.diagnostics)
        for doc in (parse(text) for text in texts)
    ]


def test_the_fast_loop_builds_what_the_event_by_event_path_builds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pathlib import Path

    root = Path(__file__).parents[2]
    files = [*(root / "examples").glob("*/**/*.yaml"), *(root / "tests" / "hostile").glob("*")]
    texts = [*_BUILDER_SAMPLES, "\n".join(f"k{i}: {i}" for i in range(60_000))]
    texts += [p.read_bytes().decode("utf-8", errors="replace") for p in sorted(files)]
    fast = _read_all(texts)
    monkeypatch.setattr("unikom.checking._yamlsource._Builder.run", _feed_only)
    assert fast == _read_all(texts)


def test_positions_recorded_when_first_asked_for_are_those_recorded_while_reading() -> None:
    # A file is read without recording positions; the first finding to be located
    # reads it again, recording them.  Both readings must agree in everything.
    files = [*(ROOT / "examples").glob("*/**/*.yaml"), *(ROOT / "tests" / "hostile").glob("*")]
    texts = [*_BUILDER_SAMPLES]
    texts += [p.read_bytes().decode("utf-8", errors="replace") for p in sorted(files)]
    for text in texts:
        lazy = parse_text(text, SourceDocument(path="f.yaml"))
        now = parse_text(text, SourceDocument(path="f.yaml"), placed=True)
        assert (lazy.data, lazy.diagnostics) == (now.data, now.diagnostics)
        assert lazy.positions == now.positions
        assert lazy.key_positions == now.key_positions
        assert lazy.locate(("nowhere",)) == now.locate(("nowhere",))


def test_without_libyaml_unikom_refuses_to_read_rather_than_disagree() -> None:
    # PyYAML's pure-Python parser ends a plain text at '?' inside {...}: it
    # would refuse the Nordfjell example as standard 1.0 wrote it (kept in
    # tests/data), which libyaml reads as written.
    script = (
        "import sys, yaml\n"
        "del yaml.CSafeLoader\n"
        "import unikom\n"
        "from unikom.checking._yamlsource import YamlParserMissingError\n"
        "try:\n"
        "    unikom.load(sys.argv[1])\n"
        "except YamlParserMissingError as exc:\n"
        "    print('refused', 'libyaml' in str(exc))\n"
        "from unikom.cli import main\n"
        "sys.exit(main(['validate', sys.argv[1]]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(ROOT / "tests" / "data" / "standard-1.0" / "nordfjell")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.stdout == "refused True\n"
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert "libyaml" in done.stderr
    assert "yaml.syntax" not in done.stdout + done.stderr


def test_libyaml_reads_a_question_mark_inside_a_flow_mapping() -> None:
    doc = parse("{nn: Kva om?, en: What?}\n")
    assert doc.ok
    assert doc.data == {"nn": "Kva om?", "en": "What?"}


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ('name: "a\\eb"\n', "/name"),
        ('list:\n  - ok\n  - "a\\u202eb"\n', "/list/1"),
        ('"k\\ey": 1\n', "/k\x1by"),
        ('outer:\n  inner: "\\x85x"\n', "/outer/inner"),
    ],
)
def test_a_control_character_is_located_by_pointer_too(text: str, pointer: str) -> None:
    doc = parse(text)
    (found,) = [d for d in doc.diagnostics if d.code == "value.control-character"]
    assert found.pointer == pointer


def _lines_of(text: str, *, placed: bool) -> dict[str, tuple[int, int]]:
    doc = parse_text(text, SourceDocument(path="f.yaml"), placed=placed)
    return {format_pointer(p): (w.line, w.column) for p, w in doc.positions.items()}


@pytest.mark.parametrize("odd", ["\u2028", "\u2029", "\x85"])
@pytest.mark.parametrize("placed", [True, False])
def test_a_line_end_only_libyaml_counts_does_not_move_later_findings(
    odd: str, placed: bool
) -> None:
    # libyaml (YAML 1.1) ends a line at NEL, U+2028 and U+2029; editors, git and
    # GitHub do not, so every finding after one was a line too low.
    text = f'a: "x{odd}y"\nb: 1\nc: [1, 2]\n'
    assert _lines_of(text, placed=placed)["/b"] == (2, 4)
    assert _lines_of(text, placed=placed)["/c/1"] == (3, 8)
    broken = parse(f'a: "x{odd}y"\nb: 1\nc: 2\nc: 3\n')
    assert [(d.code, d.line, d.column) for d in broken.diagnostics] == [
        ("yaml.duplicate-key", 4, 1)
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_refused_character_is_located_whatever_ends_the_lines(newline: str) -> None:
    text = newline.join(["kind: partnership", "id: x", 'name: "a\x01b"', ""])
    [found] = parse(text).diagnostics
    assert (found.code, found.line, found.column) == ("yaml.syntax", 3, 9)


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("a:\n\t- b\n", "a tab character indents this line"),
        ("a: b\r\n\tc: d\r\n", "a tab character indents this line"),
        ("a:\n  b: 1\n \tc: 2\n", "replace each tab with spaces"),
        ('a: "x\\q"\n', "write \\\\ for a backslash"),
        ("name: Helse: velferd\n", 'name: "Helse: velferd"'),
        ('name: "abc\n', "is never closed"),
        ("a:\n  - b\n  c: d\n", "start in the same column"),
        ("a:\n  b: 1\n   c: 2\n", "a key must not be indented deeper"),
        ("name: [a, b\n", "is not closed"),
        ("name: @x\n", "a text cannot start with '@' unless it is in quotes"),
        ('{\n  "a": "b"\n  "c": "d"\n}\n', "a comma is missing at the end of line 2"),
        # After any JSON value, not only text, list and mapping.
        ('{\n  "a": 28\n  "c": "d"\n}\n', "a comma is missing at the end of line 2"),
        ('{\n  "a": true\n  "c": "d"\n}\n', "a comma is missing at the end of line 2"),
        ('{\n  "a": null\n  "c": "d"\n}\n', "a comma is missing at the end of line 2"),
        ('{\n  "a": "b",\n  // note\n  "c": "d"\n}\n', "JSON has no // comments"),
        ('{\n  "a": "b", // note\n  "c": "d"\n}\n', "JSON has no // comments"),
    ],
)
def test_a_yaml_syntax_error_says_how_to_fix_it(text: str, advice: str) -> None:
    [found] = parse(text).diagnostics
    assert found.code == "yaml.syntax"
    assert advice in found.message


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [('a: 1\nname: "abc\nb: 2\n\n', 2, 7), ("a: 1\nnote: 'x\n\n\nb: 2\n", 2, 7)],
)
def test_a_quote_never_closed_is_located_where_it_opens(text: str, line: int, column: int) -> None:
    # «opened here»: the end of the file, where libyaml notices, is no place to fix.
    [found] = parse(text).diagnostics
    assert "is never closed" in found.message
    assert (found.line, found.column) == (line, column)


@pytest.mark.parametrize(
    ("raw", "told"),
    [
        ("kind: partnership\nname: Trøndelag\n".encode("latin-1"), "Windows-1252 or Latin-1"),
        ("kind: partnership\n".encode("utf-16"), "saved as UTF-16"),
    ],
)
def test_a_file_in_an_older_encoding_is_told_which(raw: bytes, told: str) -> None:
    [found] = parse_bytes(raw, SourceDocument(path="f.yaml")).diagnostics
    assert found.code == "file.encoding"
    assert told in found.message
    assert found.message.endswith("save it as UTF-8")


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        # In a literal block: the line and column where it is, not the '|'.
        ("description: |\n  en\n  to med \u202e skjult\n", 3, 10),
        ('name: "Trøndelag \u202e"\n', 1, 18),
        ("description: >\r\n  Æøå en\r\n  to \u202etre\r\n", 3, 6),
        ('a: x\nb: [c, "d\u2066e"]\n', 2, 10),
    ],
)
def test_an_invisible_character_is_located_where_the_file_holds_it(
    text: str, line: int, column: int
) -> None:
    [found] = parse(text).diagnostics
    assert (found.code, found.line, found.column) == ("value.control-character", line, column)
    assert "here: remove it" in found.message


def test_an_invisible_character_written_as_an_escape_is_located_at_its_text() -> None:
    [found] = parse('a: x\nname: "en\\nto \\u202e"\n').diagnostics
    assert (found.line, found.column) == (2, 7)
    assert "at position 7 of the text" in found.message


def test_a_byte_that_is_not_utf8_is_located_by_characters_not_bytes() -> None:
    # 'ø' in UTF-8 is two bytes; the Latin-1 'å' after it is in column 10, not 11.
    raw = "kind: x\nname: Trøå\n".encode()[:-3] + b"\xe5\n"
    [found] = parse_bytes(raw, SourceDocument(path="f.yaml")).diagnostics
    assert (found.code, found.line, found.column) == ("file.encoding", 2, 10)
