"""Hypothesis strategies for the unikom model, built with ``st.builds`` on the attrs classes.

They grow with the model: a new class gets a strategy here, and the property
tests (round trip, schema agreement) pick it up through :func:`partnerships`.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence
from types import SimpleNamespace

import attrs
from hypothesis import settings
from hypothesis import strategies as st

from unikom.deadlines.calendars import _longest
from unikom.model._fields import Slug
from unikom.model._rules import MIN_OPEN_DAYS
from unikom.model._rules import _open_days as open_days
from unikom.model._validation import rules_deferred
from unikom.model.agreement import Agreement, Document, Period, Signatory
from unikom.model.assessment import (
    Assessment,
    AssessmentScheme,
    Scale,
    ScaleCriterion,
    ScaleLevel,
    YesNoCriterion,
)
from unikom.model.contact import Contact, Link
from unikom.model.duration import Duration, DurationUnit
from unikom.model.goal import Goal
from unikom.model.governance import AnnualEvent, ClosedPeriod, GovernanceBody, KeyFigure
from unikom.model.inquiry import Inquiry, Requester
from unikom.model.inquiry_type import (
    Choice,
    FieldType,
    FormField,
    HandlingRoute,
    InquiryType,
    Requirement,
    RouteAction,
    RouteStep,
)
from unikom.model.lifecycle import InquiryState
from unikom.model.orgnr import org_number_check_digit
from unikom.model.partnership import Partnership, PartnershipStatus
from unikom.model.party import Party, PartyKind
from unikom.model.schedule import (
    AnnualDeadline,
    IntakeSchedule,
    NonWorkingDayPolicy,
    OneOffDeadline,
    RecurringDeadline,
)
from unikom.model.text import Text
from unikom.model.thematic_area import ThematicArea
from unikom.model.track import CollaborationTrack, Programme, TrackKind


def examples(times: float) -> int:
    """The loaded profile's number of examples, times a test's own weight.

    A cheap property asks for more (``examples(10)``), a costly one for fewer,
    and the ``ci`` profile scales them all up together.
    """
    return max(1, round(settings().max_examples * times))


slugs = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}\Z").map(Slug)
#: The direction-changing characters unikom refuses in every text.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# Text without surrogates or control characters: what people type in a YAML editor.
words = st.text(
    alphabet=st.characters(
        codec="utf-8",
        exclude_categories=("Cc", "Cs", "Zl", "Zp"),
        exclude_characters="\ufeff" + BIDI_CONTROLS,
    ),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() == s and s != "")
languages = st.sampled_from(["nb", "nn", "en", "se", "de"])
texts = st.one_of(
    words.map(Text.plain),
    st.dictionaries(languages, words, min_size=1, max_size=3).map(lambda d: Text(translations=d)),
)
optional_texts = st.none() | texts
urls = st.builds(lambda host, path: f"https://{host}.no/{path}", slugs, slugs)
emails = st.builds(lambda user, host: f"{user}@{host}.no", slugs, slugs)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
month_days = st.builds(lambda m, d: f"{m:02d}-{d:02d}", st.integers(1, 12), st.integers(1, 28))
scores = st.integers(-20, 20).map(lambda n: n / 2)


@st.composite
def org_numbers(draw: st.DrawFn) -> str:
    """Draw a valid organisation number (retrying the ~1 in 11 prefixes that have none)."""
    first = draw(
        st.text(string.digits, min_size=8, max_size=8).filter(
            lambda s: org_number_check_digit(s) is not None
        )
    )
    return first + str(org_number_check_digit(first))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Draw a period whose end, if any, is not before its start."""
    start = draw(dates)
    end = draw(st.none() | st.dates(min_value=start, max_value=dt.date(2100, 12, 31)))
    return Period(start=start, end=end)


@st.composite
def scales(draw: st.DrawFn) -> Scale:
    """Draw a scale whose maximum is above its minimum."""
    low = draw(st.integers(0, 3))
    high = draw(st.integers(low + 1, 10))
    return Scale(
        minimum=float(low),
        maximum=float(high),
        step=draw(st.sampled_from([0.5, 1.0])),
        levels=tuple(draw(st.lists(st.builds(ScaleLevel, score=scores, label=texts), max_size=3))),
    )


def tuples(strategy: st.SearchStrategy, max_size: int = 3) -> st.SearchStrategy:
    """Draw short tuples of *strategy*."""
    return st.lists(strategy, max_size=max_size).map(tuple)


def unique(strategy: st.SearchStrategy, max_size: int = 3, min_size: int = 0) -> st.SearchStrategy:
    """Draw short tuples of *strategy* whose ids differ, as the model requires of a list."""
    return st.lists(
        strategy, min_size=min_size, max_size=max_size, unique_by=lambda item: item.id
    ).map(tuple)


def some_of(draw: st.DrawFn, ids: Sequence[Slug], max_size: int = 3) -> tuple[Slug, ...]:
    """Draw a few distinct ids of *ids* (none when there are none)."""
    if not ids:
        return ()
    return tuple(draw(st.lists(st.sampled_from(ids), unique=True, max_size=max_size)))


def one_of_or_none(draw: st.DrawFn, ids: Sequence[Slug]) -> Slug | None:
    """Draw one of *ids*, or None."""
    return draw(st.none() | st.sampled_from(ids)) if ids else None


durations = st.builds(Duration, amount=st.integers(1, 60), unit=st.sampled_from(DurationUnit))
parties = st.builds(
    Party,
    id=slugs,
    kind=st.sampled_from(PartyKind),
    name=texts,
    short_name=st.none() | words,
    org_number=org_numbers(),
    url=st.none() | urls,
)
agreements = st.builds(
    Agreement,
    id=slugs,
    title=texts,
    signed=st.none() | dates,
    signatories=tuples(st.builds(Signatory, name=words, title=texts, party=slugs)),
    period=periods(),
    documents=tuples(st.builds(Document, title=texts, url=st.none() | urls)),
    continues=st.none() | slugs,
    note=optional_texts,
)


@st.composite
def scale_criteria_any(draw: st.DrawFn) -> ScaleCriterion:
    """Draw a scale criterion whose threshold, if any, lies on its scale."""
    scale = draw(scales())
    steps = int((scale.maximum - scale.minimum) / scale.step)
    threshold = draw(
        st.none() | st.integers(0, steps).map(lambda n: scale.minimum + n * scale.step)
    )
    return ScaleCriterion(
        id=draw(slugs),
        title=draw(texts),
        description=draw(optional_texts),
        scale=scale,
        threshold=threshold,
        weight=draw(st.sampled_from([0.5, 1.0, 1.5, 2.0])),
    )


criteria = st.one_of(
    scale_criteria_any(),
    st.builds(
        YesNoCriterion,
        id=slugs,
        question=texts,
        description=optional_texts,
        required_answer=st.booleans(),
    ),
)
deadlines = st.one_of(
    st.builds(AnnualDeadline, annual=month_days, note=optional_texts),
    st.builds(
        RecurringDeadline,
        rrule=st.sampled_from(
            [
                "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1",
                "FREQ=MONTHLY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            ]
        ),
        starts=st.none() | dates,
        note=optional_texts,
    ),
    st.builds(OneOffDeadline, date=dates, note=optional_texts),
)


@st.composite
def form_fields_any(draw: st.DrawFn) -> FormField:
    """Draw a form field: choices exactly when its type takes them."""
    kind = draw(st.sampled_from(FieldType))
    choices = (
        draw(unique(st.builds(Choice, id=slugs, label=texts), min_size=1))
        if kind.has_choices
        else ()
    )
    return FormField(
        id=draw(slugs),
        label=draw(texts),
        type=kind,
        required=draw(st.booleans()),
        choices=choices,
        help=draw(optional_texts),
    )


form_fields = form_fields_any()
routes = st.builds(
    HandlingRoute,
    id=slugs,
    name=optional_texts,
    note=optional_texts,
    thematic_areas=tuples(slugs),
    steps=st.lists(
        st.builds(
            RouteStep,
            action=st.sampled_from(RouteAction),
            role=texts,
            party=st.none() | slugs,
            contact=st.none() | slugs,
            note=optional_texts,
        ),
        min_size=1,
        max_size=3,
    ).map(tuple),
)
inquiry_types = st.builds(
    InquiryType,
    id=slugs,
    name=texts,
    description=optional_texts,
    track=slugs,
    thematic_areas=tuples(slugs),
    url=st.none() | urls,
    form=unique(form_fields),
    requirements=unique(
        st.builds(
            Requirement,
            id=slugs,
            title=texts,
            description=optional_texts,
            applies_when=optional_texts,
            legal_basis=optional_texts,
            url=st.none() | urls,
        )
    ),
    assessment=st.none()
    | st.builds(
        AssessmentScheme,
        criteria=unique(criteria, min_size=1),
        overall_threshold=st.none() | scores,
        note=optional_texts,
    ),
    intake=st.builds(
        IntakeSchedule,
        deadlines=tuples(deadlines),
        non_working_day=st.sampled_from(NonWorkingDayPolicy),
        note=optional_texts,
    ),
    processing_time=st.none() | durations,
    preliminary_reply_after=durations,
    routes=unique(routes, max_size=2),
    note=optional_texts,
)
_raw_partnerships = st.builds(
    Partnership,
    id=slugs,
    name=texts,
    short_name=st.none() | words,
    description=optional_texts,
    status=st.sampled_from(PartnershipStatus),
    languages=st.lists(languages, min_size=1, max_size=3, unique=True).map(tuple),
    parties=st.lists(parties, min_size=2, max_size=4).map(tuple),
    agreements=tuples(agreements, max_size=2),
    purposes=tuples(texts),
    goals=tuples(st.builds(Goal, id=slugs, title=texts, description=optional_texts)),
    thematic_areas=tuples(st.builds(ThematicArea, id=slugs, name=texts, scope=optional_texts)),
    tracks=tuples(
        st.builds(
            CollaborationTrack,
            id=slugs,
            kind=st.sampled_from(TrackKind),
            name=texts,
            description=optional_texts,
            programmes=tuples(
                st.builds(
                    Programme,
                    id=slugs,
                    name=texts,
                    description=optional_texts,
                    url=st.none() | urls,
                )
            ),
            url=st.none() | urls,
        )
    ),
    inquiry_types=tuples(inquiry_types, max_size=2),
    contacts=tuples(
        st.builds(
            Contact,
            id=slugs,
            name=words,
            title=optional_texts,
            unit=optional_texts,
            party=slugs,
            email=st.none() | emails,
            phone=st.none() | st.from_regex(r"\A\+47 [0-9]{8}\Z"),
            role=optional_texts,
        )
    ),
    links=tuples(st.builds(Link, title=texts, url=urls)),
    governance_bodies=tuples(
        st.builds(
            GovernanceBody,
            id=slugs,
            name=texts,
            description=optional_texts,
            parties=tuples(slugs),
            note=optional_texts,
        )
    ),
    annual_cycle=tuples(
        st.builds(
            AnnualEvent,
            id=slugs,
            title=texts,
            description=optional_texts,
            rrule=st.sampled_from(
                ["FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15", "FREQ=MONTHLY;BYMONTHDAY=1"]
            ),
            starts=st.none() | dates,
            body=st.none() | slugs,
            note=optional_texts,
        )
    ),
    closed_periods=tuples(
        st.builds(
            ClosedPeriod,
            id=slugs,
            name=texts,
            start=month_days,
            end=month_days,
            note=optional_texts,
        )
    ).filter(
        # A partnership must leave working days (model.closed-year): keep
        # the closed periods to at most half a year in all.
        lambda periods: sum(_longest(p) for p in periods) <= 180
    ),
    key_figures=tuples(
        st.builds(
            KeyFigure,
            label=texts,
            value=st.integers(0, 10_000),
            as_of=dates,
            source_name=optional_texts,
            source=st.none() | urls,
        )
    ),
)


def leave_days_open(periods: tuple[ClosedPeriod, ...]) -> tuple[ClosedPeriod, ...]:
    """Keep the closed periods while they leave the days open a valid file must."""
    kept: list[ClosedPeriod] = []
    for period in periods:
        if open_days(SimpleNamespace(closed_periods=[*kept, period])) >= MIN_OPEN_DAYS:
            kept.append(period)
    return tuple(kept)


@st.composite
def consistent_partnerships(draw: st.DrawFn) -> Partnership:
    """Draw a partnership whose ids are unique and whose references all resolve.

    Such a partnership is what a valid file holds, so it builds without error,
    dumps and loads back equal.  Each part is drawn on its own, then its
    references are pointed at ids the partnership has.
    """
    with rules_deferred():
        raw = draw(_raw_partnerships)
    firsts = draw(st.lists(parties, min_size=2, max_size=4, unique_by=lambda p: p.id))
    chosen = [
        attrs.evolve(firsts[0], kind=PartyKind.MUNICIPALITY),
        attrs.evolve(firsts[1], kind=PartyKind.UNIVERSITY),
        *firsts[2:],
    ]
    party_ids = [p.id for p in chosen]
    agreements_: list[Agreement] = []
    for agreement in draw(unique(agreements, max_size=2)):
        earlier = [a.id for a in agreements_]
        agreements_.append(
            attrs.evolve(
                agreement,
                signatories=tuple(
                    attrs.evolve(s, party=draw(st.sampled_from(party_ids)))
                    for s in agreement.signatories
                ),
                continues=one_of_or_none(draw, earlier),
            )
        )
    areas = draw(unique(st.builds(ThematicArea, id=slugs, name=texts, scope=optional_texts)))
    area_ids = [a.id for a in areas]
    tracks = tuple(
        attrs.evolve(t, programmes=tuple({p.id: p for p in t.programmes}.values()))
        for t in {t.id: t for t in raw.tracks}.values()
    )
    track_ids = [t.id for t in tracks]
    contacts = tuple(
        attrs.evolve(c, party=draw(st.sampled_from(party_ids)))
        for c in {c.id: c for c in raw.contacts}.values()
    )
    contact_ids = [c.id for c in contacts]
    bodies = tuple(
        attrs.evolve(b, parties=some_of(draw, party_ids))
        for b in {b.id: b for b in raw.governance_bodies}.values()
    )
    body_ids = [b.id for b in bodies]
    types = ()
    if track_ids:
        types = tuple(
            attrs.evolve(
                it,
                track=draw(st.sampled_from(track_ids)),
                thematic_areas=some_of(draw, area_ids),
                routes=tuple(
                    attrs.evolve(
                        route,
                        thematic_areas=some_of(draw, area_ids),
                        steps=tuple(
                            attrs.evolve(
                                step,
                                party=one_of_or_none(draw, party_ids),
                                contact=one_of_or_none(draw, contact_ids),
                            )
                            for step in route.steps
                        ),
                    )
                    for route in it.routes
                ),
            )
            for it in draw(unique(inquiry_types, max_size=2))
        )
    with rules_deferred():
        return attrs.evolve(
            raw,
            parties=tuple(chosen),
            agreements=tuple(agreements_),
            goals=tuple({g.id: g for g in raw.goals}.values()),
            thematic_areas=areas,
            tracks=tracks,
            inquiry_types=types,
            contacts=contacts,
            governance_bodies=bodies,
            annual_cycle=tuple(
                attrs.evolve(e, body=one_of_or_none(draw, body_ids))
                for e in {e.id: e for e in raw.annual_cycle}.values()
            ),
            closed_periods=leave_days_open(tuple({c.id: c for c in raw.closed_periods}.values())),
        )


#: Partnerships as valid files hold them; every one builds (object rules included).
partnerships = consistent_partnerships().map(lambda p: attrs.evolve(p))


# Inquiries, their lifecycle and assessment.
plain_texts = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cc", "Cs"), exclude_characters=BIDI_CONTROLS
    ),
    min_size=1,
    max_size=20,
).map(Text.plain)
days = st.dates(min_value=dt.date(2018, 1, 1), max_value=dt.date(2032, 12, 31))
states = st.sampled_from(list(InquiryState))

requesters = st.builds(
    Requester,
    organisation=st.just("Et institutt"),
    name=st.just("Per Eksempel"),
)

#: A fresh inquiry in the state 'received', with no history.
new_inquiries = st.builds(
    Inquiry,
    id=slugs,
    partnership=st.just("testby"),
    type=st.just("forskningssamarbeid"),
    title=plain_texts,
    received=days,
    requester=requesters,
)

#: (state, days after the previous step): a step someone might try to take.
attempted_steps = st.tuples(states, st.integers(min_value=-3, max_value=40))


@st.composite
def assessment_scales(draw: st.DrawFn) -> Scale:
    """Draw an assessment scale such as 0–5 in half points or 1–7 in whole points."""
    step = draw(st.sampled_from([0.5, 1.0, 0.25]))
    minimum = float(draw(st.integers(min_value=0, max_value=2)))
    size = draw(st.integers(min_value=2, max_value=12))
    return Scale(minimum=minimum, maximum=minimum + size * step, step=step)


@st.composite
def scale_criteria(draw: st.DrawFn, criterion_id: str) -> ScaleCriterion:
    """Draw a scale criterion with an optional threshold on its scale and a weight."""
    scale = draw(assessment_scales())
    steps = round((scale.maximum - scale.minimum) / scale.step)
    threshold = draw(
        st.none() | st.integers(0, steps).map(lambda n: scale.minimum + n * scale.step)
    )
    weight = draw(st.sampled_from([1.0, 1.5, 2.0, 0.5]))
    return ScaleCriterion(
        id=Slug(criterion_id),
        title=Text.plain(criterion_id),
        scale=scale,
        threshold=threshold,
        weight=weight,
    )


@st.composite
def schemes_with_scores(draw: st.DrawFn) -> tuple[AssessmentScheme, dict[str, bool | float]]:
    """Draw an assessment scheme of scale and yes/no criteria, and scores that fit it."""
    ids = draw(st.lists(slugs, min_size=1, max_size=6, unique=True))
    criteria: list[ScaleCriterion | YesNoCriterion] = []
    scores: dict[str, bool | float] = {}
    for criterion_id in ids:
        if draw(st.booleans()):
            criterion = draw(scale_criteria(criterion_id))
            scale = criterion.scale
            steps = round((scale.maximum - scale.minimum) / scale.step)
            scores[criterion_id] = scale.minimum + draw(st.integers(0, steps)) * scale.step
            criteria.append(criterion)
        else:
            criteria.append(
                YesNoCriterion(
                    id=Slug(criterion_id),
                    question=Text.plain(f"{criterion_id}?"),
                    required_answer=draw(st.booleans()),
                )
            )
            scores[criterion_id] = draw(st.booleans())
    overall = draw(st.none() | st.floats(min_value=0, max_value=40).map(lambda x: round(x * 2) / 2))
    return AssessmentScheme(criteria=tuple(criteria), overall_threshold=overall), scores


answers = st.one_of(words, st.booleans(), st.integers(-5, 5).map(float), tuples(slugs, max_size=2))

#: An inquiry with answers, requirements, a history step and an assessment.
full_inquiries = st.builds(
    Inquiry,
    id=slugs,
    partnership=slugs,
    type=slugs,
    title=texts,
    received=days,
    requester=requesters,
    thematic_areas=st.lists(slugs, max_size=3, unique=True).map(tuple),
    answers=st.dictionaries(slugs, answers, max_size=4),
    assessment=st.none()
    | st.builds(
        Assessment,
        scores=st.dictionaries(slugs, st.booleans() | scores, min_size=1, max_size=3),
        date=st.none(),
        note=optional_texts,
    ),
    note=optional_texts,
)
