"""``unikom network PATH...``: several partnerships side by side."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from unikom.cli._common import EXIT_INVALID, EXIT_OK, UsageError

if TYPE_CHECKING:
    from unikom.model.party import Party
    from unikom.services.network import Comparison

OUTPUT_FORMATS = ("text", "json", "md")
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
        choices=("nb", "nn", "en"),
        default="nb",
        help="language of names in the output (default: nb)",
    )


def run(args: argparse.Namespace) -> int:
    """Load every partnership and print the comparison; return 1 if one is invalid."""
    from unikom.check.api import load
    from unikom.cli.formats import write_text
    from unikom.model.errors import InvalidDocumentError
    from unikom.services.network import compare

    on = _parse_date(args.on) if args.on else dt.date.today()
    for path in args.paths:
        if not os.path.exists(path):
            raise UsageError(f"no such file or directory: {path}")
    partnerships = []
    invalid = []
    for path in args.paths:
        try:
            partnerships.append(load(path))
        except InvalidDocumentError as exc:
            write_text(exc.diagnostics, sys.stderr)
            invalid.append(path)
    if invalid:
        print(f"unikom: not valid, nothing compared: {', '.join(invalid)}", file=sys.stderr)
        return EXIT_INVALID
    comparison = compare(partnerships, on=on)
    if args.format == "json":
        json.dump(comparison.to_data(args.lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        lines = _report(comparison, args.lang, markdown=args.format == "md")
        sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--on takes a date written YYYY-MM-DD, not {text!r}") from None


def _report(comparison: Comparison, language: str, *, markdown: bool) -> list[str]:
    from unikom.services.network import ACTIVE_RULE, AREA_RULE, PARTIES_RULE, inquiry_type_data

    on = comparison.on.isoformat()
    labels = [c.label for c in comparison.columns]
    yes = "✓" if markdown else "x"
    out: list[str] = []

    def section(title: str, rule: str | None = None) -> None:
        if out:
            out.append("")
        out.extend([f"## {title}", ""] if markdown else [title, "=" * len(title)])
        if rule:
            out.extend([f"*{rule[0].upper()}{rule[1:]}.*", ""] if markdown else [f"({rule})"])

    def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        out.extend(_markdown_table(headers, rows) if markdown else _text_table(headers, rows))

    if markdown:
        out.append(f"# Unikom network on {on}")
    section(f"Partnerships on {on}", f"a partnership is {ACTIVE_RULE}")
    table(
        ["partnership", "name", "status", f"active on {on}", "municipal", "academic", "other"],
        [
            [
                c.label,
                c.partnership.name.get(language),
                c.partnership.status.value,
                "yes" if c.active else "no",
                *_counts(c.partnership.parties_on(comparison.on)),
            ]
            for c in comparison.columns
        ],
    )

    section(f"Parties on {on}", PARTIES_RULE)
    table(
        ["partnership", "party", "kind", "role", "org. number"],
        [
            [
                c.label,
                party.name.get(language),
                party.kind.value,
                party.effective_role.value,
                party.org_number,
            ]
            for c in comparison.columns
            for party in c.partnership.parties_on(comparison.on)
        ],
    )
    if comparison.shared_parties:
        out.append("")
        out.append(
            "In more than one partnership:" if not markdown else "**In more than one partnership:**"
        )
        out.append("")
        for shared in comparison.shared_parties:
            out.append(
                f"- {shared.name.get(language)} ({shared.org_number}): {', '.join(shared.labels)}"
            )

    section("Agreements")
    agreement_rows = [
        [
            c.label,
            agreement.title.get(language),
            agreement.period.start.isoformat(),
            agreement.period.end.isoformat() if agreement.period.end else "open",
            "yes" if agreement.period.contains(comparison.on) else "no",
        ]
        for c in comparison.columns
        for agreement in c.partnership.agreements
    ]
    if agreement_rows:
        table(["partnership", "agreement", "from", "to", f"covers {on}"], agreement_rows)
    else:
        out.append("None of the partnerships lists an agreement.")

    section("Thematic areas", AREA_RULE)
    if comparison.areas:
        table(
            ["thematic area", *labels],
            [
                [row.name.get(language), *(yes if ids else "" for ids in row.ids)]
                for row in comparison.areas
            ],
        )
    else:
        out.append("None of the partnerships lists a thematic area.")

    section("Inquiry types and processing times")
    inquiry_rows: list[list[str]] = []
    for c in comparison.columns:
        for it in c.partnership.inquiry_types:
            data = inquiry_type_data(it, c, language)
            inquiry_rows.append(
                [
                    data["track_kind"] or data["track"],
                    c.label,
                    data["name"],
                    data["processing_time"] or "not given",
                    data["preliminary_reply_after"],
                    data["intake"],
                ]
            )

    def by_track(row: Sequence[str]) -> tuple[int, int]:
        kind = TRACK_ORDER.index(row[0]) if row[0] in TRACK_ORDER else len(TRACK_ORDER)
        return (kind, labels.index(row[1]))

    if inquiry_rows:
        table(
            [
                "track",
                "partnership",
                "inquiry type",
                "processing time",
                "preliminary reply",
                "intake",
            ],
            sorted(inquiry_rows, key=by_track),
        )
    else:
        out.append("None of the partnerships lists an inquiry type.")
    return out


def _counts(parties: Sequence[Party]) -> list[str]:
    """Count municipal, academic and other parties, as the overview's columns show them."""
    municipal = sum(1 for p in parties if p.kind.is_municipal)
    academic = sum(1 for p in parties if p.kind.is_academic)
    return [str(municipal), str(academic), str(len(parties) - municipal - academic)]


def _text_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            str(cell).ljust(width) for cell, width in zip(cells, widths, strict=True)
        ).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(row) for row in rows)]


def _markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |"

    return [line(headers), "|" + "|".join("---" for _ in headers) + "|", *(line(r) for r in rows)]
