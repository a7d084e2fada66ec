"""Norway's public holidays as the ``holidays`` package names them.

Holiday names are that package's text, not unikom's, and change between its
releases; tests compare against this lookup instead of spelling names out.
"""

from __future__ import annotations

import datetime as dt

import holidays


def holiday(day: dt.date) -> str:
    """Return the ``holidays`` package's Norwegian name for the public holiday on *day*."""
    names = holidays.country_holidays("NO", years=day.year, language="no")
    name = names.get(day)
    if name is None:
        raise LookupError(f"{day} is no public holiday in Norway")
    return str(name)
