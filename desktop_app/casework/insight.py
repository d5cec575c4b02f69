"""Insight over the whole caseload: outcome rates and time-to-work curves by one factor.

`CaseloadInsight` opens its own connection to the case cache (the case screens' worker keeps
its own), reads every citizen's journey tables once, and answers each factor with a
`FactorInsight`; answers are kept, so asking for a factor again is instant. It answers one
factor at a time (asked from several threads, the others wait), so the caseload is read once.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.journeys.insight import FACTORS

if TYPE_CHECKING:
    from desktop_app.journeys.insight import FactorInsight

__all__ = ["FACTORS", "CaseloadInsight"]


class CaseloadInsight:
    def __init__(self, cache_path: Path) -> None:
        self._path = Path(cache_path)
        self._records: Any = None
        self._done: dict[str, FactorInsight] = {}
        self._one_at_a_time = threading.Lock()

    def factor(self, name: str) -> FactorInsight:
        from desktop_app.journeys.insight import insight_by_factor

        with self._one_at_a_time:
            if name not in self._done:
                self._done[name] = insight_by_factor(self._load(), name)
            return self._done[name]

    def _load(self) -> Any:
        if self._records is None:
            from desktop_app.cache.connection import open_cache
            from desktop_app.journeys.cache_cohort import cohort_records

            db = open_cache(self._path, create=False)
            try:
                self._records = cohort_records(db)
            finally:
                db.close()
        return self._records
