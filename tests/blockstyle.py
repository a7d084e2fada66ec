"""Find multilingual text written in flow style (``{nb: …, en: …}``), which docs and starters avoid.

In flow style a comma ends a text without quotes, so the one mistake new users
made most was copying ``{nb: Helse, omsorg og velferd, en: …}``: everything a
person may copy writes a text per language on lines of its own.
"""

from __future__ import annotations

import yaml

#: Keys that make a mapping a text in several languages.
LANGUAGE_KEYS = frozenset({"nb", "nn", "en", "no", "se", "sma", "smj", "sv", "da", "de", "fr"})


def flow_language_mappings(text: str) -> list[int]:
    """Return the (1-based) lines where a mapping in flow style has a language key.

    Text that is not YAML has none: the docs show broken YAML on purpose, too.
    """
    found: list[int] = []
    # Per open collection: [is a flow mapping, where it starts, expecting a key].
    stack: list[list[object]] = []
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                if stack and stack[-1][2] is not None:
                    stack[-1][2] = not stack[-1][2]
                mapping = isinstance(event, yaml.MappingStartEvent)
                flow = mapping and bool(event.flow_style)
                line = event.start_mark.line + 1 if event.start_mark is not None else 0
                stack.append([flow, line, True if mapping else None])
            elif isinstance(event, yaml.CollectionEndEvent):
                stack.pop()
            elif isinstance(event, yaml.ScalarEvent | yaml.AliasEvent) and stack:
                frame = stack[-1]
                if frame[2] is None:
                    continue
                if frame[2] and frame[0] and getattr(event, "value", None) in LANGUAGE_KEYS:
                    start = frame[1]
                    if isinstance(start, int) and start not in found:
                        found.append(start)
                frame[2] = not frame[2]
    except yaml.YAMLError:
        return found
    return found
