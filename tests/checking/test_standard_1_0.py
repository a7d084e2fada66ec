"""Files written for standard 1.0 stay valid under 1.1 and mean the same.

tests/data/standard-1.0/ holds the example directories as they were when 1.0
was the newest version, byte for byte; meaning.json is what they meant then
(the model as written back, answer dates and årshjul dates), made by
snapshot.py with that release.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

import unikom

DATA = Path(__file__).resolve().parents[1] / "data" / "standard-1.0"
# Partnership directories only: importing snapshot.py leaves a __pycache__ beside
# it wherever bytecode is written (CI, most machines).
DIRECTORIES = sorted(d for d in DATA.iterdir() if d.is_dir() and not d.name.startswith(("_", ".")))
MEANING: dict[str, Any] = json.loads((DATA / "meaning.json").read_text(encoding="utf-8"))

#: (directory, "inquiry-type received") → the preliminary-reply date that a
#: correction of the counting changed since 1.0.  The files did not change:
#: the 1.0 release let a closed period move the forvaltningsloven § 11 a
#: preliminary reply, which the act moves only past Saturdays, Sundays and
#: public holidays.  Counted by hand: received Thu 25 June 2026 + 1 month =
#: Sat 25 July 2026 (inside both partnerships' July closure); past the weekend
#: only, that is Mon 27 July 2026 (1.0 said Mon 3 August, after the closure).
#: Every answer date stays as it was.
CORRECTED_PRELIMINARY_REPLY: dict[tuple[str, str], str] = {
    ("nordfjell", "forskingssamarbeid 2026-06-25"): "2026-07-27",
    ("nordfjell", "studentoppgave 2026-06-25"): "2026-07-27",
    ("trondheim", "forskningssamarbeid 2026-06-25"): "2026-07-27",
    ("trondheim", "nyskapingssamarbeid 2026-06-25"): "2026-07-27",
    ("trondheim", "utdanningssamarbeid 2026-06-25"): "2026-07-27",
}


def _meaning_now(directory: Path) -> dict[str, Any]:
    sys.path.insert(0, str(DATA))
    try:
        import snapshot
    finally:
        sys.path.remove(str(DATA))
    result: dict[str, Any] = snapshot.meaning(directory)
    return result


def test_the_copies_still_say_version_1_0() -> None:
    for path in DATA.rglob("*.yaml"):
        assert '\nversion: "1.0"\n' in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize("directory", DIRECTORIES, ids=lambda d: d.name)
def test_a_1_0_directory_validates_unchanged(directory: Path) -> None:
    assert unikom.validate(directory, languages=()) == []


@pytest.mark.parametrize("directory", DIRECTORIES, ids=lambda d: d.name)
def test_a_1_0_directory_means_what_it_meant(directory: Path) -> None:
    then = MEANING[directory.name]
    now = _meaning_now(directory)
    assert now["files"] == then["files"]
    assert now["calendar"] == then["calendar"]
    for key, was in then["due"].items():
        expected = dict(was)
        corrected = CORRECTED_PRELIMINARY_REPLY.get((directory.name, key))
        if corrected is not None:
            expected["preliminary_reply_by"] = corrected
        assert now["due"][key] == expected, key


def test_today_writes_1_1_and_still_reads_1_0() -> None:
    assert unikom.STANDARD_VERSION == "1.1"
    assert unikom.SUPPORTED_VERSIONS == ("1.0", "1.1")
