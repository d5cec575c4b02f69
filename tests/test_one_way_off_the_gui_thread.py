"""One way to run work off the GUI thread, one way to launch a write (issue 19).

A screen runs work through `views/workers/operations.py` (`Operation(...).on_cache(store)` or
`.start()`); only `views/workers/` holds threads. Read from the source, so the rule holds for
code not yet written: a screen that starts a thread of its own, or hands work to the cache
worker by another door (`store.submit`), fails here with its file and line.
"""

from __future__ import annotations

import ast
from pathlib import Path

VIEWS = Path(__file__).resolve().parents[1] / "desktop_app" / "views"
WORKERS = VIEWS / "workers"
THREAD_MODULES = {"threading", "concurrent.futures", "multiprocessing", "_thread"}
THREAD_NAMES = {"QThread", "QThreadPool", "QRunnable", "QtConcurrent"}


def _screens() -> list[Path]:
    return [path for path in sorted(VIEWS.rglob("*.py")) if WORKERS not in path.parents]


def _other_ways(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.relative_to(VIEWS.parent.parent)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [f"{where} imports {alias.name}" for alias in node.names
                      if alias.name in THREAD_MODULES]
        elif isinstance(node, ast.ImportFrom):
            if node.module in THREAD_MODULES:
                found.append(f"{where} imports from {node.module}")
            found += [f"{where} imports {alias.name}" for alias in node.names
                      if alias.name in THREAD_NAMES]
        elif isinstance(node, ast.Attribute) and node.attr in ("submit", "moveToThread"):
            found.append(f"{where} uses .{node.attr}")
    return found


def test_screens_run_work_off_the_gui_thread_only_through_operations() -> None:
    screens = _screens()
    assert len(screens) > 40  # every screen module is read
    found = [line for path in screens for line in _other_ways(path)]
    assert found == [], "\n".join(found)


def test_every_write_a_screen_launches_is_an_operation_on_the_cache() -> None:
    """The service functions that write are called inside an `Operation` only (never handed
    to the window or the store by another route)."""
    writes = ("record_decision", "record_objection", "record_suggestions_shown", "export",
              "assign_caseworker", "export_planning")
    launched: dict[str, list[str]] = {}
    for path in _screens():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "Operation"):
                continue
            for inner in ast.walk(node.args[0]) if node.args else ():
                if isinstance(inner, ast.Call):
                    name = getattr(inner.func, "attr", getattr(inner.func, "id", ""))
                    if name in writes:
                        launched.setdefault(name, []).append(path.name)
    for name in writes:
        assert name in launched, f"{name} is not launched as an Operation"
