"""What a reader must know stays on the page: every note and every source, in every language.

The first test walks the model: each note-like field of each class reachable
from a partnership is either shown on the page or listed in
:data:`NOT_FOR_PAGES` with the reason.  A new ``note`` (or ``source…``) field
that the templates forget fails here, whatever the examples hold.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import types
import typing
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import pytest
from markdown_it import MarkdownIt

import unikom
from unikom.model.partnership import Partnership
from unikom.model.schedule import OneOffDeadline
from unikom.model.text import Text
from unikom.model.types import Url
from unikom.publish.page import render_page

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE_NAMES = ("trondheim", "nordfjell", "vest")

#: Note-like fields a page leaves out on purpose, by (class name, field name): the reason.
NOT_FOR_PAGES: dict[tuple[str, str], str] = {}


def note_like(name: str) -> bool:
    """Tell whether a field carries what a reader must know: a note, a source, a mark."""
    return name == "note" or name.startswith("source") or "illustrative" in name


def _classes(hint: Any) -> Iterator[type]:
    args = typing.get_args(hint)
    if not args:
        if isinstance(hint, type) and attrs.has(hint):
            yield hint
        return
    for arg in args:
        yield from _classes(arg)


def reachable(root: type) -> list[type]:
    """Return every attrs class a partnership can hold, *root* first."""
    found: list[type] = []
    todo = [root]
    while todo:
        cls = todo.pop()
        if cls in found or cls is Text:
            continue
        found.append(cls)
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            todo.extend(_classes(hints[field.name]))
    return found


def note_fields() -> list[tuple[str, str]]:
    return sorted(
        (cls.__name__, field.name)
        for cls in reachable(Partnership)
        for field in attrs.fields(cls)
        if note_like(field.name)
    )


def test_the_walk_finds_the_fields_a_reader_needs() -> None:
    # A guard on the walk itself: these must be among what it finds.
    found = set(note_fields())
    assert {
        ("AnnualEvent", "note"),
        ("ClosedPeriod", "note"),
        ("GovernanceBody", "note"),
        ("KeyFigure", "source"),
        ("KeyFigure", "source_name"),
        ("OneOffDeadline", "note"),
        ("HandlingRoute", "note"),
    } <= found


def test_every_listed_exception_names_a_real_field() -> None:
    assert set(NOT_FOR_PAGES) <= set(note_fields())


class _Marker:
    """Hands out a unique, recognisable value for each note-like field it fills."""

    def __init__(self) -> None:
        self.counter = itertools.count(1)
        self.placed: dict[str, tuple[str, str]] = {}

    def value(self, cls: type, name: str, current: Any, hint: Any) -> Any:
        mark = f"MARK{next(self.counter)}X"
        self.placed[mark] = (cls.__name__, name)
        if Text in set(_plain(hint)):
            return Text.plain(f"{mark} note")
        return f"https://example.org/{mark}"

    def fill(self, obj: Any) -> Any:
        if isinstance(obj, tuple):
            return tuple(self.fill(item) for item in obj)
        if not attrs.has(type(obj)) or isinstance(obj, Text):
            return obj
        cls = type(obj)
        hints = typing.get_type_hints(cls)
        changes = {}
        for field in attrs.fields(cls):
            current = getattr(obj, field.name)
            if note_like(field.name):
                changes[field.name] = self.value(cls, field.name, current, hints[field.name])
            else:
                changes[field.name] = self.fill(current)
        return attrs.evolve(obj, **changes)


def _plain(hint: Any) -> Iterator[Any]:
    args = typing.get_args(hint)
    if not args or isinstance(hint, types.GenericAlias):
        yield getattr(hint, "__supertype__", hint)
        return
    for arg in args:
        yield from _plain(arg)


def _load(name: str) -> Partnership:
    return unikom.load(EXAMPLES / name)


def _with_every_kind(partnership: Partnership) -> Partnership:
    """Add what no example holds (a one-off deadline), so that every class is tried."""
    first, *others = partnership.inquiry_types
    one_off = OneOffDeadline(date=dt.date(2027, 3, 1), note=Text.plain("a one-off"))
    intake = attrs.evolve(first.intake, deadlines=(*first.intake.deadlines, one_off))
    return attrs.evolve(partnership, inquiry_types=(attrs.evolve(first, intake=intake), *others))


@pytest.mark.parametrize("page_format", ["md", "html"])
def test_every_note_like_field_is_on_the_page_or_left_out_with_a_reason(page_format: str) -> None:
    marker = _Marker()
    pages = []
    for name in EXAMPLE_NAMES:
        filled = marker.fill(_with_every_kind(_load(name)))
        pages.append(render_page(filled, language="en", format=page_format).text)
    text = "\n".join(pages)
    shown = {where for mark, where in marker.placed.items() if mark in text}
    hidden = {where for mark, where in marker.placed.items() if mark not in text}
    # A field shown for one object but not another is a template gap too.
    assert hidden - set(NOT_FOR_PAGES) == set(), f"dropped from the {page_format} page"
    assert shown & set(NOT_FOR_PAGES) == set(), "listed as not for pages, but shown"
    # Every note-like field of the model was tried: an example holds each class.
    untried = set(note_fields()) - shown - set(NOT_FOR_PAGES)
    assert untried == set(), "no example holds these; add one so that this test covers them"


# -- the examples, in every language -------------------------------------------------------


class _TextOf(HTMLParser):
    """The characters a reader sees in an HTML page (scripts and styles left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "svg"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "svg"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(page: str, page_format: str) -> str:
    html = MarkdownIt().render(page) if page_format == "md" else page
    parser = _TextOf()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def notes_of(obj: Any) -> Iterator[Text]:
    """Yield every note-like text in *obj* (a partnership), walking it as the model does."""
    if isinstance(obj, tuple):
        for item in obj:
            yield from notes_of(item)
        return
    if not attrs.has(type(obj)) or isinstance(obj, Text):
        return
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        if note_like(field.name) and isinstance(value, Text):
            yield value
        else:
            yield from notes_of(value)


@pytest.mark.parametrize(
    ("name", "language", "page_format"),
    list(itertools.product(EXAMPLE_NAMES, ("nb", "nn", "en"), ("md", "html"))),
)
def test_every_note_of_the_examples_is_on_their_pages(
    name: str, language: str, page_format: str
) -> None:
    partnership = _load(name)
    seen = visible_text(
        render_page(partnership, language=language, format=page_format).text, page_format
    )
    notes = list(notes_of(partnership))
    assert notes, "the example has notes"
    for note in notes:
        wanted = " ".join(note.resolve(language)[1].split())
        assert wanted in seen, f"{wanted!r} is not on the {language} {page_format} page"


def test_a_note_beside_an_illustrative_value_is_in_the_same_list_item() -> None:
    # Visible means next to the value, not at the end of the page or in a tooltip.
    page = render_page(_load("trondheim"), language="nb", format="html").text
    assert re.search(
        r"<li>Fellesferie i juli: 1\. juli – 31\. juli<br><span class=\"note\">"
        r"Illustrativt, ikke Trondheims publiserte regel\.</span></li>",
        page,
    )
    assert "title=" not in page


@pytest.mark.parametrize("page_format", ["md", "html"])
def test_a_source_from_a_file_cannot_inject_markup(page_format: str) -> None:
    partnership = _load("trondheim")
    figure = attrs.evolve(
        partnership.key_figures[0],
        source_name=Text.plain('<img src=x onerror=alert(1)> *bold* [x](javascript:y) "q"'),
        source=Url("https://example.org/a?b=<c>&d"),
    )
    page = render_page(
        attrs.evolve(partnership, key_figures=(figure,)), language="nb", format=page_format
    ).text
    html = MarkdownIt().render(page) if page_format == "md" else page
    assert "<img" not in html
    assert "<em>bold</em>" not in html
    assert not any("javascript" in href for href in re.findall(r'href="([^"]*)"', html))
    assert "*bold*" in visible_text(page, page_format)
