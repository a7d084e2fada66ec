"""deadlines.intake: the next date of a deadline counted from an årshjul event, computed by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

import unikom
from unikom.deadlines import next_relative_deadline
from unikom.model._fields import RRuleText, Slug
from unikom.model.duration import Duration, DurationUnit
from unikom.model.governance import AnnualEvent
from unikom.model.inquiry_type import InquiryType
from unikom.model.partnership import Partnership
from unikom.model.schedule import IntakeSchedule, NonWorkingDayPolicy, RelativeDeadline
from unikom.model.text import Text

DATA = Path(__file__).resolve().parents[1] / "data" / "deadlines"
D = dt.date
#: 8 March: a Monday in 2027, a Wednesday in 2028.
MEETING = AnnualEvent(
    id=Slug("mote"),
    title=Text.plain("Møte"),
    rrule=RRuleText("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8"),
)
TWO_DAYS_BEFORE = Duration(amount=2, unit=DurationUnit.DAYS)


def _with(policy: NonWorkingDayPolicy) -> tuple[Partnership, InquiryType, RelativeDeadline]:
    plain = unikom.load(DATA / "holidays-only.yaml")
    rule = RelativeDeadline(event=Slug("mote"), before=TWO_DAYS_BEFORE, non_working_day=policy)
    it = attrs.evolve(plain.inquiry_types[0], intake=IntakeSchedule(deadlines=(rule,)))
    return (
        attrs.evolve(plain, annual_cycle=(MEETING,), inquiry_types=(it,)),
        it,
        rule,
    )


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        # Two days before Monday 8 March 2027 is Saturday 6 March.
        (NonWorkingDayPolicy.NEXT, D(2027, 3, 8)),
        (NonWorkingDayPolicy.PREVIOUS, D(2027, 3, 5)),
        (NonWorkingDayPolicy.KEEP, D(2027, 3, 6)),
    ],
)
def test_the_next_date_moves_as_its_rule_says(
    policy: NonWorkingDayPolicy, expected: dt.date
) -> None:
    partnership, it, rule = _with(policy)
    assert next_relative_deadline(partnership, it, rule, D(2027, 1, 1)) == (
        expected,
        D(2027, 3, 8),
    )
    # A deadline on the day asked about has not passed.
    assert next_relative_deadline(partnership, it.id, rule, expected) == (expected, D(2027, 3, 8))


def test_a_date_moved_back_before_the_day_is_passed() -> None:
    partnership, it, rule = _with(NonWorkingDayPolicy.PREVIOUS)
    # On Saturday 6 March 2027 the deadline (moved to Friday 5 March) has passed;
    # in 2028, two days before Wednesday 8 March is Monday 6 March.
    assert next_relative_deadline(partnership, it, rule, D(2027, 3, 6)) == (
        D(2028, 3, 6),
        D(2028, 3, 8),
    )


def test_an_event_that_has_run_out_gives_none() -> None:
    partnership, it, rule = _with(NonWorkingDayPolicy.NEXT)
    once = attrs.evolve(MEETING, rrule=RRuleText("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8;COUNT=1"))
    ended = attrs.evolve(partnership, annual_cycle=(once,))
    # Counted from 2001 (no starts), the one meeting was long ago.
    assert next_relative_deadline(ended, it, rule, D(2027, 1, 1)) is None
