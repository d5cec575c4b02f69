"""The frozen build's translation check (Qt, so it lives with the views; `desktop_app.smoke`
calls it and names the step)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QtMsgType, QTranslator, qInstallMessageHandler

from desktop_app.views.common import i18n


def translation_problem(qt_messages: list[str]) -> str | None:
    """Every interface language's `.qm` loads, is not empty, and switching to it works; the
    first problem in words, or None. Qt's warnings meanwhile are added to `qt_messages`."""

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
                return f"{path} is missing or empty"
            if not i18n.set_language(code) or i18n.current_language() != code:
                return f"switching the interface to {code} failed"
        return None
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
        qInstallMessageHandler(previous)
