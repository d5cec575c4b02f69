"""One worker thread owns the case cache's SQLite connection; the window talks to it by signal.

`CaseStore` lives on the GUI thread. Each request gets a number; a new search supersedes the
previous one (the worker skips requests that are already stale, and the store drops stale
results), so typing fast never queues up work or shows an old result. Results come back as
signals carrying plain data from `casework.case_detail`; other work (record a decision, export
a sheet) is a plain function a screen runs as `Operation(...).on_cache(store)`
(`views/workers/operations.py`, which calls `CaseStore.submit`), with a `WorkerContext`.

Start-up: the storage modules (sqlite-utils pulls in pandas) are imported on the worker thread,
and only after the first page of cases has been sent from a read-only `sqlite3` connection
(`first_page`), so the window is usable before pandas has loaded. Once the window has shown that
page it asks for `warm_up`: the worker then prepares, one queued step at a time (so a search
typed meanwhile is answered between steps), everything the first case needs: the full
connection, the verified model, job matching, the journey cohort, and one dry run of a case.

Case details (and the warm-up steps after the connection) are prepared by a child process
(`detail_process`): in this process their many small pandas calls kept the GUI thread waiting
for the interpreter lock. The worker thread only waits for the child's answer, which releases
the lock; when the child cannot run, the worker prepares cases itself, as before.

Writes wait for a running import instead of failing: the import holds the cache's write lock
for its whole (all-or-nothing) transaction. A task that finds the cache busy is kept, in order
with every task submitted after it, and tried again every half second; the window is told
(`task_waiting`) so a decision shows "saving…" until it is written. Searches and cases keep
being answered meanwhile (WAL readers never wait for the writer). Closing the window gives the
waiting tasks up to `CLOSE_WAIT_S` to be written before the connection closes.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from desktop_app import heap
from desktop_app.casework import first_page
from desktop_app.views.search.case_table_model import CasePage

if TYPE_CHECKING:
    from desktop_app.casework.detail_process import DetailProcess
    from desktop_app.casework.types import CaseDetail, ModelLoader, WorkerContext

log = logging.getLogger(__name__)
Task = Callable[["WorkerContext"], Any]
BUSY_RETRY_MS = 500
BUSY_TIMEOUT_MS = 200  # the worker's own wait per attempt: it must stay free for searches
BUSY_GIVE_UP_S = 30 * 60
CLOSE_WAIT_S = 60


class _CacheWorker(QObject):
    """Runs on its own thread; the only object that ever touches the connection."""

    opened = Signal(object)  # CacheSummary
    open_failed = Signal(str)
    searched = Signal(int, object)  # request number, list of case rows
    case_loaded = Signal(int, object)  # request number, CaseDetail | None
    task_done = Signal(int, object, object)  # task number, result, Failure or None
    task_waiting = Signal(int)  # task number: the cache is busy, the task waits its turn
    damaged = Signal(str)  # the integrity check found damage (the cache stays open)
    failed = Signal(str)
    warming = Signal(int, int)  # steps done, steps in all
    _step_queued = Signal()  # to itself, queued: the next warm-up step after pending requests

    def __init__(self, model_loader: ModelLoader, audit_key_path: Path,
                 details_in_child: bool = True) -> None:
        super().__init__()
        self._model_loader = model_loader
        self._audit_key_path = audit_key_path
        self._path: str | None = None
        self._quick: sqlite3.Connection | None = None
        self._context: WorkerContext | None = None
        # Written by the GUI thread, read here: a plain int is enough to skip stale work.
        self.latest_search = 0
        self.latest_case = 0
        self.stopping = False  # the window is closing: prepare nothing more
        self._steps: list[Callable[[], None]] = []
        self._steps_total = 0
        self._collector_paused = False
        self._details_in_child = details_in_child
        self._detail_process: DetailProcess | None = None
        self._details_refused = False  # the child could not start or died: work here
        self._step_queued.connect(self._next_step, Qt.ConnectionType.QueuedConnection)
        self._waiting: list[tuple[int, Task, float]] = []  # (number, task, first try) in order
        self._retry: QTimer | None = None

    @Slot(str)
    def open(self, path: str) -> None:
        self._close()
        self._path = path
        self._pause_collector()
        quick = first_page.open_read_only(path)
        if quick is None:  # missing, damaged or not yet initialised: the full open says why
            if self._open_full():
                assert self._context is not None
                self.opened.emit(first_page.summarise(self._context.db, path))
            return
        try:
            summary = first_page.summarise(quick, path)
        except sqlite3.Error:
            quick.close()
            if self._open_full():
                assert self._context is not None
                self.opened.emit(first_page.summarise(self._context.db, path))
            return
        self._quick = quick
        self.opened.emit(summary)

    def _open_full(self) -> bool:
        if self._context is not None:
            return True
        if self._path is None:
            return False
        from desktop_app.casework.cache_handle import CacheOpenError, open_context

        try:
            context = open_context(self._path, self._audit_key_path, self._model_loader,
                                   BUSY_TIMEOUT_MS)
        except CacheOpenError as error:
            self._resume_collector()  # nothing will be prepared
            self.open_failed.emit(str(error))
            return False
        # At every start, quick_check on its own connection and thread (SQLite works without
        # the GIL there): seconds on a large cache, and searches must not wait for it.
        threading.Thread(
            target=self._check_integrity, args=(self._path,), name="integrity-check", daemon=True
        ).start()
        if self._quick is not None:
            self._quick.close()
            self._quick = None
        self._context = context
        return True

    @Slot(int, str, object)
    def search(self, number: int, text: str, filters: dict[str, Any]) -> None:
        if number < self.latest_search:
            return
        if self._quick is not None and first_page.is_first_page_request(text, filters):
            rows = first_page.first_page(
                self._quick, open_only=bool(filters.get("open_cases_only", True)))
            self.searched.emit(number, CasePage(rows))
            return
        if not self._open_full():
            return
        from desktop_app.casework.case_detail import find_cases

        assert self._context is not None
        try:
            rows = find_cases(self._context.db, text, filters)
        except Exception as error:
            log.exception("case search failed")
            self.failed.emit(str(error))
            return
        self.searched.emit(number, CasePage(rows))

    def _check_integrity(self, path: str) -> None:
        from desktop_app.casework.cache_handle import damage

        found = damage(path)
        if found is not None:  # damage is named with what to do (restore or re-import)
            with contextlib.suppress(RuntimeError):  # the window may have closed meanwhile
                self.damaged.emit(found)

    @Slot()
    def warm_up(self) -> None:
        """Prepare what the first case needs, one step per event, reporting progress."""
        from desktop_app.casework import warm_up

        if self._path is None or self._steps:
            return
        self._steps = [self._open_full_step, *(
            (lambda name=name: self._warm_step(name)) for name in warm_up.STEPS)]
        self._steps_total = len(self._steps)
        self.warming.emit(0, self._steps_total)
        self._step_queued.emit()

    def _open_full_step(self) -> None:
        if not self._open_full():
            self._steps.clear()  # open_failed has said why; nothing else can be prepared

    def interrupt(self) -> None:
        """From the GUI thread, when the window closes: stop preparing. The child is stopped
        at once, so a warm-up step waiting for it ends now instead of being done again here
        (closing during warm-up waited for the step, then Qt aborted on exit)."""
        self.stopping = True
        details = self._detail_process
        if details is not None:
            details.interrupt()

    @Slot()
    def _next_step(self) -> None:
        if self.stopping:
            self._steps.clear()
        if not self._steps:
            return
        step = self._steps.pop(0)
        if self._context is not None or step == self._open_full_step:
            step()
        if self._steps:
            self._step_queued.emit()
        else:
            self._resume_collector()
        self.warming.emit(self._steps_total - len(self._steps), self._steps_total)

    @Slot(int, str)
    def load_case(self, number: int, citizen_id: str) -> None:
        if number < self.latest_case or not self._open_full():
            return
        try:
            detail = self._case_detail(citizen_id)
        except Exception as error:
            from desktop_app.casework.errors import describe_failure

            log.exception("loading case %s failed", citizen_id)
            self.failed.emit(str(describe_failure(error, self._path)))
            return
        self.case_loaded.emit(number, detail)

    def _details(self) -> DetailProcess | None:
        """The child process preparing case details, started on first use; None when it
        cannot run (then this thread prepares them, as it did before the child existed)."""
        if self._detail_process is not None and not self._detail_process.alive:
            self._lose_details()
        if self._detail_process is not None:
            return self._detail_process
        if self._details_refused or self._path is None or not self._details_in_child:
            return None
        from desktop_app.casework.detail_process import DetailProcess, DetailProcessError

        try:
            self._detail_process = DetailProcess(
                self._path, self._model_loader, self._audit_key_path)
        except DetailProcessError as error:
            log.info("case details are prepared on the worker thread: %s", error)
            self._details_refused = True
        return self._detail_process

    def _lose_details(self) -> None:
        """The child has died: say so once, and prepare cases on this thread from now on."""
        log.warning("the case-detail process has stopped; cases are prepared on the worker "
                    "thread until the cache is opened again")
        if self._detail_process is not None:
            self._detail_process.close()
            self._detail_process = None
        self._details_refused = True

    def _on_details_error(self, what: str, error: Exception) -> None:
        log.warning("%s failed in the case-detail process (%s); doing it on the worker",
                    what, error)
        if getattr(error, "lost", False):
            self._lose_details()

    def _warm_step(self, name: str) -> None:
        from desktop_app.casework import warm_up
        from desktop_app.casework.detail_process import DetailProcessError

        if self.stopping:
            return
        details = self._details()
        if details is not None:
            try:
                details.warm(name)
                return
            except DetailProcessError as error:
                if self.stopping:
                    return
                self._on_details_error(f"warm-up step {name}", error)
        getattr(warm_up, name)(self._context)

    def _case_detail(self, citizen_id: str) -> CaseDetail | None:
        from desktop_app.casework.case_detail import case_detail
        from desktop_app.casework.detail_process import DetailProcessError

        assert self._context is not None
        if self.stopping:
            return None
        details = self._details()
        if details is not None:
            try:
                return details.case_detail(citizen_id)
            except DetailProcessError as error:
                if self.stopping:
                    return None  # the window is closing: nobody will see the case
                self._on_details_error(f"case {citizen_id}", error)
        return case_detail(self._context.db, citizen_id, self._context.model,
                           self._context.facts)

    @Slot(int, object)
    def run_task(self, number: int, task: Task) -> None:
        import time

        if self._waiting:  # an earlier task waits for the cache: this one queues behind it
            self._waiting.append((number, task, time.monotonic()))
            self.task_waiting.emit(number)
            return
        if not self._attempt(number, task, time.monotonic()):
            self._waiting.append((number, task, time.monotonic()))
            self.task_waiting.emit(number)
            self._schedule_retry()

    def _attempt(self, number: int, task: Task, first_try: float) -> bool:
        """Run the task once; False when the cache was busy and it should wait."""
        import time

        from desktop_app.casework.errors import (
            ACTIONABLE,
            CACHE_NOT_OPEN,
            Failure,
            describe_failure,
        )

        if not self._open_full():
            self.task_done.emit(number, None, Failure(CACHE_NOT_OPEN))
            return True
        from desktop_app.casework.cache_handle import is_busy

        assert self._context is not None
        try:
            result = task(self._context)
        except Exception as error:
            failure = describe_failure(error, self._path)
            if failure.code != ACTIONABLE and is_busy(error) \
                    and time.monotonic() - first_try < BUSY_GIVE_UP_S:
                return False
            if failure.code != ACTIONABLE:
                log.exception("a background task failed")
            self.task_done.emit(number, None, failure)
            return True
        self.task_done.emit(number, result, None)
        return True

    def _schedule_retry(self) -> None:
        if self._retry is None:
            self._retry = QTimer(self)
            self._retry.setSingleShot(True)
            self._retry.timeout.connect(self._retry_waiting)
        self._retry.start(BUSY_RETRY_MS)

    @Slot()
    def _retry_waiting(self) -> None:
        while self._waiting:
            number, task, first_try = self._waiting[0]
            if not self._attempt(number, task, first_try):
                self._schedule_retry()
                return
            self._waiting.pop(0)

    def _flush_waiting(self) -> None:
        """Before the connection closes: give waiting tasks one long, blocking chance."""
        if not self._waiting or self._context is None:
            return
        self._context.db.execute(f"PRAGMA busy_timeout = {CLOSE_WAIT_S * 1000}")
        while self._waiting:
            number, task, _ = self._waiting.pop(0)
            if not self._attempt(number, task, 0.0):  # 0.0: long past, so no more waiting
                break

    @Slot()
    def shutdown(self) -> None:
        self._flush_waiting()
        self._close()
        thread = self.thread()
        if thread is not None:
            thread.quit()

    def _pause_collector(self) -> None:
        """From opening a cache to the end of its warm-up (or its closing), Python's cycle
        collector waits: see `desktop_app.heap`."""
        if not self._collector_paused:
            self._collector_paused = True
            heap.pause()

    def _resume_collector(self) -> None:
        if self._collector_paused:
            self._collector_paused = False
            heap.settle()

    def _close(self) -> None:
        self._steps.clear()
        self._resume_collector()
        if self._detail_process is not None:
            self._detail_process.close()
            self._detail_process = None
        self._details_refused = False
        if self._quick is not None:
            self._quick.close()
            self._quick = None
        if self._context is not None:
            self._context.db.close()
            self._context = None


def default_model_loader() -> Any:
    from desktop_app.casework.model_info import load_installed_model

    return load_installed_model()


class CaseStore(QObject):
    """The GUI thread's handle on the cache worker."""

    opened = Signal(object)  # CacheSummary
    open_failed = Signal(str)
    damaged = Signal(str)  # the cache opened, but its integrity check found damage
    search_done = Signal(object)  # list of case rows, only the latest search
    case_loaded = Signal(object)  # CaseDetail | None, only the latest case asked for
    failed = Signal(str)
    warming = Signal(int, int)  # steps done, steps in all (done == all: the first case is quick)

    _open_requested = Signal(str)
    _search_requested = Signal(int, str, object)
    _case_requested = Signal(int, str)
    _task_requested = Signal(int, object)
    _shutdown_requested = Signal()
    _warm_up_requested = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 model_loader: ModelLoader | None = None,
                 audit_key_path: Path | None = None,
                 details_in_child: bool = True) -> None:
        super().__init__(parent)
        if audit_key_path is None:
            from desktop_app.locations import app_data_dir

            audit_key_path = app_data_dir() / "keys" / "audit.key"
        self._thread = QThread()
        self._thread.setObjectName("case-cache-worker")
        self._worker = _CacheWorker(model_loader or default_model_loader, audit_key_path,
                                    details_in_child)
        self._worker.moveToThread(self._thread)
        self._open_requested.connect(self._worker.open)
        self._search_requested.connect(self._worker.search)
        self._case_requested.connect(self._worker.load_case)
        self._task_requested.connect(self._worker.run_task)
        self._shutdown_requested.connect(self._worker.shutdown)
        self._warm_up_requested.connect(self._worker.warm_up)
        self._worker.warming.connect(self.warming)
        self._worker.opened.connect(self.opened)
        self._worker.open_failed.connect(self.open_failed)
        self._worker.damaged.connect(self.damaged)
        self._worker.task_waiting.connect(self._on_task_waiting)
        self._worker.failed.connect(self.failed)
        self._worker.searched.connect(self._on_searched)
        self._worker.case_loaded.connect(self._on_case_loaded)
        self._worker.task_done.connect(self._on_task_done)
        self._search_number = 0
        self._case_number = 0
        self._task_number = 0
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[str], None]]] = {}
        self._waiting_callbacks: dict[int, Callable[[], None]] = {}
        self._waiting_now: set[int] = set()  # tasks the worker said are waiting for the cache
        self._running = True
        self._thread.start()

    def open(self, path: Path | str) -> None:
        self._open_requested.emit(str(path))

    @property
    def details_pid(self) -> int | None:
        """The process id of the child preparing case details, or None while cases are
        prepared on the worker thread (not started yet, or it could not run)."""
        process = self._worker._detail_process  # one read of a reference: safe across threads
        return process.pid if process is not None else None

    def warm_up(self) -> None:
        """Prepare the open cache's model, matching and journeys in the background."""
        self._warm_up_requested.emit()

    def search(self, text: str, filters: dict[str, Any]) -> None:
        self._search_number += 1
        self._worker.latest_search = self._search_number
        self._search_requested.emit(self._search_number, text, dict(filters))

    def load_case(self, citizen_id: str) -> None:
        self._case_number += 1
        self._worker.latest_case = self._case_number
        self._case_requested.emit(self._case_number, citizen_id)

    def forget_case(self) -> None:
        """Drop the case asked for last: its answer, when it comes, is not shown."""
        self._case_number += 1
        self._worker.latest_case = self._case_number

    def submit(self, task: Task, on_done: Callable[[Any], None],
               on_error: Callable[[str], None] | None = None,
               on_waiting: Callable[[], None] | None = None) -> int:
        """Run `task(context)` on the worker; `on_done(result)` or `on_error(words)` follows
        on the GUI thread (the failure in words from `views/words/failures.py`). `on_waiting()`
        is called if the task must wait for a busy cache (a running import); it is then still
        done, later."""
        self._task_number += 1
        self._callbacks[self._task_number] = (on_done, on_error or self.failed.emit)
        if on_waiting is not None:
            self._waiting_callbacks[self._task_number] = on_waiting
        self._task_requested.emit(self._task_number, task)
        return self._task_number

    def shutdown(self) -> None:
        """Close the connection on its own thread and wait for the thread to end."""
        if not self._running:
            return
        self._running = False
        self._worker.interrupt()
        self._shutdown_requested.emit()
        # waiting writes get up to CLOSE_WAIT_S to be saved before the connection closes
        limit_ms = 5000 + (CLOSE_WAIT_S * 1000 if self._waiting_now else 0)
        if not self._thread.wait(limit_ms):
            log.warning("the case cache worker did not stop within %d s", limit_ms // 1000)

    @Slot(int, object)
    def _on_searched(self, number: int, rows: object) -> None:
        if number == self._search_number:
            self.search_done.emit(rows)

    @Slot(int, object)
    def _on_case_loaded(self, number: int, detail: object) -> None:
        if number == self._case_number:
            self.case_loaded.emit(detail)

    @Slot(int)
    def _on_task_waiting(self, number: int) -> None:
        self._waiting_now.add(number)
        waiting = self._waiting_callbacks.get(number)
        if waiting is not None:
            waiting()

    @Slot(int, object, object)
    def _on_task_done(self, number: int, result: object, error: object) -> None:
        self._waiting_callbacks.pop(number, None)
        self._waiting_now.discard(number)
        callbacks = self._callbacks.pop(number, None)
        if callbacks is None:
            return
        on_done, on_error = callbacks
        if error is None:
            on_done(result)
        else:
            from desktop_app.views.words.failures import failure_text

            on_error(failure_text(error))  # type: ignore[arg-type]
