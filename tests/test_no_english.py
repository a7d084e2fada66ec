"""Output in bokmål or nynorsk holds no English: every output, every example.

Each output a person reads (the page in Markdown and HTML, the .ics file, the
årshjul picture, and the text of ``due``, ``calendar``, ``status`` and
``network``) is made in nb and nn for every example and for the deadline test
partnership (which has closed periods and moved deadlines), and searched for
English words.  Only the text a reader sees is searched: HTML and SVG without
their markup, .ics without its property names.  The partnerships' own data is
written in nb, nn and en, so their texts do not bring English in either.
Recurrence rules are searched too: they are shown in words, never as the
RRULE a file writes.  ``unikom init`` is searched as well: the comments of the
starter files it writes and the questions it asks in a terminal (with every
complaint after a bad answer).  A comment's quoted keys, values and commands
(in backticks, or commented-out YAML and indented code) are the file format's
own spelling, so only its sentences are searched.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import unikom
from english import english_words
from terminal import answer, dialogue
from unikom.cli import main
from unikom.deadlines import calendar_entries
from unikom.model import words
from unikom.model.partnership import Partnership
from unikom.model.party import PartyKind
from unikom.publish.arshjul import arshjul_svg
from unikom.publish.ics import entries_ics
from unikom.publish.page import render_page
from unikom.services.scaffold import StarterParty, starter_files

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(path for path in (ROOT / "examples").iterdir() if path.is_dir())
FJORDBY = ROOT / "tests" / "data" / "deadlines" / "fjordby"
PARTNERSHIPS = [*EXAMPLES, FJORDBY]
YEAR = 2026
START, END = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
#: The parts of an RRULE as a file writes it.
_RULE_TOKEN = re.compile(r"\b(?:RRULE|FREQ|BYMONTH|BYMONTHDAY|BYDAY|BYSETPOS|INTERVAL|WKST)\b")


def _visible(markup: str) -> str:
    """Return the text of HTML or SVG without tags, styles, scripts and attribute values."""
    markup = re.sub(r"<(style|script)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]*>", " ", markup))


def _ics_text(ics: str) -> str:
    unfolded = re.sub(r"\r?\n[ \t]", "", ics)
    values = [
        line.split(":", 1)[1]
        for line in unfolded.splitlines()
        if line.split(":", 1)[0].split(";")[0]
        in ("SUMMARY", "DESCRIPTION", "X-WR-CALNAME", "NAME", "CATEGORIES", "LOCATION", "COMMENT")
    ]
    return "\n".join(values).replace("\\n", " ").replace("\\,", ",")


#: A commented-out line of YAML data: '# key: value', '# - id: x', a modeline.
_DATA = re.compile(r"(?:- )?[a-z_-]+:(?: .*)?")
_CODE = re.compile(r"`[^`]*`")


def _comments(yaml_text: str) -> str:
    """Return the sentences of a YAML file's comments, without the code they quote.

    A sentence is written '# Text'; a line indented further ('#     unikom
    validate .') is code, one holding 'key:' is data (its own '  # …' comment,
    after a value, is a sentence).
    """
    sentences = []
    for line in yaml_text.splitlines():
        body = line.strip()
        if not body.startswith("#"):
            continue
        body, _, after_value = body[1:].partition("  # ")
        sentences.append(after_value)
        if body.startswith(" ") and not body.startswith("  ") and not _DATA.fullmatch(body[1:]):
            sentences.append(body[1:])
    return _CODE.sub(" ", " ".join(sentences))


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
        if (words := english_words(text) + _RULE_TOKEN.findall(text))
    }
    assert found == {}


def test_the_word_list_catches_what_it_should() -> None:
    assert english_words("Flyttet fra 1. mars (Sunday), public holiday") == [
        "Sunday",
        "holiday",
        "public",
    ]
    assert english_words("Frist: 2. mars, stengt: Fellesferie (lørdag og søndag)") == []


@pytest.mark.parametrize("examples", [False, True], ids=["as-written", "examples-live"])
@pytest.mark.parametrize("language", ["nb", "nn"])
def test_norwegian_starter_files_have_no_english(language: str, examples: bool) -> None:
    parties = [
        StarterParty(name="Fjellvik kommune", org_number="100000008", kind=PartyKind.MUNICIPALITY),
        StarterParty(
            name="Nordfjell universitet", org_number="100000040", kind=PartyKind.UNIVERSITY
        ),
    ]
    files = starter_files(name="Fjellvik", parties=parties, languages=[language], examples=examples)
    found = {path: english_words(_comments(text)) for path, text in files.items()}
    assert found == {path: [] for path in files}
    # The search sees the sentences: the words of the table are in them.
    assert words.word("starter.note.goals", language) in _comments(files["partnership.yaml"])


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_norwegian_init_questions_have_no_english(
    language: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flags = [] if language == "nb" else ["--languages", language]
    remaining = answer(monkeypatch, dialogue("h", languages=language if flags else None))
    assert main(["init", str(tmp_path), *flags]) == 0
    assert list(remaining) == []
    out = capsys.readouterr().out
    assert words.word("init.retry.at_least_one", language) in out
    assert english_words(out) == []


def test_the_comment_search_keeps_sentences_and_drops_code() -> None:
    text = "\n".join(
        [
            "# yaml-language-server: $schema=https://example.no/the.json",
            "# The parties: `kind` is one of",
            "#     unikom validate the-folder",
            "# agreements:",
            "#   - id: the-agreement",
            "    # role: lead  # if this party hosts",
            "kind: partnership",
        ]
    )
    assert _comments(text).split() == [
        "The",
        "parties:",
        "is",
        "one",
        "of",
        "if",
        "this",
        "party",
        "hosts",
    ]
