"""The public page: structure, languages, fallbacks and safety of the rendered HTML."""

from __future__ import annotations

import itertools
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

import unikom
from unikom.model.text import Text
from unikom.publish._templating import environment
from unikom.publish.page import ARSHJUL_BLOCK, render_page, split_paragraphs

NORDFJELL = Path(__file__).resolve().parents[2] / "examples" / "nordfjell"
VOID = {"meta", "br", "img", "input", "link", "hr", "col", "area", "base", "source", "wbr"}


class PageParser(HTMLParser):
    """Collect headings, the language each piece of text is in, and any outside asset."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str | None]] = []
        self.headings: list[tuple[int, str]] = []
        self.texts: list[tuple[str, str | None]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.root_lang: str | None = None
        self._heading: list[str] | None = None

    def lang(self) -> str | None:
        return next((lang for _tag, lang in reversed(self.stack) if lang), None)

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs_)
        self.tags.append((tag, attributes))
        if tag == "html":
            self.root_lang = attributes.get("lang")
        if tag in VOID:
            return
        self.stack.append((tag, attributes.get("lang")))
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1]}"
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self._heading is not None:
            self.headings.append((int(tag[1]), "".join(self._heading).strip()))
            self._heading = None
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        # A script (the schema.org description) and a style are read by programs, not shown.
        if self.stack and self.stack[-1][0] in ("script", "style"):
            return
        if data.strip():
            self.texts.append((data.strip(), self.lang()))
        if self._heading is not None:
            self._heading.append(data)


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], "every element is closed"
    return parser


def lang_of(page: PageParser, text: str) -> str | None:
    found = [lang for data, lang in page.texts if text in data]
    assert found, f"{text!r} is not on the page"
    return found[0]


@pytest.fixture(scope="module")
def nordfjell() -> unikom.Partnership:
    return unikom.load(NORDFJELL)


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_headings_go_down_one_level_at_a_time(nordfjell: unikom.Partnership, language: str) -> None:
    page = parse(render_page(nordfjell, language=language, format="html").text)
    levels = [level for level, _text in page.headings]
    assert levels[0] == 1
    assert levels.count(1) == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, page.headings


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_page_says_its_language(nordfjell: unikom.Partnership, language: str) -> None:
    page = parse(render_page(nordfjell, language=language, format="html").text)
    assert page.root_lang == language


def test_texts_shown_in_another_language_carry_their_own_lang(
    nordfjell: unikom.Partnership,
) -> None:
    rendered = render_page(nordfjell, language="nb", format="html")
    page = parse(rendered.text)
    # The data is in nynorsk and English; the page's own words are bokmål.
    assert lang_of(page, "Kunnskapsalliansen Nordfjell") == "nn"
    assert lang_of(page, "Flaum, ras og samfunnstryggleik") == "nn"
    assert lang_of(page, "Hvem vi er") == "nb"
    assert lang_of(page, "Slik sender du en henvendelse") == "nb"
    # Plain strings (names of places and people) are in no language of their own.
    assert lang_of(page, "Fjellvik kommune") == "nb"
    assert rendered.fallbacks
    assert {(f.wanted, f.used) for f in rendered.fallbacks} == {("nb", "nn")}
    assert ("name",) in {f.pointer for f in rendered.fallbacks}


def test_a_complete_translation_needs_no_fallback(nordfjell: unikom.Partnership) -> None:
    rendered = render_page(nordfjell, language="en", format="html")
    assert rendered.fallbacks == ()
    page = parse(rendered.text)
    assert {lang for _text, lang in page.texts} == {"en"}


def test_the_page_fetches_nothing_from_elsewhere(nordfjell: unikom.Partnership) -> None:
    html = render_page(nordfjell, language="nb", format="html").text
    page = parse(html)
    tags = {tag for tag, _attributes in page.tags}
    assert not tags & {"link", "img", "iframe", "object", "embed"}
    # The one script is a data block for search engines (JSON-LD): never run, fetches nothing.
    scripts = [attributes for tag, attributes in page.tags if tag == "script"]
    assert scripts == [{"type": "application/ld+json"}]
    assert not any("src" in attributes for _tag, attributes in page.tags)
    assert "@import" not in html
    assert "url(" not in html


def test_the_page_tells_how_to_send_an_inquiry(nordfjell: unikom.Partnership) -> None:
    html = render_page(nordfjell, language="en", format="html").text
    page = parse(html)
    words = " ".join(data for data, _lang in page.texts)
    headings = [text for _level, text in page.headings]
    for heading in (
        "Who we are",
        "Why we work together",
        "Goals",
        "Thematic areas",
        "Tracks and programmes",
        "How to send an inquiry",
        "Inquiry about research collaboration",
        "The form asks for",
        "Assessment criteria",
        "Requirements before work starts",
        "Deadlines and processing time",
        "How it is handled",
        "Annual cycle (årshjul)",
        "Contact",
        "Documents and links",
    ):
        assert heading in headings
    for text in (
        "What is the project's purpose?",  # a form field
        "1 March every year",  # a deadline
        "Processing time: 20 working days.",
        "Public Administration Act § 11a",
        "Approval from REK",
        "the research coordinator",  # a route step
        "Høgskulen på Fjellvik",
        "kunnskapsalliansen@hfv.example",
    ):
        assert text in words, text
    assert '<a href="mailto:kunnskapsalliansen@hfv.example">' in html
    assert 'href="https://www.fjellvik.example/kunnskapsalliansen/avtale-2024.pdf"' in html


def test_data_cannot_inject_markup(nordfjell: unikom.Partnership) -> None:
    evil = '<script>alert("x")</script>'
    hostile = attrs.evolve(
        nordfjell,
        name=Text(translations={"nn": evil}),
        purposes=(Text.plain(evil),),
    )
    for language in ("nb", "nn"):
        html = render_page(hostile, language=language, format="html").text
        assert "<script>" not in html
        assert "&lt;script&gt;" in html
        # Only the page's own JSON-LD data block: the text added no script.
        scripts = [attributes for tag, attributes in parse(html).tags if tag == "script"]
        assert scripts == [{"type": "application/ld+json"}]


def test_the_arshjul_picture_has_its_own_block() -> None:
    template = environment(html=True).get_template("partnership.html.j2")
    assert ARSHJUL_BLOCK in template.blocks


def test_the_arshjul_picture_is_drawn_in_the_page(nordfjell: unikom.Partnership) -> None:
    html = render_page(nordfjell, language="nn", format="html", year=2026).text
    section = html[html.index('<section id="arshjul"') :]
    svg = section[section.index("<figure>") : section.index("</figure>")]
    assert "<svg" in svg
    # Events are listed in words beside the picture, for screen readers and print.
    assert "20. mars" in section


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_markdown_headings_go_down_one_level_at_a_time(
    nordfjell: unikom.Partnership, language: str
) -> None:
    text = render_page(nordfjell, language=language, format="md").text
    levels = [
        len(line) - len(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")
    ]
    assert levels[0] == 1
    assert levels.count(1) == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1


def test_markdown_has_the_same_facts(nordfjell: unikom.Partnership) -> None:
    text = render_page(nordfjell, language="nn", format="md").text
    assert text.startswith("# Kunnskapsalliansen Nordfjell (KA Nordfjell)\n")
    assert "## Slik sender du ein førespurnad" in text
    # "1." is escaped: a value can sit where a list starts.
    assert "- Frist: 1\\. mars kvart år — før haustsøknadene til Forskingsrådet" in text
    assert "Behandlingstid: 20 verkedagar." in text
    assert "1. Tek imot: forskingskoordinatoren (Fjellvik kommune)" in text
    assert "\n\n\n" not in text


def test_an_unknown_format_is_refused(nordfjell: unikom.Partnership) -> None:
    with pytest.raises(ValueError, match="pdf"):
        render_page(nordfjell, format="pdf")


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("One line.", ["One line."]),
        ("First.\nSecond.", ["First.", "Second."]),  # a folded block's blank line
        ("First\nstill first.\n\nSecond.\n", ["First still first.", "Second."]),  # literal
    ],
)
def test_paragraphs_are_split_as_yaml_writers_mean_them(text: str, paragraphs: list[str]) -> None:
    assert split_paragraphs(text) == paragraphs


def test_a_fresh_starter_renders_with_only_what_it_has(tmp_path: Path) -> None:
    from unikom.model.party import PartyKind
    from unikom.services.scaffold import StarterParty, starter_partnership, write_starter

    text = starter_partnership(
        name="Universitetskommunen Fjellvik",
        parties=[
            StarterParty(
                name="Fjellvik kommune", org_number="100000008", kind=PartyKind.MUNICIPALITY
            ),
            StarterParty(name="UiNF", org_number="100000040", kind=PartyKind.UNIVERSITY),
        ],
    )
    partnership = unikom.load(write_starter(tmp_path, text))
    page = parse(render_page(partnership, language="nb", format="html").text)
    # Who we are (municipalities, institutions), then the starter's illustrative
    # track, årshjul event and closed period, headings never skipping a level.
    levels = [level for level, _text in page.headings]
    assert levels[:4] == [1, 2, 3, 3]
    assert all(after <= before + 1 for before, after in itertools.pairwise(levels))
    assert [text for _level, text in page.headings][:2] == [
        "Universitetskommunen Fjellvik",
        "Hvem vi er",
    ]


def test_lists_are_written_as_the_language_writes_them() -> None:
    from markupsafe import Markup

    from unikom.publish.page import _Page

    partnership = unikom.load(NORDFJELL)
    html = _Page(partnership, "nn", html=True)
    items = ["<a>", Markup('<span lang="en">Health</span>'), "c"]
    assert html.listing(items) == '&lt;a&gt;, <span lang="en">Health</span> og c'
    assert _Page(partnership, "en", html=False).listing(["a", "b", "c"]) == "a, b and c"
    assert _Page(partnership, "nb", html=False).listing(["a"]) == "a"
