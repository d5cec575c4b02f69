"""Run one plain function off the GUI thread and get its result back on the GUI thread.

For work that does not touch the case cache (verifying the installed model, reading the update
share): the cache worker may be busy or the cache not open, and these must still answer. The
result travels by a queued signal, so callbacks always run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class BackgroundCall(QObject):
    finished = Signal(object, object)  # result, error message or None

    def __init__(self, work: Callable[[], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.finished.connect(lambda result, error: on_done(result) if error is None
                              else on_error(str(error)))
        self._thread = threading.Thread(target=self._run, name="wayfinder-background",
                                        daemon=True)

    def start(self) -> BackgroundCall:
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the caller as a sentence, logged for IT
            log.info("background call failed: %s", error, exc_info=True)
            self._report(None, str(error) or type(error).__name__)
            return
        self._report(result, None)

    def _report(self, result: Any, error: str | None) -> None:
        try:
            self.finished.emit(result, error)
        except RuntimeError:
            # the window that asked was closed meanwhile (e.g. during a slow update check):
            # there is nobody left to tell
            log.info("background call finished after its window was closed")
