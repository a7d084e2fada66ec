"""What the commands that read one partnership share: loading it, reading dates."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from typing import TYPE_CHECKING

from unikom.cli._common import UsageError

if TYPE_CHECKING:
    from unikom.model.partnership import Partnership

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date(text: str, option: str) -> dt.date:
    """Read a YYYY-MM-DD date given to *option*; raise :class:`UsageError` if it is not one."""
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"{option}: {text!r} is not a date; write it YYYY-MM-DD, e.g. 2025-03-01"
        ) from None


def load_partnership(path: str) -> Partnership | None:
    """Load the partnership at *path*, a file or a partnership directory.

    When it is invalid, print its errors as ``unikom validate`` does (to
    standard error, so they never mix with the output) and return None.
    """
    from unikom.check.api import load
    from unikom.model.errors import InvalidDocumentError

    if not os.path.exists(path):
        raise UsageError(f"no such file or directory: {path}")
    try:
        return load(path)
    except InvalidDocumentError as exc:
        for diagnostic in exc.diagnostics:
            print(diagnostic.format(), file=sys.stderr)
        print(
            f"unikom: {path} is not a valid partnership: {len(exc.diagnostics)} error(s)",
            file=sys.stderr,
        )
        return None
