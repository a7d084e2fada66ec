"""``unikom calendar PARTNERSHIP``: the årshjul and intake deadlines, as text, JSON, .ics or SVG."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from unikom.cli._common import EXIT_INVALID, EXIT_OK, UsageError
from unikom.cli._output import add_output_option, emit
from unikom.cli.partnership_input import (
    language_option,
    load_partnership,
    parse_date,
    pick_language,
)

if TYPE_CHECKING:
    from unikom.deadlines import CalendarEntry
    from unikom.model.partnership import Partnership


#: The longest range ``calendar`` shows, in calendar years (docs/security.md).
MAX_RANGE_YEARS = 10


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom calendar``."""
    parser.add_argument(
        "partnership", metavar="PARTNERSHIP", help="a partnership file or partnership directory"
    )
    parser.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="first day, YYYY-MM-DD (default: 1 January of this year, or of --to's year)",
    )
    parser.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        help="last day, YYYY-MM-DD (default: 31 December of --from's year)",
    )
    parser.add_argument(
        "--format",
        choices=tuple(WRITERS),
        default="text",
        help="text, json, ics (iCalendar) or svg (the årshjul as a wheel; one year at most)",
    )
    language_option(parser)
    add_output_option(parser, "the calendar")


def date_range(start_text: str | None, end_text: str | None) -> tuple[dt.date, dt.date]:
    """Return the range asked for, filling in the calendar year around what was given."""
    start = parse_date(start_text, "--from") if start_text is not None else None
    end = parse_date(end_text, "--to") if end_text is not None else None
    if start is None:
        start = dt.date((end or dt.date.today()).year, 1, 1)
    if end is None:
        end = dt.date(start.year, 12, 31)
    if end < start:
        raise UsageError(
            f"the range ends ({end.isoformat()}) before it starts ({start.isoformat()})"
        )
    if end.year - start.year >= MAX_RANGE_YEARS:
        # The work and the output grow with the range; a person plans a few years ahead.
        raise UsageError(
            f"a calendar covers at most {MAX_RANGE_YEARS} years: "
            f"{start.isoformat()} to {end.isoformat()} is longer"
        )
    return start, end


def run(args: argparse.Namespace) -> int:
    """Print the entries from --from to --to in the chosen format."""
    from unikom.model.errors import DateRangeError

    try:
        return _run(args)
    except DateRangeError as exc:
        raise UsageError(str(exc)) from None


def _run(args: argparse.Namespace) -> int:
    start, end = date_range(args.start, args.end)
    if args.format == "svg" and start.year != end.year:
        raise UsageError(
            f"svg draws one year: --from {start.isoformat()} and --to {end.isoformat()} "
            "must lie in the same year"
        )
    if args.lang is not None and not args.lang.strip():
        raise UsageError("--lang needs a language, e.g. --lang nb")
    partnership = load_partnership(args.partnership)
    if partnership is None:
        return EXIT_INVALID
    language = pick_language(args.lang, partnership)
    emit(args.output, WRITERS[args.format](partnership, start, end, language), [args.partnership])
    return EXIT_OK


def _svg(partnership: Partnership, start: dt.date, end: dt.date, language: str) -> str:
    from unikom.publish.arshjul import arshjul_svg

    return arshjul_svg(partnership, year=start.year, language=language, start=start, end=end)


def _ics(partnership: Partnership, start: dt.date, end: dt.date, language: str) -> str:
    from unikom.deadlines import calendar_entries
    from unikom.publish.ics import entries_ics

    return entries_ics(partnership, calendar_entries(partnership, start, end), language=language)


def _json(partnership: Partnership, start: dt.date, end: dt.date, language: str) -> str:
    from unikom.deadlines import calendar_entries

    data = {
        "partnership": partnership.id,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "language": language,
        "entries": [
            {**entry.to_dict(language), "uid": entry.uid(partnership.id)}
            for entry in calendar_entries(partnership, start, end)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _text(partnership: Partnership, start: dt.date, end: dt.date, language: str) -> str:
    from unikom.deadlines import calendar_entries

    return as_text(partnership, calendar_entries(partnership, start, end), start, end, language)


#: Output format name → the function that writes it: one line per format.
WRITERS: dict[str, Callable[[Partnership, dt.date, dt.date, str], str]] = {
    "text": _text,
    "json": _json,
    "ics": _ics,
    "svg": _svg,
}


def as_text(
    partnership: Partnership,
    entries: list[CalendarEntry],
    start: dt.date,
    end: dt.date,
    language: str,
) -> str:
    """Return one line per entry: date, weekday, kind, label and anything worth knowing."""
    from unikom.model import words

    name = partnership.name.get(language)
    out = [
        words.word(
            "calendar.summary",
            language,
            name=name,
            count=words.counted("calendar.entries", len(entries), language),
            start=start.isoformat(),
            end=end.isoformat(),
        )
    ]
    kinds = {e.kind: words.word(f"calendar.kind.{e.kind.value}", language) for e in entries}
    kind_width = max((len(kind) for kind in kinds.values()), default=0)
    days = [words.weekday(e.date, language, short=True) for e in entries]
    day_width = max((len(day) for day in days), default=0)
    for entry, day in zip(entries, days, strict=True):
        line = f"{entry.date.isoformat()} {day:<{day_width}}  {kinds[entry.kind]:<{kind_width}}  "
        line += entry.label(language)
        if entry.time is not None:
            line += "  " + words.word(
                "calendar.at_time",
                language,
                time=words.clock_time(entry.time, language),
                zone=entry.time_zone or "",
            )
        if entry.body:
            line += f"  [{entry.body}]"
        if entry.moved_past:
            reasons = words.join(
                dict.fromkeys(day.describe(language) for day in entry.moved_past), language
            )
            line += "  " + words.word(
                "calendar.moved", language, nominal=entry.nominal.isoformat(), reasons=reasons
            )
        out.append(line)
    recurring = _recurring(partnership, entries, language)
    if recurring:
        out.extend(["", words.word("calendar.recurring", language)])
        out.extend(f"- {label}: {rule}" for label, rule in recurring)
    return "\n".join(out) + "\n"


def _recurring(
    partnership: Partnership, entries: list[CalendarEntry], language: str
) -> list[tuple[str, str]]:
    """Return how each recurrence rule behind the entries recurs, in words, by its label."""
    from unikom.deadlines import EntryKind, describe_rrule
    from unikom.model import words
    from unikom.model.schedule import RecurringDeadline

    shown = {(entry.kind, entry.id) for entry in entries}
    found = [
        (event.title.get(language), describe_rrule(event.rrule, language, starts=event.starts))
        for event in partnership.annual_cycle
        if (EntryKind.EVENT, event.id) in shown
    ]
    for it in partnership.inquiry_types:
        if (EntryKind.INTAKE_DEADLINE, it.id) not in shown:
            continue
        label = words.word("entry.deadline_prefix", language, title=it.name.get(language))
        found.extend(
            (label, describe_rrule(deadline.rrule, language, starts=deadline.starts))
            for deadline in it.intake.deadlines
            if isinstance(deadline, RecurringDeadline)
        )
    return found
