"""Open-case latency and GUI stalls on the demo cache, in a fresh process (run by bench_gui).

    python -m bench.gui_open_case [--cache var/home/case-cache.sqlite] [--cases 20]

Uses the demo cache and the model installed in var/home when `make cache model-install` has
built them; otherwise the model of `tests/gui/model_world.py` (really trained, signed,
installed and verified), still scoring the demo cache's citizens. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO_HOME = ROOT / "var" / "home"


def _loader(tmp: Path):  # type: ignore[no-untyped-def]
    from desktop_app.trust.installed import load_verified_model
    from desktop_app.trust.model_store import ModelStore

    demo_store = DEMO_HOME / "models"
    if ModelStore(demo_store).current_version() is not None:
        # a partial, not a lambda: it is sent to the case-detail child process
        return functools.partial(load_verified_model, demo_store), "demo model"
    from tests.gui.model_world import build_model_world

    world = build_model_world(tmp / "model-world")
    return world.loader(), "tiny test model (no demo model installed)"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=DEMO_HOME / "case-cache.sqlite")
    parser.add_argument("--cases", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ["WAYFINDER_HOME"] = str(tmp / "home")  # settings and audit key stay here
        loader, model = _loader(tmp)
        from desktop_app.views.application import make_application
        from desktop_app.views.common import i18n
        from desktop_app.views.main_window import MainWindow
        from tests.gui.open_case_timing import measure

        make_application()
        i18n.set_language("en")
        figures = measure(lambda: MainWindow(args.cache, model_loader=loader,
                                             audit_key_path=tmp / "audit.key"), args.cases)
    print(json.dumps({
        "model": model, "cache": str(args.cache), "first_case_ms": figures.first_case_s * 1000,
        "warm_up_ms": figures.warm_up_s * 1000, "warm_up_max_gap_ms": figures.warm_up_max_gap_ms,
        "p50_ms": figures.p50_ms, "p95_ms": figures.p95_ms, "cases": len(figures.open_s),
        "max_gap_ms": figures.max_gap_ms, "load": os.getloadavg()[0]}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
