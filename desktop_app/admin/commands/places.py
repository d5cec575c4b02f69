"""`wayfinder-admin places`: programme places, the plan with prices, planning exports.

    places plan      recompute the allocation and prices over the expected caseload
    places show      places per programme, booked, waiting, proposed, expected gain
    places export    the same as CSV and/or a one-page PDF (da, nb, nl, en)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop_app.admin.cli import command_group
from desktop_app.admin.errors import AdminError


def register(subparsers: argparse._SubParsersAction) -> None:
    group = command_group(subparsers, "places", "programme places: plan, figures, exports")
    plan = group.add_parser(
        "plan", help="recompute the plan: allocation and price per place (local, no network)",
        description="Score the expected caseload of the planning period with the installed "
        "verified model, allocate it within the free places of the intakes (HiGHS) and keep "
        "the prices per place in the case cache. The import does this too when a verified "
        "model is installed.")
    plan.add_argument("--cache", type=Path, default=None, help="case cache file")
    plan.add_argument("--store", type=Path, default=None, help="model store (default: app's)")
    plan.add_argument("--horizon-weeks", type=float, default=26.0,
                      help="planning period in weeks (default 26)")
    plan.set_defaults(handler=run_plan)
    show = group.add_parser("show", help="places per programme and the plan's figures",
                            description="Places in the next intakes, booked, waiting, "
                            "proposed by the plan, left, price per place and expected extra "
                            "people in work, per programme.")
    show.add_argument("--cache", type=Path, default=None, help="case cache file")
    show.add_argument("--lang", default="en", help="language of programme names")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(handler=run_show)
    export = group.add_parser("export", help="planning figures as CSV and/or a PDF page",
                              description="Write the planning figures as CSV (one row per "
                              "intake) and/or a one-page PDF in da, nb, nl or en.")
    export.add_argument("--cache", type=Path, default=None, help="case cache file")
    export.add_argument("--csv", type=Path, default=None, help="CSV file to write")
    export.add_argument("--pdf", type=Path, default=None, help="PDF file to write")
    export.add_argument("--lang", default="en", choices=("en", "da", "nb", "nl"),
                        help="language of the PDF and of programme names (default en)")
    export.set_defaults(handler=run_export)


def run_plan(args: argparse.Namespace) -> int:
    from desktop_app.places.replan import ReplanError, installed_model, replan
    from desktop_app.protection.cli_support import audit_for, open_for_admin

    db, _ = open_for_admin(args.cache)
    try:
        try:
            key = audit_for(db).key
        except AdminError:  # then a recorded local check cannot be verified: held back
            key = None
        try:
            model, version = installed_model(args.store, db, key)
        except ReplanError as error:
            raise AdminError(f"{error}; no plan was computed") from error
        done = replan(db, model, version, horizon_weeks=args.horizon_weeks)
    except ReplanError as error:
        raise AdminError(str(error)) from error
    finally:
        db.close()
    plan = done.plan
    print(f"plan computed in {done.seconds:.1f} s for {plan.caseload} "
          f"citizens ({plan.abstained} left to the caseworker), period from {plan.as_of}, "
          f"{args.horizon_weeks:g} weeks, model {version}")
    for pid, programme in plan.programmes.items():
        places = "unknown" if programme.places is None else f"{programme.places:.0f}"
        print(f"  {pid}: places {places}, proposed {programme.proposed:.0f}, "
              f"price {100 * programme.price:.1f} in 100")
    print(f"expected extra people in work or education: {plan.expected_gain:.0f} "
          f"({plan.gain_low:.0f} to {plan.gain_high:.0f})")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop_app.places.planning import planning_figures
    from desktop_app.protection.cli_support import open_for_admin

    db, _ = open_for_admin(args.cache)
    try:
        figures = planning_figures(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(asdict(figures), default=str, ensure_ascii=False))
        return 0
    if figures.plan_computed_at is None:
        print("no plan computed yet: run 'wayfinder-admin places plan'", file=sys.stderr)
    elif not figures.plan_current:
        print("bookings or intakes changed since the plan: run 'wayfinder-admin places plan'",
              file=sys.stderr)
    print(f"planning period {figures.as_of} to {figures.until}")
    print(f"{'programme':<40} {'places':>7} {'booked':>7} {'waiting':>8} {'proposed':>9} "
          f"{'left':>6} {'price':>6}")
    for p in figures.programmes:
        name = f"{p.programme_id} {p.name(args.lang)}"[:40]
        proposed = "-" if p.proposed is None else f"{p.proposed:.0f}"
        price = "-" if p.price is None else f"{100 * p.price:.1f}"
        if not p.known:
            print(f"{name:<40} {'unknown':>7} {'':>7} {'':>8} {proposed:>9} {'':>6} {price:>6}")
            continue
        print(f"{name:<40} {p.places:>7} {p.booked:>7} {p.queue:>8} {proposed:>9} "
              f"{p.left:>6} {price:>6}")
    if figures.expected_gain is not None:
        print(f"expected extra people in work or education: {figures.expected_gain:.0f} "
              f"({figures.gain_low:.0f} to {figures.gain_high:.0f})")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop_app.places.planning import planning_figures
    from desktop_app.places.planning_export import write_csv, write_pdf
    from desktop_app.protection.cli_support import open_for_admin

    if args.csv is None and args.pdf is None:
        raise AdminError("name a --csv and/or a --pdf file to write")
    for target in (args.csv, args.pdf):
        if target is not None and not target.parent.is_dir():
            raise AdminError(f"the folder {target.parent} does not exist")
    db, _ = open_for_admin(args.cache)
    try:
        figures = planning_figures(db)
    finally:
        db.close()
    try:
        if args.csv is not None:
            write_csv(figures, args.csv, args.lang)
            print(f"written: {args.csv}")
        if args.pdf is not None:
            write_pdf(figures, args.pdf, args.lang)
            print(f"written: {args.pdf}")
    except OSError as error:
        raise AdminError(f"could not write the planning export: {error}") from error
    return 0
