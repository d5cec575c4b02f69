"""Every keyboard shortcut of the window, declared once (standard keys where Qt has one).

Key sequences are built on use: a `QKeySequence` from a standard key needs a running
QGuiApplication.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey

SHORTCUTS: dict[str, StandardKey | str] = {
    "focus_search": StandardKey.Find,  # Ctrl+F
    "focus_cases": "Ctrl+L",
    "open_cache": StandardKey.Open,  # Ctrl+O
    "meeting_mode": "F9",
    "oversight": "Ctrl+Shift+O",
    "shortcut_help": StandardKey.HelpContents,  # F1
    "quit": "Ctrl+Q",  # StandardKey.Quit is empty on some platforms (Windows, offscreen)
}


def shortcut(name: str) -> QKeySequence:
    return QKeySequence(SHORTCUTS[name])
