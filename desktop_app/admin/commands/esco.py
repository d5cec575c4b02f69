"""`wayfinder-admin import-esco DIR`: load the ESCO CSV download into the taxonomy file."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.admin.errors import AdminError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-esco",
        help="import the ESCO CSV download (occupations, skills, relations; any languages)",
        description=(
            "Import occupations_<lang>.csv, skills_<lang>.csv, ISCOGroups_<lang>.csv and "
            "occupationSkillRelations_<lang>.csv from DIR into the taxonomy file. All or "
            "nothing: on any error nothing is changed and the error names file, line and column."
        ),
    )
    parser.add_argument("directory", type=Path, metavar="DIR", help="folder of ESCO CSV files")
    parser.add_argument(
        "--taxonomy",
        type=Path,
        default=None,
        help="taxonomy file to write (default: the app's taxonomy.sqlite)",
    )
    parser.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from desktop_app.locations import default_taxonomy_path
    from desktop_app.matching.esco_csv import EscoFormatError
    from desktop_app.matching.esco_import import import_esco
    from desktop_app.matching.taxonomy_store import TaxonomyError, open_taxonomy

    target = args.taxonomy or default_taxonomy_path()
    try:
        db = open_taxonomy(target)
    except TaxonomyError as error:
        raise AdminError(str(error)) from error
    try:
        summary = import_esco(db, args.directory)
    except EscoFormatError as error:
        raise AdminError(f"{error}; nothing was imported") from error
    finally:
        db.close()
    print(
        f"imported {summary.count('occupations')} occupations, {summary.count('skills')} skills, "
        f"{summary.count('ISCOGroups')} ISCO groups, {summary.relations} relations "
        f"in {', '.join(sorted(summary.languages))} into {target}"
    )
    return 0
