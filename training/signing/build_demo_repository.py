"""Builds the shipped DEMO model repository (`models_onnx/`) and the demo trust root.

`make models` runs this with the model folder produced by the suggestions trainer:
    python -m training.signing.build_demo_repository MODEL_DIR --version N
It creates a fresh TUF repository signed with the DEMO keys in `training/demo_keys/` (root 2 of
3, expiry ~3 years so the shipped metadata stays valid well beyond the two years a test
demands), adds MODEL_DIR as model version N, publishes it to `models_onnx/` and writes root v1
to `desktop_app/trust/roots/demo_root.json`, the root demo builds trust. `--root-only` writes
just the demo root (no model yet).

`--title-encoder DIR` adds the job-title encoder (`make title-encoder`) to the package; with
`--from-shipped` instead of MODEL_DIR the package is the one already in `models_onnx/` (its
files hash-checked against their signatures, the suggestion model not retrained), re-signed as
a new version with the encoder in it:
    python -m training.signing.build_demo_repository --from-shipped --title-encoder DIR
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from training.signing.central_repository import DEMO_EXPIRY, CentralRepository
from training.signing.keys import load_signer
from training.signing.packages import add_package, version_from
from training.signing.publish import publish
from training.signing.shipped_package import (
    TITLE_ENCODER_FILES,
    add_title_encoder,
    copy_shipped_package,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEMO_KEYS = PROJECT_ROOT / "training" / "demo_keys"
DEMO_ROOT_OUT = PROJECT_ROOT / "desktop_app" / "trust" / "roots" / "demo_root.json"
SHIPPED_REPOSITORY = PROJECT_ROOT / "models_onnx"


def demo_signers(keys_dir: Path = DEMO_KEYS) -> dict[str, list]:
    def load(name: str):  # type: ignore[no-untyped-def]
        return load_signer(keys_dir / f"DEMO-{name}.private.pem")

    return {
        "root": [load(f"root-{i}") for i in (1, 2, 3)],
        "targets": [load("targets")],
        "snapshot": [load("snapshot")],
        "timestamp": [load("timestamp")],
    }


def create_demo_repository(path: Path, keys_dir: Path = DEMO_KEYS) -> CentralRepository:
    signers = demo_signers(keys_dir)
    return CentralRepository.create(
        path,
        root_keys=[s.public_key for s in signers["root"]],
        root_threshold=2,
        role_keys={
            r: [s.public_key for s in signers[r]] for r in ("targets", "snapshot", "timestamp")
        },
        signers=[s for group in signers.values() for s in group],
        expiry=DEMO_EXPIRY,
        demo=True,
    )


def build(
    model_dir: Path | None,
    version: int,
    out_dir: Path = SHIPPED_REPOSITORY,
    root_out: Path = DEMO_ROOT_OUT,
    keys_dir: Path = DEMO_KEYS,
    title_encoder: Path | None = None,
) -> None:
    with tempfile.TemporaryDirectory(prefix="demo-model-repo-") as work:
        repo = create_demo_repository(Path(work) / "repo", keys_dir)
        root_out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(repo.metadata_dir / "1.root.json", root_out)
        if model_dir is None:
            return
        if title_encoder is not None:
            package = Path(work) / "package"
            shutil.copytree(model_dir, package)
            add_title_encoder(title_encoder, package)
            model_dir = package
        signers = [s for group in demo_signers(keys_dir).values() for s in group]
        add_package(repo, model_dir, version, signers)
        for stale in ("metadata", "targets"):
            shutil.rmtree(out_dir / stale, ignore_errors=True)
        publish(repo, out_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model_dir", type=Path, nargs="?", help="trained model package folder")
    parser.add_argument(
        "--version",
        type=int,
        default=None,
        help="model version (default: model_version from MODEL_DIR/manifest.json)",
    )
    parser.add_argument("--out", type=Path, default=SHIPPED_REPOSITORY)
    parser.add_argument("--root-out", type=Path, default=DEMO_ROOT_OUT)
    parser.add_argument("--root-only", action="store_true", help="write only the demo root")
    parser.add_argument("--title-encoder", type=Path, help="add the title encoder from this folder")
    parser.add_argument(
        "--from-shipped",
        action="store_true",
        help="re-sign the package already in --out (new version, one higher) instead of MODEL_DIR",
    )
    args = parser.parse_args(argv)
    if args.model_dir is None and not (args.root_only or args.from_shipped):
        parser.error("give MODEL_DIR, --from-shipped or --root-only")
    if args.from_shipped:
        with tempfile.TemporaryDirectory(prefix="shipped-package-") as work:
            shipped = copy_shipped_package(args.out, Path(work), leave_out=TITLE_ENCODER_FILES)
            version = args.version or shipped + 1
            build(Path(work), version, args.out, args.root_out, title_encoder=args.title_encoder)
        print(f"demo repository: {args.out} (model version {version}, from {shipped})")
        return 0
    version = args.version
    if version is None and args.model_dir is not None:
        version = version_from(args.model_dir)
    if version is None and not args.root_only:
        parser.error("give --version (MODEL_DIR/manifest.json has no numeric model_version)")
    build(
        None if args.root_only else args.model_dir,
        version or 1,
        args.out,
        args.root_out,
        title_encoder=args.title_encoder,
    )
    print(f"demo root: {args.root_out}")
    if not args.root_only:
        print(f"demo repository: {args.out} (model version {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
