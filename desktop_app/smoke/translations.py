"""Smoke-test step for the interface translations (Qt, so it lives with the views)."""

from __future__ import annotations

from desktop_app.smoke.steps import SmokeFailure


def check_translations(qt_messages: list[str]) -> None:
    """Every interface language's `.qm` loads, is not empty, and switching to it works."""
    from PySide6.QtCore import QCoreApplication, QtMsgType, QTranslator, qInstallMessageHandler

    from desktop_app.views.common import i18n

    def on_qt_message(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            qt_messages.append(f"Qt: {message}")

    previous = qInstallMessageHandler(on_qt_message)
    app = QCoreApplication.instance() or QCoreApplication(["wayfinder-smoke-test"])
    try:
        for code in i18n.LANGUAGES:
            path = i18n.qm_path(code)
            probe = QTranslator(app)
            if not probe.load(str(path)) or probe.isEmpty():
                raise SmokeFailure("translations", f"{path} is missing or empty")
            if not i18n.set_language(code) or i18n.current_language() != code:
                raise SmokeFailure("translations", f"switching the interface to {code} failed")
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
        qInstallMessageHandler(previous)
