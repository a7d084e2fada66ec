"""Every install command and pre-commit ``rev:`` the docs show works as written."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
REPOSITORY = "https://github.com/unikom/unikom"


def test_no_install_from_a_package_index_unikom_is_not_on() -> None:
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        # 'pip install unikom' (or "unikom[fast]") would ask PyPI, where unikom is not.
        assert not re.search(r"pip install ['\"]?unikom\b(?![-\w])(?!\s*@)", text), page.name
        for match in re.finditer(r"pip install ['\"]?git\+(\S+?)['\"\s]", text):
            assert match.group(1).split("@")[0] == REPOSITORY, page.name


def test_no_release_tag_is_named_none_exists() -> None:
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for rev in re.findall(r"^\s*rev:\s*(\S+)", text, flags=re.MULTILINE):
            # A 40-character commit SHA (the documented placeholder is one).
            assert re.fullmatch(r"[0-9a-f]{40}", rev), (page.name, rev)
        for uses in re.findall(r"uses:\s*unikom/unikom@(\S+)", text):
            assert uses == "main" or re.fullmatch(r"[0-9a-f]{40}", uses), (page.name, uses)


def test_package_metadata_names_the_project_urls() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    urls = config["project"]["urls"]
    assert urls["Repository"] == REPOSITORY
    assert {"Homepage", "Documentation", "Issues", "Changelog"} <= set(urls)


def test_readme_links_work_on_a_package_index_page() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        assert re.match(r"(https?|mailto):", target), target
