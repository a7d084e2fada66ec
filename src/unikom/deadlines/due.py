"""When an inquiry must be answered, and when a preliminary reply is due.

Time limits are counted the way domstolloven §§ 148–149 count them, which is
the rule forvaltningsloven and most other acts point to (see
:func:`unikom.deadlines.units.deadline`), on the partnership's working calendar.
Every function here is pure: the answer depends on its arguments alone (never
on today's date), and nothing is changed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import attrs

from unikom.deadlines._dates import as_date, is_too_far, too_far
from unikom.deadlines.calendars import SkippedDay, WorkingCalendar, working_calendar
from unikom.deadlines.units import deadline
from unikom.model.duration import Duration
from unikom.model.errors import NotFoundError
from unikom.model.inquiry_type import ONE_MONTH, InquiryType

if TYPE_CHECKING:
    from unikom.model.partnership import Partnership


@attrs.frozen(kw_only=True)
class DueDates:
    """When an inquiry must be answered, and when a preliminary reply is due.

    ``due`` is None when the inquiry type states no ``processing_time``.
    ``skipped`` lists every day that was not counted or that a date moved past,
    for either date, in date order; ``due_skipped`` and
    ``preliminary_reply_skipped`` tell the two apart.
    """

    inquiry_type: str
    received: dt.date
    due: dt.date | None
    preliminary_reply_by: dt.date
    skipped: tuple[SkippedDay, ...]
    processing_time: Duration | None = None
    preliminary_reply_after: Duration = ONE_MONTH
    due_skipped: tuple[SkippedDay, ...] = ()
    preliminary_reply_skipped: tuple[SkippedDay, ...] = ()

    @property
    def preliminary_reply_needed(self) -> bool:
        """Tell whether the answer may come after the preliminary-reply date.

        False when the answer is due before the preliminary reply would be: an
        answer on time makes the preliminary reply unnecessary.
        """
        return self.due is None or self.due >= self.preliminary_reply_by

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form with exactly the keys ``inquiry_type``, ``received``, ``due``,
        ``preliminary_reply_by`` and ``skipped`` (a list of ``{date, reason}``)."""
        return {
            "inquiry_type": self.inquiry_type,
            "received": self.received.isoformat(),
            "due": self.due.isoformat() if self.due is not None else None,
            "preliminary_reply_by": self.preliminary_reply_by.isoformat(),
            "skipped": [day.to_dict() for day in self.skipped],
        }


def inquiry_type_of(partnership: Partnership, inquiry_type: str | InquiryType) -> InquiryType:
    """Return *inquiry_type* itself, or the partnership's inquiry type with that id."""
    if isinstance(inquiry_type, InquiryType):
        return inquiry_type
    for candidate in partnership.inquiry_types:
        if candidate.id == inquiry_type:
            return candidate
    raise NotFoundError("inquiry type", inquiry_type, [it.id for it in partnership.inquiry_types])


def _union(
    first: tuple[SkippedDay, ...], second: tuple[SkippedDay, ...], calendar: WorkingCalendar
) -> tuple[SkippedDay, ...]:
    """Return the days in either list, in order.

    Each list holds every non-working day between its first and last day, so
    two lists that overlap together hold every non-working day from the
    earliest to the latest: one look-up instead of a merge.
    """
    if not second:
        return first
    if not first or first[-1].date < second[0].date:
        return first + second
    if second[-1].date < first[0].date:
        return second + first
    start = min(first[0].date, second[0].date)
    end = max(first[-1].date, second[-1].date)
    return tuple(calendar.non_working_days(start, end))


def answer_due(
    partnership: Partnership, inquiry_type: str | InquiryType, received: dt.date
) -> DueDates:
    """Return when an inquiry received on *received* must be answered.

    The answer is due ``processing_time`` after receipt; a preliminary reply
    (forvaltningsloven § 11a) is due ``preliminary_reply_after`` after receipt
    (one month unless the inquiry type says otherwise).  Both are counted by
    domstolloven §§ 148–149 on the partnership's working calendar.

    *inquiry_type* is an id of one of the partnership's inquiry types, or an
    :class:`InquiryType`.  An unknown id raises :class:`NotFoundError`,
    which is both a :class:`KeyError` and a :class:`UnikomError`.
    """
    it = inquiry_type_of(partnership, inquiry_type)
    received = as_date(received)
    calendar = working_calendar(partnership)
    due: dt.date | None = None
    due_skipped: tuple[SkippedDay, ...] = ()
    # A plain try costs nothing until it catches; this function is called a lot.
    try:
        if it.processing_time is not None:
            due, due_skipped = deadline(calendar, received, it.processing_time)
        reply_by, reply_skipped = deadline(calendar, received, it.preliminary_reply_after)
    except (OverflowError, ValueError) as exc:
        if not is_too_far(exc):
            raise
        raise too_far() from exc
    return DueDates(
        inquiry_type=it.id,
        received=received,
        due=due,
        preliminary_reply_by=reply_by,
        skipped=_union(due_skipped, reply_skipped, calendar),
        processing_time=it.processing_time,
        preliminary_reply_after=it.preliminary_reply_after,
        due_skipped=due_skipped,
        preliminary_reply_skipped=reply_skipped,
    )


__all__ = ["DueDates", "answer_due", "inquiry_type_of"]
