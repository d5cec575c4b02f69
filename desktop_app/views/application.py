"""Creates the QApplication, applies language and palette, and shows the main window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.views.common import i18n
from desktop_app.views.common.palettes import apply_palette, system_prefers_dark
from desktop_app.views.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Wayfinder")
    app.setOrganizationName("Wayfinder")
    app.setDesktopFileName("wayfinder")
    return app


def run_gui(
    cache_path: Path,
    *,
    language: str | None = None,
    dark: bool | None = None,
    caseworker: str | None = None,
    caseworker_name: str | None = None,
    role: str | None = None,
    quit_when_ready: bool = False,
) -> int:
    started = time.perf_counter()
    app = make_application()
    i18n.set_language(language or i18n.system_language())
    dark = system_prefers_dark() if dark is None else dark
    apply_palette(app, dark)
    early_log = _EarlyLog.attach()
    window = MainWindow(cache_path, dark=dark, caseworker=caseworker,
                        caseworker_name=caseworker_name, role=role)
    window.show()
    # the IT log's file handler (and its imports) is set up once the first page is on screen;
    # what is logged before that waits in `early_log` and is written then
    window.ready.connect(lambda: QTimer.singleShot(0, early_log.hand_over))
    if quit_when_ready:

        def report_and_quit() -> None:
            print(f"ready_seconds={time.perf_counter() - started:.4f}", flush=True)
            QTimer.singleShot(0, window.close)

        window.ready.connect(report_and_quit)
    try:
        return app.exec()
    finally:
        early_log.hand_over()  # the window may close before the first page arrives


class _EarlyLog(logging.Handler):
    """Holds the log records of the first moments until the IT log is attached."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []
        self._handed_over = False

    @classmethod
    def attach(cls) -> _EarlyLog:
        early = cls()
        root = logging.getLogger()
        if any(getattr(h, "wayfinder_it_log", None) for h in root.handlers):
            early._handed_over = True  # an IT log is already attached: records go there
            return early
        root.addHandler(early)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)  # as the IT log will
        return early

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)  # list.append is atomic: the cache worker logs too

    def hand_over(self) -> None:
        if self._handed_over:
            return
        self._handed_over = True
        handler = _attach_it_log()
        logging.getLogger().removeHandler(self)
        for record in self.records:
            if handler is not None and record.levelno >= handler.level:
                handler.handle(record)
            elif handler is None and record.levelno >= logging.WARNING:
                logging.lastResort.handle(record)  # type: ignore[union-attr]
        self.records = []


def _attach_it_log() -> logging.Handler | None:
    """The IT log (never names, ids or CV text); an unwritable folder never stops the app."""
    from desktop_app.protection.it_log import setup_it_log

    try:
        return setup_it_log()
    except OSError as error:
        logging.getLogger(__name__).warning("IT log not written: %s", error)
        return None
