"""The Jinja2 environments for the templates shipped in ``unikom/templates``.

Filters registered here are pure functions: state for one rendering travels in
the template's context, never in the environment, which is shared and cached.
"""

from __future__ import annotations

import json
import re
import textwrap
from functools import cache

import jinja2

#: Characters YAML 1.1 readers take as line breaks, which JSON leaves as they are.
_YAML_BREAKS = {0x85: "\\x85", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def yaml_scalar(value: str) -> str:
    """Quote *value* as a YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False).translate(_YAML_BREAKS)


def one_line(value: object) -> str:
    """Return *value* with every kind of line break made a space (for a comment line)."""
    return " ".join(str(value).splitlines())


#: How wide a comment a starter file holds may be, its '# ' included.
COMMENT_WIDTH = 78
# Code in a comment (`unikom init`, `continues: ID`) is kept on one line.
_CODE = re.compile(r"`[^`\n]*`")


def comment(paragraph: object) -> str:
    """Return *paragraph* as YAML comment lines ('# …'), wrapped.

    Every kind of line break in it becomes a space first, so no value put into
    the paragraph (a name, a folder) can end the comment and write YAML.
    """
    kept = _CODE.sub(lambda code: code.group().replace(" ", "\xa0"), one_line(paragraph))
    lines = textwrap.wrap(kept, COMMENT_WIDTH - 2, break_long_words=False, break_on_hyphens=False)
    return "\n".join("# " + line.replace("\xa0", " ") for line in lines)


def commented(block: str, live: bool = False) -> str:
    """Put '# ' in front of each line that holds data, unless the block is to be *live*."""
    if live:
        return block
    return "\n".join(
        line if not line.strip() or line.startswith("#") else "# " + line
        for line in block.split("\n")
    )


@cache
def environment(*, html: bool, markdown: bool = False) -> jinja2.Environment:
    """Return the environment for HTML (autoescaped), Markdown (escaped) or YAML."""
    from unikom.publish._markdown import finalize

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("unikom.publish", "templates"),
        # HTML output carries text from data files: everything is escaped unless
        # the page helper has built markup on purpose.
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Markdown output escapes every printed value the same way, unless the
        # page helper built Markdown on purpose (links, paragraphs).
        finalize=finalize if markdown else None,
    )
    env.filters["yaml"] = yaml_scalar
    env.filters["commented"] = commented
    env.filters["one_line"] = one_line
    env.filters["comment"] = comment
    return env
