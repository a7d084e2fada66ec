"""The help text of every diagnostic code, read from docs/error-codes.md.

``--format sarif`` gives each code's help to code scanning.  The page is the one
source: the wheel carries a copy of it as ``unikom/error-codes.md`` (see
``force-include`` in pyproject.toml), and a checkout reads ``docs/`` directly.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

#: The copy in an installed wheel.
PACKAGED = Path(__file__).resolve().parents[1] / "error-codes.md"
#: The page itself, in a checkout of the repository (an editable install).
DOCS = Path(__file__).resolve().parents[3] / "docs" / "error-codes.md"
#: Where the documentation is published; relative links in the help become absolute.
DOCS_URL = "https://unikom.github.io/unikom/"

_CODE = re.compile(r"`([a-z]+\.[a-z-]+)`")
_ROW = re.compile(r"\|(?P<codes>[^|]*)\|(?P<severity>[^|]*)\|(?P<meaning>.*)\|[ \t]*")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")


def _absolute(markdown: str) -> str:
    def link(match: re.Match[str]) -> str:
        target = match.group(2)
        if not re.match(r"[a-z]+:", target):
            page, _, anchor = target.partition("#")
            page = page.removesuffix(".md") + "/" if page else "error-codes/"
            target = DOCS_URL + page + (f"#{anchor}" if anchor else "")
        return f"[{match.group(1)}]({target})"

    return _LINK.sub(link, markdown)


def _plain(markdown: str) -> str:
    return _LINK.sub(r"\1", markdown).replace("`", "")


def parse(text: str) -> dict[str, dict[str, str]]:
    """Return code → {severity, section, text, markdown} from the page's tables."""
    section = ""
    codes: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        row = _ROW.fullmatch(line)
        if row is None:
            continue
        names = _CODE.findall(row.group("codes"))
        severity = row.group("severity").strip()
        if not names or severity not in ("error", "warning"):
            continue
        markdown = _absolute(row.group("meaning").strip())
        for name in names:
            if name in codes:
                # A code listed in two sections: its help says both.
                codes[name]["markdown"] += f"\n\n{markdown}"
                codes[name]["text"] += f" {_plain(markdown)}"
                continue
            codes[name] = {
                "severity": severity,
                "section": section,
                "text": _plain(markdown),
                "markdown": markdown,
            }
    return dict(sorted(codes.items()))


@functools.cache
def error_codes() -> dict[str, dict[str, str]]:
    """Return code → severity, section, text and markdown, as docs/error-codes.md says.

    Empty when neither copy of the page can be read; every rule then gets a
    short generic help.
    """
    for path in (PACKAGED, DOCS):
        if path.is_file():
            return parse(path.read_text(encoding="utf-8"))
    return {}
