"""The årshjul as SVG: valid XML, twelve months, each entry at its date with a label."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest

import unikom
from unikom.deadlines import calendar_entries
from unikom.model._fields import RRuleText, Slug
from unikom.model.errors import DateRangeError
from unikom.model.governance import AnnualEvent
from unikom.model.partnership import Partnership
from unikom.model.text import Text
from unikom.publish.arshjul import arshjul_svg
from unikom.publish.page import render_page

DATA = Path(__file__).resolve().parents[1] / "data" / "deadlines"
NS = {"svg": "http://www.w3.org/2000/svg"}


@pytest.fixture(scope="module")
def fjordby() -> Partnership:
    return unikom.load(DATA / "fjordby")


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def labels(root: ET.Element) -> list[ET.Element]:
    return root.findall("svg:g[@id='entries']/svg:g/svg:text", NS)


def test_is_valid_svg_with_twelve_months(fjordby: Partnership) -> None:
    root = parse(arshjul_svg(fjordby, year=2025))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    months = root.findall("svg:g[@id='months']/svg:text", NS)
    assert [m.text for m in months][:3] == ["januar", "februar", "mars"]
    assert len(months) == 12
    assert root.findtext("svg:title", namespaces=NS) == "Årshjul 2025 — Fjordby"


def test_every_entry_has_a_marker_and_a_label(fjordby: Partnership) -> None:
    root = parse(arshjul_svg(fjordby, year=2025))
    entries = calendar_entries(fjordby, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    groups = root.findall("svg:g[@id='entries']/svg:g", NS)
    assert len(groups) == len(entries)
    assert len(root.findall(".//svg:g[@class='event']/svg:circle", NS)) == 7
    assert len(root.findall(".//svg:g[@class='intake-deadline']/svg:polygon", NS)) == 6
    texts = {label.text for label in labels(root)}
    assert "3. mars Frist: Forskningssamarbeid" in texts
    assert "11. feb. Styringsgruppemøte" in texts
    # The closed periods are drawn and named in the legend.
    assert len(root.findall("svg:g[@id='closed-periods']/svg:path", NS)) == 3  # Romjul: 2 arcs
    legend = "".join(root.find("svg:g[@id='legend']", NS).itertext())  # type: ignore[union-attr]
    assert "Fellesferie" in legend
    assert "Romjul" in legend


def test_markers_sit_at_their_dates(fjordby: Partnership) -> None:
    root = parse(arshjul_svg(fjordby, year=2025))
    width = float(root.get("width", "0"))
    circles = root.findall(".//svg:g[@class='event']/svg:circle", NS)
    titles = [
        g.findtext("svg:title", namespaces=NS) for g in root.findall(".//svg:g[@class='event']", NS)
    ]
    # 2025-03-31 lies a quarter of the way round: right of the centre, near its height.
    index = titles.index("31. mars 2025 Årsrapport til styringsgruppen")
    x, y = float(circles[index].get("cx", "0")), float(circles[index].get("cy", "0"))
    year = root.find("svg:text[@id='year']", NS)  # drawn 6 above the centre
    assert year is not None
    centre_y = float(year.get("y", "0")) + 6
    angle = math.atan2(x - width / 2, centre_y - y)
    assert angle == pytest.approx(2 * math.pi * (89.5 / 365), abs=0.02)


def test_english_labels(fjordby: Partnership) -> None:
    root = parse(arshjul_svg(fjordby, year=2025, language="en"))
    texts = {label.text for label in labels(root)}
    assert "3 Mar Deadline: Research collaboration" in texts
    assert root.findall("svg:g[@id='months']/svg:text", NS)[0].text == "January"


def test_labels_never_overlap_even_with_weekly_events(fjordby: Partnership) -> None:
    weekly = AnnualEvent(
        id=Slug("ukemote"), title=Text.plain("Ukemøte"), rrule=RRuleText("FREQ=WEEKLY;BYDAY=MO")
    )
    busy = attrs.evolve(fjordby, annual_cycle=(*fjordby.annual_cycle, weekly))
    root = parse(arshjul_svg(busy, year=2025))
    assert len(labels(root)) == 52 + 13
    height = float(root.get("height", "0"))
    for anchor in ("start", "end"):
        ys = sorted(float(t.get("y", "0")) for t in labels(root) if t.get("text-anchor") == anchor)
        assert all(b - a >= 18 for a, b in itertools.pairwise(ys))
        assert ys[0] > 0
        assert ys[-1] < height


def test_awkward_text_stays_valid_xml(fjordby: Partnership) -> None:
    nasty = AnnualEvent(
        id=Slug("rart"),
        # A control character such as \x01 cannot get this far: Text refuses it.
        title=Text.plain('<Møte> & "planer" ' + "veldig lang tittel " * 5),
        rrule=RRuleText("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1"),
    )
    root = parse(arshjul_svg(attrs.evolve(fjordby, annual_cycle=(nasty,)), year=2025))
    text = next(t.text or "" for t in labels(root) if "Møte" in (t.text or ""))
    assert text.startswith('1. juni <Møte> & "planer"')
    assert text.endswith("…")


def test_range_narrows_the_entries(fjordby: Partnership) -> None:
    root = parse(
        arshjul_svg(fjordby, year=2025, start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31))
    )
    assert len(labels(root)) == 3
    with pytest.raises(DateRangeError):
        arshjul_svg(fjordby, year=2025, start=dt.date(2024, 12, 1))


def test_empty_year_still_draws_the_wheel(fjordby: Partnership) -> None:
    empty = attrs.evolve(fjordby, annual_cycle=(), inquiry_types=(), closed_periods=())
    root = parse(arshjul_svg(empty, year=2024))
    assert labels(root) == []
    assert len(root.findall("svg:g[@id='months']/svg:path", NS)) == 12


def test_long_labels_fit_inside_the_drawing(fjordby: Partnership) -> None:
    long_title = AnnualEvent(
        id=Slug("lang"),
        title=Text.plain("Frist for innspill til kommunens budsjett og handlingsplan"),
        rrule=RRuleText("FREQ=YEARLY;BYMONTH=4,10;BYMONTHDAY=1"),
    )
    root = parse(arshjul_svg(attrs.evolve(fjordby, annual_cycle=(long_title,)), year=2025))
    width = float(root.get("width", "0"))
    for label in labels(root):
        # Allow 0.62 em per character, more than most sans-serif fonts need.
        needed = len(label.text or "") * 13 * 0.62
        x = float(label.get("x", "0"))
        if label.get("text-anchor") == "start":
            assert x + needed <= width
        else:
            assert x - needed >= 0


@pytest.mark.parametrize("year", [-5, 0, 1899, 2200, 10000, 99999])
def test_a_year_outside_those_files_may_use_is_a_date_range_error(
    fjordby: Partnership, year: int
) -> None:
    # It was a bare ValueError from datetime, not an error of unikom's own.
    with pytest.raises(DateRangeError, match="1900–2199"):
        arshjul_svg(fjordby, year=year, language="nb")
    for page_format in ("md", "html"):
        with pytest.raises(DateRangeError, match="1900–2199"):
            render_page(fjordby, language="nb", format=page_format, year=year)
