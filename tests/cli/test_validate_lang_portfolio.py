"""--lang and --strict check the texts of inquiry and project files too."""

from __future__ import annotations

import shutil
from pathlib import Path

import unikom

VEST = Path(__file__).resolve().parents[2] / "examples" / "vest"


def test_a_nynorsk_only_inquiry_title_is_reported_for_english(tmp_path: Path) -> None:
    copy = tmp_path / "vest"
    shutil.copytree(VEST, copy)
    inquiry = copy / "inquiries" / "2027-004.yaml"
    text = inquiry.read_text(encoding="utf-8")
    inquiry.write_text(
        text.replace("  en: Everyday rehabilitation in home care\n", ""), encoding="utf-8"
    )
    found = unikom.validate(copy, languages=("nn", "en"))
    assert [(f.code, Path(f.file).name, f.pointer) for f in found] == [
        ("text.missing-translation", "2027-004.yaml", "/title")
    ]
    # Without languages asked for, the partnership's own (nn, en) apply.
    assert [f.code for f in unikom.validate(copy)] == ["text.missing-translation"]
