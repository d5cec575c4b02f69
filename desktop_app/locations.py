"""Where Wayfinder keeps its files on a laptop: case cache, model store, logs, configuration.

Platform-appropriate defaults (XDG on Linux, %LOCALAPPDATA% on Windows, ~/Library on macOS);
`WAYFINDER_HOME` moves everything under one folder (tests, portable installs). The trust root
is deliberately NOT here: it is built into the app and no location setting can change it.
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


def default_cache_path() -> Path:
    return app_data_dir() / "case-cache.sqlite"


def default_model_store() -> Path:
    return app_data_dir() / "models"


def default_log_dir() -> Path:
    return app_data_dir() / "logs"


def default_taxonomy_path() -> Path:
    return app_data_dir() / "taxonomy.sqlite"
