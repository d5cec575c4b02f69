"""`wayfinder-admin train-attendance BUNDLE OUT`: train and evaluate the attendance model."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.admin.errors import AdminError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train-attendance",
        help="train the attendance stability model on a bundle; write ONNX and model card",
    )
    parser.add_argument("bundle", type=Path, help="bundle folder (JSON lines)")
    parser.add_argument("out", type=Path, help="folder for attendance.onnx and its model card")
    parser.add_argument("--config", type=Path, help="JSON or TOML training configuration")
    parser.add_argument(
        "--truth", type=Path, help="truth_attendance.jsonl (demo only; found beside the bundle)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from training.attendance.config import ConfigError, load_config
    from training.attendance.train import CARD_FILE, train_attendance

    if not args.bundle.is_dir():
        raise AdminError(f"{args.bundle} is not a bundle folder")
    try:
        config = load_config(args.config)
        card = train_attendance(args.bundle, args.out, config, args.truth)
    except (ConfigError, ValueError) as exc:
        raise AdminError(str(exc)) from exc
    held = card["held_out"]
    print(
        f"held-out ROC-AUC {held['roc_auc']:.3f}, PR-AUC (no-show) "
        f"{held['pr_auc_no_show']:.3f}, calibration slope {held['calibration_slope']:.2f}"
    )
    if "against_truth" in card and "auc_share_of_truth" in card["against_truth"]:
        truth = card["against_truth"]
        print(
            f"vs true probabilities: {truth['auc_share_of_truth']:.1%} of their ROC-AUC "
            f"({truth['truth_roc_auc']:.3f}); meets bar: {truth['meets_bar']}"
        )
    print(f"written: {args.out / CARD_FILE}")
    return 0
