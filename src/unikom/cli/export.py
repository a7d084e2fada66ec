"""``unikom export PATH``: the whole partnership as JSON, or as CPSV-AP linked data."""

from __future__ import annotations

import argparse

from unikom.cli._common import EXIT_INVALID, EXIT_OK
from unikom.cli._output import add_output_option, emit

EXPORT_FORMATS = ("json", "jsonld")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom export``."""
    parser.add_argument("path", metavar="PATH", help="a partnership directory or a file in one")
    parser.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="json",
        help="json: the whole directory as one document (schemas/export.schema.json); "
        "jsonld: the inquiry types as public services in CPSV-AP 3.2 (default: json)",
    )
    add_output_option(parser, "the export")


def run(args: argparse.Namespace) -> int:
    """Write the export; return 1 when the partnership is invalid (nothing is written)."""
    from unikom.cli.partnership_input import report_invalid, require_path
    from unikom.model.errors import InvalidDocumentError
    from unikom.services.export import export_text

    require_path(args.path)
    try:
        text = export_text(args.path, args.format)
    except InvalidDocumentError as exc:
        report_invalid(args.path, exc.diagnostics, "nothing_exported")
        return EXIT_INVALID
    emit(args.output, text, [args.path])
    return EXIT_OK
