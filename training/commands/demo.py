"""`wayfinder-admin demo`: write the demo municipality (bundle, taxonomy copy, ground truth)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="generate the demo municipality bundle with known ground truth",
        description="Write OUT/bundle (contract files), OUT/esco (demo taxonomy) and the ground "
        "truth OUT/truth.json and OUT/truth_attendance.jsonl beside the bundle. "
        "The same seed gives byte-identical files.",
    )
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder")
    parser.add_argument("--citizens", type=int, default=20_000, help="number of citizens")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--vacancies", type=int, default=5_000, help="number of vacancies")
    parser.add_argument("--force", action="store_true",
                        help="replace OUT even when it is not empty")
    parser.add_argument("--id-prefix", default="C",
                        help="letters that start every citizen id (default C); give a second "
                        "population another prefix so no citizen id appears in both, e.g. the "
                        "regional history the demo model is trained on (R)")
    parser.add_argument("--municipality", default="Demo Kommune (Fyn)",
                        help="name written to the bundle manifest")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.admin.errors import AdminError
    from training.demo.generate import generate_demo

    if args.citizens < 1 or args.vacancies < 0:
        raise AdminError("--citizens must be at least 1 and --vacancies at least 0")
    started = time.perf_counter()
    try:
        summary = generate_demo(args.out, citizens=args.citizens, seed=args.seed,
                                force=args.force, vacancies=args.vacancies,
                                id_prefix=args.id_prefix, municipality=args.municipality)
    except FileExistsError:
        raise AdminError(f"{args.out} exists and is not empty; use --force to replace it") \
            from None
    except ValueError as error:
        raise AdminError(str(error)) from None
    except FileNotFoundError as error:
        raise AdminError(f"the demo taxonomy is missing: {error}") from None
    counts = ", ".join(f"{k} {v}" for k, v in summary.counts.items())
    print(f"demo municipality written to {args.out} in {time.perf_counter() - started:.1f} s "
          f"({counts})")
    return 0
