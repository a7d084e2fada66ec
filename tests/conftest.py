"""Shared fixtures and hypothesis settings.

Two hypothesis profiles: ``dev`` (the default) keeps ``python -m pytest`` short
enough that people run it; ``ci`` is thorough and is what ``.ci/run`` selects
with ``HYPOTHESIS_PROFILE=ci``.  A test that needs more or fewer examples than
its neighbours asks for a multiple of the profile's number with
:func:`strategies.examples`, so both profiles keep their proportions.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine
from hypothesis import HealthCheck, settings

from clock import TODAY

# Generating whole partnerships is slow per example; a two-core CI box under load
# must not fail a property for being slow, only for being wrong.
for name, examples in (("dev", 20), ("ci", 300)):
    settings.register_profile(
        name, max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
# Keyed on its own variable, not on CI=true: CI services set that for every job,
# and the thorough run belongs to .ci/run alone.
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """Return the directory of test data files."""
    return DATA


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[None]:
    """Run every test on :data:`clock.TODAY`, whatever the real date.

    The clock keeps ticking from noon that day, so timeouts still work.
    """
    noon = dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)
    with time_machine.travel(noon, tick=True):
        yield
