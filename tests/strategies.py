"""Hypothesis strategies for the model, shared by the tests.

Constrained strings (``Slug``, ``Url`` …) are registered for their NewTypes, so
``st.builds`` on any model class fills them with values the model accepts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import strategies as st

from unikom._private.fields import Email, LanguageTag, MonthDay, OrgNumber, RRuleText, Slug, Url
from unikom.assessment import AssessmentScheme, Scale, ScaleCriterion, ScaleLevel, YesNoCriterion
from unikom.duration import Duration, DurationUnit
from unikom.inquiry_type import (
    Choice,
    FormField,
    HandlingRoute,
    InquiryType,
    Requirement,
    RouteStep,
)
from unikom.schedule import AnnualDeadline, IntakeSchedule, OneOffDeadline, RecurringDeadline
from unikom.text import Text

# The model uses postponed annotations; hypothesis reads attrs' types, so make them real.
for _model in (
    AssessmentScheme,
    Scale,
    ScaleCriterion,
    ScaleLevel,
    YesNoCriterion,
    Choice,
    FormField,
    HandlingRoute,
    InquiryType,
    Requirement,
    RouteStep,
    AnnualDeadline,
    IntakeSchedule,
    OneOffDeadline,
    RecurringDeadline,
):
    attrs.resolve_types(_model)

_slug_words = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
slugs = st.lists(_slug_words, min_size=1, max_size=3).map("-".join)
language_tags = st.sampled_from(["nb", "nn", "en", "se", "de-CH"])
urls = slugs.map(lambda s: f"https://{s}.example.no/")
emails = slugs.map(lambda s: f"{s}@example.no")
month_days = st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)).map(lambda d: f"{d:%m-%d}")
rrules = st.sampled_from(
    [
        "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1",
        "FREQ=MONTHLY;BYMONTHDAY=-1",
        "RRULE:FREQ=WEEKLY;BYDAY=MO",
    ]
)
# Valid organisation numbers (MOD11): NTNU and Trondheim kommune.
org_numbers = st.sampled_from(["974767880", "942110464"])

st.register_type_strategy(Slug, slugs)
st.register_type_strategy(LanguageTag, language_tags)
st.register_type_strategy(Url, urls)
st.register_type_strategy(Email, emails)
st.register_type_strategy(MonthDay, month_days)
st.register_type_strategy(RRuleText, rrules)
st.register_type_strategy(OrgNumber, org_numbers)

plain_texts = st.text(min_size=1, max_size=20)
texts = st.one_of(
    plain_texts.map(Text.plain),
    st.dictionaries(language_tags, plain_texts, min_size=1, max_size=3).map(
        lambda t: Text(translations=t)
    ),
)
st.register_type_strategy(Text, texts)

durations = st.builds(Duration, amount=st.integers(1, 9999), unit=st.sampled_from(DurationUnit))
st.register_type_strategy(Duration, durations)

scores = st.floats(-1000, 1000, allow_nan=False).map(lambda x: round(x, 2))


@st.composite
def scales(draw: st.DrawFn) -> Scale:
    """Draw a scale whose maximum lies above its minimum."""
    low = draw(scores)
    return Scale(
        minimum=low,
        maximum=low + draw(st.integers(1, 10)),
        step=draw(st.sampled_from([0.5, 1.0])),
        levels=draw(st.lists(st.builds(ScaleLevel, score=scores), max_size=2).map(tuple)),
    )


st.register_type_strategy(Scale, scales())


def _infer(*names: str) -> dict[str, Any]:
    # st.builds fills only required arguments; ... asks it to infer the others too.
    return dict.fromkeys(names, ...)


def _lists(strategy: st.SearchStrategy[Any], max_size: int = 2) -> st.SearchStrategy[Any]:
    return st.lists(strategy, max_size=max_size).map(tuple)


choices = st.builds(Choice)
form_fields = st.builds(
    FormField, required=st.booleans(), choices=_lists(choices), help=st.none() | texts
)
requirements = st.builds(Requirement, **_infer("description", "applies_when", "legal_basis", "url"))
route_steps = st.builds(RouteStep, **_infer("party", "contact", "note"))
routes = st.builds(
    HandlingRoute,
    name=st.none() | texts,
    thematic_areas=_lists(slugs),
    steps=st.lists(route_steps, min_size=1, max_size=2).map(tuple),
)
criteria = st.one_of(
    st.builds(ScaleCriterion, threshold=st.none() | scores, description=st.none() | texts),
    st.builds(YesNoCriterion, required_answer=st.booleans()),
)
assessments = st.builds(
    AssessmentScheme,
    criteria=st.lists(criteria, min_size=1, max_size=3).map(tuple),
    overall_threshold=st.none() | scores,
)
deadlines = st.one_of(
    st.builds(AnnualDeadline, **_infer("note")),
    st.builds(RecurringDeadline, **_infer("starts", "note")),
    st.builds(OneOffDeadline, **_infer("note")),
)
intakes = st.builds(
    IntakeSchedule, deadlines=_lists(deadlines), **_infer("non_working_day", "note")
)

#: Inquiry types the model accepts (the cross-reference rules may still object).
inquiry_types = st.builds(
    InquiryType,
    description=st.none() | texts,
    thematic_areas=_lists(slugs),
    url=st.none() | urls,
    form=_lists(form_fields, 3),
    requirements=_lists(requirements),
    assessment=st.none() | assessments,
    intake=intakes,
    processing_time=st.none() | durations,
    preliminary_reply_after=durations,
    routes=_lists(routes),
    note=st.none() | texts,
)
