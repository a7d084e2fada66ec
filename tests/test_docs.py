"""The YAML documents shown in docs/ are valid: readers copy them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import unikom

DOCS = Path(__file__).resolve().parents[1] / "docs"
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


# -- Python examples: every one runs, as a reader would run it -----------------

ROOT = DOCS.parent
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
