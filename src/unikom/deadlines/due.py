"""When an inquiry must be answered, and when a preliminary reply is due.

Time limits are counted the way domstolloven §§ 148–149 count them, which is
the rule forvaltningsloven and most other acts point to (see
:func:`unikom.deadlines.units.deadline`), on the partnership's working calendar.
Every function here is pure: the answer depends on its arguments alone (never
on today's date), and nothing is changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from unikom.deadlines._dates import ONE_DAY, as_date, is_too_far, too_far
from unikom.deadlines._pauses import count_with_pauses, nominal_end
from unikom.deadlines.calendars import DayKind, SkippedDay, WorkingCalendar, working_calendar
from unikom.deadlines.units import deadline
from unikom.model._arguments import instance_argument
from unikom.model.duration import Duration, DurationUnit
from unikom.model.errors import ArgumentError, DateRangeError, NotFoundError
from unikom.model.inquiry import Inquiry
from unikom.model.inquiry_type import ONE_MONTH, ClosureMode, InquiryType
from unikom.model.lifecycle import paused_spans
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
    #: The addressed party whose calendar counted (None: the partnership's).
    party: str | None = None
    #: How closed periods acted on the processing time.
    closure_mode: ClosureMode = ClosureMode.EXTEND

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
    instance_argument(partnership, "partnership", Partnership)
    if isinstance(inquiry_type, InquiryType):
        return inquiry_type
    if not isinstance(inquiry_type, str):
        raise ArgumentError(
            "inquiry_type", f"expected an id or an InquiryType, got {inquiry_type!r}"
        )
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
    partnership: Partnership,
    inquiry_type: str | InquiryType,
    received: dt.date,
    *,
    party: str | None = None,
    waiting: Sequence[tuple[dt.date, dt.date]] = (),
) -> DueDates:
    """Return when an inquiry received on *received* must be answered.

    The answer is due ``processing_time`` after receipt; a preliminary reply
    (forvaltningsloven § 11a) is due ``preliminary_reply_after`` after receipt
    (one month unless the inquiry type says otherwise).  Both are counted by
    domstolloven §§ 148–149 on the working calendar of the partnership, or of
    *party* (the id of the party the inquiry is addressed to, standard 1.1).

    Closed periods are the partnership's own rule, applied as the inquiry
    type's ``closures`` say: ``extend`` (the default) treats closed days as
    non-working days; ``suspend`` pauses the count while closed (as
    domstolloven § 140 does for court holidays).  They move the preliminary
    reply only when ``closures.preliminary_reply`` is true, because § 11 a
    moves a limit only past weekends and public holidays.

    *waiting* lists the spans ``(entered, left)`` the inquiry waited for its
    sender; the days after *entered* up to and including *left* do not count
    towards the answer (forvaltningslovforskriften § 39).

    *inquiry_type* is an id of one of the partnership's inquiry types, or an
    :class:`InquiryType`.  An unknown id raises :class:`NotFoundError`,
    which is both a :class:`KeyError` and a :class:`UnikomError`.
    """
    it = inquiry_type_of(partnership, inquiry_type)
    received = as_date(received, "received")
    waiting = _waiting_spans(waiting)
    calendar = working_calendar(partnership, party)
    policy = it.closures
    reply_calendar = calendar if policy.preliminary_reply else calendar.without_closures()
    due: dt.date | None = None
    due_skipped: tuple[SkippedDay, ...] = ()
    # A plain try costs nothing until it catches; this function is called a lot.
    # Finding the days to pause on counts dates too, so it is inside.
    try:
        paused = list(_waiting_days(waiting))
        if policy.mode is ClosureMode.SUSPEND:
            paused.extend(_closed_days(calendar, received, it.processing_time, paused))
        if it.processing_time is not None:
            if paused:
                due, due_skipped = count_with_pauses(calendar, received, it.processing_time, paused)
            else:
                due, due_skipped = deadline(calendar, received, it.processing_time)
        reply_by, reply_skipped = deadline(reply_calendar, received, it.preliminary_reply_after)
    except (OverflowError, ValueError) as exc:
        if not is_too_far(exc):
            raise
        raise too_far() from exc
    return DueDates(
        inquiry_type=it.id,
        received=received,
        due=due,
        preliminary_reply_by=reply_by,
        skipped=_merge(due_skipped, reply_skipped),
        processing_time=it.processing_time,
        preliminary_reply_after=it.preliminary_reply_after,
        due_skipped=due_skipped,
        preliminary_reply_skipped=reply_skipped,
        party=party,
        closure_mode=policy.mode,
    )


def inquiry_due(
    partnership: Partnership,
    inquiry: Inquiry,
    *,
    party: str | None = None,
    on: dt.date | None = None,
) -> DueDates:
    """Return when *inquiry* must be answered, recomputed from its history.

    *party* is the addressed party whose calendar counts (default: the first
    party the inquiry is addressed to, else the partnership's).  Every span
    the inquiry waited for its sender pauses the count; a wait that has not
    ended is taken to end on *on* (default: the day of the last step), so
    the date shown is the earliest the answer can be due.
    """
    if party is None and inquiry.addressed_to:
        party = inquiry.addressed_to[0]
    last = inquiry.history[-1].date if inquiry.history else inquiry.received
    until = max(on or last, last)
    waiting = tuple(
        (entered, left if left is not None else until)
        for entered, left in paused_spans(inquiry.history)
    )
    return answer_due(partnership, inquiry.type, inquiry.received, party=party, waiting=waiting)


def _waiting_spans(waiting: Any) -> list[tuple[dt.date, dt.date]]:
    if isinstance(waiting, str | bytes) or not isinstance(waiting, Iterable):
        raise ArgumentError("waiting", f"expected (entered, left) pairs of dates, got {waiting!r}")
    spans: list[tuple[dt.date, dt.date]] = []
    for span in waiting:
        if not isinstance(span, tuple | list) or len(span) != 2:
            raise ArgumentError(
                "waiting", f"expected an (entered, left) pair of dates, got {span!r}"
            )
        entered, left = as_date(span[0], "waiting"), as_date(span[1], "waiting")
        if left < entered:
            raise DateRangeError(
                f"waiting: the span ends ({left.isoformat()}) before it starts "
                f"({entered.isoformat()})"
            )
        spans.append((entered, left))
    # Spans that overlap pause the same days once: merged, the paused days are
    # each counted once, and a list of repeated spans costs no more than one.
    merged: list[tuple[dt.date, dt.date]] = []
    for entered, left in sorted(spans):
        if merged and entered <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], left))
        else:
            merged.append((entered, left))
    return merged


def _waiting_days(waiting: Sequence[tuple[dt.date, dt.date]]) -> Iterator[SkippedDay]:
    for entered, left in waiting:
        day = entered + ONE_DAY
        while day <= left:
            yield SkippedDay(date=day, kind=DayKind.WAITING, reason="waiting for the sender")
            day += ONE_DAY


def _closed_days(
    calendar: WorkingCalendar,
    received: dt.date,
    limit: Duration | None,
    waiting: list[SkippedDay],
) -> Iterator[SkippedDay]:
    """Yield every day of the closed periods that can fall within a limit that suspends.

    Every day of a closed period pauses the count, weekends and holidays
    inside it too, as every day of a court holiday does.
    """
    if limit is None or limit.unit is DurationUnit.WORKING_DAYS:
        return  # closed days are never working days, so a count of them already skips them
    # Far enough for the limit, every pause and every closed period back to back.
    reach = nominal_end(received, limit) + dt.timedelta(
        days=len(waiting) + 2 * calendar.search_margin
    )
    language = calendar.language
    for year in range(received.year, reach.year + 1):
        for period in calendar.closed_periods:
            for first, last in period.spans(year):
                day = max(first, received + ONE_DAY)
                while day <= min(last, reach):
                    yield SkippedDay(
                        date=day,
                        kind=DayKind.CLOSED,
                        reason=f"closed: {period.name.get(language)}",
                        name=period.name,
                    )
                    day += ONE_DAY


def _merge(first: tuple[SkippedDay, ...], second: tuple[SkippedDay, ...]) -> tuple[SkippedDay, ...]:
    """Return the days in either list, once each, in date order."""
    if not second:
        return first
    if not first:
        return second
    found = {day.date: day for day in second}
    found.update((day.date, day) for day in first)
    return tuple(found[day] for day in sorted(found))


__all__ = ["DueDates", "answer_due", "inquiry_due", "inquiry_type_of"]
