"""One worker thread owns the case cache's SQLite connection; the window talks to it by signal.

`CaseStore` lives on the GUI thread. Each request gets a number; a new search supersedes the
previous one (the worker skips requests that are already stale, and the store drops stale
results), so typing fast never queues up work or shows an old result. Results come back as
signals carrying plain data from `case_tasks`.

The storage modules (sqlite-utils pulls in pandas) are imported on the worker thread, so the
window appears while they load.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_app.views.signals import emit

if TYPE_CHECKING:
    import sqlite_utils

    from desktop_app.cache.search import SearchFilters

log = logging.getLogger(__name__)


class _CacheWorker(QObject):
    """Runs on its own thread; the only object that ever touches the connection."""

    opened = Signal(object)  # CacheSummary
    open_failed = Signal(str)
    searched = Signal(int, object)  # request number, list[CaseRow]
    case_loaded = Signal(int, object)  # request number, CaseDetail | None
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._db: sqlite_utils.Database | None = None
        # Written by the GUI thread, read here: a plain int is enough to skip stale work.
        self.latest_search = 0
        self.latest_case = 0

    @Slot(str)
    def open(self, path: str) -> None:
        self._close_db()
        from desktop_app.cache.connection import CacheError, open_cache
        from desktop_app.views import case_tasks

        try:
            db = open_cache(Path(path), create=False)
            summary = case_tasks.summarise(db, path)
        except CacheError as error:
            emit(self.open_failed, str(error))
            return
        except Exception as error:  # a damaged file can fail in many ways; say so calmly
            log.exception("opening the case cache failed")
            emit(self.open_failed, f"the case cache {path} cannot be read ({error})")
            return
        self._db = db
        emit(self.opened, summary)

    @Slot(int, str, object)
    def search(self, number: int, text: str, filters: SearchFilters) -> None:
        if number < self.latest_search or self._db is None:
            return
        from desktop_app.views import case_tasks

        try:
            rows = case_tasks.find_cases(self._db, text, filters)
        except Exception as error:
            log.exception("case search failed")
            emit(self.failed, str(error))
            return
        emit(self.searched, number, rows)

    @Slot(int, str)
    def load_case(self, number: int, citizen_id: str) -> None:
        if number < self.latest_case or self._db is None:
            return
        from desktop_app.views import case_tasks

        try:
            detail = case_tasks.case_detail(self._db, citizen_id)
        except Exception as error:
            log.exception("loading case %s failed", citizen_id)
            emit(self.failed, str(error))
            return
        emit(self.case_loaded, number, detail)

    @Slot()
    def shutdown(self) -> None:
        self._close_db()
        thread = self.thread()
        if thread is not None:
            thread.quit()

    def _close_db(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class CaseStore(QObject):
    """The GUI thread's handle on the cache worker."""

    opened = Signal(object)  # CacheSummary
    open_failed = Signal(str)
    search_done = Signal(object)  # list[CaseRow], only the latest search
    case_loaded = Signal(object)  # CaseDetail | None, only the latest case asked for
    failed = Signal(str)

    _open_requested = Signal(str)
    _search_requested = Signal(int, str, object)
    _case_requested = Signal(int, str)
    _shutdown_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("case-cache-worker")
        self._worker = _CacheWorker()
        self._worker.moveToThread(self._thread)
        self._open_requested.connect(self._worker.open)
        self._search_requested.connect(self._worker.search)
        self._case_requested.connect(self._worker.load_case)
        self._shutdown_requested.connect(self._worker.shutdown)
        self._worker.opened.connect(self.opened)
        self._worker.open_failed.connect(self.open_failed)
        self._worker.failed.connect(self.failed)
        self._worker.searched.connect(self._on_searched)
        self._worker.case_loaded.connect(self._on_case_loaded)
        self._search_number = 0
        self._case_number = 0
        self._running = True
        self._thread.start()

    def open(self, path: Path | str) -> None:
        emit(self._open_requested, str(path))

    def search(self, text: str, filters: SearchFilters) -> None:
        self._search_number += 1
        self._worker.latest_search = self._search_number
        emit(self._search_requested, self._search_number, text, filters)

    def load_case(self, citizen_id: str) -> None:
        self._case_number += 1
        self._worker.latest_case = self._case_number
        emit(self._case_requested, self._case_number, citizen_id)

    def shutdown(self) -> None:
        """Close the connection on its own thread and wait for the thread to end."""
        if not self._running:
            return
        self._running = False
        emit(
            self._shutdown_requested,
        )
        if not self._thread.wait(5000):
            log.warning("the case cache worker did not stop within 5 s")

    @Slot(int, object)
    def _on_searched(self, number: int, rows: object) -> None:
        if number == self._search_number:
            emit(self.search_done, rows)

    @Slot(int, object)
    def _on_case_loaded(self, number: int, detail: object) -> None:
        if number == self._case_number:
            emit(self.case_loaded, detail)
