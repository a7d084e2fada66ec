"""The registry of document kinds: each ``kind:`` a file may declare, and its model.

A new kind is a new model module plus one line in :data:`KINDS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from unikom._version import STANDARD_VERSION
from unikom.checking._portfolio_rules import inquiry_rules, project_rules
from unikom.checking._rules import inquiry_type_in_context
from unikom.model.errors import NotFoundError
from unikom.model.inquiry import Inquiry
from unikom.model.inquiry_type import InquiryType
from unikom.model.partnership import Partnership
from unikom.model.project import Project

if TYPE_CHECKING:
    from unikom.checking._locate import Locator
    from unikom.model.diagnostics import Diagnostic

__all__ = [
    "HEADER_KEYS",
    "KINDS",
    "SCHEMA_BASE_URL",
    "STANDARD_MAJOR",
    "ContextRules",
    "DocumentKind",
    "Reference",
    "kind_of_model",
]

#: Checks a document against the partnership of the directory it lies in (None
#: when it lies outside any partnership directory).
ContextRules = Callable[[Any, "Locator", Partnership | None], Iterable["Diagnostic"]]

#: A reference from one document to a document in another file: where it is
#: written (a model pointer), the kind it refers to, and the id it names.
Reference = tuple[tuple[str | int, ...], str, str]
#: Where the schemas are published (the documentation site copies ``schemas/``
#: there), for editors to fetch through a yaml-language-server modeline.
SCHEMA_BASE_URL = "https://unikom.github.io/unikom/schemas/"
#: The major version of the standard: part of every schema's address.
STANDARD_MAJOR = STANDARD_VERSION.split(".", 1)[0]
#: The keys every file may start with that are not part of its model: what it is
#: (``kind``), which version of the standard it follows, and, in JSON files
#: especially, the schema an editor should check it against (``$schema``).
HEADER_KEYS = ("kind", "version", "$schema")


@attrs.frozen(kw_only=True)
class DocumentKind:
    """A kind of document: its name in files, its model class and its schema's title."""

    name: str
    model: type
    title: str
    description: str
    #: Rules that need the partnership; None for kinds that stand alone.
    context_rules: ContextRules | None = None
    #: The id other files use for a document of this kind; None when none refer to it.
    identity: Callable[[Any], str] | None = None
    #: The references a document makes to documents in other files of its partnership.
    references: Callable[[Any], Iterable[Reference]] | None = None

    @property
    def schema_filename(self) -> str:
        """Return the schema's file name, ``K.schema.json``."""
        return f"{self.name}.schema.json"

    @property
    def schema_id(self) -> str:
        """Return the schema's stable ``$id``: its published address, major version included.

        A later major version of the standard gets new addresses, so a file of
        version 1 is never checked against a version 2 schema.
        """
        return f"{SCHEMA_BASE_URL}v{STANDARD_MAJOR}/{self.schema_filename}"

    @property
    def schema_url(self) -> str:
        """Return the address the schema is published at, for editors (its ``$id``)."""
        return self.schema_id


KINDS: Mapping[str, DocumentKind] = MappingProxyType(
    {
        "partnership": DocumentKind(
            name="partnership",
            model=Partnership,
            title="Unikom partnership",
            description="A university–municipality partnership: parties, agreements, goals, "
            "thematic areas, collaboration tracks, inquiry types, contacts and årshjul.",
        ),
        "inquiry-type": DocumentKind(
            name="inquiry-type",
            model=InquiryType,
            title="Unikom inquiry type",
            description="One kind of inquiry a partnership accepts, kept in its own file "
            "in the inquiry-types/ directory of a partnership directory.",
            context_rules=inquiry_type_in_context,
        ),
        "inquiry": DocumentKind(
            name="inquiry",
            model=Inquiry,
            title="Unikom inquiry",
            description="One inquiry about research, innovation or education collaboration: "
            "who asks, the answers to its inquiry type's form, requirements, dated history "
            "and assessment. Kept in a partnership directory, one file per inquiry.",
            context_rules=inquiry_rules,
            identity=lambda inquiry: inquiry.id,
        ),
        "project": DocumentKind(
            name="project",
            model=Project,
            title="Unikom project",
            description="One collaboration project in the partnership's portfolio: track, "
            "thematic areas, parties, period, funding, status and the inquiry it came from. "
            "Kept in a partnership directory, one file per project.",
            context_rules=project_rules,
            identity=lambda project: project.id,
            references=lambda project: (
                [(("inquiry",), "inquiry", project.inquiry)] if project.inquiry else []
            ),
        ),
    }
)


def kind_of_model(model: type) -> DocumentKind:
    """Return the document kind whose model is *model*."""
    for kind in KINDS.values():
        if kind.model is model:
            return kind
    raise NotFoundError("document kind", model.__name__, [k.model.__name__ for k in KINDS.values()])
