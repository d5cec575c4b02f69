"""`wayfinder-admin evaluate`: honest policy evaluation of a suggestion model on a bundle."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "evaluate", help="evaluate a suggestion model on a bundle (never on its training "
        "citizens)",
        description="Doubly robust policy values (suggested, observed, best single programme, "
        "none) with 95% intervals from a bootstrap clustered by citizen; with --truth also "
        "oracle_gain_share, top1_agreement and interval coverage.")
    parser.add_argument("--model", type=Path, required=True, help="model directory")
    parser.add_argument("--bundle", type=Path, required=True, help="bundle folder")
    parser.add_argument("--truth", type=Path, help="ground truth file (demo truth.json format)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--seed", type=int, default=0, help="bootstrap/cross-fitting seed")
    parser.add_argument("--draws", type=int, default=500, help="bootstrap draws (default 500)")
    parser.add_argument("--id-key", type=Path,
                        help="the data team's HMAC id key, only to leave out the model's own "
                        "training citizens (default: the configured key if there is one; "
                        "another key or none leaves nothing out, and says so)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.admin.errors import AdminError
    from desktop_app.bundle.issues import BundleError
    from desktop_app.scoring.bundle_source import load_bundle
    from desktop_app.scoring.model import ModelError
    from training.suggestions.citizen_hashes import existing_key
    from training.suggestions.evaluation import EvaluationError, evaluate_model

    try:
        data = load_bundle(args.bundle)
        key = existing_key(args.id_key)
        result = evaluate_model(args.model, data, key, truth=args.truth, seed=args.seed,
                                draws=args.draws)
    except BundleError as error:
        raise AdminError(str(error)) from None
    except (EvaluationError, ModelError, ValueError, FileNotFoundError) as error:
        raise AdminError(str(error)) from None
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"training citizens: {result['training_citizens']['note']} "
          f"({result['evaluated_citizens']} citizens evaluated)")
    for name, value in result["policy_value"].items():
        print(f"{name:>24}: {value['estimate']:.3f} [{value['ci_low']:.3f}, "
              f"{value['ci_high']:.3f}]")
    gain = result["gain_vs_best_single"]
    print(f"{'gain vs best single':>24}: {gain['estimate']:+.3f} [{gain['ci_low']:+.3f}, "
          f"{gain['ci_high']:+.3f}]")
    for key_name in ("oracle_gain_share", "top1_agreement"):
        if result.get(key_name) is not None:
            print(f"{key_name:>24}: {result[key_name]:.3f}")
    _print_within_places(result["within_places"])
    return 0


def _print_within_places(block: dict) -> None:
    print("within the places caseworkers used (doubly robust [95% interval]; true value and "
          "share of the achievable gain with --truth):")
    rows = (("allocated (prices)", block["value"], block.get("true_value"),
             block.get("share_of_achievable")),
            ("greedy", block["greedy"]["value"], block["greedy"].get("true_value"),
             block["greedy"].get("share_of_achievable")),
            ("caseworkers", block["observed"]["value"], block["observed"].get("true_value"),
             None))
    for name, value, true, share in rows:
        line = (f"{name:>24}: {value['estimate']:.3f} "
                f"[{value['ci_low']:.3f}, {value['ci_high']:.3f}]")
        if true is not None:
            line += f"  true {true:.3f}"
        if share is not None:
            line += f"  share {share:.0%}"
        print(line)
    if block.get("achievable") is not None:
        print(f"{'achievable (truth)':>24}: {block['achievable']:.3f}")
