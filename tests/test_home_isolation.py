"""Tests never touch the real home folder: every way the app finds "the user's folders" points
into the test session's own temporary home, in this process and in the child processes that
tests start (the command line, the detail process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app import config, locations
from tests.conftest import PROJECT_ROOT, REAL_HOME, TEST_HOME
from tests.foundation.bundle_factory import write_bundle

PROBE = """
import json, os
from pathlib import Path
from desktop_app import config, locations
os.environ.pop("WAYFINDER_HOME", None)
print(json.dumps({
    "home": str(Path.home()),
    "expanduser": os.path.expanduser("~"),
    "data": str(locations.app_data_dir()),
    "user_config": str(config.user_config_file()),
    "cache": str(locations.default_cache_path()),
    "logs": str(locations.default_log_dir()),
}))
"""


def _inside(path: str | Path, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder)


def test_the_session_home_is_not_the_real_one() -> None:
    assert not _inside(TEST_HOME, REAL_HOME)
    assert Path.home().resolve() == TEST_HOME
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        assert _inside(os.environ[name], TEST_HOME), name


def test_every_default_location_is_inside_a_test_folder(tmp_path: Path, monkeypatch) -> None:
    # the per-test app folder
    assert _inside(locations.app_data_dir(), tmp_path)
    assert _inside(locations.default_cache_path(), tmp_path)
    assert _inside(locations.default_log_dir(), tmp_path)
    # and without it, the platform defaults fall into the session's home, never the real one
    monkeypatch.delenv("WAYFINDER_HOME")
    for path in (locations.app_data_dir(), locations.default_cache_path(),
                 locations.default_model_store(), locations.default_log_dir(),
                 config.user_config_file()):
        assert _inside(path, TEST_HOME) and not _inside(path, REAL_HOME), path


def test_child_processes_inherit_the_isolated_home() -> None:
    probe = subprocess.run([sys.executable, "-c", PROBE], cwd=PROJECT_ROOT, check=True,
                           capture_output=True, text=True, timeout=120)
    seen = json.loads(probe.stdout)
    for what, path in seen.items():
        assert _inside(path, TEST_HOME) and not _inside(path, REAL_HOME), (what, path)


def test_a_real_import_with_default_paths_writes_only_into_the_test_folder(
        tmp_path: Path, wayfinder_home: Path) -> None:
    bundle = write_bundle(tmp_path / "bundle", n=3)
    admin = Path(sys.executable).parent / "wayfinder-admin"
    result = subprocess.run([str(admin), "import", str(bundle)], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (wayfinder_home / "case-cache.sqlite").is_file()
    assert (wayfinder_home / "keys" / "audit.key").is_file()
    written = [p for p in wayfinder_home.rglob("*") if p.is_file()]
    assert written and all(_inside(p, tmp_path) for p in written)
