"""Hostile input: every file ends in located one-line errors and exit 1, never a crash or a hang.

Small hostile files are committed under ``tests/hostile/``; the big ones (deep
nesting, a 20 MB line, floods of aliases) are generated into ``tmp_path`` so the
repository stays small.  Most cases run in-process through the CLI's ``main``;
the worst ones also run as a separate process under a memory limit.
"""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from unikom.checking._yamlsource import MAX_ERRORS, MAX_FILE_BYTES, MAX_MESSAGE, MAX_NODES
from unikom.checking.kinds import KINDS
from unikom.cli import main

HOSTILE = Path(__file__).resolve().parents[1] / "hostile"

#: One finding: ``FILE:LINE:COL: error: MESSAGE [CODE]``, with a real position.
FINDING = re.compile(
    r"^(?P<file>.+):(?P<line>[1-9][0-9]*):(?P<column>[1-9][0-9]*): error: "
    r"(?P<message>.+) \[(?P<code>[a-z]+(?:[.-][a-z]+)*)\]$"
)

#: Each committed hostile file and the code it must be reported with.
EXPECTED: dict[str, str] = {
    "billion-laughs.yaml": "yaml.alias",
    "merge-key.yaml": "yaml.alias",
    "python-tag.yaml": "yaml.tag",
    "python-name.yaml": "yaml.tag",
    "custom-tag.yaml": "yaml.tag",
    "binary-tag.yaml": "yaml.tag",
    "set-tag.yaml": "yaml.tag",
    "duplicate-keys.yaml": "yaml.duplicate-key",
    "two-documents.yaml": "yaml.multiple-documents",
    "document-end-then-more.yaml": "yaml.multiple-documents",
    "empty.yaml": "file.empty",
    "comments-only.yaml": "file.empty",
    "whitespace-only.yaml": "yaml.syntax",
    "bare-document-marker.yaml": "kind.missing",
    "invalid-utf8.yaml": "file.encoding",
    "latin1.yaml": "file.encoding",
    "utf16.yaml": "file.encoding",
    "nul-byte.yaml": "file.binary",
    "binary.yaml": "file.encoding",
    "syntax-error.yaml": "yaml.syntax",
    "tab-indent.yaml": "yaml.syntax",
    "complex-key.yaml": "yaml.complex-key",
    "scalar-document.yaml": "kind.missing",
    "list-document.yaml": "kind.missing",
    "control-chars-in-key.yaml": "schema.unknown-key",
    "huge-integer.yaml": "schema.too-long",
    "unknown-kind.yaml": "kind.unknown",
}


class Hang(Exception):
    """A case ran far longer than any file should take."""


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    """Fail a case that runs for minutes instead of hanging the whole test run."""

    def give_up(_signum: int, _frame: object) -> None:
        raise Hang("validation did not finish within 120 seconds")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(120)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    """Run ``unikom validate`` in-process; return exit code, stdout lines and stderr."""
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def assert_findings(code: int, lines: list[str], err: str) -> list[re.Match[str]]:
    """Assert exit 1 and that every stdout line is one located, coded error."""
    assert code == 1, (lines, err)
    assert "Traceback" not in err
    assert lines, "an invalid file must be reported"
    found = []
    for line in lines:
        match = FINDING.match(line)
        assert match, f"not a one-line located error: {line[:300]!r}"
        assert len(match["message"]) <= MAX_MESSAGE + 16
        found.append(match)
    # One line per problem: the summary counts exactly the lines printed.
    assert f"unikom: {len(lines)} error(s)" in err
    return found


def codes(found: list[re.Match[str]]) -> set[str]:
    """Return the codes of the findings."""
    return {m["code"] for m in found}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_committed_hostile_file_is_reported_with_its_code(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    found = assert_findings(*validate(capsys, str(HOSTILE / name)))
    assert EXPECTED[name] in codes(found)
    assert all(m["file"] == str(HOSTILE / name) for m in found)


def test_every_committed_hostile_file_is_in_the_table() -> None:
    assert sorted(p.name for p in HOSTILE.iterdir() if p.suffix == ".yaml") == sorted(EXPECTED)


def test_the_whole_hostile_directory_reports_each_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    found = assert_findings(*validate(capsys, str(HOSTILE)))
    assert {Path(m["file"]).name for m in found} == set(EXPECTED)


def test_python_tag_is_never_executed(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, err = validate(capsys, str(HOSTILE / "python-tag.yaml"))
    assert code == 1
    assert "pwned" not in err
    assert all("pwned" not in line or "[yaml.tag]" in line for line in lines)


def test_control_characters_in_a_key_stay_on_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    found = assert_findings(*validate(capsys, str(HOSTILE / "control-chars-in-key.yaml")))
    assert len(found) == 1
    assert "evil\\nkey\\u2028" in found[0]["message"]


# Generated cases: each writes a file into tmp_path and names the codes that may
# report it (None: any code, so long as the flood is cut off).
Maker = Callable[[Path], Path]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def deep_flow_sequence(tmp: Path) -> Path:
    return _write(tmp / "deep-flow.yaml", "[" * 50_000 + "]" * 50_000 + "\n")


def deep_flow_mapping(tmp: Path) -> Path:
    return _write(tmp / "deep-flow-map.yaml", "{a: " * 50_000 + "1" + "}" * 50_000 + "\n")


def deep_block_sequence(tmp: Path) -> Path:
    return _write(tmp / "deep-block-seq.yaml", "- " * 50_000 + "x\n")


def deep_block_mapping(tmp: Path) -> Path:
    # One space of indentation per level: 2,000 levels stay under the size cap.
    return _write(tmp / "deep-block-map.yaml", "".join(" " * i + "a:\n" for i in range(2_000)))


def twenty_megabyte_line(tmp: Path) -> Path:
    return _write(tmp / "big-line.yaml", "kind: " + "x" * (20 * 1024 * 1024) + "\n")


def line_just_under_the_cap(tmp: Path) -> Path:
    return _write(tmp / "long-line.yaml", "kind: " + "x" * (MAX_FILE_BYTES - 100) + "\n")


def too_many_nodes(tmp: Path) -> Path:
    return _write(tmp / "wide.yaml", "kind: partnership\npurposes: [" + "a, " * MAX_NODES + "a]\n")


def flood_of_aliases(tmp: Path) -> Path:
    return _write(tmp / "aliases.yaml", "a: &a x\nb: [" + "*a, " * 500_000 + "*a]\n")


def flood_of_duplicate_keys(tmp: Path) -> Path:
    return _write(tmp / "duplicates.yaml", "k: 1\n" * 500_000)


def flood_of_schema_errors(tmp: Path) -> Path:
    items = "".join(f"  - {{id: p{i}, kind: nowhere, name: 1}}\n" for i in range(5_000))
    return _write(
        tmp / "schema-flood.yaml", f'kind: partnership\nversion: "1.0"\nparties:\n{items}'
    )


GENERATED: dict[str, tuple[Maker, set[str] | None]] = {
    "deep flow sequence": (deep_flow_sequence, {"yaml.too-deep", "yaml.syntax"}),
    "deep flow mapping": (deep_flow_mapping, {"yaml.too-deep", "yaml.syntax"}),
    "deep block sequence": (deep_block_sequence, {"yaml.too-deep"}),
    "deep block mapping": (deep_block_mapping, {"yaml.too-deep"}),
    "20 MB line": (twenty_megabyte_line, {"file.too-large"}),
    "line just under the size cap": (line_just_under_the_cap, {"kind.unknown"}),
    "too many nodes": (too_many_nodes, {"yaml.too-many-nodes"}),
    "flood of aliases": (flood_of_aliases, {"yaml.alias", "file.too-many-errors"}),
    "flood of duplicate keys": (
        flood_of_duplicate_keys,
        {"yaml.duplicate-key", "file.too-many-errors"},
    ),
    "flood of schema errors": (flood_of_schema_errors, None),
}


@pytest.mark.parametrize("case", sorted(GENERATED))
def test_generated_hostile_file_is_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str
) -> None:
    make, expected = GENERATED[case]
    found = assert_findings(*validate(capsys, str(make(tmp_path))))
    if expected is not None:
        assert codes(found) <= expected
    assert len(found) <= MAX_ERRORS + 1


def test_a_flood_of_problems_is_cut_off_with_a_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    found = assert_findings(*validate(capsys, str(flood_of_schema_errors(tmp_path))))
    assert len(found) == MAX_ERRORS + 1
    assert [m["code"] for m in found].count("file.too-many-errors") == 1


def test_a_value_megabytes_long_is_cut_in_the_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    found = assert_findings(*validate(capsys, str(line_just_under_the_cap(tmp_path))))
    (finding,) = found
    assert "…" in finding["message"]
    assert finding["message"].endswith(f"(known: {', '.join(KINDS)})")


def test_symlink_loops_are_reported_not_followed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "inquiry-types").mkdir()
    (tmp_path / "self").symlink_to(".")
    (tmp_path / "inquiry-types" / "up").symlink_to("..")
    (tmp_path / "partnership.yaml").symlink_to("partnership.yaml")
    (tmp_path / "a.yaml").symlink_to("b.yaml")
    (tmp_path / "b.yaml").symlink_to("a.yaml")
    (tmp_path / "gone.yaml").symlink_to("nowhere.yaml")
    found = assert_findings(*validate(capsys, str(tmp_path)))
    assert {Path(m["file"]).name: m["code"] for m in found} == {
        "partnership.yaml": "file.unreadable",
        "a.yaml": "file.unreadable",
        "b.yaml": "file.unreadable",
        "gone.yaml": "file.unreadable",
    }


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_reported_not_waited_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    found = assert_findings(*validate(capsys, str(tmp_path)))
    assert [(Path(m["file"]).name, m["code"]) for m in found] == [("pipe.yaml", "file.not-regular")]
    found = assert_findings(*validate(capsys, str(tmp_path / "pipe.yaml")))
    assert codes(found) == {"file.not-regular"}


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["no/such/file.yaml"], id="missing path"),
        pytest.param([str(HOSTILE / "empty.yaml"), "--lang", ","], id="empty --lang"),
        pytest.param(["--format", "xml", str(HOSTILE / "empty.yaml")], id="unknown format"),
        pytest.param([], id="no path"),
    ],
)
def test_usage_errors_exit_2_in_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, lines, err = validate(capsys, *args)
    assert code == 2
    assert lines == []
    assert "Traceback" not in err
    assert "error:" in err.strip().splitlines()[-1]


def test_a_symlink_loop_given_as_the_path_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    code, lines, err = validate(capsys, str(tmp_path / "loop.yaml"))
    assert (code, lines) == (2, [])
    assert err.startswith("unikom validate: error: no such file or directory")


# The worst cases once more as a real process, under an address-space limit: a
# loader that expanded aliases or built every node would die here instead of
# answering.  They repeat the in-process cases above in fresh interpreters,
# which costs seconds on a busy machine, so they run in .ci/run (``-m slow``).
MEMORY_LIMIT = 256 * 1024 * 1024


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.slow
@pytest.mark.parametrize(
    "make",
    [
        deep_flow_sequence,
        deep_block_sequence,
        twenty_megabyte_line,
        too_many_nodes,
        flood_of_aliases,
        flood_of_schema_errors,
    ],
)
def test_worst_cases_in_a_process_with_limited_memory(make: Maker, tmp_path: Path) -> None:
    path = make(tmp_path)
    (tmp_path / "laughs.yaml").write_bytes((HOSTILE / "billion-laughs.yaml").read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "unikom", "validate", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,
        check=False,
    )
    found = assert_findings(result.returncode, result.stdout.splitlines(), result.stderr)
    assert {Path(m["file"]).name for m in found} == {path.name, "laughs.yaml"}
