"""`wayfinder-admin train`: train the programme-suggestion model from a bundle.

Writes MODEL_DIR with the ONNX models, feature schema, manifest, keyed hashes of the training
citizens and the model card (JSON, Markdown, HTML) including the holdout evaluation. The fits
run in this process (`--engine local`) or on a Dask cluster (`--engine dask`, with a local
cluster of `--workers N` or a running `--scheduler ADDRESS`); the same seed gives the same
model either way (docs/central-training.md).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train", help="train the programme-suggestion model (central data team)",
        description="Train per-programme effect models (cross-fitted doubly robust learner on "
        "LightGBM) from the decisions, enrolments and outcome spells of a bundle, export them "
        "to ONNX and write a model card. A share of citizens is held out for evaluation.")
    data = parser.add_mutually_exclusive_group(required=True)
    data.add_argument("--bundle", type=Path,
                      help="bundle folder (JSON Lines) or Parquet bundle from "
                      "`bundle to-parquet` / `demo --parquet`")
    data.add_argument("--bundles", type=Path, nargs="+", metavar="EXTRACT",
                      help="pooled training on several municipalities' training extracts "
                      "(`pool extract`; each with its data-sharing manifest): the model card "
                      "records the lineage and the figures per municipality "
                      "(docs/pooled-training.md)")
    parser.add_argument("--out", type=Path, required=True, metavar="MODEL_DIR",
                        help="model directory to write (created; must be empty or new)")
    parser.add_argument("--horizon-weeks", type=float, default=None,
                        help="horizon the suggestions rank by (default 26); the model card and "
                        "app also show the other configured horizons (26 and 52)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--config", type=Path, help="training configuration (JSON or TOML)")
    parser.add_argument("--truth", type=Path,
                        help="ground truth (demo truth.json) to score the holdout against")
    parser.add_argument("--id-key", type=Path,
                        help="HMAC key file for citizen-id hashes (default: the data team's key "
                        "in the Wayfinder data folder, created on first use)")
    parser.add_argument("--force", action="store_true", help="overwrite a non-empty MODEL_DIR")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="where the fits run: this process (default) or a Dask cluster")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, metavar="N",
                       help="with --engine dask: start a local cluster of N worker processes")
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --engine dask: use the running cluster at ADDRESS "
                       "(e.g. tcp://10.0.0.5:8786)")
    parser.add_argument("--memory-limit", metavar="SIZE",
                        help="with --workers: memory per worker, e.g. 4GB (default: the "
                        "machine's memory shared between the workers)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.admin.errors import AdminError
    from desktop_app.bundle.issues import BundleError
    from training.central.engine import EngineError
    from training.central.parquet_bundle import (
        ParquetBundleError,
        is_parquet_bundle,
        open_parquet_bundle,
    )
    from training.central.progress import Progress
    from training.suggestions.evaluation import EvaluationError
    from training.suggestions.export_model import ExportError
    from training.suggestions.pipeline import TrainRequest, run_training
    from training.suggestions.trainer import TrainingError

    if args.out.exists() and any(args.out.iterdir()) and not args.force:
        raise AdminError(f"{args.out} is not empty; use --force to overwrite it")
    if args.engine == "local" and (args.workers is not None or args.scheduler):
        raise AdminError("--workers and --scheduler need --engine dask")
    if args.engine == "dask":
        if args.workers is not None and args.workers < 1:
            raise AdminError("--workers must be at least 1")
        if not (args.workers or args.scheduler):
            raise AdminError("--engine dask needs --workers N (a local cluster) or "
                             "--scheduler ADDRESS (a running cluster)")
        if args.bundles:
            raise AdminError("--bundles trains on JSON Lines extracts: use --engine local")
        if not is_parquet_bundle(args.bundle):
            raise AdminError(f"{args.bundle}: --engine dask reads a Parquet bundle, whose "
                             "partitions the workers read themselves; convert it first with "
                             "`wayfinder-admin bundle to-parquet BUNDLE OUT`")
        try:  # its layout is checked before a cluster is started for it
            open_parquet_bundle(args.bundle)
        except ParquetBundleError as error:
            raise AdminError(str(error)) from None
    started = time.perf_counter()
    bundles = args.bundles or [args.bundle]
    request = TrainRequest(bundle=bundles[0], more_bundles=bundles[1:], out=args.out,
                           seed=args.seed,
                           config_path=args.config, primary_horizon=args.horizon_weeks,
                           truth=args.truth, key_path=args.id_key)
    progress = Progress.to_stdout()
    try:
        if args.engine == "dask":
            from training.central.engine import dask_engine

            with dask_engine(args.workers, args.scheduler, args.memory_limit,
                             progress) as engine:
                summary = run_training(request, progress, engine)
        else:
            summary = run_training(request, progress)
    except (TrainingError, ExportError, EvaluationError, BundleError, ParquetBundleError,
            EngineError, ValueError, FileNotFoundError) as error:
        raise AdminError(str(error)) from None
    print(f"model written to {args.out} in {time.perf_counter() - started:.0f} s")
    for line in summary:
        print(f"  {line}")
    return 0
