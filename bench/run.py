"""Runs every `bench/bench_*.py` (or those named on the command line) and reports the figures."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
import traceback
from pathlib import Path

from bench.report import BenchReport

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description="Run Wayfinder's benchmarks.")
    parser.add_argument("only", nargs="*", help="benchmark module names, e.g. bench_import")
    parser.add_argument("--out", type=Path, default=HERE / "latest.json")
    args = parser.parse_args()
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if args.only:
        names = [n for n in names if n in args.only]
    report = BenchReport()
    failures = 0
    for name in names:
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"bench.{name}").run(report)
        except Exception:  # a broken benchmark must not hide the others' figures
            failures += 1
            traceback.print_exc()
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    print()
    print(report.table())
    report.write_json(args.out)
    print(f"\nwritten: {args.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
