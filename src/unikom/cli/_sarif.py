"""``--format sarif``: findings as SARIF 2.1.0, the format GitHub code scanning reads.

Each diagnostic code is one rule, with the help text of docs/error-codes.md
(see :mod:`unikom.cli._errorcodes`); each finding is one result,
located by file, line and column.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import Any, TextIO

from unikom._version import __version__
from unikom.cli._errorcodes import error_codes
from unikom.model.diagnostics import Diagnostic

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: The project's home, shown by code scanning as the tool's address.
INFORMATION_URI = "https://github.com/unikom/unikom"
_DOCS_URL = "https://unikom.github.io/unikom/error-codes/"


def _rule(code: str, about: dict[str, str] | None) -> dict[str, Any]:
    text = about["text"] if about else "See the list of error codes."
    first = text.split(". ")[0].rstrip(".") + "."
    rule: dict[str, Any] = {
        "id": code,
        "name": "".join(part.capitalize() for part in code.replace("-", ".").split(".")),
        "shortDescription": {"text": first},
        "fullDescription": {"text": text},
        "help": {"text": text, "markdown": about["markdown"] if about else text},
        "helpUri": _DOCS_URL,
        "defaultConfiguration": {"level": about["severity"] if about else "error"},
    }
    if about:
        rule["properties"] = {"tags": [about["section"]]}
    return rule


def artifact_uri(path: str) -> dict[str, str]:
    """Return a SARIF artifactLocation for *path*: relative to the checkout when it can be."""
    if os.path.isabs(path):
        return {"uri": Path(path).as_uri()}
    posix = PurePath(os.path.normpath(path)).as_posix()
    return {"uri": urllib.parse.quote(posix), "uriBaseId": "%SRCROOT%"}


def sarif_log(diagnostics: Iterable[Diagnostic]) -> dict[str, Any]:
    """Return the SARIF log of *diagnostics*: one run of unikom."""
    known = error_codes()
    rules = [_rule(code, about) for code, about in known.items()]
    index = {code: i for i, code in enumerate(known)}
    results = []
    for d in diagnostics:
        if d.code not in index:
            index[d.code] = len(rules)
            rules.append(_rule(d.code, None))
        location: dict[str, Any] = {"artifactLocation": artifact_uri(d.file)}
        if d.line > 0:
            location["region"] = {"startLine": d.line, "startColumn": max(d.column, 1)}
        result: dict[str, Any] = {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": d.severity.value,
            "message": {"text": d.message},
            "locations": [{"physicalLocation": location}],
        }
        if d.pointer:
            result["properties"] = {"pointer": d.pointer}
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "unikom",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                # unikom counts columns in characters, as the YAML parser does.
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def write_sarif(diagnostics: Iterable[Diagnostic], stream: TextIO) -> list[Diagnostic]:
    """Write one SARIF 2.1.0 log of every finding."""
    seen = list(diagnostics)
    json.dump(sarif_log(seen), stream, ensure_ascii=False, indent=2, allow_nan=False)
    stream.write("\n")
    return seen
