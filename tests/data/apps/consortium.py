"""A consortium built in code on the public face only: roles, periods, closures, a timed intake.

``mypy --strict src tests`` checks this app with the rest of the tests, so every
type it needs must come from ``unikom`` itself (no ``cast``, no private module);
``tests/test_public.py`` runs it.  Organisation numbers are real (Enhetsregisteret).
"""

from __future__ import annotations

import datetime as dt

import unikom
from unikom import Slug, Text

MUNICIPALITIES = [
    ("bergen", "964338531"),
    ("askoy", "964338442"),
    ("voss", "964338477"),
]


def en(words: str) -> Text:
    return Text(translations={"en": words})


parties = [
    unikom.Party(
        id=Slug(pid),
        kind=unikom.PartyKind.MUNICIPALITY,
        name=en(pid.title()),
        org_number=unikom.OrgNumber(orgnr),
        role=unikom.PartyRole.LEAD if pid == "bergen" else unikom.PartyRole.MEMBER,
        joined=dt.date(2024, 1, 1),
        calendar=unikom.CalendarName("NO"),
    )
    for pid, orgnr in MUNICIPALITIES
]
parties.append(
    unikom.Party(
        id=Slug("uib"),
        kind=unikom.PartyKind.UNIVERSITY,
        name=en("University of Bergen"),
        org_number=unikom.OrgNumber("874789542"),
        role=unikom.PartyRole.ASSOCIATE,
    )
)
summer = unikom.ClosedPeriod(
    id=Slug("fellesferie"), name=en("Summer"), weeks=unikom.WeekRange(first=28, last=30)
)
easter = unikom.ClosedPeriod(
    id=Slug("paske"),
    name=en("Holy Week"),
    feast=unikom.Feast.EASTER,
    days=unikom.DayRange(first=-6, last=-4),
)
meeting = unikom.AnnualEvent(
    id=Slug("styremote"),
    title=en("Board"),
    rrule=unikom.RRuleText("FREQ=YEARLY;BYMONTH=3;BYDAY=2TU"),
)
intake = unikom.IntakeSchedule(
    deadlines=(
        unikom.RelativeDeadline(
            event=Slug("styremote"),
            before=unikom.Duration(amount=10, unit=unikom.DurationUnit.WORKING_DAYS),
        ),
    ),
    time=unikom.ClockTime("12:00"),
    time_zone=unikom.TimeZoneName("Europe/Oslo"),
)
kind = unikom.InquiryType(
    id=Slug("research"),
    name=en("Research"),
    track=Slug("research"),
    intake=intake,
    closures=unikom.ClosurePolicy(mode=unikom.ClosureMode.SUSPEND),
    form=(unikom.FormField(id=Slug("goal"), label=en("Goal"), type=unikom.FieldType.TEXTAREA),),
)
consortium = unikom.Partnership(
    id=Slug("west"),
    name=en("West"),
    languages=(unikom.LanguageTag("en"),),
    parties=tuple(parties),
    tracks=(
        unikom.CollaborationTrack(
            id=Slug("research"), name=en("Research"), kind=unikom.TrackKind.RESEARCH
        ),
    ),
    inquiry_types=(kind,),
    annual_cycle=(meeting,),
    closed_periods=(summer, easter),
)
answers: dict[str, unikom.Answer] = {"goal": unikom.TextValue("Find out")}
inquiry = unikom.Inquiry(
    id=Slug("2026-001"),
    partnership=consortium.id,
    type=kind.id,
    title=en("T"),
    received=dt.date(2026, 3, 2),
    requester=unikom.Requester(
        organisation="UiB", name="Kari", phone=unikom.Phone("+47 55 00 00 00")
    ),
    answers=answers,
)
assert unikom.check(consortium) == [], unikom.check(consortium)
assert unikom.loads(unikom.dumps(consortium)) == consortium
assert unikom.check(inquiry, partnership=consortium) == []
assert unikom.loads(unikom.dumps(inquiry), model=unikom.Inquiry, partnership=consortium) == inquiry
DUE = unikom.answer_due(consortium, "research", inquiry.received, party="askoy")
