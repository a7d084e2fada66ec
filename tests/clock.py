"""The one "today" every test runs on.

The suite's clock is stopped on this day (see ``conftest.py``) so that no
result depends on the day the tests happen to run.
"""

from __future__ import annotations

import datetime as dt

#: A weekday in June, away from any year boundary and Norwegian public holiday.
TODAY = dt.date(2026, 6, 17)
