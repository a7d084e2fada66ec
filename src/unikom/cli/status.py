"""``unikom status PARTNERSHIP_DIR``: open inquiries, assessments and the project portfolio."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from typing import TYPE_CHECKING, TextIO

from unikom.cli._common import EXIT_INVALID, EXIT_OK, UsageError

if TYPE_CHECKING:
    from unikom.model.assessment import CriterionResult
    from unikom.model.partnership import Partnership
    from unikom.services.portfolio import InquirySummary, PortfolioStatus


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom status``."""
    parser.add_argument("directory", metavar="PARTNERSHIP_DIR", help="a partnership directory")
    parser.add_argument(
        "--on",
        metavar="DATE",
        help="report as on this day, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )


def _day(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--on needs a date written YYYY-MM-DD, got {text!r}") from None


def run(args: argparse.Namespace) -> int:
    """Print the status; return 1 when the partnership or any of its files is invalid."""
    from unikom.check.api import load_assembly
    from unikom.cli.formats import write_text
    from unikom.deadlines import answer_due
    from unikom.model.diagnostics import Diagnostic
    from unikom.model.errors import InvalidDocumentError
    from unikom.services.portfolio import iter_portfolio, summarise

    on = _day(args.on)
    if not os.path.isdir(args.directory):
        raise UsageError(f"not a directory: {args.directory}")
    try:
        partnership = load_assembly(args.directory, definition_only=True).model()
    except InvalidDocumentError as exc:
        write_text(exc.diagnostics, sys.stderr)
        print("unikom: the partnership is invalid; run 'unikom validate' on it", file=sys.stderr)
        return EXIT_INVALID
    skipped: list[list[Diagnostic]] = []
    documents = iter_portfolio(args.directory, partnership=partnership, on_invalid=skipped.append)
    status = summarise(
        partnership,
        documents,
        on,
        due_dates=lambda inquiry: answer_due(partnership, inquiry.type, inquiry.received),
    )
    if args.format == "json":
        json.dump(status.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        write_status(status, partnership, sys.stdout)
    if skipped:
        print(
            f"unikom: {len(skipped)} file(s) left out because they are invalid "
            f"(first: {skipped[0][0].file}); run 'unikom validate {args.directory}'",
            file=sys.stderr,
        )
        return EXIT_INVALID
    return EXIT_OK


def _name(partnership: Partnership, kind: str, item_id: str) -> str:
    try:
        if kind == "area":
            return str(partnership.thematic_area(item_id).name)
        return str(partnership.track(item_id).name)
    except KeyError:
        return item_id


def _score(value: bool | float) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:g}"


def _shortfall(result: CriterionResult) -> str:
    if result.threshold is not None:
        return f"{result.criterion} {_score(result.score)} < {result.threshold:g}"
    return f"{result.criterion} answered {_score(result.score)}"


def _outcome_line(item: InquirySummary) -> str:
    outcome = item.outcome
    assert outcome is not None
    if outcome.passed:
        verdict = "passes"
    else:
        short = [_shortfall(r) for r in outcome.shortfalls]
        if not outcome.total_passed:
            short.append(f"total {outcome.total:g} < {outcome.overall_threshold:g}")
        verdict = "falls short: " + ", ".join(short)
    if outcome.max_weighted_score:
        verdict += f" (weighted {outcome.weighted_score:g} of {outcome.max_weighted_score:g})"
    return f"    {item.id:<14} {verdict}"


def _inquiries(status: PortfolioStatus, heading: str, is_open: bool, out: TextIO) -> None:
    groups = {s: items for s, items in status.active.items() if s.is_open is is_open}
    print(f"{heading}: {sum(len(items) for items in groups.values())}", file=out)
    for state, items in groups.items():
        if items:
            print(f"  {state.value.replace('_', ' ')}: {len(items)}", file=out)
        for item in items:
            print(f"    {item.id:<14} since {item.since.isoformat()}  {item.title}", file=out)
            for party in item.addressed_to:
                route = item.routes.get(party)
                via = f" (route {route})" if route else ""
                print(f"    {'':<14} to {party}{via}", file=out)


def write_status(status: PortfolioStatus, partnership: Partnership, out: TextIO) -> None:
    """Write the status report in plain text."""
    title = partnership.short_name or str(partnership.name)
    print(f"{title} — status on {status.on.isoformat()}", file=out)
    print("", file=out)
    _inquiries(status, "Open inquiries", True, out)
    _inquiries(status, "Decided, not yet closed", False, out)
    done = [f"{s.value} {n}" for s, n in status.state_counts.items() if s.is_final and n]
    if done:
        print(f"Done: {', '.join(done)}", file=out)
    if status.due:
        print("", file=out)
        print("Due within 7 days or overdue", file=out)
        for due in status.due:
            if due.overdue:
                when = f"{-due.days_left} day(s) overdue"
            else:
                when = "today" if due.days_left == 0 else f"in {due.days_left} day(s)"
            label = due.what.value.replace("_", " ")
            print(f"  {due.inquiry:<14} {label} due {due.due.isoformat()} ({when})", file=out)
    print("", file=out)
    print(
        f"Assessments (all inquiries so far): {status.assessments_passed} passed, "
        f"{status.assessments_failed} fell short",
        file=out,
    )
    if status.assessed:
        print("  not yet closed, ranked by type (passing first, then by weighted score):", file=out)
    shown_type = None
    for item in status.assessed:
        if item.type != shown_type:
            shown_type = item.type
            try:
                name = str(partnership.inquiry_type(item.type).name)
            except KeyError:
                name = item.type
            print(f"  {name}", file=out)
        print(_outcome_line(item), file=out)
    print("", file=out)
    print(f"Projects under way on {status.on.isoformat()}: {status.under_way}", file=out)
    counts = ", ".join(f"{s.value} {n}" for s, n in status.project_counts.items() if n)
    if counts:
        print(f"  all projects by status: {counts}", file=out)
    print("  by thematic area:", file=out)
    for area_id, n in status.by_area.items():
        print(f"    {_name(partnership, 'area', area_id):<40} {n:>4}", file=out)
    print("  by track:", file=out)
    for track_id, n in status.by_track.items():
        print(f"    {_name(partnership, 'track', track_id):<40} {n:>4}", file=out)
