"""Agreements between the parties, with signatories, period, documents and history."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from unikom.model._arguments import plain_date
from unikom.model._fields import Slug, Url, doc
from unikom.model._validation import validated
from unikom.model.errors import ModelError
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = ["Agreement", "Document", "Period", "Signatory"]


@validated
@attrs.frozen(kw_only=True)
class Period:
    """A span of calendar days, both ends included; an open end means 'until further notice'."""

    start: dt.date = attrs.field(metadata=doc("First day, YYYY-MM-DD."))
    end: dt.date | None = attrs.field(default=None, metadata=doc("Last day, YYYY-MM-DD."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ModelError(
                "model.period-order",
                f"the period ends ({self.end}) before it starts ({self.start})",
                field="end",
            )

    def contains(self, day: dt.date) -> bool:
        """Tell whether *day* falls within the period."""
        day = plain_date(day, "day")
        return self.start <= day and (self.end is None or day <= self.end)


@validated
@attrs.frozen(kw_only=True)
class Signatory:
    """A person who signed an agreement on behalf of a party."""

    name: str = attrs.field(metadata=doc("The person's name.", minLength=1))
    title: Text = attrs.field(metadata=doc("Role when signing, e.g. 'ordfører', 'rektor'."))
    party: Slug = attrs.field(metadata=doc("Id of the party."))
    on_behalf_of: tuple[Slug, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Ids of the other parties this signatory also signed for, e.g. a host "
            "municipality or a regional council signing for its member municipalities.",
            since="1.1",
            uniqueItems=True,
        ),
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class Document:
    """A published document: the agreement text, a governance document, a report."""

    title: Text = attrs.field(metadata=doc("The document's title."))
    url: Url | None = attrs.field(
        default=None,
        metadata=doc("Where the document is published."),
    )
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class Agreement:
    """A signed agreement; a later agreement may continue an earlier one."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    title: Text = attrs.field(metadata=doc("The agreement's title."))
    signed: dt.date | None = attrs.field(default=None, metadata=doc("Date of signing."))
    signatories: tuple[Signatory, ...] = attrs.field(
        default=(), metadata=doc("Who signed, for which party.")
    )
    period: Period = attrs.field(metadata=doc("The period the agreement covers."))
    documents: tuple[Document, ...] = attrs.field(
        default=(), metadata=doc("The agreement text, governance documents …")
    )
    continues: Slug | None = attrs.field(
        default=None,
        metadata=doc("Id of the earlier agreement this one continues."),
    )
    parties: tuple[Slug, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Ids of the parties the agreement covers; left out, it covers every party.",
            since="1.1",
            uniqueItems=True,
            minItems=1,
        ),
    )
    note: Text | None = attrs.field(default=None, metadata=doc("Anything worth knowing."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )
