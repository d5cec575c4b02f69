"""A real temporary case cache for the GUI tests, including citizens whose text looks like
markup (bundle text is untrusted and must show as plain text)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from tests.conftest import write_audit_key
from tests.foundation.bundle_factory import citizens, write_bundle

I18N_DIR = Path(__file__).resolve().parents[2] / "desktop_app" / "i18n"

EVIL_ID = "C09999"
EVIL_NAME = '<img src="http://x/a.png"/>'
EVIL_JOB = "<b>bold</b>"
# Offscreen Qt says this when a top-level window is shown; it is not a fault of ours.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def gui_citizens() -> list[dict]:
    people = citizens(30)
    evil = dict(people[0])
    evil.update(
        id=EVIL_ID,
        name=EVIL_NAME,
        previous_jobs=[{"title": EVIL_JOB, "from": "2020-01-01", "to": "2023-06-30"}],
        preferred_language="da",
        cv_text="markup test",
    )
    sparse = {"id": "C08888", "name": "Sparse Record", "birth_year": 1990}
    closed = dict(people[1], id="C07777", name="Closed Case", case_closed="2025-01-01")
    return [*people, evil, sparse, closed]


def build_cache(folder: Path) -> Path:
    bundle = write_bundle(folder / "bundle", citizens=gui_citizens())
    path = folder / "cache.sqlite"
    db = open_cache(path)
    import_bundle(db, read_bundle(bundle), audit=AuditLog(db, b"k" * 32), actor="test")
    db.close()
    return path


@pytest.fixture(scope="session")
def gui_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_cache(tmp_path_factory.mktemp("gui-cache"))


@pytest.fixture(scope="session")
def translations_built() -> None:
    """Build the .qm files from the committed .ts sources when missing or stale (what
    `make translations` does), so the tests run against the real translations."""
    for ts in sorted(I18N_DIR.glob("*.ts")):  # ours and qt_extra_*
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease = shutil.which("pyside6-lrelease") or str(
            Path(sys.executable).parent / "pyside6-lrelease"
        )
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def english_interface(qapp, translations_built) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each test starts and ends in English, whatever language the previous one chose."""
    from desktop_app.views.common import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def window(qtbot, gui_cache):  # type: ignore[no-untyped-def]
    from desktop_app.views.main_window import MainWindow

    win = MainWindow(gui_cache)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    yield win
    win.close()


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, audit key and model store of each test live in its own folder. The audit key
    is the one the test caches' trails were written with (a missing key is an error)."""
    home = tmp_path / "home"
    monkeypatch.setenv("WAYFINDER_HOME", str(home))
    write_audit_key(home, b"k" * 32)
    return home


@pytest.fixture(scope="session")
def model_world(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from tests.gui.model_world import build_model_world

    return build_model_world(tmp_path_factory.mktemp("model-world"))


@pytest.fixture
def model_window(qtbot, model_world, app_home):  # type: ignore[no-untyped-def]
    """The main window on the trained-model world, as caseworker `cw-test`."""
    from desktop_app.views.main_window import MainWindow

    win = MainWindow(model_world.cache, caseworker="cw-test",
                     model_loader=model_world.loader(),
                     audit_key_path=app_home / "keys" / "audit.key")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=15_000):
        win.show()
    yield win
    win.close()
