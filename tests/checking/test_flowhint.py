"""A comma that split a text in a flow collection is named in the finding, with the quoted fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import examples
from unikom.checking._engine import check_file, check_source
from unikom.checking._flowhint import MAX_SHOWN, find_splits, hint_for, quoted
from unikom.checking._yamlsource import MAX_MESSAGE, SourceDocument, parse_text
from unikom.cli import main

HEADER = """\
kind: partnership
version: "1.0"
id: minimal
parties:
  - id: kommune
    kind: municipality
    name: Trondheim kommune
    org_number: "942110464"
  - id: ntnu
    kind: university
    name: NTNU
    org_number: "974767880"
"""
FIRST = HEADER.count("\n") + 1  # the line the case's own text starts on

SPLIT = "a comma without quotes ends the text"
LIST = "inside […] a comma separates the items"
CUT = "after a comma that follows"


def findings(tmp_path: Path, body: str) -> list[tuple[int, int, str, str]]:
    path = tmp_path / "partnership.yaml"
    path.write_text(HEADER + body, encoding="utf-8")
    checked = check_file(str(path))
    return [(d.line, d.column, d.code, d.message) for d in checked.diagnostics]


# (the text after the header, where the finding is (line from the case's first, column),
#  its code, what the hint must say (None: no hint at all)).
CASES = [
    pytest.param(
        "name: {nb: Helse, omsorg og velferd, en: Health}\n",
        (0, 19),
        "schema.language",
        'nb: "Helse, omsorg og velferd"',
        id="mapping",
    ),
    pytest.param(
        "name: {nb: Helse, omsorg, og velferd, en: Health}\n",
        (0, 19),
        "schema.language",
        'nb: "Helse, omsorg, og velferd"',
        id="mapping-split-twice",
    ),
    pytest.param(
        "name: {nb: A, B, en: C, B}\n",
        (0, 25),
        "yaml.duplicate-key",
        'en: "C, B"',
        id="duplicate-key",
    ),
    pytest.param(
        "name: Minimal\ncontacts:\n  - {id: k, name: Berg, Kari, party: kommune}\n",
        (2, 25),
        "schema.unknown-key",
        'name: "Berg, Kari"',
        id="unknown-key",
    ),
    pytest.param(
        "name: Minimal\nshort_name: {nb: A, B}\n",
        (1, 13),
        "schema.type",
        'nb: "A, B"',
        id="whole-mapping",
    ),
    pytest.param(
        "name: Minimal\npurposes: [Helse, omsorg og velferd, 3]\n",
        (1, 38),
        "schema.type",
        '"omsorg og velferd, 3"',
        id="sequence",
    ),
    pytest.param(
        "name: Minimal\npurposes: [Forskning, {nb: Helse, omsorg og velferd}]\n",
        (1, 35),
        "schema.language",
        'nb: "Helse, omsorg og velferd"',
        id="nested",
    ),
    pytest.param(
        "name: {\n  nb: Helse, omsorg\n    og velferd,\n  en: Health\n}\n",
        (1, 14),
        "schema.language",
        'nb: "Helse, omsorg og velferd"',
        id="multiline-flow",
    ),
    pytest.param(
        "name: {nb: Helse, omsorg og velferd,}\n",
        (0, 19),
        "schema.language",
        'nb: "Helse, omsorg og velferd"',
        id="trailing-comma",
    ),
    pytest.param(
        "name: Minimal\npurposes:\n  - {nb: Helse, omsorg og velferd}\n",
        (2, 17),
        "schema.language",
        'nb: "Helse, omsorg og velferd"',
        id="flow-inside-block",
    ),
    pytest.param(
        "name: {nb: Helse, 'omsorg' og velferd, en: Health}\n",
        (0, 28),
        "yaml.syntax",
        '("Helse, …")',
        id="syntax-error",
    ),
    pytest.param(
        "name: Minimal\npurposes: [Helse, 'omsorg' og velferd]\n",
        (1, 28),
        "yaml.syntax",
        '("Helse, …")',
        id="syntax-error-in-a-list",
    ),
    pytest.param(
        'name: {nb: "Helse, omsorg og velferd", fr_x: Health}\n',
        (0, 40),
        "schema.language",
        None,
        id="comma-inside-quotes",
    ),
    pytest.param(
        "name:\n  nb: Helse, omsorg og velferd\n  fr_x: Health\n",
        (2, 3),
        "schema.language",
        None,
        id="block-mapping",
    ),
    pytest.param(
        "name:\n  nb: |\n    Helse, omsorg, velferd\n  fr_x: >-\n    a, b\n",
        (3, 3),
        "schema.language",
        None,
        id="block-scalars",
    ),
    pytest.param(
        "name: Minimal\nlanguages: [nb, en, xx_1]\n",
        (1, 21),
        "schema.pattern",
        None,
        id="list-of-codes",
    ),
    pytest.param(
        "name: {nb: Helse, en: Health, fr_x: x}\n",
        (0, 31),
        "schema.language",
        None,
        id="flow-without-split",
    ),
]


@pytest.mark.parametrize(("body", "where", "code", "fix"), CASES)
def test_the_finding_says_so_and_shows_the_fix(
    tmp_path: Path, body: str, where: tuple[int, int], code: str, fix: str | None
) -> None:
    found = findings(tmp_path, body)
    line, column = FIRST + where[0], where[1]
    matching = [f for f in found if (f[0], f[1], f[2]) == (line, column, code)]
    assert matching, found
    message = matching[0][3]
    if fix is None:
        assert "comma" not in message
        return
    assert fix in message
    assert any(words in message for words in (SPLIT, LIST, CUT))
    assert "block style" in message


def test_no_flow_collection_means_no_text_is_kept() -> None:
    doc = parse_text(HEADER + "name:\n  nb: A, B\n", SourceDocument(path="f.yaml"))
    assert doc.flow_text is None
    assert doc.flow_hint(FIRST + 1, 3) == ""


def test_the_hint_keeps_the_message_within_its_bound(tmp_path: Path) -> None:
    long = "ord " * 400
    found = findings(tmp_path, f"name: {{nb: {long}, {long}, en: x}}\n")
    assert found
    for _line, _column, _code, message in found:
        assert len(message) <= MAX_MESSAGE
        assert "block style" in message


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Helse, omsorg", '"Helse, omsorg"'),
        ('sier "hei"', '"sier \\"hei\\""'),
        ("a\\b", '"a\\\\b"'),
        ("a\u202eb", '"a\\u202eb"'),
        ("a\x1b[31mb", '"a\\x1b[31mb"'),
        ("a\u2028b", '"a\\u2028b"'),
    ],
)
def test_the_fix_is_one_safe_line_that_yaml_reads_back(text: str, shown: str) -> None:
    assert quoted(text) == shown
    assert yaml.safe_load(shown) == text


def test_a_long_text_is_cut_in_the_middle() -> None:
    shown = quoted("x" * 1000)
    assert len(shown) <= MAX_SHOWN + 2
    assert "…" in shown


def test_splits_are_found_only_in_flow_collections() -> None:
    text = "a: {nb: A, B}\nb:\n  nb: A, B\nc: [x y, z]\n"
    splits = find_splits(text, yaml.CSafeLoader)
    assert [s.first for s in splits] == [(1, 5), (4, 5), (4, 10)]
    assert hint_for(splits, (3, 3)) == ""
    assert hint_for(splits, (1, 4))  # the mapping itself


def test_cli_text_and_json_carry_the_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "partnership.yaml"
    path.write_text(HEADER + "name: {nb: Helse, omsorg og velferd, en: Health}\n", "utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:{FIRST}:19: error: 'omsorg og velferd' is not a BCP 47" in out
    assert 'quote it: nb: "Helse, omsorg og velferd"' in out
    assert main(["validate", "--format", "json", str(path)]) == 1
    found = json.loads(capsys.readouterr().out)
    first = found[0]
    assert (first["line"], first["column"], first["code"]) == (FIRST, 19, "schema.language")
    assert 'nb: "Helse, omsorg og velferd"' in first["message"]


def test_windows_line_ends_and_other_breaks_keep_the_place(tmp_path: Path) -> None:
    path = tmp_path / "partnership.yaml"
    text = HEADER + "name: {nb: Helse, omsorg og velferd, en: Health}\n"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    found = [(d.line, d.column, d.message) for d in check_file(str(path)).diagnostics]
    assert found[0][:2] == (FIRST, 19)
    assert 'nb: "Helse, omsorg og velferd"' in found[0][2]


@settings(max_examples=examples(2))
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80))
def test_any_text_in_braces_gives_bounded_one_line_findings(text: str) -> None:
    source = parse_text(HEADER + f"name: {{nb: {text}, en: x}}\n", SourceDocument(path="f.yaml"))
    for finding in check_source(source).diagnostics:
        assert len(finding.message) <= MAX_MESSAGE
        assert "\n" not in finding.format()
        assert "\x1b" not in finding.format()


def test_a_text_split_many_times_names_a_few_keys_and_counts_the_rest(tmp_path: Path) -> None:
    # Every finding on the split carries the hint: listing every key in each would
    # make the output grow with the square of the file.
    body = "name: {nb: Helse" + "".join(f", ord {n}" for n in range(1000)) + ", en: x}\n"
    found = findings(tmp_path, body)
    assert found
    for _line, _column, _code, message in found:
        assert len(message) <= MAX_MESSAGE
    assert sum('nb: "Helse, ord 0, ord 1' in f[3] for f in found) >= 99


def test_the_hint_names_at_most_three_split_off_keys() -> None:
    text = "a: {nb: Helse, b c, d e, f g, h i}\n"
    (split,) = find_splits(text, yaml.CSafeLoader)
    assert '"b c", "d e", "f g" and 1 more became keys of their own' in split.hint


@pytest.mark.parametrize(
    ("body", "fix"),
    [
        # The fix keeps the file's own spacing: a comma without a space stays so.
        (
            "links:\n  - {title: A, url: https://x.example/a,b c}\n",
            'url: "https://x.example/a,b c"',
        ),
        ("name: {nb: Helse ,omsorg og velferd, en: x}\n", 'nb: "Helse ,omsorg og velferd"'),
        ("languages: [nb, Helse,omsorg og velferd]\n", '"Helse,omsorg og velferd"'),
        # Over a line break YAML folds the text, so the fix has one space.
        ("name: {nb: Helse,\n    omsorg og velferd, en: x}\n", 'nb: "Helse, omsorg og velferd"'),
    ],
)
def test_the_fix_is_the_text_as_written(tmp_path: Path, body: str, fix: str) -> None:
    found = findings(tmp_path, body)
    assert any(fix in message for _line, _column, _code, message in found), found


def test_long_keys_and_texts_leave_the_message_room(tmp_path: Path) -> None:
    key = "k" * 100
    found = findings(tmp_path, f"name: {{{key}: {'a ' * 50}, {'b ' * 50}, {'c ' * 50}}}\n")
    assert found
    for _line, _column, _code, message in found:
        assert len(message) <= MAX_MESSAGE
        assert "block style" in message
        assert not message.startswith("…")


@pytest.mark.parametrize("value", ["@Health", "`Health`", "%Health"])
def test_an_error_in_the_value_of_a_key_after_the_comma_gets_no_hint(
    tmp_path: Path, value: str
) -> None:
    # The comma ended the entry 'nb: Helse' and 'en:' began the next: nothing was split.
    found = findings(tmp_path, f"name: {{nb: Helse, en: {value}}}\n")
    assert [code for _line, _column, code, _message in found] == ["yaml.syntax"]
    assert CUT not in found[0][3]
    assert "a comma" not in found[0][3]


def test_a_number_with_a_decimal_comma_is_told_to_take_a_point(tmp_path: Path) -> None:
    # Quoted, "1,5" would be text where a number belongs: the fix is 1.5.
    body = "key_figures:\n  - {label: Prosjekt, value: 1,5, as_of: 2026-01-01}\n"
    found = findings(tmp_path, body)
    assert found
    assert any("a number takes a decimal point, not a comma: value: 1.5" in f[3] for f in found)
    assert not any('"1,5"' in f[3] for f in found)
