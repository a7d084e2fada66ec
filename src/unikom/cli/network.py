"""``unikom network PATH...``: several partnerships side by side."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, assert_never, get_args

from unikom.cli._common import EXIT_INVALID, EXIT_OK
from unikom.cli._output import add_output_option, emit
from unikom.cli.partnership_input import date_or_today, load_partnership, require_path
from unikom.model import words
from unikom.publish import _markdown as md

if TYPE_CHECKING:
    from unikom.model.inquiry_type import InquiryType
    from unikom.model.partnership import Partnership
    from unikom.model.party import Party
    from unikom.model.text import Text
    from unikom.services.network import Comparison

#: What `--format` can ask for.
NetworkFormat = Literal["text", "json", "md"]
OUTPUT_FORMATS: tuple[NetworkFormat, ...] = get_args(NetworkFormat)
TRACK_ORDER = ("research", "education", "innovation")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom network``."""
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="partnership directories or files to compare"
    )
    parser.add_argument(
        "--on",
        metavar="DATE",
        help="the date to tell which partnerships are active on, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--format", choices=OUTPUT_FORMATS, default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--lang",
        choices=words.LANGUAGES,
        default="nb",
        help="language of the output: nb, nn or en (default: nb)",
    )
    add_output_option(parser, "the comparison")


def run(args: argparse.Namespace) -> int:
    """Load every partnership and print the comparison; return 1 if one is invalid."""
    from unikom.services.network import compare

    on = date_or_today(args.on, "--on")
    for path in args.paths:
        require_path(path)
    partnerships = []
    invalid = []
    for path in args.paths:
        partnership = load_partnership(path)
        if partnership is None:
            invalid.append(path)
        else:
            partnerships.append(partnership)
    if invalid:
        from unikom.cli.formats import status_line

        print(status_line("network.not_compared", paths=", ".join(invalid)), file=sys.stderr)
        return EXIT_INVALID
    comparison = compare(partnerships, on=on)
    chosen: NetworkFormat = args.format
    match chosen:
        case "json":
            data = comparison.to_data(args.lang)
            text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        case "text" | "md":
            text = "\n".join(_report(comparison, args.lang, markdown=chosen == "md")) + "\n"
        case _:
            assert_never(chosen)
    emit(args.output, text, list(args.paths))
    return EXIT_OK


def _intake(it: InquiryType, partnership: Partnership, language: str, *, markdown: bool) -> str:
    """Return the intake in short words: 'løpende', or the deadlines ('1. mars hvert år').

    In Markdown an event's title shown in another language keeps its own
    ``lang``, as on the partnership's page.
    """
    if it.intake.is_rolling:
        return words.word("network.rolling", language)
    from unikom.deadlines import describe, describe_deadline
    from unikom.deadlines.recurrence import event_title, relative_key
    from unikom.model.schedule import RelativeDeadline

    described: list[object] = []
    for deadline in it.intake.deadlines:
        if described:
            described.append(", ")
        if markdown and isinstance(deadline, RelativeDeadline):
            offset = deadline.offset
            event = md.shown(event_title(partnership, deadline.event), language)
            duration = describe(offset, language) if offset else ""
            described.append(
                md.phrase(relative_key(deadline), language, duration=duration, event=event)
            )
        else:
            described.append(describe_deadline(deadline, partnership, language))
    return md.concat(*described) if markdown else "".join(map(str, described))


def _report(comparison: Comparison, language: str, *, markdown: bool) -> list[str]:
    from unikom.deadlines import describe

    def w(key: str, **values: object) -> str:
        return words.word(key, language, **values)

    def t(text: Text) -> str:
        # A text shown in another language is marked with its lang in Markdown (WCAG 3.1.2).
        return md.shown(text, language) if markdown else text.get(language)

    on = comparison.on.isoformat()
    labels = [c.label for c in comparison.columns]
    yes = "✓" if markdown else "x"
    out: list[str] = []

    def section(title: str, rule: str | None = None) -> None:
        if out:
            out.append("")
        if markdown:
            out.extend([f"## {md.text(title)}", ""])
        else:
            out.extend([title, "=" * len(title)])
        if rule:
            sentence = f"{rule[0].upper()}{rule[1:]}."
            out.extend([f"*{md.text(sentence)}*", ""] if markdown else [f"({rule})"])

    def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        out.extend(_markdown_table(headers, rows) if markdown else _text_table(headers, rows))

    if markdown:
        out.append(f"# {md.text(w('network.title', on=on))}")
    section(w("network.partnerships", on=on), w("network.rule.active"))
    table(
        [
            w("network.partnership"),
            w("network.name"),
            w("network.status"),
            w("network.active_on", on=on),
            w("network.municipal"),
            w("network.academic"),
            w("network.other"),
        ],
        [
            [
                c.label,
                t(c.partnership.name),
                w(f"status.{c.partnership.status.value}"),
                w("yes" if c.active else "no"),
                *_counts(c.partnership.parties_on(comparison.on), language),
            ]
            for c in comparison.columns
        ],
    )

    section(w("network.parties", on=on), w("network.rule.parties"))
    table(
        [
            w("network.partnership"),
            w("network.party"),
            w("network.kind"),
            w("network.role"),
            w("network.org_number"),
        ],
        [
            [
                c.label,
                t(party.name),
                w(f"party.{party.kind.value}"),
                w(f"role.{party.effective_role.value}"),
                party.org_number,
            ]
            for c in comparison.columns
            for party in c.partnership.parties_on(comparison.on)
        ],
    )
    if comparison.shared_parties:
        out.append("")
        out.append(w("network.shared") if not markdown else f"**{md.text(w('network.shared'))}**")
        out.append("")
        for shared in comparison.shared_parties:
            rest = f" ({shared.org_number}): {words.join(shared.labels, language)}"
            if markdown:
                out.append(f"- {md.concat(t(shared.name), rest)}")
            else:
                out.append(f"- {shared.name.get(language)}{rest}")

    section(w("network.agreements"))
    agreement_rows = [
        [
            c.label,
            t(agreement.title),
            agreement.period.start.isoformat(),
            agreement.period.end.isoformat() if agreement.period.end else w("network.open"),
            w("yes" if agreement.period.contains(comparison.on) else "no"),
        ]
        for c in comparison.columns
        for agreement in c.partnership.agreements
    ]
    if agreement_rows:
        table(
            [
                w("network.partnership"),
                w("network.agreement"),
                w("network.from"),
                w("network.to"),
                w("network.covers", on=on),
            ],
            agreement_rows,
        )
    else:
        out.append(w("network.no_agreements"))

    section(w("network.areas"), w("network.rule.areas"))
    if comparison.areas:
        table(
            [w("network.area"), *labels],
            [[t(row.name), *(yes if ids else "" for ids in row.ids)] for row in comparison.areas],
        )
    else:
        out.append(w("network.no_areas"))

    section(w("network.inquiry_types"))
    inquiry_rows: list[tuple[int, int, list[str]]] = []
    for index, c in enumerate(comparison.columns):
        for it in c.partnership.inquiry_types:
            try:
                kind = c.partnership.track(it.track).kind
                track, order = w(f"track.{kind.value}"), TRACK_ORDER.index(kind.value)
            except (KeyError, ValueError):
                track, order = it.track, len(TRACK_ORDER)
            inquiry_rows.append(
                (
                    order,
                    index,
                    [
                        track,
                        c.label,
                        t(it.name),
                        describe(it.processing_time, language)
                        if it.processing_time
                        else w("network.not_given"),
                        describe(it.preliminary_reply_after, language),
                        _intake(it, c.partnership, language, markdown=markdown),
                    ],
                )
            )
    if inquiry_rows:
        table(
            [
                w("network.track"),
                w("network.partnership"),
                w("network.inquiry_type"),
                w("network.processing_time"),
                w("network.preliminary_reply"),
                w("network.intake"),
            ],
            [row for _order, _index, row in sorted(inquiry_rows, key=lambda r: r[:2])],
        )
    else:
        out.append(w("network.no_inquiry_types"))
    return out


def _counts(parties: Sequence[Party], language: str) -> list[str]:
    """Count municipal, academic and other parties, as the overview's columns show them."""
    municipal = sum(1 for p in parties if p.kind.is_municipal)
    academic = sum(1 for p in parties if p.kind.is_academic)
    counts = (municipal, academic, len(parties) - municipal - academic)
    return [words.number(n, language) for n in counts]


def _text_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            str(cell).ljust(width) for cell, width in zip(cells, widths, strict=True)
        ).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(row) for row in rows)]


def _markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    def line(cells: Sequence[str]) -> str:
        # Each cell is escaped whole: a '|', line break or markup from a file stays in it.
        return "| " + " | ".join(md.text(c) for c in cells) + " |"

    return [line(headers), "|" + "|".join("---" for _ in headers) + "|", *(line(r) for r in rows)]
