"""Write meaning.json: what the 1.0 example files meant when 1.0 was the newest version.

Run once, with the release that wrote standard 1.0 (before 1.1 landed); the
test in tests/checking/test_standard_1_0.py compares today's reading with it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import unikom
from unikom.checking._converter import get_converter
from unikom.checking._engine import check_file

HERE = Path(__file__).resolve().parent
#: Receipt days chosen to cross Easter, 17 May, July and Christmas.
RECEIVED = ("2026-03-27", "2026-05-08", "2026-06-25", "2026-12-18", "2027-03-19", "2028-04-07")


def meaning(directory: Path) -> dict[str, Any]:
    converter = get_converter()
    partnership = unikom.load(directory)
    files = {}
    for path in sorted(directory.rglob("*.yaml")):
        checked = check_file(str(path))
        files[str(path.relative_to(directory))] = converter.unstructure(checked.model)
    due = {}
    for it in partnership.inquiry_types:
        for day in RECEIVED:
            found = unikom.answer_due(partnership, it.id, dt.date.fromisoformat(day))
            # Dates only: the words that explain a skipped day may be reworded.
            due[f"{it.id} {day}"] = {
                "due": found.due.isoformat() if found.due else None,
                "due_skipped": [s.date.isoformat() for s in found.due_skipped],
                "preliminary_reply_by": found.preliminary_reply_by.isoformat(),
            }
    entries = [
        [e.date.isoformat(), e.kind.value, e.id, e.nominal.isoformat()]
        for e in unikom.calendar_entries(partnership, dt.date(2026, 1, 1), dt.date(2028, 12, 31))
    ]
    return {"files": files, "due": due, "calendar": entries}


if __name__ == "__main__":
    result = {d.name: meaning(d) for d in sorted(HERE.iterdir()) if d.is_dir()}
    (HERE / "meaning.json").write_text(
        json.dumps(result, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
