"""Deadlines counted the Norwegian way (domstolloven §§ 148–149), intake deadlines, årshjul.

Each hand-computed case shows its count in a comment.  Norwegian public
holidays used below (from the ``holidays`` package):

* 2024: Thu 28 Mar Skjærtorsdag, Fri 29 Mar Langfredag, Sun 31 Mar Første
  påskedag, Mon 1 Apr Andre påskedag, Wed 1 May, Thu 9 May Kristi
  himmelfartsdag, Fri 17 May Grunnlovsdag, Sun 19 May Første pinsedag,
  Mon 20 May Andre pinsedag, Wed 25 Dec, Thu 26 Dec.
* 2025: Wed 1 Jan Første nyttårsdag.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unikom
from norway import holiday
from strategies import examples
from unikom.deadlines import (
    DayKind,
    DueDates,
    EntryKind,
    SkippedDay,
    WorkingCalendar,
    answer_due,
    calendar_entries,
    deadline,
    next_intake_deadlines,
    public_holidays,
    working_calendar,
)
from unikom.deadlines.calendars import _longest
from unikom.deadlines.units import add_months
from unikom.model._fields import MonthDay, RRuleText, Slug
from unikom.model.duration import Duration, DurationUnit
from unikom.model.errors import DateRangeError, UnikomError, UnknownInquiryTypeError
from unikom.model.governance import AnnualEvent, ClosedPeriod
from unikom.model.partnership import Partnership
from unikom.model.schedule import (
    AnnualDeadline,
    IntakeSchedule,
    NonWorkingDayPolicy,
    OneOffDeadline,
    RecurringDeadline,
)
from unikom.model.text import Text

DATA = Path(__file__).resolve().parents[1] / "data" / "deadlines"
D = dt.date


@pytest.fixture(scope="module")
def plain() -> Partnership:
    """A partnership with no closed periods: weekends and public holidays only."""
    return unikom.load(DATA / "holidays-only.yaml")


@pytest.fixture(scope="module")
def fjordby() -> Partnership:
    """Closed in July (Fellesferie) and 24 Dec–1 Jan (Romjul); intake deadlines; årshjul."""
    return unikom.load(DATA / "fjordby")


def skipped_dates(days: tuple[SkippedDay, ...]) -> list[dt.date]:
    return [day.date for day in days]


# --------------------------------------------------------------------------- hand-computed


def test_ten_working_days_over_easter(plain: Partnership) -> None:
    # Received Wed 27 Mar 2024.  Not counted: Thu 28 (Skjærtorsdag), Fri 29
    # (Langfredag), Sat 30, Sun 31 (Første påskedag), Mon 1 Apr (Andre påskedag).
    # Counted: Tue 2=1, Wed 3=2, Thu 4=3, Fri 5=4, [Sat 6, Sun 7], Mon 8=5, 9=6,
    # 10=7, 11=8, Fri 12=9, [Sat 13, Sun 14], Mon 15=10.
    dates = answer_due(plain, "ti-arbeidsdager", D(2024, 3, 27))
    assert dates.due == D(2024, 4, 15)
    assert skipped_dates(dates.due_skipped) == [
        D(2024, 3, 28),
        D(2024, 3, 29),
        D(2024, 3, 30),
        D(2024, 3, 31),
        D(2024, 4, 1),
        D(2024, 4, 6),
        D(2024, 4, 7),
        D(2024, 4, 13),
        D(2024, 4, 14),
    ]
    reasons = {day.date: day.reason for day in dates.skipped}
    assert reasons[D(2024, 3, 28)] == f"{holiday(D(2024, 3, 28))} (public holiday)"
    assert reasons[D(2024, 4, 1)] == f"{holiday(D(2024, 4, 1))} (public holiday)"
    assert reasons[D(2024, 3, 30)] == "Saturday"


def test_two_weeks_ending_on_maundy_thursday(plain: Partnership) -> None:
    # Thu 14 Mar 2024 + 2 weeks = Thu 28 Mar (Skjærtorsdag), not a working day;
    # Fri 29, Sat 30, Sun 31, Mon 1 Apr neither: the limit ends Tue 2 Apr (§ 149).
    dates = answer_due(plain, "to-uker", D(2024, 3, 14))
    assert dates.due == D(2024, 4, 2)
    assert skipped_dates(dates.due_skipped) == [
        D(2024, 3, 28),
        D(2024, 3, 29),
        D(2024, 3, 30),
        D(2024, 3, 31),
        D(2024, 4, 1),
    ]


def test_ascension_17_may_and_whit_monday(plain: Partnership) -> None:
    # Received Wed 8 May 2024.  [Thu 9 Kristi himmelfartsdag], Fri 10=1,
    # [Sat 11, Sun 12], Mon 13=2, 14=3, 15=4, Thu 16=5, [Fri 17 Grunnlovsdag,
    # Sat 18, Sun 19 Første pinsedag, Mon 20 Andre pinsedag], Tue 21=6, 22=7,
    # 23=8, Fri 24=9, [Sat 25, Sun 26], Mon 27=10.
    dates = answer_due(plain, "ti-arbeidsdager", D(2024, 5, 8))
    assert dates.due == D(2024, 5, 27)
    reasons = [day.reason for day in dates.due_skipped]
    assert reasons == [
        f"{holiday(D(2024, 5, 9))} (public holiday)",
        "Saturday",
        "Sunday",
        f"{holiday(D(2024, 5, 17))} (public holiday)",
        "Saturday",
        f"{holiday(D(2024, 5, 19))} (public holiday)",
        f"{holiday(D(2024, 5, 20))} (public holiday)",
        "Saturday",
        "Sunday",
    ]


def test_two_weeks_ending_on_17_may(plain: Partnership) -> None:
    # Fri 3 May 2024 + 2 weeks = Fri 17 May (Grunnlovsdag); Sat 18, Sun 19
    # (Første pinsedag) and Mon 20 (Andre pinsedag) are not working days either:
    # the limit ends Tue 21 May.
    dates = answer_due(plain, "to-uker", D(2024, 5, 3))
    assert dates.due == D(2024, 5, 21)
    assert skipped_dates(dates.due_skipped) == [
        D(2024, 5, 17),
        D(2024, 5, 18),
        D(2024, 5, 19),
        D(2024, 5, 20),
    ]


def test_fifteen_days_ending_on_whit_monday(plain: Partnership) -> None:
    # Sun 5 May 2024 + 15 days = Mon 20 May (Andre pinsedag) → Tue 21 May.
    dates = answer_due(plain, "femten-dager", D(2024, 5, 5))
    assert dates.due == D(2024, 5, 21)
    assert dates.due_skipped == (
        SkippedDay(
            date=D(2024, 5, 20),
            kind=DayKind.PUBLIC_HOLIDAY,
            reason=f"{holiday(D(2024, 5, 20))} (public holiday)",
        ),
    )


def test_received_on_a_holiday_weekend(plain: Partnership) -> None:
    # Received Sat 18 May 2024 (the day itself is never counted).  [Sun 19,
    # Mon 20 Andre pinsedag], Tue 21=1, 22=2, 23=3, Fri 24=4, [25, 26],
    # Mon 27=5, 28=6, 29=7, 30=8, Fri 31=9, [1, 2 Jun], Mon 3 Jun=10.
    assert answer_due(plain, "ti-arbeidsdager", D(2024, 5, 18)).due == D(2024, 6, 3)


def test_ten_working_days_over_christmas_and_new_year(plain: Partnership) -> None:
    # Received Fri 20 Dec 2024.  [Sat 21, Sun 22], Mon 23=1, Tue 24=2 (Christmas
    # Eve is no public holiday), [Wed 25, Thu 26], Fri 27=3, [Sat 28, Sun 29],
    # Mon 30=4, Tue 31=5, [Wed 1 Jan], Thu 2=6, Fri 3=7, [4, 5], Mon 6=8,
    # Tue 7=9, Wed 8=10.
    dates = answer_due(plain, "ti-arbeidsdager", D(2024, 12, 20))
    assert dates.due == D(2025, 1, 8)
    assert D(2024, 12, 24) not in skipped_dates(dates.skipped)
    assert D(2025, 1, 1) in skipped_dates(dates.skipped)


def test_twenty_working_days_with_closed_christmas_week(fjordby: Partnership) -> None:
    # Fjordby is closed 24 Dec–1 Jan.  Received Fri 20 Dec 2024: [21, 22],
    # Mon 23=1, [Tue 24 closed, 25, 26 holidays, Fri 27 closed, 28, 29,
    # Mon 30 and Tue 31 closed, Wed 1 Jan holiday], Thu 2=2, Fri 3=3, [4, 5],
    # 6–10 Jan=4..8, [11, 12], 13–17=9..13, [18, 19], 20–24=14..18, [25, 26],
    # Mon 27=19, Tue 28=20.
    dates = answer_due(fjordby, "forskningssamarbeid", D(2024, 12, 20))
    assert dates.due == D(2025, 1, 28)
    reasons = {day.date: day.reason for day in dates.due_skipped}
    assert reasons[D(2024, 12, 24)] == "closed: Romjul"
    assert reasons[D(2024, 12, 27)] == "closed: Romjul"
    assert reasons[D(2024, 12, 25)] == f"{holiday(D(2024, 12, 25))} (public holiday)"


def test_one_month_ending_on_new_years_day(plain: Partnership) -> None:
    # Sun 1 Dec 2024 + 1 month = Wed 1 Jan 2025 (Første nyttårsdag) → Thu 2 Jan.
    dates = answer_due(plain, "en-maaned", D(2024, 12, 1))
    assert dates.due == D(2025, 1, 2)
    assert dates.due_skipped == (
        SkippedDay(
            date=D(2025, 1, 1),
            kind=DayKind.PUBLIC_HOLIDAY,
            reason=f"{holiday(D(2025, 1, 1))} (public holiday)",
        ),
    )


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # 31 Jan + 1 month: February has no 31st, so the month's last day (§ 148).
        (D(2025, 1, 31), D(2025, 2, 28)),  # Fri 28 Feb, a working day
        (D(2024, 1, 31), D(2024, 2, 29)),  # leap year: Thu 29 Feb
        (D(2025, 1, 30), D(2025, 2, 28)),  # no 30 February either
        (D(2025, 3, 31), D(2025, 4, 30)),  # April has 30 days: Wed 30 Apr
        (D(2024, 8, 31), D(2024, 9, 30)),  # Mon 30 Sep
    ],
)
def test_one_month_at_month_end(plain: Partnership, received: dt.date, due: dt.date) -> None:
    assert answer_due(plain, "en-maaned", received).due == due


def test_one_year_from_29_february(plain: Partnership) -> None:
    # 29 Feb 2024 + 1 year: 2025 has no 29 February, so Fri 28 Feb 2025.
    assert answer_due(plain, "ett-aar", D(2024, 2, 29)).due == D(2025, 2, 28)


def test_deadline_on_a_saturday_moves_to_monday(plain: Partnership) -> None:
    # Wed 14 May 2025 + 1 month = Sat 14 Jun → Mon 16 Jun (§ 149).
    dates = answer_due(plain, "en-maaned", D(2025, 5, 14))
    assert dates.due == D(2025, 6, 16)
    assert [day.reason for day in dates.due_skipped] == ["Saturday", "Sunday"]


def test_deadline_in_a_closed_period_moves_past_it(fjordby: Partnership) -> None:
    # Fri 20 Jun 2025 + 1 month = Sun 20 Jul, inside Fellesferie (1–31 Jul):
    # the first working day after it is Fri 1 Aug.
    dates = answer_due(fjordby, "utdanningssamarbeid", D(2025, 6, 20))
    assert dates.due == D(2025, 8, 1)
    assert dates.due_skipped[0] == SkippedDay(
        date=D(2025, 7, 20), kind=DayKind.WEEKEND, reason="Sunday"
    )
    assert dates.due_skipped[-1] == SkippedDay(
        date=D(2025, 7, 31), kind=DayKind.CLOSED, reason="closed: Fellesferie"
    )


def test_closed_period_spanning_new_year() -> None:
    # Closed 27 Dec–3 Jan.  From Mon 23 Dec 2024, 3 working days: Tue 24=1,
    # [25, 26 holidays, Fri 27 closed, 28, 29, Mon 30 and Tue 31 closed, Wed 1
    # holiday, Thu 2 and Fri 3 closed, Sat 4, Sun 5], Mon 6=2, Tue 7=3.
    calendar = WorkingCalendar([("12-27", "01-03", "Juleferie")])
    due, skipped = deadline(calendar, D(2024, 12, 23), Duration.parse("3 working days"))
    assert due == D(2025, 1, 7)
    assert [day.reason for day in skipped if day.reason.startswith("closed")] == [
        "closed: Juleferie"
    ] * 5
    assert not calendar.is_working_day(D(2025, 1, 3))
    assert calendar.is_working_day(D(2025, 12, 23))


# --------------------------------------------------------------------------- preliminary reply


def test_preliminary_reply_defaults_to_one_month(plain: Partnership) -> None:
    # Wed 8 May 2024 + 1 month = Sat 8 Jun → Mon 10 Jun.
    dates = answer_due(plain, "ti-arbeidsdager", D(2024, 5, 8))
    assert dates.preliminary_reply_after == Duration(amount=1, unit=DurationUnit.MONTHS)
    assert dates.preliminary_reply_by == D(2024, 6, 10)
    # The answer is due 27 May, before the preliminary reply would be.
    assert not dates.preliminary_reply_needed


def test_preliminary_reply_from_the_inquiry_type(fjordby: Partnership) -> None:
    # Utdanningssamarbeid: preliminary reply after 3 weeks.  Mon 3 Mar 2025 + 3
    # weeks = Mon 24 Mar; the answer (1 month) is due Thu 3 Apr.
    dates = answer_due(fjordby, "utdanningssamarbeid", D(2025, 3, 3))
    assert dates.preliminary_reply_by == D(2025, 3, 24)
    assert dates.due == D(2025, 4, 3)
    assert dates.preliminary_reply_needed


def test_no_processing_time_gives_no_due_date(plain: Partnership) -> None:
    dates = answer_due(plain, "uten-behandlingstid", D(2025, 5, 14))
    assert dates.due is None
    assert dates.preliminary_reply_by == D(2025, 6, 16)  # Sat 14 Jun → Mon 16 Jun
    assert dates.preliminary_reply_needed


def test_skipped_lists_the_days_of_both_dates_once(plain: Partnership) -> None:
    # Due after 10 working days (27 May), preliminary reply after a month
    # (Sat 8 Jun → Mon 10 Jun): skipped holds both, in date order, no repeats.
    dates = answer_due(plain, "ti-arbeidsdager", D(2024, 5, 8))
    listed = skipped_dates(dates.skipped)
    assert listed == sorted(set(listed))
    assert set(listed) == set(skipped_dates(dates.due_skipped)) | {D(2024, 6, 8), D(2024, 6, 9)}


def test_json_form_has_exactly_the_documented_keys(plain: Partnership) -> None:
    data = answer_due(plain, "to-uker", D(2024, 5, 3)).to_dict()
    assert list(data) == ["inquiry_type", "received", "due", "preliminary_reply_by", "skipped"]
    assert data["due"] == "2024-05-21"
    assert data["skipped"][0] == {
        "date": "2024-05-17",
        "reason": f"{holiday(D(2024, 5, 17))} (public holiday)",
    }


def test_unknown_inquiry_type_is_a_key_error_and_a_unikom_error(plain: Partnership) -> None:
    with pytest.raises(UnknownInquiryTypeError) as caught:
        answer_due(plain, "finnes-ikke", D(2025, 1, 1))
    assert isinstance(caught.value, KeyError)
    assert isinstance(caught.value, UnikomError)
    assert "finnes-ikke" in str(caught.value)
    assert "ti-arbeidsdager" in str(caught.value)


def test_inquiry_type_object_need_not_belong_to_the_partnership(
    plain: Partnership, fjordby: Partnership
) -> None:
    # Fjordby's type (20 working days) counted on the plain calendar.
    dates = answer_due(plain, fjordby.inquiry_type("forskningssamarbeid"), D(2024, 5, 8))
    assert dates.inquiry_type == "forskningssamarbeid"
    assert dates.due == answer_due(fjordby, "forskningssamarbeid", D(2024, 5, 8)).due


def test_datetime_is_read_as_its_date(plain: Partnership) -> None:
    at_noon = dt.datetime(2024, 5, 3, 12, 0)
    assert answer_due(plain, "to-uker", at_noon).received == D(2024, 5, 3)


def test_public_holidays_come_from_the_holidays_package() -> None:
    # 2026: Easter Sunday is 5 April, so Ascension is 14 May and Whit Monday 25 May.
    found = public_holidays(2026)
    for day in (D(2026, 4, 5), D(2026, 5, 14), D(2026, 5, 25)):
        assert found[day] == holiday(day)
    assert D(2026, 12, 24) not in found  # Christmas Eve is no public holiday


def test_add_months_follows_section_148() -> None:
    assert add_months(D(2025, 1, 31), 1) == D(2025, 2, 28)
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2025, 11, 30), 3) == D(2026, 2, 28)
    assert add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)


def test_whole_year_closed_is_an_error_not_a_hang() -> None:
    calendar = WorkingCalendar([("01-01", "12-31", "Alltid stengt")])
    with pytest.raises(UnikomError, match="closed periods"):
        deadline(calendar, D(2025, 1, 1), Duration.parse("P1M"))
    with pytest.raises(UnikomError):
        deadline(calendar, D(2025, 1, 1), Duration.parse("1 working day"))


def test_dates_past_year_9999_are_a_clear_error(plain: Partnership) -> None:
    with pytest.raises(DateRangeError, match="outside the years"):
        answer_due(plain, "en-maaned", D(9999, 12, 20))
    # A day is received in the years a file's dates may have, 1900–2199 (the
    # answer may fall after them): Thu 19 Dec 2199 + 1 month.
    assert answer_due(plain, "en-maaned", D(2199, 12, 19)).due == D(2200, 1, 20)
    with pytest.raises(DateRangeError, match="received: 2200-01-01 lies outside"):
        answer_due(plain, "en-maaned", D(2200, 1, 1))


@pytest.mark.parametrize("received", [D(9999, 12, 1), D(9999, 12, 31), D(1, 1, 1)])
@pytest.mark.parametrize("party", [None, "lidal-kommune"])
def test_far_dates_are_a_clear_error_when_closures_pause_or_the_sender_is_awaited(
    received: dt.date, party: str | None
) -> None:
    # A processing time that pauses during closures (closures.mode: suspend), or
    # a wait for the sender, counted outside the guard: OverflowError came out.
    vest = unikom.load(Path(__file__).resolve().parents[2] / "examples" / "vest")
    with pytest.raises(DateRangeError):
        answer_due(vest, "forskingssamarbeid", received, party=party)
    with pytest.raises(DateRangeError):
        answer_due(vest, "forskingssamarbeid", received, waiting=[(received, received)])


# --------------------------------------------------------------------------- properties

received_dates = st.dates(min_value=D(1990, 1, 1), max_value=D(2080, 12, 31))
durations = st.builds(
    Duration,
    amount=st.integers(min_value=1, max_value=60),
    unit=st.sampled_from(list(DurationUnit)),
)
month_days = st.builds(lambda m, d: f"{m:02d}-{d:02d}", st.integers(1, 12), st.integers(1, 28))
closed_periods = st.lists(
    st.builds(
        ClosedPeriod,
        id=st.sampled_from(["a", "b", "c"]),
        name=st.just(Text.plain("Stengt")),
        start=month_days,
        end=month_days,
    ),
    max_size=3,
    unique_by=lambda period: period.id,
).filter(
    # Leave working days in every year: at most half of it closed.
    lambda periods: sum(_longest(p) for p in periods) <= 180
)


def _with(base: Partnership, periods: list[ClosedPeriod], duration: Duration) -> Partnership:
    it = attrs.evolve(base.inquiry_types[0], processing_time=duration)
    return attrs.evolve(base, closed_periods=tuple(periods), inquiry_types=(it,))


@settings(max_examples=examples(3))
@given(received=received_dates, duration=durations, periods=closed_periods)
def test_due_is_a_working_day_after_receipt(
    plain: Partnership, received: dt.date, duration: Duration, periods: list[ClosedPeriod]
) -> None:
    partnership = _with(plain, periods, duration)
    dates = answer_due(partnership, partnership.inquiry_types[0], received)
    calendar = working_calendar(partnership)
    assert dates.due is not None
    assert dates.due > received
    assert calendar.is_working_day(dates.due)
    # Closed periods do not move a preliminary reply (forvaltningsloven § 11 a):
    # it is a working day once weekends and public holidays are left out.
    assert calendar.without_closures().is_working_day(dates.preliminary_reply_by)
    # Every skipped day lies between receipt and the date, and is no working day.
    for day in dates.skipped:
        assert received < day.date < max(dates.due, dates.preliminary_reply_by)
        assert not calendar.is_working_day(day.date)


@settings(max_examples=examples(3))
@given(
    received=received_dates,
    later_by=st.integers(min_value=0, max_value=400),
    duration=durations,
    periods=closed_periods,
)
def test_due_never_moves_backwards(
    plain: Partnership,
    received: dt.date,
    later_by: int,
    duration: Duration,
    periods: list[ClosedPeriod],
) -> None:
    partnership = _with(plain, periods, duration)
    it = partnership.inquiry_types[0]
    first = answer_due(partnership, it, received)
    second = answer_due(partnership, it, received + dt.timedelta(days=later_by))
    assert first.due is not None
    assert second.due is not None
    assert first.due <= second.due
    assert first.preliminary_reply_by <= second.preliminary_reply_by


@settings(max_examples=examples(2))
@given(received=received_dates, amount=st.integers(min_value=1, max_value=60))
def test_working_days_counted_are_exactly_the_amount(
    plain: Partnership, received: dt.date, amount: int
) -> None:
    partnership = _with(plain, [], Duration(amount=amount, unit=DurationUnit.WORKING_DAYS))
    dates = answer_due(partnership, partnership.inquiry_types[0], received)
    assert dates.due is not None
    calendar = working_calendar(partnership)
    span = [received + dt.timedelta(days=n) for n in range(1, (dates.due - received).days + 1)]
    assert sum(1 for day in span if calendar.is_working_day(day)) == amount
    assert skipped_dates(dates.due_skipped) == [
        day for day in span if not calendar.is_working_day(day)
    ]


@given(day=received_dates, months=st.integers(min_value=0, max_value=240))
def test_add_months_keeps_the_day_or_ends_the_month(day: dt.date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year - day.year) * 12 + later.month - day.month == months
    assert later.day == day.day or (
        later.day < day.day and (later + dt.timedelta(days=1)).month != later.month
    )


def test_working_calendar_is_shared(plain: Partnership) -> None:
    # The calendar is shared, not rebuilt per question.
    assert working_calendar(plain) is working_calendar(plain)
    rebuilt = attrs.evolve(plain, short_name="ny")
    assert working_calendar(rebuilt) is working_calendar(plain)


# --------------------------------------------------------------------------- intake deadlines


def test_next_intake_deadlines_move_off_weekends(fjordby: Partnership) -> None:
    found = next_intake_deadlines(fjordby, "forskningssamarbeid", D(2025, 1, 1), 3)
    # 1 Mar 2025 is a Saturday → Mon 3 Mar; 1 Oct is a Wednesday; 1 Mar 2026 is a
    # Sunday → Mon 2 Mar.
    assert [d.date for d in found] == [D(2025, 3, 3), D(2025, 10, 1), D(2026, 3, 2)]
    assert [d.nominal for d in found] == [D(2025, 3, 1), D(2025, 10, 1), D(2026, 3, 1)]
    assert found[0].moved
    assert not found[1].moved
    assert [day.reason for day in found[0].moved_past] == ["Saturday", "Sunday"]


def test_a_deadline_today_has_not_passed(fjordby: Partnership) -> None:
    on_the_day = next_intake_deadlines(fjordby, "forskningssamarbeid", D(2025, 3, 3), 1)
    assert on_the_day[0].date == D(2025, 3, 3)
    # Written 1 March, moved to 3 March: still ahead on 2 March.
    before = next_intake_deadlines(fjordby, "forskningssamarbeid", D(2025, 3, 2), 1)
    assert before[0].date == D(2025, 3, 3)
    after = next_intake_deadlines(fjordby, "forskningssamarbeid", D(2025, 3, 4), 1)
    assert after[0].date == D(2025, 10, 1)


def test_previous_working_day_policy_and_notes(fjordby: Partnership) -> None:
    found = next_intake_deadlines(fjordby, "utdanningssamarbeid", D(2025, 9, 1), 3)
    # Last weekday of the quarter: Tue 30 Sep; Wed 31 Dec is in Romjul, and so
    # are 24, 29, 30 Dec (25, 26 are holidays, 27, 28 a weekend) → Tue 23 Dec.
    # Then the one-off round on 15 Jan 2026.
    assert [d.date for d in found] == [D(2025, 9, 30), D(2025, 12, 23), D(2026, 1, 15)]
    assert found[1].nominal == D(2025, 12, 31)
    assert found[1].moved_past[0].date == D(2025, 12, 24)
    assert found[1].moved_past[-1].date == D(2025, 12, 31)
    assert found[0].note is not None
    assert found[0].note.get("en") == "Last weekday of the quarter"
    assert found[2].note is not None
    assert found[2].note.get("nb") == "Ekstra runde"


def test_rolling_intake_has_no_deadlines(fjordby: Partnership) -> None:
    assert next_intake_deadlines(fjordby, "praksisplass", D(2025, 1, 1), 5) == []


def test_keep_policy_and_finite_rules(fjordby: Partnership) -> None:
    it = attrs.evolve(
        fjordby.inquiry_type("forskningssamarbeid"),
        intake=IntakeSchedule(
            deadlines=(
                AnnualDeadline(annual=MonthDay("03-01")),
                RecurringDeadline(
                    rrule=RRuleText("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1;COUNT=2"),
                    starts=D(2025, 1, 1),
                ),
                OneOffDeadline(date=D(2024, 5, 5)),  # in the past: never listed
            ),
            non_working_day=NonWorkingDayPolicy.KEEP,
        ),
    )
    found = next_intake_deadlines(fjordby, it, D(2025, 1, 1), 5)
    # Kept on Sat 1 Mar 2025 and Sun 1 Jun 2025 as written; the rule stops after two.
    assert [d.date for d in found] == [
        D(2025, 3, 1),
        D(2025, 6, 1),
        D(2026, 3, 1),
        D(2026, 6, 1),
        D(2027, 3, 1),
    ]
    only_rule = attrs.evolve(it, intake=attrs.evolve(it.intake, deadlines=it.intake.deadlines[1:]))
    assert [d.date for d in next_intake_deadlines(fjordby, only_rule, D(2025, 1, 1), 9)] == [
        D(2025, 6, 1),
        D(2026, 6, 1),
    ]


def test_annual_29_february_falls_on_the_28th_in_other_years(fjordby: Partnership) -> None:
    it = attrs.evolve(
        fjordby.inquiry_type("forskningssamarbeid"),
        intake=IntakeSchedule(
            deadlines=(AnnualDeadline(annual=MonthDay("02-29")),),
            non_working_day=NonWorkingDayPolicy.KEEP,
        ),
    )
    found = next_intake_deadlines(fjordby, it, D(2027, 1, 1), 2)
    assert [d.date for d in found] == [D(2027, 2, 28), D(2028, 2, 29)]


def test_next_intake_deadlines_arguments(fjordby: Partnership) -> None:
    assert next_intake_deadlines(fjordby, "forskningssamarbeid", D(2025, 1, 1), 0) == []
    with pytest.raises(ValueError, match="count"):
        next_intake_deadlines(fjordby, "forskningssamarbeid", D(2025, 1, 1), -1)
    with pytest.raises(KeyError):
        next_intake_deadlines(fjordby, "nope", D(2025, 1, 1), 1)


# --------------------------------------------------------------------------- årshjul


def test_calendar_entries_for_a_year(fjordby: Partnership) -> None:
    entries = calendar_entries(fjordby, D(2025, 1, 1), D(2025, 12, 31))
    assert [(e.date, e.kind, e.id) for e in entries] == [
        (D(2025, 2, 11), EntryKind.EVENT, "styringsgruppemote"),  # 2nd Tuesday
        (D(2025, 3, 3), EntryKind.INTAKE_DEADLINE, "forskningssamarbeid"),
        (D(2025, 3, 31), EntryKind.EVENT, "arsrapport"),  # events before deadlines
        (D(2025, 3, 31), EntryKind.INTAKE_DEADLINE, "utdanningssamarbeid"),
        (D(2025, 4, 15), EntryKind.EVENT, "budsjettinnspill"),
        (D(2025, 5, 13), EntryKind.EVENT, "styringsgruppemote"),
        (D(2025, 6, 30), EntryKind.INTAKE_DEADLINE, "utdanningssamarbeid"),
        (D(2025, 9, 9), EntryKind.EVENT, "styringsgruppemote"),
        (D(2025, 9, 30), EntryKind.INTAKE_DEADLINE, "utdanningssamarbeid"),
        (D(2025, 10, 1), EntryKind.INTAKE_DEADLINE, "forskningssamarbeid"),
        (D(2025, 11, 11), EntryKind.EVENT, "styringsgruppemote"),
        (D(2025, 12, 10), EntryKind.EVENT, "handlingsplan"),
        (D(2025, 12, 23), EntryKind.INTAKE_DEADLINE, "utdanningssamarbeid"),
    ]
    meeting = entries[0]
    assert meeting.body == "styringsgruppe"
    assert meeting.label("en") == "Steering group meeting"
    assert entries[1].label("nb") == "Frist: Forskningssamarbeid"
    assert entries[1].label("en") == "Deadline: Research collaboration"
    assert entries[1].nominal == D(2025, 3, 1)


def test_calendar_range_is_inclusive_and_spans_new_year(fjordby: Partnership) -> None:
    entries = calendar_entries(fjordby, D(2025, 12, 23), D(2026, 2, 10))
    assert [e.date for e in entries] == [D(2025, 12, 23), D(2026, 1, 15), D(2026, 2, 10)]


def test_calendar_range_that_ends_before_it_starts(fjordby: Partnership) -> None:
    with pytest.raises(DateRangeError, match="before it starts"):
        calendar_entries(fjordby, D(2025, 2, 1), D(2025, 1, 31))


def test_event_rule_counts_from_starts(fjordby: Partnership) -> None:
    every_other_year = AnnualEvent(
        id=Slug("evaluering"),
        title=Text.plain("Evaluering"),
        rrule=RRuleText("FREQ=YEARLY;INTERVAL=2;BYMONTH=6;BYMONTHDAY=1"),
        starts=D(2024, 1, 1),
    )
    partnership = attrs.evolve(fjordby, annual_cycle=(every_other_year,), inquiry_types=())
    entries = calendar_entries(partnership, D(2024, 1, 1), D(2029, 12, 31))
    assert [e.date for e in entries] == [D(2024, 6, 1), D(2026, 6, 1), D(2028, 6, 1)]


def test_uids_are_stable_and_distinct(fjordby: Partnership) -> None:
    first = calendar_entries(fjordby, D(2025, 1, 1), D(2026, 12, 31))
    again = calendar_entries(fjordby, D(2025, 1, 1), D(2026, 12, 31))
    uids = [e.uid(fjordby.id) for e in first]
    assert uids == [e.uid(fjordby.id) for e in again]
    assert len(set(uids)) == len(uids)
    # A moved deadline keeps its UID when the closed period that moved it changes.
    opened = attrs.evolve(fjordby, closed_periods=())
    moved = {e.nominal: e for e in first if e.id == "utdanningssamarbeid"}[D(2025, 12, 31)]
    kept = {e.nominal: e for e in calendar_entries(opened, D(2025, 12, 1), D(2025, 12, 31))}[
        D(2025, 12, 31)
    ]
    assert moved.date != kept.date
    assert moved.uid(fjordby.id) == kept.uid(fjordby.id)


def test_public_names_are_exported() -> None:
    assert unikom.answer_due is answer_due
    assert unikom.DueDates is DueDates
    assert unikom.UnknownInquiryTypeError is UnknownInquiryTypeError
    for name in ("arshjul_svg", "calendar_ics", "calendar_entries", "next_intake_deadlines"):
        assert callable(getattr(unikom, name))
    assert {"answer_due", "arshjul_svg", "calendar_ics", "DueDates"} <= set(unikom.__all__)


def test_overlapping_waits_pause_each_day_once() -> None:
    # Fifty copies of one long wait were counted fifty times: 4 s, then a
    # DateRangeError about the years 1-9999 for a due date in 2200.
    vest = unikom.load(Path(__file__).resolve().parents[2] / "examples" / "vest")
    received = D(2026, 5, 4)
    once = answer_due(vest, "forskingssamarbeid", received, waiting=[(received, D(2199, 12, 31))])
    many = answer_due(
        vest, "forskingssamarbeid", received, waiting=[(received, D(2199, 12, 31))] * 50
    )
    assert many.due == once.due
    overlapping = [(received, D(2026, 5, 20)), (D(2026, 5, 10), D(2026, 5, 25))]
    merged = [(received, D(2026, 5, 25))]
    assert (
        answer_due(vest, "forskingssamarbeid", received, waiting=overlapping).due
        == answer_due(vest, "forskingssamarbeid", received, waiting=merged).due
    )
