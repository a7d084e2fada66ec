"""The time-unit table: one row per unit, complete, with words in nb, nn and en.

Units are part of the file format (the letter of ``P15D``), so a unit is added
by adding a :class:`DurationUnit` member; these tests prove that the table
then cannot silently miss it: at run time (every member has a row) and at
type-check time (``assert_never`` makes mypy name the missing branch).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from unikom.deadlines import UNITS, WorkingCalendar, deadline, describe
from unikom.model import words
from unikom.model.duration import Duration, DurationUnit

D = dt.date


def test_every_unit_has_a_row() -> None:
    assert set(UNITS) == set(DurationUnit)
    assert all(row.unit is unit for unit, row in UNITS.items())


@pytest.mark.parametrize("unit", list(DurationUnit))
@pytest.mark.parametrize("language", words.LANGUAGES)
def test_every_unit_has_a_singular_and_a_plural(unit: DurationUnit, language: str) -> None:
    forms = words.word(UNITS[unit].words, language).split("|")
    assert len(forms) == 2
    assert all(forms)


@pytest.mark.parametrize(
    ("written", "nb", "nn", "en"),
    [
        ("P1M", "1 måned", "1 månad", "1 month"),
        ("P15D", "15 dager", "15 dagar", "15 days"),
        ("P2W", "2 uker", "2 veker", "2 weeks"),
        ("P1Y", "1 år", "1 år", "1 year"),
        ("10 working days", "10 virkedager", "10 verkedagar", "10 working days"),
        ("1 working day", "1 virkedag", "1 verkedag", "1 working day"),
    ],
)
def test_durations_in_words(written: str, nb: str, nn: str, en: str) -> None:
    duration = Duration.parse(written)
    assert [describe(duration, lang) for lang in ("nb", "nn", "en")] == [nb, nn, en]


def test_counting_goes_through_the_table() -> None:
    calendar = WorkingCalendar()
    # Thu 2 Jan 2025: + 1 working day = Fri 3; + 2 = Mon 6 (past the weekend).
    assert deadline(calendar, D(2025, 1, 2), Duration.parse("2 working days"))[0] == D(2025, 1, 6)
    # + 2 days = Sat 4 → Mon 6, past Sat 4 and Sun 5.
    end, skipped = deadline(calendar, D(2025, 1, 2), Duration.parse("P2D"))
    assert (end, len(skipped)) == (D(2025, 1, 6), 2)


@pytest.mark.slow  # runs mypy: seconds, not milliseconds
def test_mypy_names_a_unit_a_dispatch_forgets(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    source = tmp_path / "forgets.py"
    source.write_text(
        textwrap.dedent(
            """
            from typing import assert_never

            from unikom.model.duration import DurationUnit


            def row(unit: DurationUnit) -> str:
                match unit:
                    case DurationUnit.DAYS | DurationUnit.WEEKS:
                        return "calendar"
                    case DurationUnit.MONTHS | DurationUnit.YEARS:
                        return "months"
                    case _:
                        assert_never(unit)
            """
        ),
        encoding="utf-8",
    )
    out, _err, status = api.run(
        [
            "--strict",
            "--follow-imports=silent",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(source),
        ]
    )
    assert status == 1
    assert "WORKING_DAYS" in out
