"""The insight window's own worker thread: reads the caseload once, computes one factor at a time.

It opens its own connection to the case cache (the case view's worker keeps its own), reads
every citizen's journey tables once, and answers each factor request with a `FactorInsight`.
Results are kept, so switching back to a factor is instant. The figures come from
`desktop_app/casework/insight.py`; this module only runs it off the GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _InsightWorker(QObject):
    computed = Signal(object)  # FactorInsight
    failed = Signal(str)

    def __init__(self, cache_path: Path) -> None:
        super().__init__()
        self._path = cache_path
        self._insight: Any = None  # CaseloadInsight, made on this thread

    @Slot(str)
    def compute(self, factor: str) -> None:
        from desktop_app.casework.insight import CaseloadInsight

        try:
            if self._insight is None:
                self._insight = CaseloadInsight(self._path)
            result = self._insight.factor(factor)
        except Exception as error:  # a damaged cache can fail in many ways; say so calmly
            log.exception("insight for %s failed", factor)
            self.failed.emit(str(error))
            return
        self.computed.emit(result)


class InsightStore(QObject):
    """GUI-thread handle: `request(factor)`; answers arrive as `computed` / `failed`."""

    computed = Signal(object)
    failed = Signal(str)
    _requested = Signal(str)

    def __init__(self, cache_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("insight-worker")
        self._worker = _InsightWorker(Path(cache_path))
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.compute)
        self._worker.computed.connect(self.computed)
        self._worker.failed.connect(self.failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    def request(self, factor: str) -> None:
        self._requested.emit(factor)

    def shutdown(self) -> None:
        if self._thread.isRunning():
            self._thread.quit()
            if not self._thread.wait(30_000):
                log.warning("the insight worker did not stop within 30 s")
