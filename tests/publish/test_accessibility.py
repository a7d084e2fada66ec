"""Published pages meet WCAG 2.1 AA (universell utforming), checked by axe-core in Chromium.

Every example is rendered in every page language, as HTML and as Markdown
turned into HTML the way MkDocs does, together with an edge-case partnership
(very long names, many parties, texts in one language only, empty optional
sections).  One Chromium, started once by ``tools/a11y/check.mjs``, runs axe
on all of them in a light and a dark colour scheme and measures reflow at 320
pixels.  The browser tests need node, Chromium and ``npm ci`` in tools/a11y;
without them they skip, unless ``UNIKOM_REQUIRE_BROWSER=1`` (CI) makes that a
failure.  The årshjul's own checks (name, description, contrast) need no browser.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import attrs
import markdown as python_markdown
import pytest

import unikom
from unikom.publish.arshjul import arshjul_svg
from unikom.publish.page import PAGE_FORMATS, PAGE_LANGUAGES, render_page

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "tools" / "a11y"
EXAMPLES = ("trondheim", "nordfjell", "vest")
EDGE = "edge"
YEAR = 2026
SVG = "{http://www.w3.org/2000/svg}"

#: The extensions this project's mkdocs.yml turns on that change the HTML of a page.
MKDOCS_EXTENSIONS = ["admonition", "attr_list", "def_list", "tables", "toc"]


#: The day whose members the pages list, unless a case names another.
ON = dt.date(YEAR, 6, 17)


@attrs.frozen
class PageCase:
    source: str
    language: str
    format: str
    on: dt.date = ON

    @property
    def name(self) -> str:
        day = "" if self.on == ON else f"-{self.on.isoformat()}"
        return f"{self.source}-{self.language}{day}.{self.format}"


CASES = [
    PageCase(source, language, page_format)
    for source in (*EXAMPLES, EDGE)
    for language in PAGE_LANGUAGES
    for page_format in PAGE_FORMATS
] + [
    # A day before one party joined and another left: the page lists them apart.
    PageCase(source, "nb", page_format, dt.date(2024, 6, 1))
    for source in ("vest", EDGE)
    for page_format in PAGE_FORMATS
]


# -- the edge-case partnership ---------------------------------------------------


def _org_number(serial: int) -> str:
    """Return a made-up organisation number that passes MOD11 (starting with 1, never issued)."""
    for candidate in range(serial, serial + 20):
        digits = [int(d) for d in f"1{candidate:07d}"]
        remainder = sum(w * d for w, d in zip((3, 2, 7, 6, 5, 4, 3, 2), digits, strict=True)) % 11
        check = (11 - remainder) % 11
        if check != 10:
            return "".join(map(str, digits)) + str(check)
    raise AssertionError("no MOD11 number near this serial")  # pragma: no cover


def edge_partnership(directory: Path) -> unikom.Partnership:
    """A partnership built to stretch the page: long names, forty parties, English only."""
    long_word = "Samhandlingsutviklingsprosjektkoordineringsgruppe" * 3
    kinds = ["municipality", "county_municipality", "university", "university_college", "other"]
    # One lead, and parties that come and go, so the page lists former and future members.
    extra = {1: "    role: lead\n", 7: "    joined: 2025-01-01\n"}
    extra |= {8: "    left: 2025-12-31\n", 9: "    joined: 2030-01-01\n"}
    parties = [
        f"  - id: party-{number}\n"
        f"    kind: {kinds[number % len(kinds)]}\n"
        + extra.get(number, "")
        + f"    name: {{en: 'Party {number} {long_word} <b>&amp; \"quoted\"</b>'}}\n"
        # Serials 37 apart: _org_number's search never reaches the next one's.
        + f'    org_number: "{_org_number(1000 + number * 37)}"\n'
        + (f"    url: https://party-{number}.example/{long_word}\n" if number % 3 else "")
        for number in range(40)
    ]
    text = (
        "kind: partnership\n"
        'version: "1.1"\n'
        "id: edge\n"
        f"name: {{en: 'The {long_word} Partnership of Forty Parties'}}\n"
        "languages: [en]\n"
        "parties:\n" + "".join(parties) + "governance_bodies:\n"
        "  - id: board\n"
        "    name: {en: The board}\n"
        "contacts:\n"
        "  - id: nobody\n"
        f"    name: {long_word}\n"
        "    party: party-0\n"
        "links:\n"
        f"  - title: {{en: '{long_word}'}}\n"
        f"    url: https://edge.example/{long_word}?{'a=b&' * 20}c=d\n"
    )
    path = directory / "edge" / "partnership.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return unikom.load(path)


def test_the_edge_partnership_is_valid(tmp_path: Path) -> None:
    partnership = edge_partnership(tmp_path)
    assert len(partnership.parties) == 40


# -- rendering -------------------------------------------------------------------


def as_mkdocs_page(markdown_text: str, language: str) -> str:
    """Return a Markdown page as MkDocs would publish it: its HTML inside a page shell."""
    body = python_markdown.markdown(markdown_text, extensions=MKDOCS_EXTENSIONS)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    title = re.sub(r"<[^>]+>", "", heading.group(1)) if heading else "unikom"
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def render_case(case: PageCase, partnership: unikom.Partnership) -> str:
    page = render_page(
        partnership, language=case.language, format=case.format, year=YEAR, on=case.on
    )
    return page.text if case.format == "html" else as_mkdocs_page(page.text, case.language)


# -- the browser -----------------------------------------------------------------


def _chromium() -> str:
    return os.environ.get("UNIKOM_CHROMIUM", "/usr/bin/chromium")


def missing_tools() -> str | None:
    """Say what the browser check lacks, or None when it can run."""
    if shutil.which("node") is None:
        return "node is not installed (apt-get install nodejs npm)"
    if not Path(_chromium()).is_file():
        return f"no Chromium at {_chromium()} (apt-get install chromium, or set UNIKOM_CHROMIUM)"
    for package in ("axe-core", "playwright-core"):
        if not (TOOLS / "node_modules" / package / "package.json").is_file():
            return f"{package} is not installed (run `npm ci` in {TOOLS.relative_to(ROOT)})"
    return None


def require_browser() -> None:
    """Skip when the browser tools are missing, or fail when CI says they must be there."""
    missing = missing_tools()
    if missing is None:
        return
    if os.environ.get("UNIKOM_REQUIRE_BROWSER") == "1":
        pytest.fail(f"UNIKOM_REQUIRE_BROWSER=1 but {missing}", pytrace=False)
    pytest.skip(f"accessibility check needs a browser: {missing}")


@pytest.fixture(scope="session")
def axe_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Render every page, and check them all in one Chromium."""
    require_browser()
    directory = tmp_path_factory.mktemp("a11y")
    partnerships = {name: unikom.load(ROOT / "examples" / name) for name in EXAMPLES}
    partnerships[EDGE] = edge_partnership(directory)
    pages = []
    for case in CASES:
        path = directory / f"{case.name}.html"
        path.write_text(render_case(case, partnerships[case.source]), encoding="utf-8")
        # Markdown pages take their colours and widths from the site that publishes
        # them, so only the page unikom styles itself is checked in both colour
        # schemes and at 320 pixels wide.
        styled = case.format == "html"
        schemes = ["light", "dark"] if styled else ["light"]
        pages.append({"name": case.name, "path": str(path), "schemes": schemes, "reflow": styled})
    request = directory / "request.json"
    request.write_text(json.dumps({"pages": pages}), encoding="utf-8")
    result = subprocess.run(
        ["node", str(TOOLS / "check.mjs"), str(request)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "UNIKOM_CHROMIUM": _chromium()},
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"the browser check did not run:\n{result.stderr[-4000:]}", pytrace=False)
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}, {violation['scheme']} scheme): "
            f"{violation['help']} <{violation['helpUrl']}>"
        )
        lines.extend(
            f"    {node['target']}: {' '.join(node['summary'].split())[:300]}"
            for node in violation["targets"][:5]
        )
        if len(violation["targets"]) > 5:
            lines.append(f"    ... and {len(violation['targets']) - 5} more")
    return "\n".join(lines)


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_page_meets_wcag_2_1_aa(axe_report: dict[str, Any], case: PageCase) -> None:
    violations = axe_report["pages"][case.name]
    assert not violations, (
        f"{case.name}: axe-core {axe_report['axe']} in Chromium {axe_report['browser']} "
        f"found {len(violations)} problem(s):\n{describe(violations)}"
    )


# -- the årshjul picture, which axe sees as one image ----------------------------


def _luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two #rrggbb colours."""
    darker, lighter = sorted((_luminance(first), _luminance(second)))
    return (lighter + 0.05) / (darker + 0.05)


def _fill(element: ET.Element, parents: dict[ET.Element, ET.Element]) -> str:
    """Return the fill *element* is drawn with, its own or the nearest group's."""
    current: ET.Element | None = element
    while current is not None:
        if "fill" in current.attrib:
            return current.attrib["fill"]
        current = parents.get(current)
    return "#000000"


@pytest.fixture(scope="module", params=EXAMPLES)
def wheel(request: pytest.FixtureRequest) -> ET.Element:
    partnership = unikom.load(ROOT / "examples" / request.param)
    return ET.fromstring(arshjul_svg(partnership, year=YEAR, language="nb"))


def test_the_arshjul_has_a_name_and_a_description(wheel: ET.Element) -> None:
    assert wheel.get("role") == "img"
    ids = (wheel.get("aria-labelledby") or "").split()
    named = {element.get("id"): element for element in wheel.iter() if element.get("id")}
    assert [named[i].tag for i in ids] == [f"{SVG}title", f"{SVG}desc"]
    assert all((named[i].text or "").strip() for i in ids)
    # Its ids share the page's id space, so they say whose they are.
    assert all(i.startswith("arshjul-") for i in ids)


def test_the_arshjul_text_has_enough_contrast(wheel: ET.Element) -> None:
    parents = {child: parent for parent in wheel.iter() for child in parent}
    months = {
        path.get("fill") for path in wheel.iter(f"{SVG}path") if parents[path].get("id") == "months"
    }
    for text in wheel.iter(f"{SVG}text"):
        colour = _fill(text, parents)
        # Month names sit on the month ring; everything else on the white ground.
        grounds = months if parents[text].get("id") == "months" else {"#ffffff"}
        for ground in grounds:
            assert ground is not None
            assert contrast(colour, ground) >= 4.5, (text.text, colour, ground)


def test_the_arshjul_shapes_stand_out_from_the_ground(wheel: ET.Element) -> None:
    parents = {child: parent for parent in wheel.iter() for child in parent}
    shapes = [*wheel.iter(f"{SVG}circle"), *wheel.iter(f"{SVG}polygon")]
    shapes += wheel.findall(f"{SVG}g[@id='closed-periods']/{SVG}path")
    for shape in shapes:
        # WCAG 1.4.11: a shape that carries meaning needs 3:1 against what is around it.
        assert contrast(_fill(shape, parents), "#ffffff") >= 3, shape.attrib


# -- the language of every part (WCAG 3.1.2), which axe cannot know --------------

RELATIVE = """\
kind: partnership
version: "1.1"
id: vest
name: Vest
parties:
  - {id: askoy, kind: municipality, name: Askøy kommune, org_number: "100000016"}
  - {id: uib, kind: university, name: UiB, org_number: "100000040"}
tracks:
  - {id: forsking, kind: research, name: {nn: Forsking, en: Research}}
annual_cycle:
  - id: styringsgruppe
    title: {nn: Styringsgruppemøte <i>&</i>}
    rrule: FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=10
inquiry_types:
  - id: forsking
    name: {nn: Forsking, en: Research}
    track: forsking
    intake:
      deadlines:
        - event: styringsgruppe
          before: 10 working days
"""


def test_an_event_named_in_another_language_keeps_its_lang_inside_a_deadline(
    tmp_path: Path,
) -> None:
    path = tmp_path / "partnership.yaml"
    path.write_text(RELATIVE, encoding="utf-8")
    partnership = unikom.load(path)
    page = render_page(partnership, language="en", format="html", year=YEAR)
    deadline = next(line for line in page.text.splitlines() if "working days before" in line)
    assert '<span lang="nn">Styringsgruppemøte &lt;i&gt;&amp;&lt;/i&gt;</span>' in deadline
    markdown_page = render_page(partnership, language="en", format="md", year=YEAR)
    deadline = next(line for line in markdown_page.text.splitlines() if "working days" in line)
    assert '<span lang="nn">Styringsgruppemøte &lt;i&gt;&amp;&lt;/i&gt;</span>' in deadline
    # The title shown in nynorsk is among the texts --strict lists.
    assert ("annual_cycle", 0, "title") in {f.pointer for f in page.fallbacks}
