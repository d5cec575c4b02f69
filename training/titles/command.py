"""`wayfinder-admin train-title-encoder OUT`: the job-title encoder, trained and exported."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from desktop_app.admin.errors import AdminError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train-title-encoder",
        help="train the job-title encoder on the taxonomy's labels; write int8 ONNX and card",
    )
    parser.add_argument("out", type=Path, help="folder for title_encoder.onnx and its card")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default 23)")
    parser.add_argument("--steps", type=int, default=None, help="training steps (default 7000)")
    parser.add_argument(
        "--data", type=Path, default=None, help="shared data folder (default ../shared/data)"
    )
    parser.add_argument(
        "--tiny", action="store_true", help="a tiny encoder in seconds (tests, smoke checks)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.matching.melo_files import MeloFormatError
    from training.titles.build import build_title_encoder
    from training.titles.config import TINY, EncoderConfig
    from training.titles.taxonomy_labels import SHARED_DATA

    config = TINY if args.tiny else EncoderConfig()
    changes = {k: v for k, v in (("seed", args.seed), ("steps", args.steps)) if v is not None}
    config = dataclasses.replace(config, **changes)

    def progress(step: int, loss: float) -> None:
        print(f"step {step + 1}/{config.steps}  loss {loss:.3f}", flush=True)

    try:
        card = build_title_encoder(
            args.out, config, root=args.data or SHARED_DATA, progress=progress
        )
    except MeloFormatError as error:
        raise AdminError(str(error)) from error
    training = card["training"]
    print(
        f"written: {args.out} ({card['onnx_bytes']:,} bytes, sha256 {card['onnx_sha256'][:16]}…; "
        f"{training['cpu_seconds']:.0f} s CPU, {training['wall_seconds']:.0f} s wall)"  # type: ignore[index]
    )
    return 0
