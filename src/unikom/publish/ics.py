"""The årshjul as an iCalendar (.ics) file, for Outlook, Google Calendar and the like."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from unikom._version import __version__
from unikom.deadlines import CalendarEntry, calendar_entries
from unikom.model import words
from unikom.model._arguments import language_argument
from unikom.model.errors import ArgumentError

if TYPE_CHECKING:
    from unikom.model.partnership import Partnership


def calendar_ics(
    partnership: Partnership,
    start: dt.date,
    end: dt.date,
    *,
    language: str | None = None,
    stamp: dt.datetime | None = None,
) -> str:
    """Return the årshjul events and intake deadlines from *start* to *end* as iCalendar text.

    Each occurrence is one VEVENT, all-day unless an intake deadline closes at a
    time of day (then it is timed, in its time zone); its UID is stable (see
    :meth:`CalendarEntry.uid`), so importing a newer file updates the entries
    instead of adding copies.  Texts are in *language* (default: the
    partnership's main language).  *stamp* is the DTSTAMP, the time the file is
    made (default: now, in UTC); pass a fixed one for reproducible output.
    """
    if language is not None:
        language = language_argument(language)
    if stamp is not None and not isinstance(stamp, dt.datetime):
        raise ArgumentError("stamp", f"expected a datetime or None, got {stamp!r}")
    return entries_ics(
        partnership,
        calendar_entries(partnership, start, end),
        language=language,
        stamp=stamp,
    )


def entries_ics(
    partnership: Partnership,
    entries: Sequence[CalendarEntry],
    *,
    language: str | None = None,
    stamp: dt.datetime | None = None,
) -> str:
    """Return calendar *entries* as iCalendar text (see :func:`calendar_ics`)."""
    import icalendar  # deferred: a slow import that only this output needs

    language = language or partnership.languages[0]
    stamp = stamp or dt.datetime.now(dt.UTC)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//unikom//unikom {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = ics_text(partnership.name.get(language))
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    timed = False
    for entry in entries:
        event = icalendar.Event()
        event.add("uid", ics_text(entry.uid(partnership.id)))
        event.add("dtstamp", stamp)
        moment = _moment(entry)
        if moment is None:
            event.add("dtstart", entry.date)
            event.add("dtend", entry.date + dt.timedelta(days=1))
        else:
            # A deadline at a time of day is a moment in its own time zone, so a
            # calendar in another zone shows it at the right hour.
            timed = True
            event.add("dtstart", moment)
            event.add("dtend", moment)
        event.add("summary", ics_text(entry.label(language)))
        description = _description(entry, language)
        if description:
            event.add("description", ics_text(description))
        # Calendar apps show categories beside the event: in the reader's language.
        kind = words.word(f"calendar.kind.{entry.kind.value}", language)
        event.add("categories", [ics_text(kind)])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    if timed:
        first = min(entry.date for entry in entries)
        last = max(entry.date for entry in entries)
        cal.add_missing_timezones(
            first_date=dt.date(first.year, 1, 1), last_date=dt.date(last.year + 1, 1, 1)
        )
        # icalendar comments each zone it adds in English («This timezone only
        # works from …»); the file is in the reader's language, and the zone's
        # rules say the same to a program.
        for zone in cal.walk("VTIMEZONE"):
            zone.pop("COMMENT", None)
    text: str = cal.to_ical().decode("utf-8")
    return text


def _moment(entry: CalendarEntry) -> dt.datetime | None:
    """Return when a timed deadline closes, in its time zone (None for an all-day entry)."""
    if entry.time is None or entry.time_zone is None:
        return None
    import zoneinfo

    hour, minute = (int(part) for part in entry.time.split(":"))
    return dt.datetime.combine(
        entry.date, dt.time(hour, minute), tzinfo=zoneinfo.ZoneInfo(entry.time_zone)
    )


#: Every way text can break a line; each becomes the one line break iCalendar escapes.
_LINE_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})


def ics_text(value: str) -> Any:
    """Return *value* as an iCalendar TEXT value, escaped by icalendar itself.

    A plain string given to icalendar is checked with ``assert`` (gone under
    ``python -O``) and a lone CR passes raw; its own ``vText`` escapes line
    breaks, commas and semicolons, so no text can end a property or the file.
    """
    import icalendar

    return icalendar.vText(value.replace("\r\n", "\n").translate(_LINE_BREAKS))


def _description(entry: CalendarEntry, language: str) -> str:
    parts = [text.get(language) for text in (entry.description, entry.note) if text is not None]
    if entry.moved_past:
        parts.append(entry.moved_text(language))
    return "\n\n".join(parts)


__all__ = ["calendar_ics", "entries_ics"]
