"""``--format github`` (annotations, counts, the job summary) and ``--format sarif``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from markdown_it import MarkdownIt

from unikom.cli import main
from unikom.cli._errorcodes import DOCS, error_codes, parse
from unikom.cli.formats import escape_markdown, step_summary
from unikom.model.diagnostics import Diagnostic, Severity

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SARIF_SCHEMA = DATA / "sarif" / "sarif-schema-2.1.0.json"
FIXTURE = DATA / "inquiry" / "partnership"
INVALID = DATA / "inquiry" / "invalid"

HOSTILE = (
    "<script>alert(1)</script> [x](javascript:alert(1)) ![i](http://e.org/i.png) "
    "| cell | **bold** `code` # heading @someone &amp; \n- item\r\n<img src=x onerror=y>"
)


def _broken(tmp_path: Path) -> Path:
    directory = tmp_path / "p"
    shutil.copytree(FIXTURE, directory)
    shutil.copy(INVALID / "inquiries" / "bad-answers.yaml", directory / "inquiries")
    return directory


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_sarif_is_valid_against_the_official_schema(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(_broken(tmp_path))
    code, out, _err = _run(capsys, "--format", "sarif", ".")
    assert code == 1
    log = json.loads(out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(log), key=str)
    assert errors == []
    [run] = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(error_codes())
    assert len({r["id"] for r in rules}) == len(rules)
    results = run["results"]
    assert len(results) == 10
    for result in results:
        rule = rules[result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]
        assert rule["help"]["text"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "inquiries/bad-answers.yaml"
        assert location["region"]["startLine"] >= 1
        assert location["region"]["startColumn"] >= 1


def test_sarif_locations_match_the_diagnostics(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(_broken(tmp_path))
    plain = json.loads(_run(capsys, "--format", "json", ".")[1])
    results = json.loads(_run(capsys, "--format", "sarif", ".")[1])["runs"][0]["results"]
    located = [
        (
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
            r["ruleId"],
            r["message"]["text"],
        )
        for r in results
    ]
    assert located == [(d["line"], d["column"], d["code"], d["message"]) for d in plain]


def test_sarif_of_a_valid_directory_has_no_results(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _err = _run(capsys, "--format", "sarif", str(FIXTURE))
    assert code == 0
    assert json.loads(out)["runs"][0]["results"] == []


def test_rule_help_comes_from_the_error_code_page() -> None:
    codes = error_codes()
    assert codes == parse(DOCS.read_text(encoding="utf-8"))
    assert "kind.misplaced" in codes
    assert codes["yaml.alias"]["severity"] == "error"
    assert "](https://" in codes["kind.misplaced"]["markdown"]


def test_github_prints_a_summary_line_and_the_job_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = _broken(tmp_path)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _err = _run(capsys, "--format", "github", str(directory))
    assert code == 1
    annotations = [line for line in out.splitlines() if line.startswith("::error ")]
    assert len(annotations) == 10
    assert out.splitlines()[-1] == "unikom: 10 error(s), 0 warning(s) in 1 file(s)"
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "bad" in line]
    assert len(rows) == 10


def test_more_than_ten_findings_say_where_the_rest_are(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = _broken(tmp_path)
    shutil.copy(INVALID / "inquiries" / "bad-answers.yaml", directory / "inquiries" / "b2.yaml")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    _code, out, _err = _run(capsys, "--format", "github", str(directory))
    assert "the job summary lists them all" in out.splitlines()[-1]


def _diagnostic(message: str, file: str = "a.yaml") -> Diagnostic:
    return Diagnostic(
        file=file,
        line=1,
        column=2,
        pointer="",
        code="model.invalid",
        severity=Severity.ERROR,
        message=message,
    )


def _tokens(markdown: str) -> list[Any]:
    md = MarkdownIt("commonmark").enable("table")
    found = []
    for token in md.parse(markdown):
        found.append(token)
        found.extend(token.children or [])
    return found


def test_file_text_cannot_inject_markup_into_the_job_summary() -> None:
    markdown = step_summary([_diagnostic(HOSTILE, file="x|<b>.yaml"), _diagnostic("plain")])
    tokens = _tokens(markdown)
    kinds = {t.type for t in tokens}
    assert kinds.isdisjoint(
        {"html_inline", "html_block", "link_open", "image", "code_inline", "strong_open"}
    )
    assert not any(t.type == "heading_open" and t.tag != "h2" for t in tokens)
    # Still one table with two rows of six cells.
    assert sum(1 for t in tokens if t.type == "tr_open") == 3
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "<script" not in html
    assert "<img" not in html
    assert "href" not in html


def test_escaped_text_reads_as_written() -> None:
    html = MarkdownIt("commonmark").render(escape_markdown("a_b *c* [d](e) <f> & #g"))
    assert html == "<p>a_b *c* [d](e) &lt;f&gt; &amp; #g</p>\n"


def test_wheel_carries_the_error_code_page_where_it_is_read() -> None:
    import tomllib

    from unikom.cli._errorcodes import PACKAGED

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert mapping["docs/error-codes.md"] == "unikom/error-codes.md"
    assert PACKAGED.parts[-2:] == ("unikom", "error-codes.md")


def test_the_lines_around_diagnostics_take_their_words_from_the_word_table() -> None:
    from unikom.cli import formats
    from unikom.model import words

    nothing = words.word("found_nothing", formats.DIAGNOSTICS_LANGUAGE)
    assert formats.text_summary_line([]) == f"unikom: {nothing}"
    assert formats.summary_line([]) == f"unikom: {nothing}"
    source = Path(formats.__file__).read_text(encoding="utf-8")
    for phrase in ("no problems found", "error(s)", "more: see"):
        assert phrase not in source


@pytest.mark.parametrize("where", ["a directory", "a missing folder"])
def test_a_job_summary_that_cannot_be_written_is_told_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    # GITHUB_STEP_SUMMARY naming a directory (or a file in no folder) ended in
    # IsADirectoryError / FileNotFoundError after the annotations.
    directory = _broken(tmp_path)
    target = tmp_path if where == "a directory" else tmp_path / "no" / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    code, out, err = _run(capsys, "--format", "github", str(directory))
    assert code == 1
    assert len([line for line in out.splitlines() if line.startswith("::error ")]) == 10
    assert "cannot add the findings to the job summary" in err
