"""The blocks a reader sees on a rendered page, read the same way in Markdown and HTML.

Markdown is rendered with markdown-it-py, so both formats are read as the
blocks (paragraphs, list items, headings, definitions) a reader sees.
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

from markdown_it import MarkdownIt

import unikom
from unikom.publish.page import render_page

_BLOCKS = frozenset({"p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "address"})


class _Blocks(HTMLParser):
    """The text of each block a reader sees, a definition read as 'term: description'."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, list[str]]] = []
        self.blocks: list[tuple[str, str]] = []
        self.term: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.open.append((tag, []))
        elif tag == "br" and self.open:
            self.open[-1][1].append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag not in _BLOCKS or not self.open:
            return
        opened, parts = self.open.pop()
        assert opened == tag
        text = "\n".join(" ".join(line.split()) for line in "".join(parts).split("\n")).strip()
        if tag == "dt":
            self.term = text
        elif tag == "dd" and self.term is not None:
            text = f"{self.term}: {text}"
        self.blocks.append((tag, text))

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[-1][1].append(data)


def as_html(text: str, page_format: str) -> str:
    """Return a rendered page as HTML: Markdown through markdown-it-py, HTML as it is."""
    return MarkdownIt("commonmark").render(text) if page_format == "md" else text


def tagged_blocks(
    partnership: unikom.Partnership,
    language: str,
    page_format: str,
    *,
    on: dt.date | None = None,
) -> list[tuple[str, str]]:
    """Render the page (årshjul year 2026) and return each block's tag and text, in order."""
    text = render_page(partnership, language=language, format=page_format, year=2026, on=on).text
    parser = _Blocks()
    parser.feed(as_html(text, page_format))
    parser.close()
    return parser.blocks


def blocks(
    partnership: unikom.Partnership,
    language: str,
    page_format: str,
    *,
    on: dt.date | None = None,
) -> list[str]:
    """Render the page and return the text of its blocks, in order."""
    return [block for _tag, block in tagged_blocks(partnership, language, page_format, on=on)]


def says(found: list[str], fact: str) -> bool:
    """Tell whether any block holds *fact*."""
    return any(fact in block for block in found)
