"""``unikom status PARTNERSHIP_DIR``: open inquiries, assessments and the project portfolio."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from typing import TYPE_CHECKING, Literal, TextIO, assert_never, get_args

from unikom.cli._common import EXIT_INVALID, EXIT_OK, UsageError
from unikom.cli._output import add_output_option, emit
from unikom.cli.partnership_input import (
    date_or_today,
    language_option,
    load_partnership,
    pick_language,
    require_path,
)
from unikom.model import words

if TYPE_CHECKING:
    from unikom.model.assessment import CriterionResult
    from unikom.model.lifecycle import InquiryState
    from unikom.model.partnership import Partnership
    from unikom.services.portfolio import DueItem, InquirySummary, PortfolioStatus


#: What `--format` can ask for.
StatusFormat = Literal["text", "json"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom status``."""
    parser.add_argument("directory", metavar="PARTNERSHIP_DIR", help="a partnership directory")
    parser.add_argument(
        "--on",
        metavar="DATE",
        help="report as on this day, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--format",
        choices=get_args(StatusFormat),
        default="text",
        help="output format (default: text)",
    )
    language_option(parser)
    add_output_option(parser, "the status")


def run(args: argparse.Namespace) -> int:
    """Print the status; return 1 when the partnership or any of its files is invalid."""
    from unikom.deadlines import inquiry_due
    from unikom.model.diagnostics import Diagnostic
    from unikom.services.portfolio import iter_portfolio, summarise

    on = date_or_today(args.on, "--on")
    require_path(args.directory)
    if not os.path.isdir(args.directory):
        raise UsageError(f"not a directory: {args.directory}")
    partnership = load_partnership(args.directory, definition_only=True)
    if partnership is None:
        return EXIT_INVALID
    skipped: list[list[Diagnostic]] = []
    documents = iter_portfolio(args.directory, partnership=partnership, on_invalid=skipped.append)
    status = summarise(
        partnership,
        documents,
        on,
        due_dates=lambda inquiry: inquiry_due(partnership, inquiry, on=on),
    )
    chosen: StatusFormat = args.format
    match chosen:
        case "json":
            text = json.dumps(status.to_dict(), ensure_ascii=False, indent=2, allow_nan=False)
            text += "\n"
        case "text":
            out = io.StringIO()
            write_status(status, partnership, out, pick_language(args.lang, partnership))
            text = out.getvalue()
        case _:
            assert_never(chosen)
    emit(args.output, text, [args.directory])
    if skipped:
        from unikom.cli.formats import status_line

        line = status_line(
            "status.left_out", count=len(skipped), first=skipped[0][0].file, path=args.directory
        )
        print(line, file=sys.stderr)
        return EXIT_INVALID
    return EXIT_OK


def _name(
    partnership: Partnership, kind: Literal["area", "track"], item_id: str, language: str
) -> str:
    try:
        match kind:
            case "area":
                return partnership.thematic_area(item_id).name.get(language)
            case "track":
                return partnership.track(item_id).name.get(language)
            case _:
                assert_never(kind)
    except KeyError:
        return item_id


def _score(value: bool | float, language: str) -> str:
    if isinstance(value, bool):
        return words.word("yes" if value else "no", language)
    return words.number(value, language)


def _shortfall(result: CriterionResult, language: str) -> str:
    if result.threshold is not None:
        return (
            f"{result.criterion} {_score(result.score, language)} < "
            f"{words.number(result.threshold, language)}"
        )
    return words.word(
        "status.answered",
        language,
        criterion=result.criterion,
        score=_score(result.score, language),
    )


def _outcome_line(item: InquirySummary, language: str) -> str:
    outcome = item.outcome
    if outcome is None:
        return f"    {item.id}"
    if outcome.passed:
        verdict = words.word("status.passes", language)
    else:
        short = [_shortfall(r, language) for r in outcome.shortfalls]
        if not outcome.total_passed and outcome.overall_threshold is not None:
            short.append(
                f"{words.word('status.total', language)} {words.number(outcome.total, language)}"
                f" < {words.number(outcome.overall_threshold, language)}"
            )
        verdict = words.word("status.falls_short", language, shortfalls=", ".join(short))
    if outcome.max_weighted_score:
        verdict += " " + words.word(
            "status.weighted",
            language,
            score=words.number(outcome.weighted_score, language),
            most=words.number(outcome.max_weighted_score, language),
        )
    return f"    {item.id:<14} {verdict}"


def _state(state: InquiryState, language: str) -> str:
    return words.word(f"state.{state.value}", language)


def _inquiries(
    status: PortfolioStatus, heading: str, is_open: bool, out: TextIO, language: str
) -> None:
    groups = {s: items for s, items in status.active.items() if s.is_open is is_open}
    print(f"{heading}: {sum(len(items) for items in groups.values())}", file=out)
    for state, items in groups.items():
        if items:
            print(f"  {_state(state, language)}: {len(items)}", file=out)
        for item in items:
            since = words.word("status.since", language, day=item.since.isoformat())
            print(f"    {item.id:<14} {since}  {item.title.get(language)}", file=out)
            for party in item.addressed_to:
                route = item.routes.get(party)
                to = words.word("status.to", language, party=party)
                via = " " + words.word("status.via", language, route=route) if route else ""
                print(f"    {'':<14} {to}{via}", file=out)


def _when(due: DueItem, language: str) -> str:
    if due.overdue:
        days = words.counted("status.days", -due.days_left, language)
        return words.word("status.overdue", language, days=days)
    if due.days_left == 0:
        return words.word("status.today", language)
    days = words.counted("status.days", due.days_left, language)
    return words.word("status.in_days", language, days=days)


def write_status(
    status: PortfolioStatus, partnership: Partnership, out: TextIO, language: str = "en"
) -> None:
    """Write the status report in plain text, its words in *language*."""
    title = partnership.short_name or partnership.name.get(language)
    on = status.on.isoformat()
    print(words.word("status.title", language, title=title, on=on), file=out)
    print("", file=out)
    _inquiries(status, words.word("status.open", language), True, out, language)
    _inquiries(status, words.word("status.decided", language), False, out, language)
    done = [
        f"{_state(s, language)} {n}" for s, n in status.state_counts.items() if s.is_final and n
    ]
    if done:
        print(f"{words.word('status.done', language)}: {', '.join(done)}", file=out)
    if status.due:
        print("", file=out)
        print(words.word("status.due_soon", language), file=out)
        for due in status.due:
            line = words.word(
                "status.due_line",
                language,
                what=words.word(f"due_kind.{due.what.value}", language),
                day=due.due.isoformat(),
                when=_when(due, language),
            )
            print(f"  {due.inquiry:<14} {line}", file=out)
    print("", file=out)
    print(
        words.word(
            "status.assessments",
            language,
            passed=status.assessments_passed,
            failed=status.assessments_failed,
        ),
        file=out,
    )
    if status.assessed:
        print(f"  {words.word('status.ranked', language)}", file=out)
    shown_type = None
    for item in status.assessed:
        if item.type != shown_type:
            shown_type = item.type
            try:
                name = partnership.inquiry_type(item.type).name.get(language)
            except KeyError:
                name = item.type
            print(f"  {name}", file=out)
        print(_outcome_line(item, language), file=out)
    print("", file=out)
    print(
        words.word("status.projects", language, on=on, count=status.under_way),
        file=out,
    )
    counts = ", ".join(
        f"{words.word(f'project_status.{s.value}', language)} {n}"
        for s, n in status.project_counts.items()
        if n
    )
    if counts:
        print(f"  {words.word('status.by_status', language, counts=counts)}", file=out)
    print(f"  {words.word('status.by_area', language)}", file=out)
    for area_id, n in status.by_area.items():
        print(f"    {_name(partnership, 'area', area_id, language):<40} {n:>4}", file=out)
    print(f"  {words.word('status.by_track', language)}", file=out)
    for track_id, n in status.by_track.items():
        print(f"    {_name(partnership, 'track', track_id, language):<40} {n:>4}", file=out)
