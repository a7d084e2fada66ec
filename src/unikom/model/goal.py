"""Purposes and goals of a partnership."""

from __future__ import annotations

from typing import Any

import attrs

from unikom.model._fields import Slug, doc
from unikom.model._validation import validated
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = ["Goal"]


@validated
@attrs.frozen(kw_only=True)
class Goal:
    """A goal the partnership works towards (or a purpose it shall establish)."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    title: Text = attrs.field(metadata=doc("A short name for the goal."))
    description: Text | None = attrs.field(default=None, metadata=doc("The goal in full."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )
