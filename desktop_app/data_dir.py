"""The per-user data folder every other location defaults to (`WAYFINDER_HOME` moves it).

Kept apart from `locations` so that reading IT's configuration file (`desktop_app.config`),
which `locations` consults, does not import `locations` back.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Wayfinder"


def app_data_dir() -> Path:
    """Per-user, non-roaming data folder (created on demand by the code that writes there)."""
    home_override = os.environ.get("WAYFINDER_HOME")
    if home_override:
        return Path(home_override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / APP_NAME.lower()
