"""Assessment outcomes, with the Horizon Europe and Research Council of Norway examples."""

from __future__ import annotations

from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import schemes_with_scores
from unikom import (
    AssessmentError,
    AssessmentOutcome,
    AssessmentScheme,
    Scale,
    ScaleCriterion,
    ScaleLevel,
    Text,
    YesNoCriterion,
    assess,
    rank,
)
from unikom.model._fields import Slug

HALF_POINTS = Scale(minimum=0, maximum=5, step=0.5)


def horizon_europe() -> AssessmentScheme:
    """Horizon Europe: 0–5 in half points, threshold 3 each and 10 in total, Impact × 1.5."""
    return AssessmentScheme(
        criteria=(
            ScaleCriterion(
                id=Slug("excellence"),
                title=Text.plain("Excellence"),
                scale=HALF_POINTS,
                threshold=3,
            ),
            ScaleCriterion(
                id=Slug("impact"),
                title=Text.plain("Impact"),
                scale=HALF_POINTS,
                threshold=3,
                weight=1.5,
            ),
            ScaleCriterion(
                id=Slug("implementation"),
                title=Text.plain("Implementation"),
                scale=HALF_POINTS,
                threshold=3,
            ),
        ),
        overall_threshold=10,
    )


RCN_WORDS = {
    7: "Fremragende",
    6: "Svært god",
    5: "Meget god",
    4: "God",
    3: "Nokså god",
    2: "Svak",
    1: "Dårlig",
}


def research_council() -> AssessmentScheme:
    """The Research Council of Norway's 1–7 scale, each level in words (threshold illustrative)."""
    scale = Scale(
        minimum=1,
        maximum=7,
        levels=tuple(ScaleLevel(score=s, label=Text.plain(w)) for s, w in RCN_WORDS.items()),
    )
    return AssessmentScheme(
        criteria=tuple(
            ScaleCriterion(id=Slug(c), title=Text.plain(c.title()), scale=scale, threshold=4)
            for c in ("excellence", "impact", "implementation")
        )
    )


def test_horizon_europe_proposal_that_passes() -> None:
    outcome = assess(horizon_europe(), {"excellence": 4, "impact": 3.5, "implementation": 3})
    assert outcome.passed
    assert outcome.shortfalls == ()
    assert outcome.total == 10.5
    assert outcome.weighted_score == 4 + 1.5 * 3.5 + 3
    assert outcome.max_weighted_score == 5 + 7.5 + 5


def test_horizon_europe_one_criterion_below_threshold_fails_despite_a_high_total() -> None:
    outcome = assess(horizon_europe(), {"excellence": 4.5, "impact": 3.5, "implementation": 2.5})
    assert outcome.total == 10.5
    assert outcome.total_passed
    assert not outcome.passed
    assert [r.criterion for r in outcome.shortfalls] == ["implementation"]
    assert outcome.result("implementation").threshold == 3


def test_horizon_europe_every_criterion_at_threshold_still_misses_the_total() -> None:
    outcome = assess(horizon_europe(), {"excellence": 3, "impact": 3, "implementation": 3})
    assert outcome.shortfalls == ()
    assert outcome.total == 9
    assert not outcome.total_passed
    assert not outcome.passed


def test_weights_never_rescue_a_threshold() -> None:
    """Impact 3.5 × 1.5 would lift the total over 10, but the threshold uses plain scores."""
    outcome = assess(horizon_europe(), {"excellence": 3, "impact": 3.5, "implementation": 3})
    assert outcome.weighted_score == 11.25
    assert outcome.total == 9.5
    assert not outcome.passed


def test_weights_decide_the_ranking() -> None:
    scheme = horizon_europe()
    strong_impact = assess(scheme, {"excellence": 3.5, "impact": 4.5, "implementation": 3.5})
    strong_excellence = assess(scheme, {"excellence": 4.5, "impact": 3.5, "implementation": 3.5})
    failing = assess(scheme, {"excellence": 5, "impact": 5, "implementation": 2.5})
    assert strong_impact.total == strong_excellence.total
    ranked = rank([("b", strong_excellence), ("f", failing), ("a", strong_impact)])
    assert [name for name, _ in ranked] == ["a", "b", "f"]


def test_half_points_only() -> None:
    with pytest.raises(AssessmentError) as caught:
        assess(horizon_europe(), {"excellence": 3.25, "impact": 5.5, "implementation": 3})
    codes = {(p.criterion, p.code) for p in caught.value.problems}
    assert codes == {
        ("excellence", "assessment.score-range"),
        ("impact", "assessment.score-range"),
    }


def test_research_council_levels_are_named_in_words() -> None:
    outcome = assess(research_council(), {"excellence": 7, "impact": 4, "implementation": 1})
    excellence = outcome.result("excellence")
    assert excellence.level is not None
    assert str(excellence.level.label) == "Fremragende"
    implementation = outcome.result("implementation")
    assert implementation.level is not None
    assert str(implementation.level.label) == "Dårlig"
    assert [r.criterion for r in outcome.shortfalls] == ["implementation"]
    assert outcome.overall_threshold is None
    assert outcome.total_passed


def test_research_council_scale_has_no_zero_and_no_halves() -> None:
    with pytest.raises(AssessmentError) as caught:
        assess(research_council(), {"excellence": 0, "impact": 4.5, "implementation": 7})
    assert [p.criterion for p in caught.value.problems] == ["excellence", "impact"]


def test_yes_no_question_must_get_its_required_answer() -> None:
    scheme = AssessmentScheme(
        criteria=(
            YesNoCriterion(id=Slug("relevant"), question=Text.plain("Relevant for våre planer?")),
            YesNoCriterion(
                id=Slug("konkurrent"),
                question=Text.plain("Er søkeren en konkurrent?"),
                required_answer=False,
            ),
        )
    )
    assert assess(scheme, {"relevant": True, "konkurrent": False}).passed
    outcome = assess(scheme, {"relevant": True, "konkurrent": True})
    assert [r.criterion for r in outcome.shortfalls] == ["konkurrent"]
    assert outcome.weighted_score == 0
    with pytest.raises(AssessmentError, match="yes/no question"):
        assess(scheme, {"relevant": 1, "konkurrent": False})


def test_missing_and_unknown_scores_are_reported_together() -> None:
    with pytest.raises(AssessmentError) as caught:
        assess(horizon_europe(), {"excellence": 3, "relevance": 4})
    codes = sorted((p.code, p.criterion) for p in caught.value.problems)
    assert codes == [
        ("assessment.missing-score", "impact"),
        ("assessment.missing-score", "implementation"),
        ("assessment.unknown-criterion", "relevance"),
    ]


def _essence(outcome: AssessmentOutcome) -> tuple[object, ...]:
    return (
        outcome.passed,
        outcome.total,
        outcome.total_passed,
        outcome.weighted_score,
        outcome.max_weighted_score,
        sorted(r.criterion for r in outcome.shortfalls),
        sorted((r.criterion, r.passed, r.weighted) for r in outcome.results),
    )


@given(schemes_with_scores(), st.randoms())
def test_outcome_does_not_depend_on_criteria_order(
    drawn: tuple[AssessmentScheme, dict[str, bool | float]], random: Random
) -> None:
    scheme, scores = drawn
    shuffled = list(scheme.criteria)
    random.shuffle(shuffled)
    reordered = AssessmentScheme(
        criteria=tuple(shuffled), overall_threshold=scheme.overall_threshold
    )
    reversed_scores = dict(reversed(list(scores.items())))
    assert _essence(assess(scheme, scores)) == _essence(assess(reordered, reversed_scores))


@given(schemes_with_scores())
def test_weights_never_change_whether_an_inquiry_passes(
    drawn: tuple[AssessmentScheme, dict[str, bool | float]],
) -> None:
    scheme, scores = drawn
    unweighted = AssessmentScheme(
        criteria=tuple(
            ScaleCriterion(id=c.id, title=c.title, scale=c.scale, threshold=c.threshold, weight=1.0)
            if isinstance(c, ScaleCriterion)
            else c
            for c in scheme.criteria
        ),
        overall_threshold=scheme.overall_threshold,
    )
    assert assess(scheme, scores).passed == assess(unweighted, scores).passed
