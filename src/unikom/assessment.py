"""Assessment criteria for inquiries: numeric scales with levels, and yes/no questions."""

from __future__ import annotations

import attrs

from unikom._private.fields import Slug, constrained, doc
from unikom.errors import ModelError
from unikom.text import Text


@attrs.frozen(kw_only=True)
class ScaleLevel:
    """One described level of a scale, e.g. 7 'Fremragende'."""

    score: float = attrs.field(metadata=doc("The score this level stands for."))
    label: Text = attrs.field(metadata=doc("What the level means, in words."))


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

    def __attrs_post_init__(self) -> None:
        if self.maximum <= self.minimum:
            raise ModelError(
                "model.scale-range",
                f"the scale's maximum ({self.maximum}) must be above its minimum ({self.minimum})",
                field="maximum",
            )
        if self.step <= 0:
            raise ModelError("model.scale-step", "the scale's step must be positive", field="step")


@attrs.frozen(kw_only=True)
class ScaleCriterion:
    """A criterion scored on a numeric scale, with an optional threshold and weight.

    Weights are used for ranking only, never for thresholds (as in Horizon Europe).
    """

    id: Slug = attrs.field(validator=constrained(Slug), metadata=doc("Id others refer to."))
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


@attrs.frozen(kw_only=True)
class YesNoCriterion:
    """A yes/no question that must get the required answer to pass."""

    id: Slug = attrs.field(validator=constrained(Slug), metadata=doc("Id others refer to."))
    question: Text = attrs.field(metadata=doc("The question, e.g. 'Is it relevant to our plans?'"))
    description: Text | None = attrs.field(default=None, metadata=doc("More on the question."))
    required_answer: bool = attrs.field(default=True, metadata=doc("The answer that passes."))


Criterion = ScaleCriterion | YesNoCriterion


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
