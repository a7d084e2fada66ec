"""The parse-only floor: read every data file under the given paths with libyaml, nothing else.

No validator can check a YAML file faster than it can read it; this is that
reading, done the quickest usual way (PyYAML's C loader), as a process of its own
so that its start-up counts as unikom's does.
"""

from __future__ import annotations

import os
import sys

import yaml


def main(paths: list[str]) -> int:
    """Load each .yaml, .yml and .json file under *paths*; return 0."""
    for top in paths:
        for root, dirs, files in os.walk(top):
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".yaml", ".yml", ".json")):
                    with open(os.path.join(root, name), "rb") as handle:
                        yaml.load(handle, Loader=yaml.CSafeLoader)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
