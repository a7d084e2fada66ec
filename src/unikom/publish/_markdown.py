"""Escape values from files for the place they land in Markdown: text, links, table cells.

Files come from anyone, and the Markdown unikom writes is turned into HTML by
MkDocs (Python-Markdown) or any CommonMark renderer.  So no value may start a
block (heading, list, quote, code, thematic break, or an extension's block:
admonition, details, tab, definition), open inline markup (emphasis,
code, links, images, raw HTML, attribute lists) or leave its table cell, and a
link may only go to an http, https or mailto address.  The escapes below are
read the same way by CommonMark (markdown-it-py) and Python-Markdown, which do
not agree on which characters a backslash escapes: HTML's own characters and
those only one of them escapes are written as character references instead.

Everything unikom puts in a Markdown page from a file goes through
:func:`text` or :func:`link`; the templates' output is escaped by
:func:`finalize` unless it is :class:`Markdown` built here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote

from unikom.model import words
from unikom.model.text import UNDETERMINED

if TYPE_CHECKING:
    from unikom.model.text import Text

__all__ = [
    "ALLOWED_SCHEMES",
    "Markdown",
    "concat",
    "filled",
    "finalize",
    "in_language",
    "link",
    "phrase",
    "shown",
    "stand_in",
    "text",
    "url",
]

#: The only kinds of address a link may have.
ALLOWED_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

# Characters both renderers take back from a backslash.  '(' ')' and '!' only
# mean something next to '[' or ']', which are always escaped.
_BACKSLASHED = frozenset("\\`*_{}[]")
# HTML's characters, and those a backslash escapes in CommonMark but not in
# Python-Markdown: written as character references, which both read.
_REFERENCES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "|": "&#124;",
    "~": "&#126;",
}
# Characters that only matter where a block can start: list items, headings,
# thematic breaks ('-', '+', '#' first; '.' or ')' after leading digits).
_LINE_START = frozenset("-+#.)")
# Any run of white space, line breaks of every kind included (str.isspace).
_SPACES = re.compile(r"\s+")
# Characters kept as they are in an address; everything else is percent-encoded.
_URL_SAFE = "/:?#@!$&+,;=%-._~"


class Markdown(str):
    """Markdown built by unikom on purpose: the templates print it as it is."""

    __slots__ = ()


def text(value: object) -> Markdown:
    """Return *value* as inline Markdown text that renders as exactly its characters.

    Every run of white space (line breaks, U+2028 and U+0085 included) becomes
    one space, so a value never starts a block or a new line.
    """
    if isinstance(value, Markdown):
        return value
    return Markdown(_escaped(" ".join(str(value).split()), ""))


def _escaped(words: str, before: str) -> str:
    # *before* is what the line already holds: the rules for a line's start
    # apply only where it holds nothing, or only digits (a list's '1.').
    line = before + words
    digits = len(line) - len(line.lstrip("0123456789"))
    out = []
    for index, char in enumerate(words):
        if char in _BACKSLASHED:
            out.append("\\" + char)
        elif char in _REFERENCES:
            out.append(_REFERENCES[char])
        elif char in _LINE_START and _opens_a_block(char, len(before) + index, digits):
            out.append("\\" + char)
        elif (
            not before
            and index == 0
            and char.isascii()
            and not char.isalnum()
            and not char.isspace()
        ):
            # Extensions give marks at a line's start a meaning of their own:
            # '!!!' an admonition, '???' a details block, '===' a tab, ':' a
            # definition, '///' a block, '*[' an abbreviation.  A reference is
            # read as the character by every renderer and starts none of them.
            out.append(f"&#{ord(char)};")
        else:
            out.append(char)
    return "".join(out)


def _opens_a_block(char: str, index: int, digits: int) -> bool:
    # A value can sit where a block starts (a paragraph, or after "- "): '-', '+'
    # or '#' first make a list item, a break or a heading; '1.' or '1)' after
    # the line's leading *digits* a list.
    if char in ".)":
        return digits > 0 and index == digits
    return index == 0


def concat(*parts: object) -> Markdown:
    """Return *parts* as one line of inline Markdown: Markdown parts as they are, the rest escaped.

    Plain parts keep their spaces (each run of white space becomes one), so
    ``concat("Les mer", ": ", name)`` reads as written.
    """
    out = ""
    for part in parts:
        if isinstance(part, Markdown):
            out += part
            continue
        words = _SPACES.sub(" ", str(part))
        out += _escaped(words.lstrip() if not out else words, out)
    return Markdown(out.strip())


def in_language(tag: str, inner: object) -> Markdown:
    """Return *inner* (escaped unless it is Markdown) marked as written in language *tag*.

    Inline raw HTML, which CommonMark and Python-Markdown both keep while still
    reading the Markdown inside it (WCAG 3.1.2, language of parts).
    """
    return Markdown(f'<span lang="{html.escape(tag, quote=True)}">{text(inner)}</span>')


def shown(value: Text, language: str) -> Markdown:
    """Return *value* in *language* by the fallback rule, escaped; marked with
    :func:`in_language` when it is shown in another language (WCAG 3.1.2)."""
    used, wording = value.resolve(language)
    if used in (UNDETERMINED, language):
        return text(wording)
    return in_language(used, wording)


# A stand-in for a value in a word of the table: no word holds NUL.
_STAND_IN = re.compile("\x00([0-9]+)\x00")


def stand_in(number: int) -> str:
    """Return the stand-in for the *number*-th value placed in a word (see :func:`filled`)."""
    return f"\x00{number}\x00"


def filled(wording: str, values: Sequence[object]) -> Markdown:
    """Return a word table's *wording* as Markdown, each stand-in replaced by its value.

    The word's own text is escaped; each value too, unless it is Markdown
    built on purpose (a fallback's ``lang``, a link), which stays as it is.
    """
    # split() alternates text and the captured numbers: text, 0, text, 1, text.
    pieces = _STAND_IN.split(wording)
    parts = [values[int(piece)] if index % 2 else piece for index, piece in enumerate(pieces)]
    return concat(*parts)


def phrase(key: str, language: str, /, **values: object) -> Markdown:
    """Return the word *key* in *language* with *values* placed by :func:`filled`."""
    names = list(values)
    wording = words.word(key, language, **{name: stand_in(n) for n, name in enumerate(names)})
    return filled(wording, [values[name] for name in names])


def url(address: str) -> str | None:
    """Return *address* percent-encoded for a link target, or None if its scheme is not allowed."""
    address = address.strip()
    scheme, colon, _rest = address.partition(":")
    if not colon or scheme.lower() not in ALLOWED_SCHEMES:
        return None
    return quote(address, safe=_URL_SAFE)


def link(label: object, address: str | None) -> Markdown:
    """Return ``[label](address)``, or only the label when the address is missing or not allowed."""
    shown = text(label)
    target = url(address) if address else None
    if target is None:
        return shown
    return Markdown(f"[{shown}]({target})")


def finalize(value: object) -> object:
    """Escape what a Markdown template prints, unless unikom built it as Markdown."""
    if value is None or isinstance(value, Markdown | int | float):
        return value
    return text(value)
