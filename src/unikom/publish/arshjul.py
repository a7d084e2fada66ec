"""The årshjul drawn as an SVG wheel: twelve months, each event and deadline at its date.

The drawing is plain SVG text written here, with no external service and no
drawing library: it opens in any browser and can be put on a web page or in a
document as it is.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, assert_never
from xml.sax.saxutils import escape, quoteattr

import attrs

from unikom.deadlines import CalendarEntry, EntryKind, calendar_entries
from unikom.model import words
from unikom.model._arguments import language_argument, optional_date, year_argument
from unikom.model.errors import DateRangeError

if TYPE_CHECKING:
    from unikom.model.partnership import Partnership

_MIN_WIDTH = 1100
_R_OUTER = 240.0
_R_INNER = 180.0
_R_CLOSED = (164.0, 175.0)
_R_MARK = _R_OUTER + 12
_R_ELBOW = _R_OUTER + 34
_COLUMN = _R_OUTER + 90
_LINE = 19.0
_TOP = 90.0
_BOTTOM = 90.0
_MAX_LABEL = 48
_MAX_LEGEND = 90
_LABEL_SIZE = 13
# A generous average glyph width (DejaVu Sans is among the widest fallbacks),
# so that labels fit whichever sans-serif font the reader's browser picks.
_EM = 0.62
_EVENT_COLOUR = "#1f4e79"
_DEADLINE_COLOUR = "#b03a2e"
# The closed band is a graphic that carries meaning: 4.5:1 against the white
# ground, above the 3:1 WCAG 1.4.11 asks of such shapes.
_CLOSED_COLOUR = "#767676"
_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

# Characters XML 1.0 does not allow anywhere, not even escaped.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub("", value))


def _f(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


#: The most dates one picture draws and labels; the rest are counted in a note.
MAX_DRAWN = 200


def arshjul_svg(
    partnership: Partnership,
    *,
    year: int,
    language: str = "nb",
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> str:
    """Return the partnership's årshjul for *year* as SVG text.

    The wheel has the twelve months clockwise from January at the top, the
    closed periods as a grey band inside it, and every årshjul event (circle)
    and intake deadline (diamond) at its date, labelled outside the wheel.
    *start* and *end* narrow the entries shown to part of the year; both must
    lie in *year*, else :class:`DateRangeError` is raised, as it is for a
    year outside 1900–2199 (the years a file's dates may lie in).
    """
    year = year_argument(year, "year")
    language = language_argument(language)
    start, end = optional_date(start, "start"), optional_date(end, "end")
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    start, end = start or first, end or last
    if not (first <= start <= last and first <= end <= last):
        raise DateRangeError(f"the årshjul for {year} can only show dates in {year}")
    return _draw(partnership, calendar_entries(partnership, start, end), year, language)


def _angle(day: dt.date) -> float:
    """Return the angle of *day*'s middle, in radians clockwise from the top."""
    days = 366 if _calendar.isleap(day.year) else 365
    return 2 * math.pi * (day.timetuple().tm_yday - 0.5) / days


@attrs.frozen
class _Frame:
    """Where the wheel's centre is."""

    cx: float
    cy: float

    def point(self, radius: float, angle: float) -> tuple[float, float]:
        """Return the point at *radius* from the centre, *angle* clockwise from the top."""
        return self.cx + radius * math.sin(angle), self.cy - radius * math.cos(angle)


def _ring(frame: _Frame, inner: float, outer: float, a0: float, a1: float) -> str:
    """Return the path of a ring segment from angle *a0* to *a1*."""
    large = 1 if a1 - a0 > math.pi else 0
    x0, y0 = frame.point(outer, a0)
    x1, y1 = frame.point(outer, a1)
    x2, y2 = frame.point(inner, a1)
    x3, y3 = frame.point(inner, a0)
    return (
        f"M{_f(x0)},{_f(y0)} A{_f(outer)},{_f(outer)} 0 {large} 1 {_f(x1)},{_f(y1)} "
        f"L{_f(x2)},{_f(y2)} A{_f(inner)},{_f(inner)} 0 {large} 0 {_f(x3)},{_f(y3)} Z"
    )


def _spread(wanted: list[float], low: float, high: float) -> list[float]:
    """Move label positions (sorted) apart by at least one line, keeping them in bounds."""
    placed = list(wanted)
    for i in range(len(placed)):
        floor = low if i == 0 else placed[i - 1] + _LINE
        placed[i] = max(placed[i], floor)
    for i in reversed(range(len(placed))):
        ceiling = high if i == len(placed) - 1 else placed[i + 1] - _LINE
        placed[i] = min(placed[i], ceiling)
    return placed


def _date_text(day: dt.date, language: str) -> str:
    return words.short_date(day, language)


def _shorten(text: str, limit: int = _MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _label_text(entry: CalendarEntry, language: str) -> str:
    return f"{_date_text(entry.date, language)} {_shorten(entry.label(language))}"


def _width_of(text: str, size: float = _LABEL_SIZE) -> float:
    """Return a width that *text* at *size* pixels will not exceed in common fonts."""
    return len(text) * size * _EM


def _draw(
    partnership: Partnership, entries: Sequence[CalendarEntry], year: int, language: str
) -> str:
    # A person reads a few hundred labels at most; a file with daily events would
    # otherwise make a picture of hundreds of megabytes.  Say what is left out.
    hidden = max(0, len(entries) - MAX_DRAWN)
    total = entries
    entries = entries[:MAX_DRAWN]
    # Each side of the wheel holds the labels of its half of the year; the
    # drawing grows taller when a side has more labels than fit beside it, and
    # wider when the longest label needs it.
    sides: dict[bool, list[tuple[float, CalendarEntry]]] = {True: [], False: []}
    for entry in entries:
        angle = _angle(entry.date)
        sides[math.sin(angle) >= 0 or angle < 1e-9].append((angle, entry))
    most = max(len(sides[True]), len(sides[False]))
    half = max(_R_OUTER + 70, most * _LINE / 2 + 10)
    widest = max((_width_of(_label_text(e, language)) for e in entries), default=0.0)
    width = max(_MIN_WIDTH, 2 * (_COLUMN + widest + 24))
    frame = _Frame(cx=width / 2, cy=_TOP + half)
    height = frame.cy + half + _BOTTOM

    out: list[str] = []
    title = words.word("arshjul.title", language, year=year)
    name = partnership.short_name or partnership.name.get(language)
    events = sum(1 for e in total if e.kind is EntryKind.EVENT)
    summary = words.word(
        "arshjul.summary",
        language,
        events=words.number(events, language),
        deadlines=words.number(len(total) - events, language),
    )
    out.append(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_f(width)}" height="{_f(height)}" '
        f'viewBox="0 0 {_f(width)} {_f(height)}" role="img" '
        'aria-labelledby="arshjul-title arshjul-desc" '
        f"font-family={_attr(_FONT)}>"
    )
    out.append(f'<title id="arshjul-title">{_text(f"{title} — {name}")}</title>')
    out.append(
        f'<desc id="arshjul-desc">{_text(f"{partnership.name.get(language)}: {summary}")}</desc>'
    )
    out.append(f'<rect width="{_f(width)}" height="{_f(height)}" fill="#ffffff"/>')
    out.append(
        f'<text x="{_f(frame.cx)}" y="48" text-anchor="middle" font-size="26" '
        f'font-weight="600" fill="#1a1a1a">{_text(_shorten(f"{title} — {name}", 70))}</text>'
    )
    if hidden:
        note = words.word(
            "arshjul.not_drawn",
            language,
            shown=words.number(len(entries), language),
            hidden=words.number(hidden, language),
        )
        out.append(
            f'<text id="not-drawn" x="{_f(frame.cx)}" y="72" text-anchor="middle" '
            f'font-size="15" fill="#b00020">{_text(note)}</text>'
        )

    # The months, clockwise from January at the top.
    months = words.month_names(language)
    half_day = math.pi / (366 if _calendar.isleap(year) else 365)
    out.append('<g id="months" stroke="#ffffff" stroke-width="2">')
    for month in range(1, 13):
        a0 = _angle(dt.date(year, month, 1)) - half_day
        a1 = _angle(dt.date(year, month, _calendar.monthrange(year, month)[1])) + half_day
        fill = "#dce6f2" if month % 2 else "#c6d6ea"
        out.append(f'<path d="{_ring(frame, _R_INNER, _R_OUTER, a0, a1)}" fill="{fill}"/>')
        x, y = frame.point((_R_INNER + _R_OUTER) / 2, (a0 + a1) / 2)
        out.append(
            f'<text x="{_f(x)}" y="{_f(y)}" text-anchor="middle" dominant-baseline="central" '
            f'font-size="15" stroke="none" fill="#1a1a1a">{_text(months[month - 1])}</text>'
        )
    out.append("</g>")

    # Closed periods as a grey band just inside the months.
    closed_names: list[str] = []
    out.append(f'<g id="closed-periods" fill="{_CLOSED_COLOUR}">')
    for period in partnership.closed_periods:
        period_name = period.name.get(language)
        closed_names.append(period_name)
        for span_start, span_end in period.spans(year):
            a0, a1 = _angle(span_start) - half_day, _angle(span_end) + half_day
            tooltip = (
                f"{period_name}: {words.short_date(span_start, language)}–"
                f"{words.short_date(span_end, language)}"
            )
            out.append(
                f'<path d="{_ring(frame, *_R_CLOSED, a0, a1)}">'
                f"<title>{_text(tooltip)}</title></path>"
            )
    out.append("</g>")

    out.append(
        f'<text id="year" x="{_f(frame.cx)}" y="{_f(frame.cy - 6)}" text-anchor="middle" '
        f'font-size="46" font-weight="700" fill="#1f4e79">{year}</text>'
    )
    out.append(
        f'<text x="{_f(frame.cx)}" y="{_f(frame.cy + 28)}" text-anchor="middle" '
        f'font-size="16" fill="#404040">{_text(_shorten(name, 30))}</text>'
    )

    # Markers on the rim and labels in two columns, joined by leader lines.
    out.append(f'<g id="entries" font-size="{_LABEL_SIZE}">')
    for right, items in sides.items():
        items.sort(key=lambda item: frame.point(_R_ELBOW, item[0])[1])
        wanted = [frame.point(_R_ELBOW, angle)[1] for angle, _ in items]
        placed = _spread(wanted, frame.cy - half + 8, frame.cy + half - 8)
        column = frame.cx + _COLUMN if right else frame.cx - _COLUMN
        for (angle, entry), label_y in zip(items, placed, strict=True):
            out.append(_entry(entry, angle, label_y, column, right, frame, language))
    out.append("</g>")

    out.append(_legend(closed_names, frame.cx, height, language))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _day_in(year: int, month_day: str) -> dt.date:
    month, day = int(month_day[:2]), int(month_day[3:])
    return dt.date(year, month, min(day, _calendar.monthrange(year, month)[1]))


def _entry(
    entry: CalendarEntry,
    angle: float,
    label_y: float,
    column: float,
    right: bool,
    frame: _Frame,
    language: str,
) -> str:
    mx, my = frame.point(_R_MARK, angle)
    ex, ey = frame.point(_R_ELBOW, angle)
    end_x = column - 6 if right else column + 6
    match entry.kind:
        case EntryKind.EVENT:
            colour = _EVENT_COLOUR
            marker = f'<circle cx="{_f(mx)}" cy="{_f(my)}" r="5.5" fill="{colour}"/>'
        case EntryKind.INTAKE_DEADLINE:
            colour = _DEADLINE_COLOUR
            size = 6.5
            points = " ".join(
                f"{_f(mx + dx)},{_f(my + dy)}"
                for dx, dy in ((0, -size), (size, 0), (0, size), (-size, 0))
            )
            marker = f'<polygon points="{points}" fill="{colour}"/>'
        case _:
            assert_never(entry.kind)
    anchor = "start" if right else "end"
    tooltip = f"{words.date(entry.date, language)} {entry.label(language)}"
    return (
        f'<g class="{entry.kind.value}"><title>{_text(tooltip)}</title>{marker}'
        f'<polyline points="{_f(mx)},{_f(my)} {_f(ex)},{_f(ey)} {_f(end_x)},{_f(label_y)}" '
        f'fill="none" stroke="#8c8c8c" stroke-width="0.8"/>'
        f'<text x="{_f(column)}" y="{_f(label_y)}" text-anchor="{anchor}" '
        f'dominant-baseline="central" fill="{colour}">{_text(_label_text(entry, language))}'
        "</text></g>"
    )


def _legend(closed_names: list[str], cx: float, height: float, language: str) -> str:
    # Two rows under the wheel: the two markers, then the closed periods.
    y = height - 58
    left = cx - 230
    parts = [
        '<g id="legend" font-size="14" fill="#1a1a1a">',
        f'<circle cx="{_f(left + 6)}" cy="{_f(y)}" r="5.5" fill="{_EVENT_COLOUR}"/>',
        f'<text x="{_f(left + 18)}" y="{_f(y)}" dominant-baseline="central">'
        f"{_text(words.word('arshjul.event', language))}</text>",
        f'<polygon points="{_f(cx + 36)},{_f(y - 6.5)} {_f(cx + 42.5)},{_f(y)} '
        f'{_f(cx + 36)},{_f(y + 6.5)} {_f(cx + 29.5)},{_f(y)}" fill="{_DEADLINE_COLOUR}"/>',
        f'<text x="{_f(cx + 48)}" y="{_f(y)}" dominant-baseline="central">'
        f"{_text(words.word('arshjul.deadline', language))}</text>",
    ]
    if closed_names:
        closed = f"{words.word('arshjul.closed', language)}: {words.join(closed_names, language)}"
        y += 26
        parts += [
            f'<rect x="{_f(left)}" y="{_f(y - 5)}" width="22" height="10" '
            f'fill="{_CLOSED_COLOUR}"/>',
            f'<text x="{_f(left + 30)}" y="{_f(y)}" dominant-baseline="central">'
            f"{_text(_shorten(closed, _MAX_LEGEND))}</text>",
        ]
    parts.append("</g>")
    return "".join(parts)


__all__ = ["arshjul_svg"]
