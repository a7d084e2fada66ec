"""Assessing inquiries: criteria (numeric scales with levels, yes/no questions) and outcomes.

The rules, in plain words (docs/inquiries.md says the same):

* a scale criterion passes when its score is at least its threshold (or it has
  no threshold); a yes/no criterion passes when it got its required answer;
* the total is the plain sum of the scale scores; when the scheme has an
  overall threshold, the total must reach it;
* an inquiry passes when every criterion passes and the total reaches the
  overall threshold;
* weights are used for the weighted score, which ranks inquiries, and never
  for a threshold (as in Horizon Europe);
* sums are exact-rounded (:func:`math.fsum`), so the order of the criteria
  never changes an outcome.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, assert_never

import attrs

from unikom.model._arguments import instance_argument
from unikom.model._fields import CONSTRAINTS, Slug, doc
from unikom.model._validation import freeze_field, validated
from unikom.model.errors import ArgumentError, ModelError, UnikomError, not_found
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = [
    "Assessment",
    "AssessmentError",
    "AssessmentOutcome",
    "AssessmentScheme",
    "Criterion",
    "CriterionResult",
    "Scale",
    "ScaleCriterion",
    "ScaleLevel",
    "Score",
    "ScoreProblem",
    "YesNoCriterion",
    "assess",
    "rank",
    "score_problems",
]

#: A recorded score: a number for a scale criterion, true or false for a yes/no one.
Score = bool | float


def _freeze_scores(scores: Mapping[str, Score]) -> FrozenMap[str, Score]:
    # A frozen copy, so that changing the caller's dict later cannot change the assessment.
    return freeze_field(scores, "scores")


#: Scores closer than this to a step or threshold count as on it (float rounding).
_TOLERANCE = 1e-9


@validated
@attrs.frozen(kw_only=True)
class ScaleLevel:
    """One described level of a scale, e.g. 7 'Fremragende'."""

    score: float = attrs.field(metadata=doc("The score this level stands for."))
    label: Text = attrs.field(metadata=doc("What the level means, in words."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class Scale:
    """A numeric scale from ``minimum`` to ``maximum`` in steps of ``step``."""

    minimum: float = attrs.field(metadata=doc("Lowest score, e.g. 0 or 1."))
    maximum: float = attrs.field(metadata=doc("Highest score, e.g. 5 or 7."))
    step: float = attrs.field(
        default=1.0, metadata=doc("Smallest step, e.g. 0.5.", exclusiveMinimum=0)
    )
    levels: tuple[ScaleLevel, ...] = attrs.field(
        default=(), metadata=doc("Descriptions of (some of) the levels.")
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )

    def level(self, score: float) -> ScaleLevel | None:
        """Return the described level for exactly *score*, if the scale describes it."""
        return next((lv for lv in self.levels if abs(lv.score - score) <= _TOLERANCE), None)

    def fits(self, score: float) -> bool:
        """Tell whether *score* lies on the scale: within its range and on a step."""
        if not self.minimum - _TOLERANCE <= score <= self.maximum + _TOLERANCE:
            return False
        steps = (score - self.minimum) / self.step
        return abs(steps - round(steps)) <= _TOLERANCE * max(1.0, abs(steps))

    def __attrs_post_init__(self) -> None:
        if self.maximum <= self.minimum:
            raise ModelError(
                "model.scale-range",
                f"the scale's maximum ({self.maximum}) must be above its minimum ({self.minimum})",
                field="maximum",
            )
        if self.step <= 0:
            raise ModelError("model.scale-step", "the scale's step must be positive", field="step")


@validated
@attrs.frozen(kw_only=True)
class ScaleCriterion:
    """A criterion scored on a numeric scale, with an optional threshold and weight.

    Weights are used for ranking only, never for thresholds (as in Horizon Europe).
    """

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    title: Text = attrs.field(metadata=doc("The criterion, e.g. 'Excellence'."))
    description: Text | None = attrs.field(default=None, metadata=doc("What is judged."))
    scale: Scale = attrs.field(metadata=doc("The scale the criterion is scored on."))
    threshold: float | None = attrs.field(
        default=None, metadata=doc("Lowest score that passes this criterion.")
    )
    weight: float = attrs.field(
        default=1.0,
        metadata=doc("Weight in the ranking score (not for thresholds).", exclusiveMinimum=0),
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class YesNoCriterion:
    """A yes/no question that must get the required answer to pass."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    question: Text = attrs.field(metadata=doc("The question, e.g. 'Is it relevant to our plans?'"))
    description: Text | None = attrs.field(default=None, metadata=doc("More on the question."))
    required_answer: bool = attrs.field(default=True, metadata=doc("The answer that passes."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


Criterion = ScaleCriterion | YesNoCriterion


@validated
@attrs.frozen(kw_only=True)
class AssessmentScheme:
    """How inquiries of one type are assessed."""

    criteria: tuple[ScaleCriterion | YesNoCriterion, ...] = attrs.field(
        metadata=doc(
            "The criteria; a scale criterion has 'scale', a yes/no one 'question'.", minItems=1
        )
    )
    overall_threshold: float | None = attrs.field(
        default=None, metadata=doc("Lowest total of the (unweighted) scale scores that passes.")
    )
    note: Text | None = attrs.field(
        default=None, metadata=doc("E.g. that the scheme is illustrative.")
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class Assessment:
    """An inquiry's assessment as recorded: one score per criterion of its type's scheme."""

    scores: FrozenMap[str, Score] = attrs.field(
        converter=_freeze_scores,
        metadata=doc(
            "Criterion id → score: a number on the criterion's scale, or true/false for "
            "a yes/no question.",
            minProperties=1,
            propertyNames=CONSTRAINTS[Slug].schema,
        ),
    )
    date: dt.date | None = attrs.field(default=None, metadata=doc("When it was assessed."))
    assessor: str | None = attrs.field(
        default=None, metadata=doc("Who assessed it, e.g. 'stabsrådgiver'.", minLength=1)
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


class AssessmentError(UnikomError):
    """Scores that do not fit the scheme; :attr:`problems` lists each, with a code."""

    def __init__(self, problems: Sequence[ScoreProblem]) -> None:
        self.problems: tuple[ScoreProblem, ...] = tuple(problems)
        first = self.problems[0].message if self.problems else "the scores do not fit"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(first + more)


@validated
@attrs.frozen(kw_only=True)
class ScoreProblem:
    """One score that does not fit the scheme: the criterion (None: the whole set), code, text."""

    criterion: str | None
    code: str
    message: str


def _score_fits(criterion: Criterion, criterion_id: str, score: Any) -> Iterator[ScoreProblem]:
    match criterion:
        case YesNoCriterion():
            if not isinstance(score, bool):
                yield ScoreProblem(
                    criterion=criterion_id,
                    code="assessment.score-type",
                    message=f"'{criterion_id}' is a yes/no question: answer true or false",
                )
        case ScaleCriterion():
            if isinstance(score, bool) or not isinstance(score, int | float):
                yield ScoreProblem(
                    criterion=criterion_id,
                    code="assessment.score-type",
                    message=f"'{criterion_id}' is scored on a scale: give a number",
                )
            elif not math.isfinite(score) or not criterion.scale.fits(score):
                scale = criterion.scale
                yield ScoreProblem(
                    criterion=criterion_id,
                    code="assessment.score-range",
                    message=f"the score {score:g} for '{criterion_id}' is not on its scale "
                    f"({scale.minimum:g}–{scale.maximum:g} in steps of {scale.step:g})",
                )
        case _:
            assert_never(criterion)


def score_problems(scheme: AssessmentScheme, scores: Mapping[str, Score]) -> Iterator[ScoreProblem]:
    """Report every score that does not fit *scheme*: missing, unknown, wrong kind, off-scale."""
    known: dict[str, Criterion] = {c.id: c for c in scheme.criteria}
    for criterion_id, score in scores.items():
        criterion = known.get(criterion_id)
        if criterion is None:
            listed = ", ".join(known)
            yield ScoreProblem(
                criterion=criterion_id,
                code="assessment.unknown-criterion",
                message=f"the scheme has no criterion '{criterion_id}' (known: {listed})",
            )
        else:
            yield from _score_fits(criterion, criterion_id, score)
    for criterion_id in known:
        if criterion_id not in scores:
            yield ScoreProblem(
                criterion=criterion_id,
                code="assessment.missing-score",
                message=f"no score for the criterion '{criterion_id}'",
            )


@validated
@attrs.frozen(kw_only=True)
class CriterionResult:
    """How one criterion came out: its score, whether it passes, its weighted score."""

    criterion: str
    score: Score
    passed: bool
    #: The lowest passing score of a scale criterion (None: no threshold, or yes/no).
    threshold: float | None = None
    #: The answer that passes a yes/no criterion (None for a scale criterion).
    required_answer: bool | None = None
    #: weight × score for a scale criterion; None for a yes/no criterion.
    weighted: float | None = None
    #: The scale's description of this exact score, e.g. 7 'Fremragende', if it has one.
    level: ScaleLevel | None = None


@validated
@attrs.frozen(kw_only=True)
class AssessmentOutcome:
    """The computed result of an assessment (see the module docstring for the rules)."""

    #: True when every criterion passes and the total reaches the overall threshold.
    passed: bool
    #: One result per criterion, in the scheme's order.
    results: tuple[CriterionResult, ...]
    #: The plain sum of the scale scores (weights do not count here).
    total: float
    overall_threshold: float | None
    #: True when there is no overall threshold or the total reaches it.
    total_passed: bool
    #: The sum of weight × score over the scale criteria: for ranking only.
    weighted_score: float
    #: The highest weighted score the scheme allows.
    max_weighted_score: float

    @property
    def shortfalls(self) -> tuple[CriterionResult, ...]:
        """Return the criteria that fall short, in the scheme's order."""
        return tuple(r for r in self.results if not r.passed)

    def result(self, criterion_id: str) -> CriterionResult:
        """Return the result for *criterion_id*; raise :class:`NotFoundError` if there is none."""
        for result in self.results:
            if result.criterion == criterion_id:
                return result
        raise not_found("criterion", criterion_id, [r.criterion for r in self.results])


def _at_least(score: float, threshold: float) -> bool:
    return score >= threshold - _TOLERANCE * max(1.0, abs(threshold))


def assess(scheme: AssessmentScheme, scores: Mapping[str, Score]) -> AssessmentOutcome:
    """Compute the outcome of *scores* under *scheme*.

    Raises :class:`AssessmentError` when a score is missing, names no
    criterion, is of the wrong kind or lies off its scale.
    """
    instance_argument(scheme, "scheme", AssessmentScheme)
    if not isinstance(scores, Mapping):
        raise ArgumentError("scores", f"expected criterion id → score, got {scores!r}")
    problems = list(score_problems(scheme, scores))
    if problems:
        raise AssessmentError(problems)
    results = []
    for criterion in scheme.criteria:
        score = scores[criterion.id]
        if isinstance(criterion, YesNoCriterion):
            results.append(
                CriterionResult(
                    criterion=criterion.id,
                    score=score,
                    passed=score == criterion.required_answer,
                    required_answer=criterion.required_answer,
                )
            )
        else:
            value = float(score)
            results.append(
                CriterionResult(
                    criterion=criterion.id,
                    score=value,
                    passed=criterion.threshold is None or _at_least(value, criterion.threshold),
                    threshold=criterion.threshold,
                    weighted=criterion.weight * value,
                    level=criterion.scale.level(value),
                )
            )
    scale_criteria = [c for c in scheme.criteria if isinstance(c, ScaleCriterion)]
    total = math.fsum(float(scores[c.id]) for c in scale_criteria)
    total_passed = scheme.overall_threshold is None or _at_least(total, scheme.overall_threshold)
    return AssessmentOutcome(
        passed=total_passed and all(r.passed for r in results),
        results=tuple(results),
        total=total,
        overall_threshold=scheme.overall_threshold,
        total_passed=total_passed,
        weighted_score=math.fsum(r.weighted for r in results if r.weighted is not None),
        max_weighted_score=math.fsum(c.weight * c.scale.maximum for c in scale_criteria),
    )


_T = TypeVar("_T")


def rank(items: Iterable[tuple[_T, AssessmentOutcome]]) -> list[tuple[_T, AssessmentOutcome]]:
    """Order assessed items for ranking: those that pass first, then by weighted score.

    Items with equal standing keep the order they were given in.
    """
    return sorted(items, key=lambda item: (not item[1].passed, -item[1].weighted_score))
