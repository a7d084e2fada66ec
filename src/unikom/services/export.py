"""Exports of a whole partnership for other programs: normalised JSON, and linked data.

``export_data`` gives the partnership directory as one JSON document (see
``schemas/export.schema.json``); ``export_jsonld`` gives its inquiry types as
public services in CPSV-AP 3.2 (:mod:`unikom.services.linked_data`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from unikom._version import STANDARD_VERSION, __version__
from unikom.model.inquiry import Inquiry
from unikom.model.partnership import Partnership
from unikom.model.project import Project

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["EXPORT_FORMATS", "PartnershipBundle", "export_data", "export_text", "load_bundle"]

PathLike = str | os.PathLike[str]


@attrs.frozen(kw_only=True)
class PartnershipBundle:
    """A checked partnership directory: the partnership, its inquiries and its projects."""

    partnership: Partnership
    inquiries: tuple[Inquiry, ...] = ()
    projects: tuple[Project, ...] = ()


def load_bundle(path: PathLike) -> PartnershipBundle:
    """Load and check the partnership *path* belongs to, with every file of its directory.

    Raises :class:`~unikom.model.errors.InvalidDocumentError` with every error
    when any file of the directory is invalid: an export is only written of a
    partnership that validates.
    """
    from unikom.checking._engine import find_partnership
    from unikom.checking.api import load
    from unikom.services.portfolio import iter_portfolio

    root = find_partnership(os.fspath(path))
    partnership = load(root if root is not None else path)
    inquiries: list[Inquiry] = []
    projects: list[Project] = []
    if root is not None:
        for document in iter_portfolio(root, partnership=partnership):
            if isinstance(document, Inquiry):
                inquiries.append(document)
            else:
                projects.append(document)
    return PartnershipBundle(
        partnership=partnership,
        inquiries=tuple(sorted(inquiries, key=lambda i: i.id)),
        projects=tuple(sorted(projects, key=lambda p: p.id)),
    )


def _without_nulls(value: Any) -> Any:
    # A missing optional value is left out rather than written null: the file
    # schemas, and so the export schema, have no null.
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def export_data(bundle: PartnershipBundle) -> dict[str, Any]:
    """Return the bundle as one JSON-ready document with every default written out."""
    from unikom.checking._converter import get_converter

    converter = get_converter(defaults=True)

    def plain(obj: Any) -> Any:
        return _without_nulls(converter.unstructure(obj))

    return {
        "kind": "export",
        "version": STANDARD_VERSION,
        "generator": f"unikom {__version__}",
        "partnership": plain(bundle.partnership),
        "inquiries": [plain(i) for i in bundle.inquiries],
        "projects": [plain(p) for p in bundle.projects],
    }


def _json(bundle: PartnershipBundle) -> str:
    import json

    data = export_data(bundle)
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _jsonld(bundle: PartnershipBundle) -> str:
    from unikom.services.linked_data import cpsv_graph, serialise_jsonld

    return serialise_jsonld(cpsv_graph(bundle.partnership))


#: Export format → the function that writes it.
EXPORT_FORMATS: Mapping[str, Callable[[PartnershipBundle], str]] = MappingProxyType(
    {"json": _json, "jsonld": _jsonld}
)


def export_text(path: PathLike, export_format: str) -> str:
    """Return the export of the partnership *path* belongs to, in *export_format*."""
    return EXPORT_FORMATS[export_format](load_bundle(path))
