"""`wayfinder-admin pool`: pooled training without pooling names (docs/pooled-training.md).

- `pool extract` (run in the municipality): a pseudonymised training extract of a bundle with
  its data-sharing manifest; the pseudonymisation key never leaves the municipality.
- `pool withdraw` (run centrally): retrain a pooled model without one municipality's extract,
  from the lineage its model card recorded, and delete that extract. One command.

Training on several extracts is `wayfinder-admin train --bundles A B C`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
from pathlib import Path

from desktop_app.admin.cli import command_group
from desktop_app.admin.errors import AdminError

GROUP_HELP = "pooled training: municipalities' pseudonymised training extracts"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    pool = command_group(subparsers, "pool", GROUP_HELP)
    extract = pool.add_parser(
        "extract", help="write a pseudonymised training extract of a bundle (municipality)",
        description="Write OUT: BUNDLE with every citizen id replaced by a keyed pseudonym "
        "(the key stays here), only the fields training reads (no names, addresses, "
        "coordinates, free text, caseworkers or vacancies), and data_sharing.json: purpose, "
        "legal basis, retention and this municipality's approval.")
    extract.add_argument("bundle", type=Path, metavar="BUNDLE")
    extract.add_argument("out", type=Path, metavar="OUT")
    extract.add_argument("--key", type=Path, required=True,
                         help="the municipality's pseudonymisation key (hex; created if the "
                         "file does not exist). Keep it here: it never goes with the extract")
    extract.add_argument("--code", required=True,
                         help="short municipality code that starts every pseudonym (e.g. 461)")
    extract.add_argument("--purpose", required=True)
    extract.add_argument("--legal-basis", required=True)
    extract.add_argument("--retention-until", type=_date, required=True, metavar="YYYY-MM-DD")
    extract.add_argument("--approved-by", required=True,
                         help="who approved the sharing (role or name)")
    extract.add_argument("--approved-on", type=_date, required=True, metavar="YYYY-MM-DD")
    extract.set_defaults(handler=run_extract)

    withdraw = pool.add_parser(
        "withdraw", help="retrain a pooled model without one municipality's extract",
        description="Read the lineage in MODEL's card, train again on every extract but CODE's "
        "with the same settings into OUT (its card records the withdrawal), then delete CODE's "
        "extract folder.")
    withdraw.add_argument("code", metavar="CODE", help="the municipality code to withdraw")
    withdraw.add_argument("--model", type=Path, required=True, help="the pooled model folder")
    withdraw.add_argument("--out", type=Path, required=True, help="the new model folder")
    withdraw.add_argument("--keep-extract", action="store_true",
                          help="do not delete the withdrawn extract (e.g. the municipality "
                          "only paused; its retention date still applies)")
    withdraw.set_defaults(handler=run_withdraw)


def run_extract(args: argparse.Namespace) -> int:
    from desktop_app.bundle.issues import BundleError
    from training.pooling.extract import Approval, write_extract
    from training.suggestions.citizen_hashes import load_or_create_key

    created = not args.key.exists()
    try:
        key = load_or_create_key(args.key)
        manifest = write_extract(args.bundle, args.out, key, args.code, Approval(
            args.purpose, args.legal_basis, args.retention_until, args.approved_by,
            args.approved_on))
    except BundleError as error:
        raise AdminError(str(error)) from None
    except FileExistsError:
        raise AdminError(f"{args.out} exists and is not empty") from None
    except ValueError as error:
        raise AdminError(str(error)) from None
    if created:
        print(f"created the pseudonymisation key {args.key}: keep it in the municipality; "
              "the same key gives the same pseudonyms next time")
    print(f"training extract of {manifest.municipality} written to {args.out}: "
          f"{manifest.citizens} citizens, pseudonymised; kept until "
          f"{manifest.retention_until}")
    return 0


def run_withdraw(args: argparse.Namespace) -> int:
    from training.pooling.lineage import LineageError
    from training.pooling.withdraw import retrain_without

    try:
        withdrawn, summary = retrain_without(args.model, args.code, args.out)
    except LineageError as error:
        raise AdminError(str(error)) from None
    print(f"model without {withdrawn.municipality} ({args.code}) written to {args.out}")
    for line in summary:
        print(f"  {line}")
    if not args.keep_extract:
        shutil.rmtree(withdrawn.path)
        print(f"deleted the withdrawn extract {withdrawn.path}")
    return 0
