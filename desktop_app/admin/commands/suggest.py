"""`wayfinder-admin suggest`: programme suggestions for every decision of a bundle.

Runs the app's own code path (feature builder, eligibility, ONNX model, abstention), using for
each decision only data dated up to it. One JSON line per decision row of decisions.jsonl.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop_app.admin.errors import AdminError

BATCH = 2000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "suggest", help="write programme suggestions for every decision of a bundle",
        description="For each row of BUNDLE/decisions.jsonl write one JSON line: citizen_id, "
        "date, suggested (programme id or null), abstained, and per arm p, effect, interval "
        "and eligible (true/false/null), computed as of the decision date.")
    parser.add_argument("--model", type=Path, required=True, help="model directory")
    parser.add_argument("--bundle", type=Path, required=True, help="bundle folder")
    parser.add_argument("--out", type=Path, required=True, help="JSON Lines file to write")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.bundle.issues import BundleError
    from desktop_app.scoring.bundle_source import load_bundle
    from desktop_app.scoring.model import ModelError, SuggestionModel
    from desktop_app.scoring.records import group_by_citizen, to_ordinal
    from desktop_app.scoring.suggester import Suggester
    from desktop_app.trust.package_files import FolderPackage

    try:
        model = SuggestionModel(FolderPackage(args.model))
        data = load_bundle(args.bundle)
    except (ModelError, BundleError, ValueError) as error:
        raise AdminError(str(error)) from None
    records = group_by_citizen(data.records)
    suggester = Suggester(model, data.programmes(), data.exported_at)
    rows = data.records.get("decisions", [])
    written = 0
    tmp = args.out.with_name(args.out.name + ".part")
    with tmp.open("w", encoding="utf-8") as handle:
        for start in range(0, len(rows), BATCH):
            chunk = rows[start:start + BATCH]
            cases = [(records[str(r["citizen_id"])], to_ordinal(r["date"])) for r in chunk]
            for suggestion in suggester.score(cases, explain=False):
                handle.write(json.dumps(suggestion.to_json(), ensure_ascii=False) + "\n")
                written += 1
    tmp.replace(args.out)
    print(f"{written} suggestions written to {args.out}")
    return 0
