"""`wayfinder-admin demo`: write the demo municipality (bundle, taxonomy copy, ground truth)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

PROFILE_NAMES = ("havnby", "nordby", "skovlund")  # training/demo/profiles.py
MUNICIPALITY_DEFAULT = "Demo Kommune (Fyn)"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="generate the demo municipality bundle with known ground truth",
        description="Write OUT/bundle (contract files), OUT/esco (demo taxonomy) and the ground "
        "truth OUT/truth.json and OUT/truth_attendance.jsonl beside the bundle. "
        "The same seed gives byte-identical files.",
    )
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder")
    parser.add_argument("--citizens", type=int, default=None,
                        help="number of citizens (default 20000, or the profile's)")
    parser.add_argument("--seed", type=int, default=None,
                        help="random seed (default 1, or the profile's)")
    parser.add_argument("--profile", choices=sorted(PROFILE_NAMES), default=None,
                        help="one of three municipalities of the demo region, each with its own "
                        "population, programme set and caseworker habits (and its own seed, "
                        "size, id prefix and name unless given)")
    parser.add_argument("--vacancies", type=int, default=5_000, help="number of vacancies")
    parser.add_argument("--force", action="store_true",
                        help="replace OUT even when it is not empty")
    parser.add_argument("--id-prefix", default="C",
                        help="letters that start every citizen id (default C); give a second "
                        "population another prefix so no citizen id appears in both, e.g. the "
                        "regional history the demo model is trained on (R)")
    parser.add_argument("--municipality", default=MUNICIPALITY_DEFAULT,
                        help="name written to the bundle manifest")
    parser.add_argument("--parquet", action="store_true",
                        help="stream the citizens in chunks into a Parquet bundle (OUT/bundle, "
                        "partitioned by citizen, as `bundle to-parquet` writes it): for large "
                        "regions, with memory that does not grow with --citizens")
    parser.add_argument("--chunk", type=int, default=None, metavar="N",
                        help="with --parquet: citizens generated at a time (default 25000)")
    parser.add_argument("--partitions", type=int, default=None, metavar="N",
                        help="with --parquet: number of partitions (default: one per 20,000 "
                        "citizens)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.admin.errors import AdminError
    from training.demo.generate import generate_demo

    profile = None
    if args.profile:
        from training.demo.profiles import PROFILES

        profile = PROFILES[args.profile]
        if args.parquet:
            raise AdminError("--profile writes a JSON Lines bundle (leave out --parquet)")
        args.seed = profile.seed if args.seed is None else args.seed
        args.citizens = profile.citizens if args.citizens is None else args.citizens
        if args.id_prefix == "C":
            args.id_prefix = profile.id_prefix
        if args.municipality == MUNICIPALITY_DEFAULT:
            args.municipality = profile.name
    args.seed = 1 if args.seed is None else args.seed
    args.citizens = 20_000 if args.citizens is None else args.citizens
    if args.citizens < 1 or args.vacancies < 0:
        raise AdminError("--citizens must be at least 1 and --vacancies at least 0")
    if not args.parquet and (args.chunk or args.partitions):
        raise AdminError("--chunk and --partitions go with --parquet")
    if args.partitions is not None and not 1 <= args.partitions <= 10_000:
        raise AdminError("--partitions must be between 1 and 10000")
    started = time.perf_counter()
    try:
        if args.parquet:
            from training.central.progress import Progress
            from training.demo.stream import CHUNK_CITIZENS, generate_demo_parquet

            summary = generate_demo_parquet(
                args.out, citizens=args.citizens, seed=args.seed, force=args.force,
                vacancies=args.vacancies, id_prefix=args.id_prefix,
                municipality=args.municipality, chunk=args.chunk or CHUNK_CITIZENS,
                partitions=args.partitions, progress=Progress.to_stdout())
        else:
            summary = generate_demo(args.out, citizens=args.citizens, seed=args.seed,
                                    force=args.force, vacancies=args.vacancies,
                                    id_prefix=args.id_prefix, municipality=args.municipality,
                                    profile=profile)
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
