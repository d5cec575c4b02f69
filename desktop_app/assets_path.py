"""The one place that knows where the app's read-only data files are, frozen or not.

Unfrozen, data files sit inside the `desktop_app` package (fonts, translations, sheet catalogs,
rights templates, trust roots) and the shipped demo model repository sits beside it in
`models_onnx/`. In the PyInstaller one-folder build (`packaging/wayfinder.spec`) the same files
are copied under `sys._MEIPASS` with the same relative layout, so every lookup goes through
`package_dir()` / `bundled()` and never through a module's own `__file__`.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = "desktop_app"
DEMO_REPOSITORY = "models_onnx"


def is_frozen() -> bool:
    """True inside a PyInstaller build (which sets `sys.frozen` and `sys._MEIPASS`)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """Folder that holds `desktop_app/` (its data files) and `models_onnx/`."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by PyInstaller
    return Path(__file__).resolve().parent.parent


def package_dir() -> Path:
    """The `desktop_app` package folder (data files only, when frozen)."""
    return bundle_root() / PACKAGE


def bundled(*parts: str) -> Path:
    """Path of a data file or folder shipped with the app, e.g. `bundled("assets", "fonts")`."""
    return package_dir().joinpath(*parts)


def demo_repository() -> Path:
    """The signed demo model repository shipped with the app (`models_onnx/`)."""
    return bundle_root() / DEMO_REPOSITORY
