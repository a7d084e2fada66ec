"""Contacts and links."""

from __future__ import annotations

from typing import Any

import attrs

from unikom.model._fields import Email, Phone, Slug, Url, doc
from unikom.model._validation import validated
from unikom.model.extensions import EXTENSIONS, freeze_extensions
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.text import Text

__all__ = ["Contact", "Link"]


@validated
@attrs.frozen(kw_only=True)
class Contact:
    """A person to contact about the partnership."""

    id: Slug = attrs.field(metadata=doc("Id others refer to."))
    name: str = attrs.field(metadata=doc("The person's name.", minLength=1))
    title: Text | None = attrs.field(
        default=None, metadata=doc("Job title, e.g. 'seniorrådgiver'.")
    )
    unit: Text | None = attrs.field(default=None, metadata=doc("Unit or office."))
    party: Slug | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the party the person works for; left out for a shared secretariat "
            "that belongs to no party (standard 1.1).",
            optional_since="1.1",
        ),
    )
    email: Email | None = attrs.field(
        default=None,
        metadata=doc("E-mail address."),
    )
    phone: Phone | None = attrs.field(
        default=None,
        metadata=doc("Phone number."),
    )
    role: Text | None = attrs.field(default=None, metadata=doc("What to contact them about."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )


@validated
@attrs.frozen(kw_only=True)
class Link:
    """A link to a web page about the partnership."""

    title: Text = attrs.field(metadata=doc("What the page is."))
    url: Url = attrs.field(metadata=doc("The address."))
    extensions: FrozenMap[str, Any] = attrs.field(
        default=EMPTY, converter=freeze_extensions, metadata=EXTENSIONS
    )
