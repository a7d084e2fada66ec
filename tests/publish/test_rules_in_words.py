"""Pages and ``network`` show recurrence rules in words, never as the RRULE a file writes."""

from __future__ import annotations

from pathlib import Path

import pytest

import unikom
from unikom.cli import main
from unikom.publish.page import render_page

ROOT = Path(__file__).resolve().parents[2]
TRONDHEIM = ROOT / "examples" / "trondheim"
FJORDBY = ROOT / "tests" / "data" / "deadlines" / "fjordby"

MEETINGS = {
    "nb": "andre tirsdag i februar, mai, september og november hvert år",
    "nn": "andre tysdag i februar, mai, september og november kvart år",
    "en": "the second Tuesday of February, May, September and November every year",
}
LAST_WORKING_DAY = {
    "nb": "den siste av dagene mandag–fredag i mars, juni, september og desember hvert år",
    "nn": "den siste av dagane måndag–fredag i mars, juni, september og desember kvart år",
    "en": "the last of the days Monday–Friday in March, June, September and December every year",
}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_page_words_its_rules(language: str, fmt: str) -> None:
    page = render_page(unikom.load(FJORDBY), language=language, format=fmt, year=2026).text
    assert MEETINGS[language] in page
    assert LAST_WORKING_DAY[language] in page
    assert "FREQ=" not in page


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_network_words_its_rules(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["network", str(TRONDHEIM), str(FJORDBY), "--on", "2026-06-01", "--lang", language]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert LAST_WORKING_DAY[language] in out
    assert "FREQ=" not in out


def test_network_json_keeps_the_rule_for_programs(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["network", str(FJORDBY), "--on", "2026-06-01", "--format", "json"]
    assert main(argv) == 0
    assert (
        "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1" in capsys.readouterr().out
    )
