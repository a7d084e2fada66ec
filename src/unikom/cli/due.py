"""``unikom due PARTNERSHIP --inquiry-type ID --received DATE``: when must we answer?"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from unikom.cli._common import EXIT_INVALID, EXIT_OK, UsageError
from unikom.cli.partnership_input import load_partnership, parse_date

if TYPE_CHECKING:
    import datetime as dt

    from unikom.deadlines import DueDates, SkippedDay
    from unikom.model.duration import Duration

_WEEKEND = ("Saturday", "Sunday")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom due``."""
    parser.add_argument(
        "partnership", metavar="PARTNERSHIP", help="a partnership file or partnership directory"
    )
    parser.add_argument(
        "--inquiry-type", required=True, metavar="ID", help="the id of the inquiry type"
    )
    parser.add_argument(
        "--received", required=True, metavar="DATE", help="the day the inquiry came in, YYYY-MM-DD"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )


def run(args: argparse.Namespace) -> int:
    """Print the answer-due and preliminary-reply dates and how they were counted."""
    from unikom.deadlines import answer_due
    from unikom.model.errors import DateRangeError, NotFoundError

    received = parse_date(args.received, "--received")
    partnership = load_partnership(args.partnership)
    if partnership is None:
        return EXIT_INVALID
    try:
        dates = answer_due(partnership, args.inquiry_type, received)
    except NotFoundError as exc:
        raise UsageError(f"--inquiry-type: {exc}") from None
    except DateRangeError as exc:
        raise UsageError(f"--received: {exc}") from None
    if args.format == "json":
        json.dump(dates.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        name = partnership.inquiry_type(dates.inquiry_type).name.get(partnership.languages[0])
        sys.stdout.write(explain(dates, name))
    return EXIT_OK


def _day(day: dt.date) -> str:
    # Not strftime's %A, which would follow the locale.
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    return f"{day.isoformat()} ({weekday[day.weekday()]})"


def describe(duration: Duration) -> str:
    """Return a duration in words: '10 working days', '1 month', '2 weeks' …"""
    from unikom.model.duration import DurationUnit

    unit = {
        DurationUnit.WORKING_DAYS: "working day",
        DurationUnit.DAYS: "day",
        DurationUnit.WEEKS: "week",
        DurationUnit.MONTHS: "month",
        DurationUnit.YEARS: "year",
    }[duration.unit]
    return f"{duration.amount} {unit}{'' if duration.amount == 1 else 's'}"


def summarise(days: tuple[SkippedDay, ...]) -> list[str]:
    """Return skipped days in a few lines: weekends counted, other runs as date ranges."""
    weekend = sum(1 for day in days if day.reason in _WEEKEND)
    runs: list[list[SkippedDay]] = []
    for day in days:
        if day.reason in _WEEKEND:
            continue
        previous = runs[-1][-1] if runs else None
        # A weekend inside a closed period does not end the period's run.
        if (
            previous is not None
            and previous.reason == day.reason
            and (day.date - previous.date).days <= 3
        ):
            runs[-1].append(day)
        else:
            runs.append([day])
    lines = []
    if weekend:
        lines.append(f"{weekend} weekend day{'' if weekend == 1 else 's'}")
    for run in runs:
        first, last = run[0].date.isoformat(), run[-1].date.isoformat()
        if len(run) == 1:
            lines.append(f"{first}  {run[0].reason}")
        else:
            lines.append(f"{first} to {last}  {run[0].reason} ({len(run)} days)")
    return lines


def _how(duration: Duration, skipped: tuple[SkippedDay, ...]) -> list[str]:
    from unikom.model.duration import DurationUnit

    words = describe(duration)
    written = "" if str(duration) == words else f" ({duration})"
    if duration.unit is DurationUnit.WORKING_DAYS:
        lines = [
            f"{words}{written}, counted from the day after receipt; "
            "weekends, public holidays and closed days do not count"
        ]
        if skipped:
            lines.append("not counted:")
    else:
        lines = [f"{words}{written} after the day of receipt (domstolloven § 148)"]
        if skipped:
            lines.append(
                f"ends on {_day(skipped[0].date)}, not a working day, so it moves to the "
                "next working day (domstolloven § 149), past:"
            )
    lines.extend(f"  {line}" for line in summarise(skipped))
    return lines


def explain(dates: DueDates, name: str) -> str:
    """Return the due dates and how they were counted, as text for people."""
    out = [
        f"Inquiry type:          {dates.inquiry_type} ({name})",
        f"Received:              {_day(dates.received)}",
    ]
    if dates.due is None or dates.processing_time is None:
        out.append("Answer due:            no processing time is set for this inquiry type")
    else:
        out.append(f"Answer due:            {_day(dates.due)}")
        out.extend(f"    {line}" for line in _how(dates.processing_time, dates.due_skipped))
    out.append(f"Preliminary reply by:  {_day(dates.preliminary_reply_by)}")
    out.extend(
        f"    {line}"
        for line in _how(dates.preliminary_reply_after, dates.preliminary_reply_skipped)
    )
    if dates.preliminary_reply_needed:
        out.append(
            "    if the answer is not given by then, send a preliminary reply saying why "
            "and when to expect it (forvaltningsloven § 11a)"
        )
    else:
        out.append("    not needed if the answer is given by the date it is due")
    return "\n".join(out) + "\n"
