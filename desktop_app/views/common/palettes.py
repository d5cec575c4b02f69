"""Light and dark palettes: calm, high-contrast colours on Qt's Fusion style."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole

LIGHT = {
    Role.Window: "#f5f6f8",
    Role.WindowText: "#1f2328",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f0f2f5",
    Role.Text: "#1f2328",
    Role.Button: "#eceef1",
    Role.ButtonText: "#1f2328",
    Role.Highlight: "#2f6fb0",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#1f2328",
    Role.PlaceholderText: "#6a737d",
    Role.Link: "#1f5f9f",
    Role.Mid: "#c9ced6",
}
DARK = {
    Role.Window: "#1f2328",
    Role.WindowText: "#e6e8eb",
    Role.Base: "#272c33",
    Role.AlternateBase: "#2d333b",
    Role.Text: "#e6e8eb",
    Role.Button: "#2d333b",
    Role.ButtonText: "#e6e8eb",
    Role.Highlight: "#4a8bd0",
    Role.HighlightedText: "#0d1117",
    Role.ToolTipBase: "#2d333b",
    Role.ToolTipText: "#e6e8eb",
    Role.PlaceholderText: "#9aa4af",
    Role.Link: "#79b0ea",
    Role.Mid: "#444c56",
}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def make_palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (DARK if dark else LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7d8590")
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_palette(app: QApplication, dark: bool) -> None:
    app.setStyle("Fusion")
    app.setPalette(make_palette(dark))
