"""Thematic areas (samarbeidsområder) a partnership organises its work around."""

from __future__ import annotations

from typing import Any

import attrs

from unikom.model._fields import Slug, doc
from unikom.model._validation import validated
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = ["ThematicArea"]


@validated
@attrs.frozen(kw_only=True)
class ThematicArea:
    """A thematic area, e.g. 'Helse og velferd', with what it covers."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    name: Text = attrs.field(metadata=doc("The area's name."))
    scope: Text | None = attrs.field(default=None, metadata=doc("What the area covers."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )
