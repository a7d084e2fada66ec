"""Time every pattern unikom uses on 100,000 hostile characters; each must stay under 0.5 s.

The patterns and inputs come from ``tests/checking/test_patterns.py``, which finds
them in the schemas and the code.  Schemas are searched (as python-jsonschema
does) and also run through jsonschema-rs; code patterns are full-matched.

    python benchmarks/patterns.py        # prints the slowest; exit 1 if any is over budget
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "check"))

import jsonschema_rs
import test_patterns

BUDGET = 0.5


def main() -> int:
    timings = []
    for pattern in test_patterns.ALL_PATTERNS:
        import re

        compiled = re.compile(pattern)
        searched = pattern in test_patterns.SEARCHED
        rust = (
            jsonschema_rs.validator_for({"type": "string", "pattern": pattern})
            if (pattern in test_patterns.schema_patterns())
            else None
        )
        worst = 0.0
        for text in test_patterns.hostile_inputs(pattern):
            start = time.perf_counter()
            compiled.fullmatch(text)
            if searched:
                compiled.search(text)
            if rust is not None:
                rust.is_valid(text)
            worst = max(worst, time.perf_counter() - start)
        timings.append((worst, pattern))
    timings.sort(reverse=True)
    for worst, pattern in timings[:10]:
        print(f"{worst * 1000:8.1f} ms  {pattern!r}")
    over = [pattern for worst, pattern in timings if worst > BUDGET]
    print(f"{len(timings)} patterns, {len(over)} over {BUDGET} s")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
