"""``unikom due PARTNERSHIP --inquiry-type ID --received DATE``: when must we answer?"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Literal, assert_never, get_args

from unikom.cli._common import EXIT_INVALID, EXIT_OK, UsageError
from unikom.cli._output import add_output_option, emit
from unikom.cli.partnership_input import (
    language_option,
    load_partnership,
    parse_date,
    pick_language,
)

if TYPE_CHECKING:
    import datetime as dt

    from unikom.deadlines import DueDates, SkippedDay
    from unikom.model.duration import Duration
    from unikom.model.inquiry_type import ClosureMode


#: What `--format` can ask for.
DueFormat = Literal["text", "json"]


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
        "--party",
        metavar="ID",
        help="the id of the party the inquiry is addressed to: count on that party's "
        "calendar and closed periods (standard 1.1); a party the inquiry type does not "
        "accept, or that was not a party on the day received, is refused as validate "
        "refuses it in an inquiry file",
    )
    parser.add_argument(
        "--format",
        choices=get_args(DueFormat),
        default="text",
        help="output format (default: text)",
    )
    language_option(parser)
    add_output_option(parser, "the dates")


def run(args: argparse.Namespace) -> int:
    """Print the answer-due and preliminary-reply dates and how they were counted."""
    from unikom.deadlines import answer_due
    from unikom.model._fields import CONSTRAINTS, Slug
    from unikom.model.errors import DateRangeError, UnknownInquiryTypeError

    if not CONSTRAINTS[Slug].check(args.inquiry_type):
        # Checked before any lookup, so that no message quotes megabytes of argument.
        lower = args.inquiry_type.strip().lower()
        hint = f"; did you mean '{lower}'?" if CONSTRAINTS[Slug].check(lower) else ""
        raise UsageError(f"--inquiry-type: not an id ({CONSTRAINTS[Slug].what}){hint}")
    received = parse_date(args.received, "--received")
    partnership = load_partnership(args.partnership)
    if partnership is None:
        return EXIT_INVALID
    if args.party is not None and args.party not in [p.id for p in partnership.parties]:
        from unikom.model._suggest import suggest

        ids = [p.id for p in partnership.parties]
        raise UsageError(
            f"--party: no party has the id {args.party!r}{suggest(args.party, ids)} "
            f"(known: {', '.join(ids)})"
        )
    if args.party is not None and (
        problem := partnership.addressee_problem(args.party, args.inquiry_type, received)
    ):
        # An inquiry file addressed so would not validate: no date is given for it either.
        raise UsageError(f"--party: {problem}")
    try:
        dates = answer_due(partnership, args.inquiry_type, received, party=args.party)
    except UnknownInquiryTypeError as exc:
        raise UsageError(f"--inquiry-type: {exc}") from None
    except DateRangeError as exc:
        raise UsageError(f"--received: {exc}") from None
    chosen: DueFormat = args.format
    match chosen:
        case "json":
            text = json.dumps(dates.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        case "text":
            language = pick_language(args.lang, partnership)
            name = partnership.inquiry_type(dates.inquiry_type).name.get(language)
            text = explain(dates, name, language)
        case _:
            assert_never(chosen)
    emit(args.output, text, [args.partnership])
    return EXIT_OK


def _day(day: dt.date, language: str) -> str:
    # ISO dates, the form the commands take, so that a date can be copied back in.
    from unikom.model import words

    return f"{day.isoformat()} ({words.weekday(day, language)})"


def describe(duration: Duration, language: str = "en") -> str:
    """Return a duration in words and, when the file wrote it as an ISO code, that code.

    '10 virkedager', '1 måned (P1M)', '2 weeks (P2W)'.  The file's other form,
    'N working days', is English and is not repeated.
    """
    from unikom.deadlines import describe as in_words
    from unikom.model.duration import DurationUnit

    words = in_words(duration, language)
    if duration.unit is DurationUnit.WORKING_DAYS:
        return words
    return f"{words} ({duration})"


def summarise(days: tuple[SkippedDay, ...], language: str = "en") -> list[str]:
    """Return skipped days in a few lines: weekends counted, other runs as date ranges."""
    from unikom.deadlines import DayKind
    from unikom.model import words

    weekend = sum(1 for day in days if day.kind is DayKind.WEEKEND)
    runs: list[list[SkippedDay]] = []
    for day in days:
        if day.kind is DayKind.WEEKEND:
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
        lines.append(words.counted("due.weekend_days", weekend, language))
    for run in runs:
        first, last = run[0].date.isoformat(), run[-1].date.isoformat()
        reason = run[0].describe(language)
        if len(run) == 1:
            lines.append(f"{first}  {reason}")
        else:
            span = words.word("due.range", language, first=first, last=last)
            lines.append(f"{span}  {reason} ({words.counted('unit.days', len(run), language)})")
    return lines


def _how(
    duration: Duration,
    skipped: tuple[SkippedDay, ...],
    language: str,
    mode: ClosureMode | None = None,
) -> list[str]:
    """Explain a count: what was not counted, what paused it and what moved its end.

    A move past a weekend or public holiday is domstolloven § 149; a move past,
    or a pause for, a closed period is the partnership's own rule and says so.
    """
    from unikom.deadlines import DayKind
    from unikom.model import words
    from unikom.model.duration import DurationUnit
    from unikom.model.inquiry_type import ClosureMode

    described = describe(duration, language)
    suspend = mode is ClosureMode.SUSPEND
    waiting = tuple(d for d in skipped if d.kind is DayKind.WAITING)
    if duration.unit is DurationUnit.WORKING_DAYS:
        lines = [words.word("due.counted_working_days", language, duration=described)]
        counted = tuple(d for d in skipped if d.kind is not DayKind.WAITING)
        if counted:
            lines.append(words.word("due.not_counted", language))
            lines.extend(f"  {line}" for line in summarise(counted, language))
            if any(d.kind is DayKind.CLOSED for d in counted):
                lines.append(f"  ({words.word('due.closed_rule', language)})")
        if waiting:
            lines.append(words.word("due.paused_waiting", language))
            lines.extend(f"  {line}" for line in summarise(waiting, language))
        return lines
    lines = [words.word("due.counted_calendar", language, duration=described)]
    paused_closed = tuple(d for d in skipped if suspend and d.kind is DayKind.CLOSED)
    if paused_closed:
        lines.append(words.word("due.paused_closed", language))
        lines.extend(f"  {line}" for line in summarise(paused_closed, language))
    if waiting:
        lines.append(words.word("due.paused_waiting", language))
        lines.extend(f"  {line}" for line in summarise(waiting, language))
    paused_dates = {d.date for d in (*paused_closed, *waiting)}
    moved = tuple(d for d in skipped if d.date not in paused_dates)
    if moved:
        kinds = {d.kind for d in moved}
        key = (
            "due.moved"
            if DayKind.CLOSED not in kinds
            else "due.moved_closed"
            if kinds == {DayKind.CLOSED}
            else "due.moved_both"
        )
        lines.append(words.word(key, language, day=_day(moved[0].date, language)))
        lines.extend(f"  {line}" for line in summarise(moved, language))
    return lines


def explain(dates: DueDates, name: str, language: str = "en") -> str:
    """Return the due dates and how they were counted, as text for people in *language*."""
    from unikom.model import words

    heads = {
        key: words.word(f"due.{key}", language) + ":"
        for key in ("inquiry_type", "received", "party", "answer_due", "preliminary_reply_by")
    }
    width = max(len(head) for head in heads.values()) + 2

    def line(key: str, value: str) -> str:
        return f"{heads[key]:<{width}}{value}"

    out = [
        line("inquiry_type", f"{dates.inquiry_type} ({name})"),
        line("received", _day(dates.received, language)),
    ]
    if dates.party is not None:
        out.append(line("party", dates.party))
    if dates.due is None or dates.processing_time is None:
        out.append(line("answer_due", words.word("due.no_processing_time", language)))
    else:
        out.append(line("answer_due", _day(dates.due, language)))
        out.extend(
            f"    {text}"
            for text in _how(dates.processing_time, dates.due_skipped, language, dates.closure_mode)
        )
    out.append(line("preliminary_reply_by", _day(dates.preliminary_reply_by, language)))
    out.extend(
        f"    {text}"
        for text in _how(dates.preliminary_reply_after, dates.preliminary_reply_skipped, language)
    )
    key = "due.reply_needed" if dates.preliminary_reply_needed else "due.reply_not_needed"
    out.append(f"    {words.word(key, language)}")
    return "\n".join(out) + "\n"
