"""`wayfinder-admin bundle to-parquet`: a bundle as Parquet partitioned by citizen, for training
at scale (docs/central-training.md)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from desktop_app.admin.cli import command_group


def register(subparsers: argparse._SubParsersAction) -> None:
    group = command_group(subparsers, "bundle", "convert bundles for central training")
    parser = group.add_parser(
        "to-parquet", help="write a bundle as Parquet partitioned by citizen (central training)",
        description="Validate BUNDLE line by line against the contract, as an import does, and "
        "write it to OUT as Parquet: one file per partition for citizens and every "
        "citizen-keyed file (a citizen's rows always in one partition, chosen by a hash of the "
        "id), one file each for programmes, vacancies and postcodes. Memory stays bounded "
        "whatever the bundle's size. Nothing is written unless the whole bundle converts.")
    parser.add_argument("bundle", type=Path, metavar="BUNDLE", help="bundle folder (JSON Lines)")
    parser.add_argument("out", type=Path, metavar="OUT", help="Parquet bundle folder to write")
    parser.add_argument("--partitions", type=int, metavar="N",
                        help="number of partitions (default: one per 20,000 citizens)")
    parser.add_argument("--force", action="store_true", help="replace OUT when it is not empty")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.admin.errors import AdminError
    from desktop_app.bundle.issues import BundleError
    from training.central.progress import Progress
    from training.central.to_parquet import convert_bundle

    if args.partitions is not None and not 1 <= args.partitions <= 10_000:
        raise AdminError("--partitions must be between 1 and 10000")
    if args.out.exists() and not args.out.is_dir():
        raise AdminError(f"{args.out} exists and is not a folder")
    if not (args.bundle / "citizens.jsonl").is_file():
        raise AdminError(f"{args.bundle} is not a bundle folder (no citizens.jsonl)")
    started = time.perf_counter()
    try:
        result = convert_bundle(args.bundle, args.out, args.partitions, force=args.force,
                                progress=Progress.to_stdout())
    except FileExistsError:
        raise AdminError(f"{args.out} exists and is not empty; use --force to replace it") \
            from None
    except BundleError as error:
        shown = "\n".join(f"  {issue}" for issue in error.errors[:20])
        more = f"\n  ... and {len(error.errors) - 20} more" if len(error.errors) > 20 else ""
        raise AdminError(f"{args.bundle} was refused whole ({len(error.errors)} error(s)); "
                         f"nothing was written to {args.out}:\n{shown}{more}") from None
    counts = ", ".join(f"{stem} {n}" for stem, n in result.counts.items())
    print(f"Parquet bundle written to {args.out} in {time.perf_counter() - started:.1f} s: "
          f"{result.partitions} partitions ({counts})")
    for name, rows in sorted(result.unknown_fields.items()):
        print(f"  unknown field {name} in {rows} row(s): kept verbatim in _extra")
    return 0
