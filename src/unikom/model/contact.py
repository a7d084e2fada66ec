"""Contacts and links."""

from __future__ import annotations

import attrs

from unikom.model._fields import Email, Phone, Slug, Url, constrained, doc
from unikom.model.text import Text


@attrs.frozen(kw_only=True)
class Contact:
    """A person to contact about the partnership."""

    id: Slug = attrs.field(validator=constrained(Slug), metadata=doc("Id others refer to."))
    name: str = attrs.field(metadata=doc("The person's name.", minLength=1))
    title: Text | None = attrs.field(
        default=None, metadata=doc("Job title, e.g. 'seniorrådgiver'.")
    )
    unit: Text | None = attrs.field(default=None, metadata=doc("Unit or office."))
    party: Slug = attrs.field(validator=constrained(Slug), metadata=doc("Id of the party."))
    email: Email | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(constrained(Email)),
        metadata=doc("E-mail address."),
    )
    phone: Phone | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(constrained(Phone)),
        metadata=doc("Phone number."),
    )
    role: Text | None = attrs.field(default=None, metadata=doc("What to contact them about."))


@attrs.frozen(kw_only=True)
class Link:
    """A link to a web page about the partnership."""

    title: Text = attrs.field(metadata=doc("What the page is."))
    url: Url = attrs.field(validator=constrained(Url), metadata=doc("The address."))
