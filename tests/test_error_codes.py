"""Every diagnostic code the source can emit is documented in docs/error-codes.md."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AREAS = (
    "yaml|file|schema|kind|version|value|model|ref|id|text|lifecycle|assessment|answer"
    "|inquiry|project|render"
)
CODE = re.compile(rf'"((?:{AREAS})\.[a-z-]+)"')


def test_every_code_is_documented() -> None:
    documented = (ROOT / "docs" / "error-codes.md").read_text(encoding="utf-8")
    used = {
        code
        for path in (ROOT / "src" / "unikom").rglob("*.py")
        for code in CODE.findall(path.read_text(encoding="utf-8"))
    }
    assert used, "the pattern found no codes: has the code style changed?"
    missing = sorted(code for code in used if f"`{code}`" not in documented)
    assert missing == []
