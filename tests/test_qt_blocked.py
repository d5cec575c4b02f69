"""The Qt-free test run really has no Qt (`make test` runs the Qt-free tests that way)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import tests.qt_blocked
try:
    import PySide6.QtCore
except ImportError as error:
    print("blocked:", error)
import desktop_app.casework.case_detail, desktop_app.casework.detail_process
import desktop_app.casework.explanation_sheet, desktop_app.casework.warm_up
try:
    import desktop_app.views.workers.cache_worker
except ImportError:
    print("views need Qt")
"""


def test_qt_blocked_plugin_blocks_qt_and_the_service_layer_imports_without_it() -> None:
    run = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stderr
    assert "blocked: PySide6" in run.stdout
    assert "views need Qt" in run.stdout
