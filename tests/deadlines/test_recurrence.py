"""Recurrence rules in words (unikom.deadlines.describe_rrule), checked by hand and by hypothesis.

The table's strings are written by hand from what the rule means; the property
tests build every kind of rule unikom accepts and check that the words never
fail and never show the rule's own tokens, and that nb and nn hold no English.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import unikom
from english import english_words
from unikom.deadlines import describe_deadline, describe_rrule, rule_dates
from unikom.model._fields import MonthDay, RRuleText
from unikom.model._rrule import rrule_problem
from unikom.model.duration import Duration
from unikom.model.errors import ModelError, UnikomError
from unikom.model.schedule import (
    AnnualDeadline,
    Deadline,
    OneOffDeadline,
    RecurringDeadline,
    RelativeDeadline,
)

ROOT = Path(__file__).resolve().parents[2]

# rule, nb, nn, en
TABLE = [
    (
        "FREQ=YEARLY;BYMONTH=3,10;BYDAY=2TU",
        "andre tirsdag i mars og oktober hvert år",
        "andre tysdag i mars og oktober kvart år",
        "the second Tuesday of March and October every year",
    ),
    (
        "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15",
        "15. juni hvert år",
        "15. juni kvart år",
        "15 June every year",
    ),
    (
        "RRULE:FREQ=YEARLY;BYMONTH=3,10;BYMONTHDAY=1",
        "1. mars og 1. oktober hvert år",
        "1. mars og 1. oktober kvart år",
        "1 March and 1 October every year",
    ),
    (
        "FREQ=MONTHLY;BYDAY=-1FR",
        "siste fredag i hver måned",
        "siste fredag i kvar månad",
        "the last Friday of every month",
    ),
    (
        "FREQ=MONTHLY;BYDAY=-2FR",
        "nest siste fredag i hver måned",
        "nest siste fredag i kvar månad",
        "the second-to-last Friday of every month",
    ),
    (
        "FREQ=MONTHLY;BYDAY=1MO,3MO,-1FR",
        "første og tredje mandag og siste fredag i hver måned",
        "første og tredje måndag og siste fredag i kvar månad",
        "the first and third Monday and the last Friday of every month",
    ),
    (
        "FREQ=MONTHLY;BYMONTH=2,5,9,11;BYDAY=2TU",
        "andre tirsdag i februar, mai, september og november hvert år",
        "andre tysdag i februar, mai, september og november kvart år",
        "the second Tuesday of February, May, September and November every year",
    ),
    (
        "FREQ=WEEKLY;BYDAY=MO,WE",
        "hver uke på mandag og onsdag",
        "kvar veke på måndag og onsdag",
        "every week on Monday and Wednesday",
    ),
    (
        "FREQ=WEEKLY;BYDAY=SA,SU,MO",
        "hver uke på mandag, lørdag og søndag",
        "kvar veke på måndag, laurdag og søndag",
        "every week on Monday, Saturday and Sunday",
    ),
    (
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
        "annenhver uke på torsdag, regnet fra 1. januar 2001",
        "annakvar veke på torsdag, rekna frå 1. januar 2001",
        "every other week on Thursday, counted from 1 January 2001",
    ),
    (
        "FREQ=YEARLY;INTERVAL=2;BYMONTH=9;BYMONTHDAY=1",
        "1. september annethvert år, regnet fra 1. januar 2001",
        "1. september annakvart år, rekna frå 1. januar 2001",
        "1 September every other year, counted from 1 January 2001",
    ),
    (
        "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1",
        "den siste dagen i hver tredje måned, regnet fra 1. januar 2001",
        "den siste dagen i kvar tredje månad, rekna frå 1. januar 2001",
        "the last day of every third month, counted from 1 January 2001",
    ),
    (
        "FREQ=MONTHLY;BYMONTHDAY=1,15",
        "den 1. og 15. i hver måned",
        "den 1. og 15. i kvar månad",
        "the 1st and 15th of every month",
    ),
    (
        "FREQ=MONTHLY;BYMONTHDAY=2,3,22,23",
        "den 2., 3., 22. og 23. i hver måned",
        "den 2., 3., 22. og 23. i kvar månad",
        "the 2nd, 3rd, 22nd and 23rd of every month",
    ),
    (
        "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;COUNT=6",
        "1. mars hvert år, 6 ganger, regnet fra 1. januar 2001",
        "1. mars kvart år, 6 gonger, rekna frå 1. januar 2001",
        "1 March every year, 6 times, counted from 1 January 2001",
    ),
    (
        "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;COUNT=1",
        "1. mars hvert år, én gang, regnet fra 1. januar 2001",
        "1. mars kvart år, éin gong, rekna frå 1. januar 2001",
        "1 March every year, once, counted from 1 January 2001",
    ),
    (
        "FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20271231",
        "den 15. i hver måned, til og med 31. desember 2027",
        "den 15. i kvar månad, til og med 31. desember 2027",
        "the 15th of every month, up to and including 31 December 2027",
    ),
    (
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "den siste av dagene mandag–fredag i hver måned",
        "den siste av dagane måndag–fredag i kvar månad",
        "the last of the days Monday–Friday in every month",
    ),
    (
        "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=2",
        "andre fredag i hver måned",
        "andre fredag i kvar månad",
        "the second Friday of every month",
    ),
    (
        "FREQ=YEARLY;BYMONTH=3,10;BYDAY=TU;BYSETPOS=1",
        "den første av dagene tirsdag i mars og oktober til sammen hvert år",
        "den første av dagane tysdag i mars og oktober til saman kvart år",
        "the first of the days Tuesday in March and October taken together every year",
    ),
    (
        "FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR",
        "den 13. i hver måned, når det er fredag",
        "den 13. i kvar månad, når det er fredag",
        "the 13th of every month, when it is a Friday",
    ),
    (
        "FREQ=YEARLY;BYDAY=20MO",
        "20. mandag i hvert år",
        "20. måndag i kvart år",
        "the 20th Monday of every year",
    ),
    (
        "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6;BYDAY=1MO",
        "første mandag i januar–juni hvert år",
        "første måndag i januar–juni kvart år",
        "the first Monday of January–June every year",
    ),
    (
        "FREQ=YEARLY;BYMONTH=7;BYDAY=MO",
        "hver mandag i juli",
        "kvar måndag i juli",
        "every Monday in July",
    ),
    (
        "FREQ=WEEKLY;BYDAY=FR;BYMONTH=6,7,8",
        "hver uke på fredag, bare i juni–august",
        "kvar veke på fredag, berre i juni–august",
        "every week on Friday, only in June–August",
    ),
    (
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU",
        "annenhver uke på tirsdag og søndag, med uker som begynner på søndag, "
        "regnet fra 1. januar 2001",
        "annakvar veke på tysdag og søndag, med veker som byrjar på søndag, "
        "rekna frå 1. januar 2001",
        "every other week on Tuesday and Sunday, with weeks starting on Sunday, "
        "counted from 1 January 2001",
    ),
    (
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
        "29. februar (bare i skuddår) hvert år",
        "29. februar (berre i skotår) kvart år",
        "29 February (in leap years only) every year",
    ),
    (
        # Plain and numbered weekdays together keep only the days both allow.
        "FREQ=MONTHLY;BYDAY=TU,2TU,1FR",
        "andre tirsdag i hver måned",
        "andre tysdag i kvar månad",
        "the second Tuesday of every month",
    ),
]


@pytest.mark.parametrize(("rule", "nb", "nn", "en"), TABLE, ids=[row[0] for row in TABLE])
def test_rules_read_as_people_write_them(rule: str, nb: str, nn: str, en: str) -> None:
    assert rrule_problem(rule) is None
    assert [describe_rrule(rule, language) for language in ("nb", "nn", "en")] == [nb, nn, en]


def test_a_rule_without_its_day_takes_it_from_its_start() -> None:
    # As the date commands count: FREQ=YEARLY alone recurs on the start's date,
    # and the words end with the start.
    start = dt.date(2026, 6, 15)
    assert describe_rrule("FREQ=YEARLY", "nb", starts=start) == (
        "15. juni hvert år, fra 15. juni 2026"
    )
    assert describe_rrule("FREQ=MONTHLY", "nn", starts=start) == (
        "den 15. i kvar månad, frå 15. juni 2026"
    )
    assert describe_rrule("FREQ=WEEKLY", "en", starts=start) == (
        "every week on Monday, from 15 June 2026"
    )
    assert describe_rrule("FREQ=YEARLY;BYMONTH=3", "en", starts=start) == (
        "15 March every year, from 15 June 2026"
    )
    # Without a start, only a rule that depends on it names the day it is counted from.
    assert describe_rrule("FREQ=YEARLY", "nb") == "1. januar hvert år"
    assert describe_rrule("FREQ=YEARLY;INTERVAL=2", "nb", starts=start) == (
        "15. juni annethvert år, fra 15. juni 2026"
    )
    assert describe_rrule("FREQ=MONTHLY;COUNT=3;UNTIL=20261231", "nb", starts=start) == (
        "den 15. i hver måned, 3 ganger, fra 15. juni 2026, til og med 31. desember 2026"
    )


def _first(rule: str, count: int, starts: dt.date | None = None) -> list[dt.date]:
    return list(itertools.islice(rule_dates(rule, starts, dt.date(2026, 1, 1)), count))


# Each rule, what its words say, and the first dates the engine gives from 2026.
AGREEMENT = [
    (
        # «den siste av dagene mandag–fredag i hver måned»
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        [dt.date(2026, 1, 30), dt.date(2026, 2, 27), dt.date(2026, 3, 31)],
    ),
    (
        # «andre tirsdag i hver måned»: a plain weekday beside numbered ones narrows
        # them (no Friday, no other Tuesday).
        "FREQ=MONTHLY;BYDAY=TU,2TU,1FR",
        [dt.date(2026, 1, 13), dt.date(2026, 2, 10), dt.date(2026, 3, 10)],
    ),
    (
        # «den første av den 15. i hver måned i hvert år»: 15 January only.
        "FREQ=YEARLY;BYMONTHDAY=15;BYSETPOS=1",
        [dt.date(2026, 1, 15), dt.date(2027, 1, 15)],
    ),
    (
        # «den første av dagene tirsdag i mars og oktober til sammen hvert år»
        "FREQ=YEARLY;BYMONTH=3,10;BYDAY=TU;BYSETPOS=1",
        [dt.date(2026, 3, 3), dt.date(2027, 3, 2)],
    ),
    (
        # «andre tirsdag i mars og oktober hvert år»: numbered within each month.
        "FREQ=YEARLY;BYMONTH=3,10;BYDAY=2TU",
        [dt.date(2026, 3, 10), dt.date(2026, 10, 13), dt.date(2027, 3, 9)],
    ),
    (
        # «20. mandag i hvert år»: numbered within the year.
        "FREQ=YEARLY;BYDAY=20MO",
        [dt.date(2026, 5, 18), dt.date(2027, 5, 17)],
    ),
    (
        # «den 13. i hver måned, når det er fredag»
        "FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR",
        [dt.date(2026, 2, 13), dt.date(2026, 3, 13), dt.date(2026, 11, 13)],
    ),
    (
        # «31. mai hvert år»: there is no 31 April.
        "FREQ=YEARLY;BYMONTH=4,5;BYMONTHDAY=31",
        [dt.date(2026, 5, 31), dt.date(2027, 5, 31)],
    ),
]


@pytest.mark.parametrize(("rule", "dates"), AGREEMENT, ids=[row[0] for row in AGREEMENT])
def test_the_words_agree_with_the_dates(rule: str, dates: list[dt.date]) -> None:
    assert _first(rule, len(dates)) == dates


def test_a_rule_counted_from_its_start_agrees_too() -> None:
    # «15. juni hvert år» and «hver uke på mandag», from the start's date and weekday.
    start = dt.date(2026, 6, 15)
    assert _first("FREQ=YEARLY", 2, start) == [dt.date(2026, 6, 15), dt.date(2027, 6, 15)]
    assert _first("FREQ=WEEKLY", 2, start) == [dt.date(2026, 6, 15), dt.date(2026, 6, 22)]


def test_english_ordinals_follow_cldr() -> None:
    rule = "FREQ=MONTHLY;BYMONTHDAY=1,2,3,11,12,13,21,22,23,31"
    assert describe_rrule(rule, "en") == (
        "the 1st–3rd, 11th–13th, 21st–23rd and 31st of every month"
    )
    assert describe_rrule(rule, "nb") == "den 1.–3., 11.–13., 21.–23. og 31. i hver måned"


def test_numbers_follow_the_locale() -> None:
    rule = "FREQ=WEEKLY;COUNT=1500"
    assert describe_rrule(rule, "nb") == (
        "hver uke på mandag, 1\xa0500 ganger, regnet fra 1. januar 2001"
    )
    assert describe_rrule(rule, "en") == (
        "every week on Monday, 1,500 times, counted from 1 January 2001"
    )


def test_another_language_falls_back_to_bokmaal() -> None:
    assert describe_rrule("FREQ=MONTHLY;BYDAY=-1FR", "de") == "siste fredag i hver måned"


def test_a_rule_unikom_refuses_is_an_error() -> None:
    with pytest.raises(ModelError) as caught:
        describe_rrule("FREQ=DAILY", "nb")
    assert isinstance(caught.value, UnikomError)


# -- every accepted rule -------------------------------------------------------

_WEEKDAY = st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])
#: What an RRULE looks like, in the words of any language.
_TOKENS = re.compile(
    r"FREQ|BY[A-Z]+|INTERVAL|COUNT|UNTIL|WKST|RRULE|[=;]|\b[+-]?\d*(?:MO|TU|WE|TH|FR|SA|SU)\b"
)


def _numbers(low: int, high: int) -> st.SearchStrategy[str]:
    values = st.integers(low, high).filter(lambda n: n != 0)
    return st.lists(values, min_size=1, max_size=4, unique=True).map(
        lambda ns: ",".join(map(str, ns))
    )


@st.composite
def accepted_rules(draw: st.DrawFn) -> str:
    """An RRULE made of any of the parts unikom accepts, with values in their ranges."""
    frequency = draw(st.sampled_from(["YEARLY", "MONTHLY", "WEEKLY"]))
    most_ordinal = {"YEARLY": 53, "MONTHLY": 5, "WEEKLY": 0}[frequency]
    most_position = {"YEARLY": 366, "MONTHLY": 31, "WEEKLY": 7}[frequency]
    ordinal = st.integers(-most_ordinal, most_ordinal).filter(lambda n: n != 0)
    day = st.one_of(_WEEKDAY, st.tuples(ordinal, _WEEKDAY).map(lambda p: f"{p[0]}{p[1]}"))
    days = st.lists(_WEEKDAY if most_ordinal == 0 else day, min_size=1, max_size=5, unique=True)
    parts = {
        "INTERVAL": st.integers(1, 1000).map(str),
        "COUNT": st.integers(1, 10000).map(str),
        "UNTIL": st.dates(dt.date(1990, 1, 1), dt.date(2199, 12, 31)).map(
            lambda d: d.strftime("%Y%m%d")
        ),
        "BYMONTH": _numbers(1, 12),
        "BYMONTHDAY": _numbers(-31, 31),
        "BYDAY": days.map(",".join),
        "BYSETPOS": _numbers(-most_position, most_position),
        "WKST": _WEEKDAY,
    }
    chosen = draw(st.lists(st.sampled_from(sorted(parts)), unique=True, max_size=5))
    rule = ";".join([f"FREQ={frequency}", *(f"{name}={draw(parts[name])}" for name in chosen)])
    assume(rrule_problem(rule) is None)
    return rule


@given(rule=accepted_rules(), starts=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)))
@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_every_accepted_rule_reads_in_words(
    rule: str, starts: dt.date | None, language: str
) -> None:
    described = describe_rrule(rule, language, starts=starts)
    assert described
    assert _TOKENS.findall(described) == []
    if language != "en":
        assert english_words(described) == []


def test_each_kind_of_intake_deadline_in_words() -> None:
    """The page and ``network`` word a deadline by this one function."""
    partnership = unikom.load(ROOT / "examples" / "vest")
    event = partnership.annual_cycle[0]
    relative = RelativeDeadline(event=event.id, before=Duration.parse("10 working days"))
    cases: list[tuple[Deadline, str]] = [
        (AnnualDeadline(annual=MonthDay("03-01")), "1. mars hvert år"),
        (OneOffDeadline(date=dt.date(2027, 1, 15)), "15. januar 2027"),
        (
            RecurringDeadline(rrule=RRuleText("FREQ=MONTHLY;BYDAY=-1FR")),
            "siste fredag i hver måned",
        ),
        (relative, f"10 virkedager før {event.title.get('nb')}"),
    ]
    for deadline, expected in cases:
        assert describe_deadline(deadline, partnership, "nb") == expected


# A rule that gives no day in some of the months (or years) its words name:
# RFC 5545 skips those, so the words say «der det finnes en slik dag».
# rule, whether some period is skipped (counted by hand from the calendar)
SKIPPING = [
    ("FREQ=MONTHLY;BYDAY=5FR", True),  # most months have four Fridays
    ("FREQ=MONTHLY;BYDAY=-5MO", True),
    ("FREQ=MONTHLY;BYMONTHDAY=31", True),  # April has 30 days
    ("FREQ=MONTHLY;BYMONTHDAY=-31", True),
    ("FREQ=MONTHLY;BYMONTHDAY=29", True),  # February, outside leap years
    ("FREQ=YEARLY;BYMONTH=3;BYDAY=5FR", True),  # March 2027 has four Fridays
    ("FREQ=YEARLY;BYDAY=53MO", True),  # a year has 52 Mondays, or 53
    ("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31", True),  # Jan, Mar, May, Jul, then September
    ("FREQ=MONTHLY;BYMONTH=1,3,5;BYMONTHDAY=31", False),  # each of them has a 31st
    ("FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31", False),  # always January
    ("FREQ=MONTHLY;BYMONTHDAY=28", False),
    ("FREQ=MONTHLY;BYDAY=4FR", False),
    ("FREQ=MONTHLY;BYDAY=-1FR", False),
    ("FREQ=YEARLY;BYDAY=52SU", False),
    ("FREQ=YEARLY;BYMONTH=3,10;BYDAY=2TU", False),
    ("FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR", False),  # says «når det er fredag» already
    ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", False),
    ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", False),  # says «bare i skuddår» already
]


@pytest.mark.parametrize(("rule", "skips"), SKIPPING, ids=[row[0] for row in SKIPPING])
def test_a_rule_that_skips_some_months_says_so(rule: str, skips: bool) -> None:
    qualifiers = {
        "nb": "der det finnes en slik dag",
        "nn": "der det finst ein slik dag",
        "en": "where there is such a day",
    }
    for language, qualifier in qualifiers.items():
        assert (qualifier in describe_rrule(rule, language)) is skips, language


def test_a_relative_deadline_names_its_event_by_one_rule() -> None:
    # The page, the network table and describe_deadline all name it so.
    from unikom.deadlines.recurrence import event_title

    partnership = unikom.load(ROOT / "examples" / "trondheim")
    event = partnership.annual_cycle[0]
    assert event_title(partnership, event.id) is event.title
    assert event_title(partnership, "no-such-event").get("nb") == "no-such-event"
