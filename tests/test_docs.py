"""The YAML documents shown in docs/ are valid: readers copy them."""

from __future__ import annotations

import re
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
