"""The intake schedule's deadline kinds (src/unikom/model/schedule.py)."""

from __future__ import annotations

from unikom import Slug
from unikom.model.duration import Duration
from unikom.model.schedule import RelativeDeadline


def test_a_relative_deadline_tells_its_offset_whichever_side_it_lies() -> None:
    ten = Duration.parse("P10D")
    meeting = Slug("styremote")
    assert RelativeDeadline(event=meeting, before=ten).offset == ten
    assert RelativeDeadline(event=meeting, after=ten).offset == ten
    # Only an object built in code can lack both; a file must give one.
    assert RelativeDeadline(event=meeting).offset is None
