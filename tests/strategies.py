"""Hypothesis strategies shared by the tests: built from the model with st.builds."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from unikom.assessment import AssessmentScheme, Scale, ScaleCriterion, YesNoCriterion
from unikom.inquiry import Inquiry, Requester
from unikom.lifecycle import InquiryState
from unikom.text import Text

slugs = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}\Z")
plain_texts = st.text(min_size=1, max_size=20).map(Text.plain)
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
def scales(draw: st.DrawFn) -> Scale:
    """Draw a scale such as 0–5 in half points or 1–7 in whole points."""
    step = draw(st.sampled_from([0.5, 1.0, 0.25]))
    minimum = float(draw(st.integers(min_value=0, max_value=2)))
    size = draw(st.integers(min_value=2, max_value=12))
    return Scale(minimum=minimum, maximum=minimum + size * step, step=step)


@st.composite
def scale_criteria(draw: st.DrawFn, criterion_id: str) -> ScaleCriterion:
    """Draw a scale criterion with an optional threshold on its scale and a weight."""
    scale = draw(scales())
    steps = round((scale.maximum - scale.minimum) / scale.step)
    threshold = draw(
        st.none() | st.integers(0, steps).map(lambda n: scale.minimum + n * scale.step)
    )
    weight = draw(st.sampled_from([1.0, 1.5, 2.0, 0.5]))
    return ScaleCriterion(
        id=criterion_id,
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
                    id=criterion_id,
                    question=Text.plain(f"{criterion_id}?"),
                    required_answer=draw(st.booleans()),
                )
            )
            scores[criterion_id] = draw(st.booleans())
    overall = draw(st.none() | st.floats(min_value=0, max_value=40).map(lambda x: round(x * 2) / 2))
    return AssessmentScheme(criteria=tuple(criteria), overall_threshold=overall), scores
