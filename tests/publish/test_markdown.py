"""Markdown output is inert: values from files render as their own characters, in two renderers.

Every check renders with markdown-it-py (CommonMark, raw HTML allowed) and
Python-Markdown (what MkDocs uses, with the extensions MkDocs sites turn on),
then reads the HTML back: no tag but the template's own, no event handler, no
link to anything but http, https or mailto.
"""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import attrs
import markdown as python_markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import unikom
from unikom.model._fields import Url
from unikom.model._validation import schema_checked
from unikom.model.contact import Link
from unikom.model.text import Text
from unikom.publish import _markdown as md
from unikom.publish.page import render_page

ROOT = Path(__file__).resolve().parents[2]
TRONDHEIM = ROOT / "examples" / "trondheim"

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


def assert_inert(rendered: str) -> None:
    parser = _Tags()
    parser.feed(rendered)
    for tag, attributes in parser.tags:
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
