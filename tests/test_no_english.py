"""Output in bokmål or nynorsk holds no English: every output, every example.

Each output a person reads (the page in Markdown and HTML, the .ics file, the
årshjul picture, and the text of ``due``, ``calendar``, ``status`` and
``network``) is made in nb and nn for every example and for the deadline test
partnership (which has closed periods and moved deadlines), and searched for
English words.  Only the text a reader sees is searched: HTML and SVG without
their markup, .ics without its property names.  The partnerships' own data is
written in nb, nn and en, so their texts do not bring English in either.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import unikom
from unikom.cli import main
from unikom.deadlines import calendar_entries
from unikom.model.partnership import Partnership
from unikom.publish.arshjul import arshjul_svg
from unikom.publish.ics import entries_ics
from unikom.publish.page import render_page

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(path for path in (ROOT / "examples").iterdir() if path.is_dir())
FJORDBY = ROOT / "tests" / "data" / "deadlines" / "fjordby"
PARTNERSHIPS = [*EXAMPLES, FJORDBY]
YEAR = 2026
START, END = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)

#: Words that are English and not Norwegian (so not 'to', 'for', 'at', 'under').
_ENGLISH_WORDS = """
    the and of from with which is are not by this that after before until
    moved move moves public holiday holidays weekend working day days week weeks
    month months year years yearly every monday tuesday wednesday thursday friday
    saturday sunday mon tue wed thu fri sat sun january february march may june july
    october december closed deadline deadlines event events entry entries received
    answer due overdue today passes falls short weighted projects project track
    tracks thematic area areas inquiry inquiries preliminary reply agreement
    agreements party parties partnership partnerships rolling given none lists
    active ended planned ongoing finished cancelled declined accepted referred
    withdrawn acknowledged assessment assessments counted count ends past
    municipality university college other role lead member name kind number
    contents contact documents links key figures period signed governance
    processing time intake annual cycle network way passed fell
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[A-Za-zÆØÅæøå]+")


#: A recurrence rule as the file writes it (FREQ=YEARLY;BYMONTH=3).  Rules are
#: shown as written until they are described in words (issue 13, section 4).
_RRULE = re.compile(r"(?:RRULE:)?FREQ=[A-Z0-9=;,+-]+")


def _english(text: str) -> list[str]:
    text = _RRULE.sub(" ", text)
    return sorted({word for word in _WORD.findall(text) if word.lower() in ENGLISH})


def _visible(markup: str) -> str:
    """Return the text of HTML or SVG without tags, styles, scripts and attribute values."""
    markup = re.sub(r"<(style|script)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]*>", " ", markup))


def _ics_text(ics: str) -> str:
    unfolded = re.sub(r"\r?\n[ \t]", "", ics)
    values = [
        line.split(":", 1)[1]
        for line in unfolded.splitlines()
        if line.split(":", 1)[0].split(";")[0] in ("SUMMARY", "DESCRIPTION", "X-WR-CALNAME", "NAME")
    ]
    return "\n".join(values).replace("\\n", " ").replace("\\,", ",")


def _command(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _outputs(
    path: Path, partnership: Partnership, language: str, capsys: pytest.CaptureFixture[str]
) -> Iterator[tuple[str, str]]:
    for fmt in ("md", "html"):
        page = render_page(partnership, language=language, format=fmt, year=YEAR).text
        yield f"page.{fmt}", _visible(page) if fmt == "html" else page
    entries = calendar_entries(partnership, START, END)
    yield "ics", _ics_text(entries_ics(partnership, entries, language=language))
    yield "svg", _visible(arshjul_svg(partnership, year=YEAR, language=language))
    span = ["--from", START.isoformat(), "--to", END.isoformat(), "--lang", language]
    yield "calendar", _command(capsys, "calendar", str(path), *span)
    # Days around Easter, 17 May, the summer closure and Christmas.
    for received in ("2026-03-27", "2026-05-13", "2026-06-26", "2026-12-18"):
        for it in partnership.inquiry_types:
            argv = ["due", str(path), "--inquiry-type", it.id, "--received", received]
            yield f"due {it.id} {received}", _command(capsys, *argv, "--lang", language)
    if path in EXAMPLES:
        status = _command(capsys, "status", str(path), "--on", "2026-11-26", "--lang", language)
        yield "status", status
    network = ["network", *map(str, PARTNERSHIPS), "--on", "2026-06-01", "--lang", language]
    for fmt in ("text", "md"):
        yield f"network {fmt}", _command(capsys, *network, "--format", fmt)


@pytest.mark.parametrize("language", ["nb", "nn"])
@pytest.mark.parametrize("path", PARTNERSHIPS, ids=lambda path: path.name)
def test_norwegian_output_has_no_english(
    path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    partnership = unikom.load(path)
    found = {
        name: words
        for name, text in _outputs(path, partnership, language, capsys)
        if (words := _english(text))
    }
    assert found == {}


def test_the_word_list_catches_what_it_should() -> None:
    assert _english("Flyttet fra 1. mars (Sunday), public holiday") == [
        "Sunday",
        "holiday",
        "public",
    ]
    assert _english("Frist: 2. mars, stengt: Fellesferie (lørdag og søndag)") == []
