"""Closed periods that move, how they act on a limit, and the clock that stops.

Every expected date below was counted by hand, with the reasoning beside it.
Facts used (Norwegian public holidays, Western Easter):

* 2027: Easter Sunday 28 March, so Skjærtorsdag Thu 25, Langfredag Fri 26,
  Andre påskedag Mon 29 March; Ascension Day (Easter + 39) Thu 6 May; Whit
  Sunday (Easter + 49) 16 May, so Andre pinsedag is Mon 17 May, the same day
  as Grunnlovsdag; 1. and 2. juledag Sat 25 and Sun 26 December.
* 2028: Easter Sunday 16 April, so Skjærtorsdag Thu 13, Langfredag Fri 14,
  Andre påskedag Mon 17 April; 17 May is a Wednesday; 1 January is a Saturday;
  29 February exists.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from unikom.deadlines import DayKind, answer_due, inquiry_due, working_calendar
from unikom.model._fields import MonthDay, OrgNumber, Slug
from unikom.model.duration import Duration
from unikom.model.governance import ClosedPeriod, DateSpan, DayRange, Feast, WeekRange
from unikom.model.inquiry import Inquiry, Requester
from unikom.model.inquiry_type import ClosureMode, ClosurePolicy, InquiryType
from unikom.model.lifecycle import InquiryState, Transition
from unikom.model.partnership import Partnership
from unikom.model.party import Party, PartyKind
from unikom.model.text import Text
from unikom.model.track import CollaborationTrack, TrackKind

D = dt.date

HOLY_WEEK = ClosedPeriod(
    id=Slug("stille-veke"),
    name=Text.plain("Stille veke"),
    feast=Feast.EASTER,
    days=DayRange(first=-6, last=-4),  # Monday–Wednesday before Easter Sunday
)
AFTER_ASCENSION = ClosedPeriod(
    id=Slug("fredag-etter-kristi-himmelfart"),
    name=Text.plain("Fredag etter Kristi himmelfart"),
    feast=Feast.ASCENSION,
    days=DayRange(first=1, last=1),
)
SUMMER = ClosedPeriod(
    id=Slug("fellesferie"), name=Text.plain("Fellesferie"), weeks=WeekRange(first=28, last=30)
)
CHRISTMAS = ClosedPeriod(
    id=Slug("jul"), name=Text.plain("Jul"), start=MonthDay("12-24"), end=MonthDay("01-01")
)
MOVE_2027 = ClosedPeriod(
    id=Slug("flytting"),
    name=Text.plain("Flytting"),
    dates=DateSpan(start=D(2027, 10, 11), end=D(2027, 10, 15)),
)
ONLY_ASKOY = ClosedPeriod(
    id=Slug("askoy-haustferie"),
    name=Text.plain("Haustferie i Askøy"),
    start=MonthDay("10-04"),
    end=MonthDay("10-08"),
    parties=(Slug("askoy"),),
)


def _type(limit: str, mode: ClosureMode = ClosureMode.EXTEND, reply: bool = False) -> InquiryType:
    return InquiryType(
        id=Slug("forsking"),
        name=Text.plain("Forsking"),
        track=Slug("forsking"),
        processing_time=Duration.parse(limit),
        closures=ClosurePolicy(mode=mode, preliminary_reply=reply),
    )


def _partnership(*closures: ClosedPeriod) -> Partnership:
    return Partnership(
        id=Slug("vest"),
        name=Text.plain("Vest"),
        parties=(
            Party(
                id=Slug("askoy"),
                kind=PartyKind.MUNICIPALITY,
                name=Text.plain("Askøy kommune"),
                org_number=OrgNumber("100000016"),
            ),
            Party(
                id=Slug("uib"),
                kind=PartyKind.UNIVERSITY,
                name=Text.plain("UiB"),
                org_number=OrgNumber("100000040"),
            ),
        ),
        tracks=(
            CollaborationTrack(
                id=Slug("forsking"), kind=TrackKind.RESEARCH, name=Text.plain("Forsking")
            ),
        ),
        closed_periods=closures,
    )


ALL = _partnership(HOLY_WEEK, AFTER_ASCENSION, SUMMER, CHRISTMAS, MOVE_2027, ONLY_ASKOY)


def due(limit: str, received: dt.date, mode: ClosureMode = ClosureMode.EXTEND) -> dt.date | None:
    return answer_due(ALL, _type(limit, mode), received).due


# --------------------------------------------------------------------------- the days closed


def test_each_kind_of_closure_closes_the_days_counted_by_hand() -> None:
    # Holy Week: Easter 2027 is 28 March, so Monday–Wednesday are 22–24 March;
    # Easter 2028 is 16 April, so 10–12 April.
    assert HOLY_WEEK.spans(2027) == ((D(2027, 3, 22), D(2027, 3, 24)),)
    assert HOLY_WEEK.spans(2028) == ((D(2028, 4, 10), D(2028, 4, 12)),)
    # Ascension 2027 is Thursday 6 May: the Friday after is 7 May.
    assert AFTER_ASCENSION.spans(2027) == ((D(2027, 5, 7), D(2027, 5, 7)),)
    # ISO week 28 of 2027 starts Monday 12 July; week 30 ends Sunday 1 August.
    assert SUMMER.spans(2027) == ((D(2027, 7, 12), D(2027, 8, 1)),)
    # Christmas spans New Year: both ends of the year.
    assert CHRISTMAS.spans(2027) == (
        (D(2027, 1, 1), D(2027, 1, 1)),
        (D(2027, 12, 24), D(2027, 12, 31)),
    )
    # A one-off closure closes its year only.
    assert MOVE_2027.spans(2027) == ((D(2027, 10, 11), D(2027, 10, 15)),)
    assert MOVE_2027.spans(2028) == ()


# --------------------------------------------------------------------------- extend and suspend


@pytest.mark.parametrize(
    ("limit", "received", "mode", "expected"),
    [
        # Received Mon 15 March 2027 + 2 weeks = Mon 29 March, Andre påskedag.
        # extend: 29 March is a holiday; Tue 30 March is the next working day.
        ("P2W", D(2027, 3, 15), ClosureMode.EXTEND, D(2027, 3, 30)),
        # suspend: Holy Week 22–24 March pauses the count, 3 days: 29 March + 3 =
        # Thu 1 April, a working day (Easter is over).
        ("P2W", D(2027, 3, 15), ClosureMode.SUSPEND, D(2027, 4, 1)),
        # Received Mon 8 March 2027 + 2 weeks = Mon 22 March, closed (Holy Week);
        # extend: past 22–24 closed, 25–26 holidays, 27 Saturday, 28–29 holidays
        # to Tue 30 March.
        ("P2W", D(2027, 3, 8), ClosureMode.EXTEND, D(2027, 3, 30)),
        # suspend: 22 March is paused (+1 = 23, paused, +1 = 24, paused, +1 = 25):
        # 22 + 3 = Thu 25 March, Skjærtorsdag, so on past Easter to Tue 30 March.
        ("P2W", D(2027, 3, 8), ClosureMode.SUSPEND, D(2027, 3, 30)),
        # Easter 2028, in working days: received Fri 31 March 2028; counted
        # 3, 4, 5, 6, 7 April (5), then 10–12 closed, 13–14 holidays, 15–16
        # weekend, 17 holiday; 18, 19, 20, 21 (9), Mon 24 April (10).
        ("10 working days", D(2028, 3, 31), ClosureMode.EXTEND, D(2028, 4, 24)),
        # Closed days are never working days: suspend counts the same.
        ("10 working days", D(2028, 3, 31), ClosureMode.SUSPEND, D(2028, 4, 24)),
        # Ascension 2027: received Thu 22 April + 2 weeks = Thu 6 May, Ascension
        # Day; Fri 7 May closed; 8–9 weekend: Mon 10 May.
        ("P2W", D(2027, 4, 22), ClosureMode.EXTEND, D(2027, 5, 10)),
        # Received Fri 30 April 2027 + 2 weeks = Fri 14 May, a working day.
        ("P2W", D(2027, 4, 30), ClosureMode.EXTEND, D(2027, 5, 14)),
        # suspend: Fri 7 May is paused, so 14 May + 1 = Sat 15 May; Sun 16 is
        # Whit Sunday and Mon 17 May both Grunnlovsdag and Andre pinsedag:
        # Tue 18 May.
        ("P2W", D(2027, 4, 30), ClosureMode.SUSPEND, D(2027, 5, 18)),
        # 17 May 2028: received Mon 17 April 2028 + 1 month = Wed 17 May,
        # Grunnlovsdag: Thu 18 May (domstolloven § 149, no closure involved).
        ("P1M", D(2028, 4, 17), ClosureMode.EXTEND, D(2028, 5, 18)),
        # Christmas: received Fri 10 December 2027 + 4 weeks = Fri 7 January
        # 2028; extend: a working day.
        ("P4W", D(2027, 12, 10), ClosureMode.EXTEND, D(2028, 1, 7)),
        # suspend: all 9 days of 24 December–1 January pause the count, weekend
        # and holidays inside it too: 7 January + 9 = Sun 16 January: Mon 17.
        ("P4W", D(2027, 12, 10), ClosureMode.SUSPEND, D(2028, 1, 17)),
        # Received Wed 24 November 2027 + 1 month = Fri 24 December, closed;
        # extend: 25–26 holidays, 27–31 closed, 1 January holiday, 2 Sunday:
        # Mon 3 January 2028.
        ("P1M", D(2027, 11, 24), ClosureMode.EXTEND, D(2028, 1, 3)),
        # Month ends: 31 January 2028 + 1 month = 29 February (a leap year), Tue.
        ("P1M", D(2028, 1, 31), ClosureMode.EXTEND, D(2028, 2, 29)),
        # 31 January 2027 + 1 month = 28 February 2027, a Sunday: Mon 1 March.
        ("P1M", D(2027, 1, 31), ClosureMode.EXTEND, D(2027, 3, 1)),
        # 31 March 2027 + 1 month = 30 April 2027 (April has no 31st), a Friday.
        ("P1M", D(2027, 3, 31), ClosureMode.EXTEND, D(2027, 4, 30)),
        # Fellesferie weeks 28–30: received Tue 15 June 2027 + 1 month = Thu 15
        # July, closed; extend: the closure ends Sun 1 August: Mon 2 August.
        ("P1M", D(2027, 6, 15), ClosureMode.EXTEND, D(2027, 8, 2)),
        # suspend: all 21 days 12 July–1 August pause: 15 July + 21 = Thu 5 August.
        ("P1M", D(2027, 6, 15), ClosureMode.SUSPEND, D(2027, 8, 5)),
        # A one-off closure: received Mon 27 September 2027 + 2 weeks = Mon 11
        # October, closed 11–15 October; 16–17 weekend: Mon 18 October.
        ("P2W", D(2027, 9, 27), ClosureMode.EXTEND, D(2027, 10, 18)),
        # The year after it is not closed: Mon 25 September 2028 + 2 weeks = Mon 9 October.
        ("P2W", D(2028, 9, 25), ClosureMode.EXTEND, D(2028, 10, 9)),
    ],
)
def test_a_limit_across_a_closure(
    limit: str, received: dt.date, mode: ClosureMode, expected: dt.date
) -> None:
    assert due(limit, received, mode) == expected


def test_the_preliminary_reply_ignores_closures_unless_the_type_says_so() -> None:
    # Received Tue 15 June 2027 + 1 month = Thu 15 July, inside fellesferie.
    # forvaltningsloven § 11 a moves only past weekends and holidays: 15 July.
    found = answer_due(ALL, _type("P1M"), D(2027, 6, 15))
    assert found.preliminary_reply_by == D(2027, 7, 15)
    assert found.preliminary_reply_skipped == ()
    # With closures: {preliminary_reply: true}, the partnership's rule moves it
    # past the closure to Mon 2 August.
    moved = answer_due(ALL, _type("P1M", reply=True), D(2027, 6, 15))
    assert moved.preliminary_reply_by == D(2027, 8, 2)
    assert {d.kind for d in moved.preliminary_reply_skipped} == {DayKind.CLOSED, DayKind.WEEKEND}


def test_a_partys_own_closure_counts_only_for_inquiries_to_that_party() -> None:
    # Askøy closes 4–8 October 2027 (Mon–Fri). Received Mon 20 September + 2
    # weeks = Mon 4 October: for Askøy, past 4–8 closed and 9–10 weekend to Mon
    # 11 October, which the whole partnership's one-off move closes (11–15
    # October), then 16–17 weekend: Mon 18 October. For the partnership as a
    # whole, 4 October stands.
    it = _type("P2W")
    assert answer_due(ALL, it, D(2027, 9, 20)).due == D(2027, 10, 4)
    assert answer_due(ALL, it, D(2027, 9, 20), party="askoy").due == D(2027, 10, 18)
    assert not working_calendar(ALL).why_not_working(D(2027, 10, 4))
    assert working_calendar(ALL, "askoy").why_not_working(D(2027, 10, 4)) is not None


# --------------------------------------------------------------------------- waiting for the sender


def _inquiry(*steps: tuple[InquiryState, dt.date]) -> Inquiry:
    return Inquiry(
        id=Slug("2027-001"),
        partnership=Slug("vest"),
        type=Slug("forsking"),
        title=Text.plain("Test"),
        received=D(2027, 3, 1),
        requester=Requester(organisation="UiB", name="Kari Nordmann"),
        history=tuple(Transition(state=state, date=day) for state, day in steps),
    )


WAITED = _inquiry(
    (InquiryState.ACKNOWLEDGED, D(2027, 3, 2)),
    (InquiryState.UNDER_ASSESSMENT, D(2027, 3, 3)),
    (InquiryState.WAITING_FOR_SENDER, D(2027, 3, 5)),
    (InquiryState.UNDER_ASSESSMENT, D(2027, 3, 12)),
)


def test_waiting_for_the_sender_pauses_a_limit_in_weeks() -> None:
    # Received Mon 1 March 2027 + 4 weeks = Mon 29 March (Andre påskedag).
    # Waiting from Fri 5 March until the answer on Fri 12 March pauses 6–12
    # March, 7 days: 29 March + 7 = Mon 5 April 2027, a working day.
    p = attrs.evolve(_partnership(HOLY_WEEK), inquiry_types=(_type("P4W"),))
    assert answer_due(p, "forsking", D(2027, 3, 1)).due == D(2027, 3, 30)
    found = inquiry_due(p, WAITED)
    assert found.due == D(2027, 4, 5)
    assert [d.date for d in found.due_skipped if d.kind is DayKind.WAITING] == [
        D(2027, 3, day) for day in range(6, 13)
    ]


def test_waiting_for_the_sender_pauses_a_limit_in_working_days() -> None:
    # 10 working days from Mon 1 March 2027: 2, 3, 4, 5 March (4); 8–12 March
    # paused while waiting; 15, 16, 17, 18, 19 (9); 22–24 closed (Holy Week),
    # 25–29 Easter and weekend; Tue 30 March (10).
    p = attrs.evolve(_partnership(HOLY_WEEK), inquiry_types=(_type("10 working days"),))
    assert inquiry_due(p, WAITED).due == D(2027, 3, 30)


def test_a_wait_not_yet_over_pauses_until_the_day_asked_about() -> None:
    still = _inquiry(
        (InquiryState.ACKNOWLEDGED, D(2027, 3, 2)),
        (InquiryState.WAITING_FOR_SENDER, D(2027, 3, 5)),
    )
    p = attrs.evolve(_partnership(), inquiry_types=(_type("P4W"),))
    # Paused 6–10 March (5 days) if the sender answers on 10 March:
    # 29 March + 5 = Sat 3 April; Easter is over but it is a weekend: Mon 5 April.
    assert inquiry_due(p, still, on=D(2027, 3, 10)).due == D(2027, 4, 5)
