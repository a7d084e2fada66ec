"""Clock times of intake deadlines on the page and in `calendar` text, in each language."""

from __future__ import annotations

from pathlib import Path

import pytest

import unikom
from unikom.cli import main
from unikom.model import words
from unikom.publish.page import render_page
from written import valid_partnership

PARTNERSHIP = """\
kind: partnership
version: "1.1"
id: vest
name: Vest
parties:
  - id: askoy
    kind: municipality
    name: Askøy kommune
    org_number: "100000016"
  - id: uib
    kind: university
    name: UiB
    org_number: "100000040"
tracks:
  - id: forsking
    kind: research
    name: Forsking
annual_cycle:
  - id: styringsgruppe
    title: Styringsgruppemøte
    rrule: FREQ=YEARLY;BYMONTH=3,10;BYDAY=2TU
inquiry_types:
  - id: forsking
    name: Forsking
    track: forsking
    intake:
      time: "12:00"
      {zone}
      deadlines:
        - event: styringsgruppe
          before: 10 working days
        - annual: "05-17"
          time: "09:30"
"""


def load(tmp_path: Path, zone: str = "") -> unikom.Partnership:
    return valid_partnership(PARTNERSHIP.replace("{zone}", zone), tmp_path)


@pytest.mark.parametrize(
    ("language", "expected"), [("nb", "12.00"), ("nn", "12.00"), ("en", "12:00")]
)
def test_a_clock_time_is_written_as_the_language_writes_it(language: str, expected: str) -> None:
    # Språkrådet: «kl. 12.00» in Norwegian running text; English keeps the colon.
    assert words.clock_time("12:00", language) == expected


@pytest.mark.parametrize("page_format", ["md", "html"])
@pytest.mark.parametrize(
    ("language", "schedule_time", "own_time"),
    [
        ("nb", "kl. 12.00", "kl. 09.30"),
        ("nn", "kl. 12.00", "kl. 09.30"),
        ("en", "at 12:00", "at 09:30"),
    ],
)
def test_the_page_shows_the_schedule_time_and_a_deadline_s_own(
    tmp_path: Path, language: str, schedule_time: str, own_time: str, page_format: str
) -> None:
    text = render_page(load(tmp_path), language=language, format=page_format).text
    assert text.count(schedule_time) == 1  # the deadline without a time of its own
    assert text.count(own_time) == 1  # 17 May has its own
    assert "Europe/Oslo" not in text  # Norway's time needs no name on a Norwegian page


def test_a_time_zone_other_than_norway_s_is_named(tmp_path: Path) -> None:
    text = render_page(
        load(tmp_path, zone="time_zone: Europe/Stockholm"), language="en", format="md"
    ).text
    assert "at 12:00 (Europe/Stockholm)" in text


def test_the_calendar_text_writes_the_time_for_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load(tmp_path)
    path = str(tmp_path / "partnership.yaml")
    args = ["--from", "2027-02-01", "--to", "2027-02-28"]
    assert main(["calendar", path, *args, "--lang", "nn"]) == 0
    assert "kl. 12.00 (Europe/Oslo)" in capsys.readouterr().out
    assert main(["calendar", path, *args, "--lang", "en"]) == 0
    assert "at 12:00 (Europe/Oslo)" in capsys.readouterr().out


@pytest.mark.parametrize("page_format", ["md", "html"])
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", "kl. 12.00, 10 virkedager før"),
        ("nn", "kl. 12.00, 10 verkedagar før"),
        ("en", "at 12:00, 10 working days before"),
    ],
)
def test_a_relative_deadline_s_time_comes_first_so_it_is_not_read_as_the_event_s(
    tmp_path: Path, language: str, expected: str, page_format: str
) -> None:
    text = render_page(load(tmp_path), language=language, format=page_format).text
    assert expected in text
