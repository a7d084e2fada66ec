"""``unikom render PATH``: the partnership's public page as Markdown or HTML."""

from __future__ import annotations

import argparse
import sys

from unikom.cli._common import EXIT_INVALID, EXIT_OK
from unikom.cli._output import add_output_option, emit
from unikom.cli.partnership_input import date_or_today, year_argument
from unikom.model import words

LANGUAGES = words.LANGUAGES
PAGE_FORMATS = ("md", "html")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom render``."""
    parser.add_argument("path", metavar="PATH", help="a partnership directory or file")
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="nb", help="the page's language (default: nb)"
    )
    parser.add_argument(
        "--format",
        choices=PAGE_FORMATS,
        help="md or html (default: from the -o file's suffix, else html)",
    )
    add_output_option(parser, "the page")
    parser.add_argument(
        "--year",
        type=year_argument,
        help="the year the årshjul picture shows (default: this year)",
    )
    parser.add_argument(
        "--on",
        metavar="DATE",
        help="list the parties that are members on this day, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="list every text shown in another language, and fail if there is any",
    )


def run(args: argparse.Namespace) -> int:
    """Render the page; return 1 if the partnership is invalid or, with --strict, untranslated."""
    from unikom.cli.formats import write_text
    from unikom.cli.partnership_input import load_assembly_or_report
    from unikom.model.diagnostics import Severity, sort_key
    from unikom.publish.page import render_page

    page_format = args.format or _format_of(args.output)
    on = date_or_today(args.on, "--on")
    assembly = load_assembly_or_report(args.path)
    if assembly is None:
        return EXIT_INVALID
    page = render_page(
        assembly.model(), language=args.lang, format=page_format, year=args.year, on=on
    )
    emit(args.output, page.text, [args.path])
    if args.strict:
        located = [
            assembly.locator(
                fallback.pointer,
                "render.fallback",
                f"no text in {fallback.wanted} here; the page shows the {fallback.used} text",
                severity=Severity.WARNING,
            )
            for fallback in page.fallbacks
        ]
        write_text(sorted(located, key=sort_key), sys.stderr)
    if page.fallbacks:
        from unikom.cli.formats import status_line

        key = "fallbacks.count" if args.strict else "fallbacks.hint"
        print(status_line(key, count=len(page.fallbacks), language=args.lang), file=sys.stderr)
    return EXIT_INVALID if args.strict and page.fallbacks else EXIT_OK


def _format_of(output: str | None) -> str:
    if output is not None and output.lower().endswith((".md", ".markdown")):
        return "md"
    return "html"
