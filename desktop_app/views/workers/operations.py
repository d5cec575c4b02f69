"""The one way a screen runs work off the GUI thread: a small operation object (as Anki's
`QueryOp` and `CollectionOp`).

    Operation(lambda ctx: record_decision(ctx, decision), done, failed,
              waiting=tab.decision_waiting).on_cache(store)
    Operation(lambda: model_info(loader), self._show, self._failed, parent=self).start()

An operation runs one plain function of the service layer (`desktop_app.casework`) and hands
its plain result to `success` on the GUI thread. It has one failure path: whatever the
function raises is described as a `Failure` (`casework.errors.describe_failure`: a code, the
details logged for IT) and reaches `failure` as words from the one place that words failures
(`views/words/failures.py`). The only choice is where it runs:

- `on_cache(store)`: on the case cache's worker thread, which owns the cache's one
  connection; the function gets the `WorkerContext`. Operations run there one at a time, in
  order. One that finds the cache busy with an import is kept and tried again (`waiting` is
  told, so the screen can say "saving…") and is still done: every write goes this way.
- `start()`: on a thread of its own, for work that must not wait behind the cache worker
  (verifying the installed model, the update share, recomputing the places plan, insight over
  the whole caseload). The function gets no context; with `progress` it gets a
  `report(stage, done, total)` callable whose calls reach `progress` on the GUI thread.

The results travel by queued signals, so `success`, `failure` and `progress` always run on
the GUI thread. A result that arrives after the window that asked was closed is dropped.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from desktop_app.casework.errors import Failure
    from desktop_app.views.workers.cache_worker import CaseStore

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]  # stage, done, total


def _ignore(_words: str) -> None:
    """The default failure path of an operation whose failure nobody needs to see (the
    details are in the IT log already)."""


class Operation(QObject):
    """One piece of work off the GUI thread, its result or failure back on the GUI thread."""

    _finished = Signal(object, object)  # result, Failure or None
    _progressed = Signal(str, int, int)

    def __init__(self, work: Callable[..., Any], success: Callable[[Any], None],
                 failure: Callable[[str], None] | None = None, *,
                 waiting: Callable[[], None] | None = None,
                 progress: Progress | None = None,
                 cache_path: Path | str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work, self._success = work, success
        self._failure = failure
        self._waiting, self._progress = waiting, progress
        self._cache_path = str(cache_path) if cache_path is not None else None  # named in a
        # cache problem met on a thread of its own (the cache worker knows its own file)
        self._thread: threading.Thread | None = None
        self._finished.connect(self._deliver)
        if progress is not None:
            self._progressed.connect(progress)

    # --- where it runs ----------------------------------------------------------------------

    def on_cache(self, store: CaseStore) -> int:
        """Run on the case cache's worker: `work(context)`. Returns the store's task number.
        Without a `failure`, a failure goes to the store's `failed` (the status bar)."""
        return store.submit(self._work, self._success, self._failure, self._waiting)

    def start(self) -> Operation:
        """Run on a thread of its own: `work()`, or `work(report)` with `progress`."""
        self._thread = threading.Thread(target=self._run, name="wayfinder-operation",
                                        daemon=True)
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for an operation started on its own thread; True when it has ended."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    # --- on its own thread ------------------------------------------------------------------

    def _run(self) -> None:
        from desktop_app.casework.errors import describe_failure

        try:
            result = self._work(self._report) if self._progress is not None else self._work()
        except Exception as error:  # the one failure path: a code, the details for IT
            from desktop_app.casework.errors import ACTIONABLE

            failure = describe_failure(error, self._cache_path)
            if failure.code == ACTIONABLE:
                log.info("an operation failed: %s", failure.detail)
            else:
                log.exception("an operation failed")
            self._emit(None, failure)
            return
        self._emit(result, None)

    def _report(self, stage: str, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the window that asked was closed meanwhile
            self._progressed.emit(stage, done, total)

    def _emit(self, result: Any, failure: Failure | None) -> None:
        try:
            self._finished.emit(result, failure)
        except RuntimeError:
            # the window that asked was closed meanwhile: there is nobody left to tell
            log.info("an operation finished after its window was closed")

    @Slot(object, object)
    def _deliver(self, result: Any, failure: Failure | None) -> None:
        if failure is None:
            self._success(result)
            return
        from desktop_app.views.words.failures import failure_text

        (self._failure or _ignore)(failure_text(failure))
