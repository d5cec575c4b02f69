"""Frozen build budgets: bundle size, and start to first window of the frozen app versus a bare
PySide6 window measured in the same run.

Needs `make package` first (dist/wayfinder, or $WAYFINDER_DIST). The bare window is started
UNFROZEN (`python -c ...`, imports included): a frozen bare-window build would cost another
PyInstaller run. Both are fresh processes, three runs each, median counts; "first window" =
the main window shown and its first case list arrived (`--quit-when-ready`), on an empty cache.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

from bench.bench_gui import BARE, RUNS, _timed

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SIZE_BUDGET_MB = 400
RATIO_BUDGET = 3.0


def bundle_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run(report) -> None:  # type: ignore[no-untyped-def]
    dist = Path(os.environ.get("WAYFINDER_DIST") or PROJECT_ROOT / "dist" / "wayfinder")
    program = dist / "wayfinder"
    if not program.exists():
        report.add("package", "bundle size", float("nan"), "MB", target=f"< {SIZE_BUDGET_MB}",
                   passed=False, note=f"{program} missing: run 'make package' first")
        return
    size = bundle_bytes(dist) / 1e6
    report.add("package", "bundle size (one folder)", size, "MB", target=f"< {SIZE_BUDGET_MB}",
               passed=size < SIZE_BUDGET_MB, note=str(dist))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        env["WAYFINDER_HOME"] = str(Path(tmp) / "home")
        cache = Path(tmp) / "empty.sqlite"
        bare = [_timed([sys.executable, "-c", BARE], env) for _ in range(RUNS)]
        frozen = [_timed([str(program), "--cache", str(cache), "--language", "en", "--light",
                          "--quit-when-ready"], env) for _ in range(RUNS)]
    bare_s, frozen_s = statistics.median(bare), statistics.median(frozen)
    ratio = frozen_s / bare_s
    report.add("package", "bare PySide6 window, unfrozen (start to shown)", bare_s * 1000, "ms")
    report.add("package", "frozen Wayfinder first window (start to first case list)",
               frozen_s * 1000, "ms", note="empty cache")
    report.add("package", "frozen start-up ratio vs bare window", ratio, "x",
               target=f"<= {RATIO_BUDGET:g}", passed=ratio <= RATIO_BUDGET,
               note="bare window measured unfrozen in the same run")
