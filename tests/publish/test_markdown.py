"""Markdown output is inert: values from files render as their own characters, in two renderers.

Every check renders with markdown-it-py (CommonMark, raw HTML allowed) and
Python-Markdown (what MkDocs uses, with the extensions MkDocs sites turn on),
then reads the HTML back: no tag but the template's own, no event handler, no
link to anything but http, https or mailto.  The one piece of raw HTML the page
writes is ``<span lang="…">`` around a text shown in another language.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import markdown as python_markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import unikom
from unikom.cli import main
from unikom.model._fields import Url
from unikom.model._validation import schema_checked
from unikom.model.contact import Link
from unikom.model.text import Text
from unikom.publish import _markdown as md
from unikom.publish.page import render_page, split_paragraphs

ROOT = Path(__file__).resolve().parents[2]
TRONDHEIM = ROOT / "examples" / "trondheim"
EXAMPLES = sorted(path for path in (ROOT / "examples").iterdir() if path.is_dir())

#: The tags the page and network templates write themselves.
TEMPLATE_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "a", "strong", "em", "hr"}
    | {"table", "thead", "tbody", "tr", "th", "td"}
)

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[klikk](javascript:alert(1))",
    "![bilde](https://evil.example/x.png)",
    "<https://evil.example>",
    "# Overskrift",
    "\n# Overskrift\n",
    "- liste\n- mer",
    "1. nummer",
    "> sitat",
    "    kodeblokk",
    "```\nkode\n```",
    "~~~\nkode",
    "---",
    "a | b | c",
    "{: onclick=alert(1) }",
    "*uthevet* _og_ **sterk** `kode`",
    "&lt;script&gt; &amp; &#60;",
    "tekst\u2028# skjult\u2029- liste\x85> sitat",
    "<!-- kommentar -->",
    "[ref]: javascript:alert(1)",
    "[x][ref]",
    "\\<script>",
    ": definisjon",
    "Tittel\n===",
    "!!! danger",
    '!!! danger "Tittel"',
    "??? warning",
    '???+ note "Åpen"',
    '=== "Fane"',
    "/// details",
    '--8<-- "README.md"',
    "*[HTML]: Hyper Text",
    "[^1]: fotnote",
    "::: blokk",
]

hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(alphabet="<>&\"'`*_[](){}#!|~:-+.=\\/ \n\u2028abcjs0123", min_size=1, max_size=40),
)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attributes))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


#: Python-Markdown's extensions a MkDocs site turns on: this project's own
#: mkdocs.yml (admonitions, details), and what Material sites add (tabs, blocks).
SITE_EXTENSIONS = [
    "admonition",
    "attr_list",
    "def_list",
    "tables",
    "md_in_html",
    "fenced_code",
    "abbr",
    "footnotes",
    "pymdownx.details",
    "pymdownx.superfences",
    "pymdownx.tabbed",
    "pymdownx.blocks.admonition",
    "pymdownx.blocks.details",
]


def renderings(source: str) -> list[str]:
    """Render *source* with both renderers, each as permissive as a site may make it."""
    commonmark = MarkdownIt("commonmark", {"html": True}).enable("table").render(source)
    mkdocs = python_markdown.markdown(source, extensions=SITE_EXTENSIONS)
    return [commonmark, mkdocs]


#: What a ``lang`` the page writes looks like: a language tag, nothing to escape.
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def assert_inert(rendered: str) -> None:
    parser = _Tags()
    parser.feed(rendered)
    for tag, attributes in parser.tags:
        if tag == "span":
            # The only raw HTML the page writes: a text's own language (WCAG 3.1.2).
            assert len(attributes) == 1, (attributes, rendered)
            name, value = attributes[0]
            assert name == "lang", (name, rendered)
            assert LANGUAGE_TAG.fullmatch(value or ""), (value, rendered)
            continue
        assert tag in TEMPLATE_TAGS, (tag, rendered)
        for name, value in attributes:
            assert not name.startswith("on"), (name, rendered)
            assert name == "href", (name, rendered)
            scheme = (value or "").split(":", 1)[0].lower()
            assert scheme in md.ALLOWED_SCHEMES, (value, rendered)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_escaped_text_renders_as_its_own_characters(value: str) -> None:
    for rendered in renderings(f"- {md.text(value)}\n"):
        assert_inert(rendered)
        parser = _Tags()
        parser.feed(rendered)
        shown = "".join(parser.text).strip()
        assert shown == " ".join(value.split()), rendered


@pytest.mark.parametrize("value", HOSTILE)
def test_escaped_text_stays_inside_a_table_cell_and_a_heading(value: str) -> None:
    table = f"| a | b |\n|---|---|\n| {md.text(value)} | x |\n"
    heading = f"# {md.text(value)}\n\nafter\n"
    for source in (table, heading):
        for rendered in renderings(source):
            assert_inert(rendered)
    # The row keeps its two cells.
    commonmark = renderings(table)[0]
    assert commonmark.count("<td>") == 2


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("https://example.no/a b(c)", True),
        ("http://example.no/\"onmouseover='x'", True),
        ("mailto:post@example.no", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:x", False),
        ("//evil.example", False),
        ("evil.example", False),
    ],
)
def test_links_go_only_to_http_https_and_mailto(address: str, allowed: bool) -> None:
    linked = md.link("lenke", address)
    assert ("](" in linked) is allowed
    for rendered in renderings(f"- {linked}\n"):
        assert_inert(rendered)


def _hostile_partnership(value: str) -> unikom.Partnership:
    value = value.replace("\x85", "\u2029")  # NEL is refused in files, so it never gets here
    partnership = unikom.load(TRONDHEIM)
    # Built past the model's checks (names are one line): the page escapes all the same.
    with schema_checked():
        return _built_hostile(partnership, value)


def _built_hostile(partnership: unikom.Partnership, value: str) -> unikom.Partnership:
    party = attrs.evolve(partnership.parties[0], name=Text.plain(value), short_name=None)
    return attrs.evolve(
        partnership,
        name=Text.plain(value),
        description=Text.plain(value + "\n\n" + value),
        parties=(party, *partnership.parties[1:]),
        purposes=(Text.plain(value),),
        links=(Link(title=Text.plain(value), url=Url("https://example.no/(x)<y>")),),
    )


@pytest.mark.parametrize("value", HOSTILE)
def test_a_rendered_page_is_inert(value: str) -> None:
    page = render_page(_hostile_partnership(value), language="nb", format="md").text
    for rendered in renderings(page):
        assert_inert(rendered)


def test_network_markdown_is_inert(tmp_path: Path) -> None:
    source = (TRONDHEIM / "partnership.yaml").read_text(encoding="utf-8")
    hostile = source.replace(
        "Universitetskommunen Trondheim 3.0", "<script>alert(1)</script> | # x [y](javascript:z)"
    )
    assert hostile != source
    copy = tmp_path / "trd"
    copy.mkdir()
    (copy / "partnership.yaml").write_text(hostile, encoding="utf-8")
    for extra in (TRONDHEIM / "inquiry-types").glob("*.yaml"):
        (copy / "inquiry-types").mkdir(exist_ok=True)
        (copy / "inquiry-types" / extra.name).write_text(
            extra.read_text(encoding="utf-8"), encoding="utf-8"
        )
    result = subprocess.run(
        [sys.executable, "-m", "unikom", "network", str(copy), "--format", "md"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "<script>" not in result.stdout
    for rendered in renderings(result.stdout):
        assert_inert(rendered)


# -- texts shown in another language (WCAG 3.1.2) --------------------------------

#: Starts every paragraph of every English text, to find it in the rendered page.
MARK = "Zqx"


def _english_only(value: Any) -> Any:
    """Return *value* with every text in the model given in English only, each paragraph marked."""
    if isinstance(value, Text):
        english = value.resolve("en")[1]
        marked = "\n\n".join(f"{MARK} {part}" for part in split_paragraphs(english))
        return Text(translations={"en": marked})
    if isinstance(value, tuple):
        return tuple(_english_only(item) for item in value)
    if attrs.has(type(value)):
        changes = {
            field.alias: _english_only(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if field.init
        }
        return type(value)(**changes)
    return value


class _Languages(HTMLParser):
    """Collect each piece of text with the language of the element it sits in."""

    VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str | None] = []
        self.pieces: list[tuple[str | None, str]] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.open.append(dict(attributes).get("lang"))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        lang = next((lang for lang in reversed(self.open) if lang), None)
        self.pieces.append((lang, data))


def _pieces(rendered: str) -> Iterator[tuple[str | None, str]]:
    parser = _Languages()
    parser.feed(rendered)
    parser.close()
    assert not parser.open, rendered
    yield from parser.pieces


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.name)
def test_every_text_in_another_language_is_marked_in_both_renderers(example: Path) -> None:
    with schema_checked():
        english = _english_only(unikom.load(example))
        # A track's address adds its "read more" link, whose text names the track.
        tracks = tuple(attrs.evolve(t, url=Url("https://example.no/t")) for t in english.tracks)
        english = attrs.evolve(english, tracks=tracks)
    page = render_page(english, language="nb", format="md")
    assert page.fallbacks
    assert {fallback.used for fallback in page.fallbacks} == {"en"}
    for rendered in renderings(page.text):
        assert_inert(rendered)
        marked = [(lang, data) for lang, data in _pieces(rendered) if MARK in data]
        assert marked, rendered
        outside = [data for lang, data in marked if lang != "en"]
        assert not outside, outside
        # Every paragraph of every fallback shown is in the rendered page.
        assert rendered.count(MARK) == page.text.count(MARK)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.name)
def test_network_markdown_marks_every_text_in_another_language(
    example: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same rule and helper as the page: a partnership written in English
    # only, compared in bokmål, shows each of its names inside <span lang="en">.
    with schema_checked():
        english = _english_only(unikom.load(example))
    folder = tmp_path / example.name
    folder.mkdir()
    unikom.dump(english, folder / "partnership.yaml")
    argv = ["network", str(folder), "--format", "md", "--lang", "nb", "--on", "2026-06-01"]
    assert main(argv) == 0
    source = capsys.readouterr().out
    assert '<span lang="en">' in source
    for rendered in renderings(source):
        assert_inert(rendered)
        marked = [(lang, data) for lang, data in _pieces(rendered) if MARK in data]
        assert marked, rendered
        outside = [data for lang, data in marked if lang != "en"]
        assert not outside, outside
        assert rendered.count(MARK) == source.count(MARK)


@pytest.mark.parametrize("value", HOSTILE)
def test_a_text_in_another_language_cannot_inject_markup(value: str) -> None:
    value = value.replace("\x85", "\u2029")  # NEL is refused in files, so it never gets here
    partnership = unikom.load(TRONDHEIM)
    hostile = Text(translations={"en": value})
    with schema_checked():
        changed = attrs.evolve(
            partnership,
            name=hostile,
            description=Text(translations={"en": f"{value}\n\n{value}"}),
            purposes=(hostile,),
        )
    page = render_page(changed, language="nb", format="md").text
    assert page.startswith('# <span lang="en">')
    for rendered in renderings(page):
        assert_inert(rendered)


def test_the_language_tag_is_escaped_as_an_attribute() -> None:
    assert md.in_language('x"><script>', "a") == '<span lang="x&quot;&gt;&lt;script&gt;">a</span>'


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (
            ("Les mer", ": ", md.in_language("en", "Health")),
            'Les mer: <span lang="en">Health</span>',
        ),
        (("1", ". ok"), "1\\. ok"),
        (("- a", " - b"), "\\- a - b"),
        ((md.text("x"), "# y"), "x# y"),
        (("  a\n\nb  ",), "a b"),
    ],
)
def test_concat_escapes_only_what_it_did_not_build(
    parts: tuple[object, ...], expected: str
) -> None:
    assert md.concat(*parts) == expected
