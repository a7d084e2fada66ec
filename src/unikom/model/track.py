"""Collaboration tracks (research, education, innovation) and their programmes."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from unikom.model._fields import Slug, Url, doc
from unikom.model._validation import validated
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = ["CollaborationTrack", "Programme", "TrackKind"]


class TrackKind(enum.Enum):
    """The three kinds of collaboration a university municipality works in."""

    RESEARCH = "research"
    EDUCATION = "education"
    INNOVATION = "innovation"


@validated
@attrs.frozen(kw_only=True)
class Programme:
    """A concrete programme within a track: OFFPHD, Eksperter i team, theses, pilots …"""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    name: Text = attrs.field(metadata=doc("The programme's name."))
    description: Text | None = attrs.field(default=None, metadata=doc("What it is."))
    url: Url | None = attrs.field(
        default=None,
        metadata=doc("Where to read more."),
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class CollaborationTrack:
    """A collaboration track (samarbeid om forskning, utdanning, nyskaping)."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    kind: TrackKind = attrs.field(metadata=doc("research, education or innovation."))
    name: Text = attrs.field(metadata=doc("The track's name."))
    description: Text | None = attrs.field(default=None, metadata=doc("What it is about."))
    programmes: tuple[Programme, ...] = attrs.field(
        default=(), metadata=doc("Programmes and schemes in this track.")
    )
    url: Url | None = attrs.field(
        default=None,
        metadata=doc("Where to read more."),
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )
