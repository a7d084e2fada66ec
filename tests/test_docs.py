"""The YAML documents shown in docs/ are valid: readers copy them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import unikom
from blockstyle import flow_language_mappings

DOCS = Path(__file__).resolve().parents[1] / "docs"
ROOT = DOCS.parent
BLOCK = re.compile(r"```yaml\n(kind: .*?)```", re.S)


def complete_documents() -> list[tuple[str, int, str]]:
    """Return every YAML block in docs/ that is a whole document (starts with kind:)."""
    found = []
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            if "\nversion:" in match[1] and "\nid:" in match[1]:
                found.append((page.name, text.count("\n", 0, match.start()) + 1, match[1]))
    return found


@pytest.mark.parametrize(
    ("page", "line", "document"), complete_documents(), ids=lambda v: str(v)[:40]
)
def test_documents_in_the_docs_validate(
    page: str, line: int, document: str, tmp_path: Path
) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(document, encoding="utf-8")
    errors = [d.format() for d in unikom.validate(path) if d.is_error]
    assert errors == [], f"docs/{page}:{line}"


def test_the_file_format_page_has_a_complete_example() -> None:
    assert any(page == "file-format.md" for page, _, _ in complete_documents())


# -- Texts in several languages are written one language per line ---------------

ANY_YAML_BLOCK = re.compile(r"```ya?ml\n(.*?)```", re.S)
#: Put on the line before a block that shows flow style as the mistake it is.
ON_PURPOSE = "<!-- flow style on purpose"


def yaml_blocks() -> list[tuple[str, int, str]]:
    """Return every YAML block of README.md and docs/, but those that show the mistake."""
    found = []
    for page in [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        for match in ANY_YAML_BLOCK.finditer(text):
            before = text[: match.start()].rstrip().rsplit("\n", 1)[-1]
            if not before.startswith(ON_PURPOSE):
                line = text.count("\n", 0, match.start()) + 1
                found.append((page.name, line, match[1]))
    return found


def test_no_text_in_the_docs_is_a_flow_mapping_of_languages() -> None:
    # {nb: Helse, omsorg og velferd, en: …} splits at the comma: readers copy
    # what the docs show, so the docs show block style only.
    blocks = yaml_blocks()
    assert len(blocks) > 20, "the pattern found too few blocks: has the docs' style changed?"
    wrong = [
        f"{page}:{line + offset}"
        for page, line, block in blocks
        for offset in flow_language_mappings(block)
    ]
    assert wrong == []


def test_no_text_in_the_examples_is_a_flow_mapping_of_languages() -> None:
    files = sorted((ROOT / "examples").rglob("*.yaml"))
    assert files
    wrong = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in files
        for line in flow_language_mappings(path.read_text(encoding="utf-8"))
    ]
    assert wrong == []


def test_the_mistake_is_shown_on_purpose_once_and_found() -> None:
    # The error-code page shows the mistake; the check must see it there.
    page = (DOCS / "error-codes.md").read_text(encoding="utf-8")
    (shown,) = (m[1] for m in ANY_YAML_BLOCK.finditer(page) if "omsorg og velferd," in m[1])
    assert flow_language_mappings(shown) == [1]


# -- Python examples: every one runs, as a reader would run it -----------------

PYTHON = re.compile(r"```python\n(.*?)```", re.S)
#: What the examples read, copied beside them so that what they write stays in tmp.
EXAMPLE_INPUTS = ("examples", "tests/data/deadlines")


def python_pages() -> list[Path]:
    """Return README.md and every page of docs/ that has a Python example."""
    pages = [ROOT / "README.md", *sorted(DOCS.rglob("*.md"))]
    return [page for page in pages if PYTHON.search(page.read_text(encoding="utf-8"))]


def python_of(page: Path) -> str:
    """Return a page's Python examples as one module, in the order they stand."""
    return "\n".join(PYTHON.findall(page.read_text(encoding="utf-8")))


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    for name in EXAMPLE_INPUTS:
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize("page", python_pages(), ids=lambda p: str(p.relative_to(ROOT)))
def test_python_examples_run(page: Path, workdir: Path) -> None:
    script = workdir / "example.py"
    script.write_text(python_of(page), encoding="utf-8")
    # A process of its own: examples register calendars and print, as in a real app.
    done = subprocess.run(
        [sys.executable, str(script)], cwd=workdir, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"{page.name}:\n{done.stderr[-3000:]}"


def test_the_pages_people_asked_about_have_python_that_runs() -> None:
    names = {page.name for page in python_pages()}
    assert {"README.md", "inquiries.md", "portal.md", "file-format.md"} <= names


# Runs mypy in a process of its own (about two seconds): .ci/run's slow pass runs it.
@pytest.mark.slow
def test_the_portal_example_type_checks_strictly_without_cast(tmp_path: Path) -> None:
    from mypy import api

    code = python_of(DOCS / "portal.md")
    assert "cast(" not in code
    assert "type: ignore" not in code
    assert "unikom." in code
    assert "from unikom." not in code  # the public face only
    module = tmp_path / "portal.py"
    module.write_text(code, encoding="utf-8")
    out, err, status = api.run(
        ["--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), str(module)]
    )
    assert status == 0, out + err


# Runs mypy in a process of its own (about two seconds): .ci/run's slow pass runs it.
@pytest.mark.slow
def test_a_thematic_area_built_in_code_type_checks_without_cast(tmp_path: Path) -> None:
    from mypy import api

    module = tmp_path / "area.py"
    module.write_text(
        "import unikom\n\n"
        "area = unikom.ThematicArea(\n"
        '    id=unikom.Slug("helse-og-velferd"),\n'
        '    name=unikom.Text(translations={"nb": "Helse og velferd", "en": "Health"}),\n'
        '    scope=unikom.Text.plain("Helse, omsorg og velferd."),\n'
        '    extensions={"x-colour": "#1b5e20"},\n'
        ")\n"
        "areas: set[unikom.ThematicArea] = {area}\n"
        "tag: unikom.LanguageTag = unikom.LanguageTag('nb')\n"
        "answer: unikom.Answer = True\n"
        "score: unikom.Score = 4.5\n",
        encoding="utf-8",
    )
    out, err, status = api.run(
        ["--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), str(module)]
    )
    assert status == 0, out + err
