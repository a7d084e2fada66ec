"""The årshjul's dated entries: event occurrences and intake deadlines, in order."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import itertools
from typing import TYPE_CHECKING, Any, assert_never

import attrs

from unikom.deadlines._dates import as_date, within_calendar
from unikom.deadlines.calendars import SkippedDay, working_calendar
from unikom.deadlines.intake import intake_stream, rule_dates
from unikom.model import words
from unikom.model.errors import DateRangeError
from unikom.model.text import Text

if TYPE_CHECKING:
    from unikom.model.governance import AnnualEvent
    from unikom.model.partnership import Partnership


class EntryKind(enum.Enum):
    """What a calendar entry is."""

    EVENT = "event"
    INTAKE_DEADLINE = "intake-deadline"


@attrs.frozen(kw_only=True)
class CalendarEntry:
    """One dated entry of the årshjul: an event occurrence or an intake deadline.

    For an event, ``id`` is the event's id and ``title`` its title; for an intake
    deadline, ``id`` and ``inquiry_type`` are the inquiry type's id and ``title``
    its name.  ``nominal`` is the date the rule gives, which differs from
    ``date`` only for a deadline moved off a non-working day.
    """

    date: dt.date
    kind: EntryKind
    id: str
    title: Text
    nominal: dt.date
    description: Text | None = None
    note: Text | None = None
    body: str | None = None
    inquiry_type: str | None = None
    moved_past: tuple[SkippedDay, ...] = ()
    #: The clock time an intake deadline closes at, HH:MM, in *time_zone*
    #: (None: the end of the day; always None for an event).
    time: str | None = None
    time_zone: str | None = None

    def label(self, language: str) -> str:
        """Return the title as shown in *language*, deadlines with a 'Frist:' prefix."""
        title = self.title.get(language)
        match self.kind:
            case EntryKind.EVENT:
                return title
            case EntryKind.INTAKE_DEADLINE:
                return words.word("entry.deadline_prefix", language, title=title)
            case _:
                assert_never(self.kind)

    def moved_text(self, language: str) -> str:
        """Return why the entry is not on its nominal date, in words ('' when it is)."""
        if not self.moved_past:
            return ""
        reasons = words.join(
            dict.fromkeys(day.describe(language) for day in self.moved_past), language
        )
        return words.word(
            "entry.moved",
            language,
            nominal=words.date(self.nominal, language),
            reasons=reasons,
        )

    def uid(self, partnership_id: str) -> str:
        """Return a UID that stays the same for the same entry across exports.

        It is built from the partnership, the entry's kind and id and its
        nominal date, so that a calendar that imports the file again updates
        the entry (even when a changed closed period moved it) instead of
        adding a copy.
        """
        key = f"{partnership_id}\n{self.kind.value}\n{self.id}\n{self.nominal.isoformat()}"
        return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@unikom"

    def to_dict(self, language: str) -> dict[str, Any]:
        """Return the JSON form, texts resolved in *language*."""
        return {
            "date": self.date.isoformat(),
            "kind": self.kind.value,
            "id": self.id,
            "title": self.title.get(language),
            "label": self.label(language),
            "nominal_date": self.nominal.isoformat(),
            "inquiry_type": self.inquiry_type,
            "body": self.body,
            "description": self.description.get(language) if self.description else None,
            "note": self.note.get(language) if self.note else None,
            "moved_past": [day.to_dict() for day in self.moved_past],
            "time": self.time,
            "time_zone": self.time_zone,
        }


def event_dates(event: AnnualEvent, start: dt.date, end: dt.date) -> list[dt.date]:
    """Return the dates of an årshjul event from *start* to *end*, both included."""
    return list(
        itertools.takewhile(lambda d: d <= end, rule_dates(event.rrule, event.starts, start))
    )


def _order(kind: EntryKind) -> int:
    match kind:
        case EntryKind.EVENT:
            return 0
        case EntryKind.INTAKE_DEADLINE:
            return 1
        case _:
            assert_never(kind)


def calendar_entries(partnership: Partnership, start: dt.date, end: dt.date) -> list[CalendarEntry]:
    """Return every årshjul event and intake deadline from *start* to *end*, both included.

    Entries are sorted by date, then events before deadlines, then by id.  A
    range that ends before it starts raises :class:`DateRangeError`.
    """
    start, end = as_date(start, "start"), as_date(end, "end")
    if end < start:
        raise DateRangeError(
            f"the range ends ({end.isoformat()}) before it starts ({start.isoformat()})"
        )
    with within_calendar():
        entries = _entries(partnership, start, end)
    entries.sort(key=lambda e: (e.date, _order(e.kind), e.id))
    return entries


#: The most dates one calendar holds: ten years of a busy partnership's årshjul
#: and deadlines is a few thousand.  Past it the range (or the file) is refused.
MAX_ENTRIES = 20_000


def _budget(entries: list[CalendarEntry], start: dt.date, end: dt.date) -> None:
    if len(entries) > MAX_ENTRIES:
        raise DateRangeError(
            f"more than {MAX_ENTRIES} dates from {start.isoformat()} to {end.isoformat()}; "
            "ask for a shorter range"
        )


def _entries(partnership: Partnership, start: dt.date, end: dt.date) -> list[CalendarEntry]:
    entries: list[CalendarEntry] = []
    for event in partnership.annual_cycle:
        _budget(entries, start, end)
        entries.extend(
            CalendarEntry(
                date=day,
                kind=EntryKind.EVENT,
                id=event.id,
                title=event.title,
                nominal=day,
                description=event.description,
                note=event.note,
                body=event.body,
            )
            for day in event_dates(event, start, end)
        )
    calendar = working_calendar(partnership)
    events: dict[str, AnnualEvent] = {event.id: event for event in partnership.annual_cycle}
    for it in partnership.inquiry_types:
        if it.intake.is_rolling:
            continue
        for deadline in intake_stream(it, calendar, start, events):
            if deadline.date > end:
                break
            _budget(entries, start, end)
            entries.append(
                CalendarEntry(
                    date=deadline.date,
                    kind=EntryKind.INTAKE_DEADLINE,
                    id=it.id,
                    title=it.name,
                    nominal=deadline.nominal,
                    description=it.intake.note,
                    note=deadline.note,
                    inquiry_type=it.id,
                    moved_past=deadline.moved_past,
                    time=deadline.time,
                    time_zone=deadline.time_zone if deadline.time else None,
                )
            )
    return entries


__all__ = ["CalendarEntry", "EntryKind", "calendar_entries", "event_dates"]
