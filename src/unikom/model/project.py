"""Projects: the partnership's portfolio of ongoing and finished collaborations."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from unikom.model._arguments import plain_date
from unikom.model._fields import Slug, Url, doc
from unikom.model._validation import validated
from unikom.model.agreement import Period
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = ["Funding", "Project", "ProjectParty", "ProjectStatus"]


class ProjectStatus(enum.Enum):
    """Where a project is: planned, ongoing, finished or cancelled."""

    PLANNED = "planned"
    ONGOING = "ongoing"
    FINISHED = "finished"
    CANCELLED = "cancelled"


@validated
@attrs.frozen(kw_only=True)
class ProjectParty:
    """A party taking part in a project, and its units involved."""

    party: Slug = attrs.field(metadata=doc("Id of the party."))
    units: tuple[Text, ...] = attrs.field(
        default=(),
        metadata=doc("Units involved, e.g. 'Institutt for sosiologi', 'Helse og velferd'."),
    )
    role: Text | None = attrs.field(
        default=None, metadata=doc("The party's role, e.g. 'prosjekteier'.")
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class Funding:
    """Where (some of) a project's money comes from."""

    source: Text = attrs.field(metadata=doc("Who pays, e.g. 'Norges forskningsråd'."))
    scheme: Text | None = attrs.field(
        default=None, metadata=doc("The programme or call, e.g. 'Offentlig sektor-ph.d.'.")
    )
    amount: int | None = attrs.field(
        default=None, metadata=doc("Amount granted in Norwegian kroner (NOK).", minimum=0)
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class Project:
    """One collaboration project in the partnership's portfolio."""

    id: Slug = attrs.field(metadata=doc("Id of the project."))
    partnership: Slug = attrs.field(metadata=doc("Id of the partnership."))
    title: Text = attrs.field(metadata=doc("The project's title."))
    description: Text | None = attrs.field(default=None, metadata=doc("What it is about."))
    track: Slug = attrs.field(metadata=doc("Id of the collaboration track."))
    programme: Slug | None = attrs.field(
        default=None,
        metadata=doc("Id of a programme within the track, e.g. 'offphd'."),
    )
    thematic_areas: tuple[Slug, ...] = attrs.field(
        default=(),
        metadata=doc("Ids of the thematic areas it belongs to.", uniqueItems=True),
    )
    parties: tuple[ProjectParty, ...] = attrs.field(
        metadata=doc("The parties taking part and their units.", minItems=1)
    )
    period: Period = attrs.field(metadata=doc("When it runs; leave out 'end' if not yet known."))
    funding: tuple[Funding, ...] = attrs.field(
        default=(), metadata=doc("Where the money comes from.")
    )
    status: ProjectStatus = attrs.field(metadata=doc("planned, ongoing, finished or cancelled."))
    inquiry: Slug | None = attrs.field(
        default=None,
        metadata=doc("Id of the inquiry the project came from, if any."),
    )
    url: Url | None = attrs.field(
        default=None,
        metadata=doc("The project's web page."),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )

    def under_way_on(self, day: dt.date) -> bool:
        """Tell whether the project was under way on *day*: started, not ended, not cancelled.

        A planned or cancelled project is never under way; an ongoing or
        finished one is under way on the days its period covers.
        """
        day = plain_date(day, "day")
        if self.status not in (ProjectStatus.ONGOING, ProjectStatus.FINISHED):
            return False
        return self.period.contains(day)
