"""Pages and ``network`` show recurrence rules in words (never as the RRULE a file
writes), and numbers as the page's locale writes them."""

from __future__ import annotations

from pathlib import Path

import attrs
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


@pytest.mark.parametrize(
    ("language", "one_off", "relative"),
    [
        ("nb", "15. januar 2026", "10 virkedager før Møte i styringsgruppa"),
        ("en", "15 January 2026", "10 working days before Steering group meeting"),
    ],
)
def test_network_words_its_other_deadlines(
    language: str, one_off: str, relative: str, capsys: pytest.CaptureFixture[str]
) -> None:
    vest = ROOT / "examples" / "vest"
    argv = ["network", str(FJORDBY), str(vest), "--on", "2026-06-01", "--lang", language]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert one_off in out
    assert relative in out  # the event's title, not its id


def test_network_json_keeps_the_rule_for_programs(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["network", str(FJORDBY), "--on", "2026-06-01", "--format", "json"]
    assert main(argv) == 0
    assert (
        "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1" in capsys.readouterr().out
    )


@pytest.mark.parametrize(
    ("language", "written"), [("nb", "12\xa0500"), ("nn", "12\xa0500"), ("en", "12,500")]
)
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_key_figures_are_written_as_the_locale_writes_numbers(
    language: str, written: str, fmt: str
) -> None:
    partnership = unikom.load(TRONDHEIM)
    figure = attrs.evolve(partnership.key_figures[0], value=12500)
    bigger = attrs.evolve(partnership, key_figures=(figure,))
    page = render_page(bigger, language=language, format=fmt, year=2026).text
    # Markdown writes Babel's no-break space as a plain one.
    shown = page if fmt == "html" else page.replace("\xa0", " ")
    assert (written if fmt == "html" else written.replace("\xa0", " ")) + " " in shown
    assert "12500" not in page
