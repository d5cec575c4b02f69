"""Test-wide settings: headless Qt, a home folder of the tests' own, and paths to the shared
reference data.

No test may write into the real home folder (a caseworker's or developer's own case cache, audit
key, keyring or IT log). The home and the XDG/Windows folders are therefore pointed at a fresh
temporary folder when this file is imported (before any test module is, so nothing can capture
the real one at import time), and every test gets its own `WAYFINDER_HOME` on top. Child
processes inherit all of it. `tests/test_home_isolation.py` proves it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"

REAL_HOME = Path(os.path.expanduser("~")).resolve()
# Every variable through which code finds "the user's folders", on Linux, macOS and Windows.
HOME_VARIABLES = {
    "HOME": ".",
    "USERPROFILE": ".",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CONFIG_HOME": ".config",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
    "APPDATA": "AppData/Roaming",
    "LOCALAPPDATA": "AppData/Local",
}


def _isolate_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="wayfinder-test-home-")).resolve()
    for name, below in HOME_VARIABLES.items():
        folder = home / below
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(folder)
    for name in ("WAYFINDER_HOME", "WAYFINDER_CONFIG", "WAYFINDER_CACHE_PASSPHRASE"):
        os.environ.pop(name, None)
    # Audit heads go to a file instead of the machine's syslog (demo builds only honour it).
    os.environ["WAYFINDER_TEST_OS_LOG"] = str(home / "os-log.txt")
    return home


TEST_HOME = _isolate_home()


def pytest_configure(config: pytest.Config) -> None:
    # Offscreen Qt says this when any top-level window is shown, and a window of an earlier
    # test may be shown while a later, Qt-free test runs on the same worker: never our fault.
    if config.pluginmanager.hasplugin("pytest-qt"):  # not in the Qt-free run (qt_blocked)
        config.addinivalue_line("qt_log_ignore",
                                "This plugin does not support propagateSizeHints")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(TEST_HOME, ignore_errors=True)  # in every process that imported this file


@pytest.fixture(scope="session", autouse=True)
def isolated_home() -> Path:
    """The session's stand-in for the home folder (removed when the session ends)."""
    for name, below in HOME_VARIABLES.items():
        os.environ[name] = str(TEST_HOME / below)  # a test that moved one is set right again
    return TEST_HOME


@pytest.fixture(autouse=True)
def wayfinder_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own app folder (case cache, audit key, models, IT log) unless it sets one."""
    home = tmp_path / "app-home"
    monkeypatch.setenv("WAYFINDER_HOME", str(home))
    return home


def write_audit_key(home: Path, key: bytes) -> Path:
    """Put `key` where the app looks for the audit key under `home` (a WAYFINDER_HOME): for
    tests whose cache was written with a known key before a command or window opens it."""
    path = home / "keys" / "audit.key"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(key)
    path.chmod(0o600)
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.fail(f"reference data not found at {SHARED_DATA} (../shared/data beside the repo)")
    return SHARED_DATA
