"""Creates the QApplication, applies language and palette, and shows the main window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.views import i18n
from desktop_app.views.main_window import MainWindow
from desktop_app.views.palettes import apply_palette, system_prefers_dark


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
    quit_when_ready: bool = False,
) -> int:
    started = time.perf_counter()
    app = make_application()
    i18n.set_language(language or i18n.system_language())
    dark = system_prefers_dark() if dark is None else dark
    apply_palette(app, dark)
    window = MainWindow(cache_path, dark=dark, caseworker=caseworker)
    window.show()
    _attach_it_log()
    if quit_when_ready:

        def report_and_quit() -> None:
            print(f"ready_seconds={time.perf_counter() - started:.4f}", flush=True)
            QTimer.singleShot(0, window.close)

        window.ready.connect(report_and_quit)
    return app.exec()


def _attach_it_log() -> None:
    """The IT log (never names, ids or CV text); an unwritable folder never stops the app."""
    from desktop_app.protection.it_log import setup_it_log

    try:
        setup_it_log()
    except OSError as error:
        logging.getLogger(__name__).warning("IT log not written: %s", error)
