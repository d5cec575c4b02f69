"""Signed model updates: start-up re-verification of a 100 MB package (target < 1 s), and the
time to verify and install it from a share folder.

The package is a real ONNX model with a ~100 MB initializer, signed in a fresh TUF repository
(2-of-3 root), published to a folder and installed through the laptop code path.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from securesystemslib.signer import CryptoSigner

from bench.report import BenchReport

PACKAGE_MB = 100


def _write_package(folder: Path) -> int:
    folder.mkdir(parents=True)
    rows = PACKAGE_MB * 1024 * 1024 // (4 * 256)
    weights = np.random.default_rng(1).standard_normal((rows, 256), dtype=np.float32)
    graph = helper.make_graph(
        [helper.make_node("Gather", ["w", "i"], ["y"])],
        "big",
        [helper.make_tensor_value_info("i", TensorProto.INT64, [None])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 256])],
        [numpy_helper.from_array(weights, "w")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, folder / "model.onnx")
    (folder / "model_card.json").write_text('{"summary": "bench"}', encoding="utf-8")
    return sum(p.stat().st_size for p in folder.iterdir())


def run(report: BenchReport) -> None:
    from desktop_app.trust.installed import load_verified_model
    from desktop_app.trust.update import check_for_updates
    from training.signing.central_repository import CentralRepository
    from training.signing.packages import add_package
    from training.signing.publish import publish

    with tempfile.TemporaryDirectory(prefix="bench-trust-") as work_name:
        work = Path(work_name)
        size = _write_package(work / "package")
        roots = [CryptoSigner.generate_ed25519() for _ in range(3)]
        online = [CryptoSigner.generate_ed25519() for _ in range(3)]
        repo = CentralRepository.create(
            work / "repo",
            root_keys=[k.public_key for k in roots],
            root_threshold=2,
            role_keys={
                r: [k.public_key]
                for r, k in zip(("targets", "snapshot", "timestamp"), online, strict=True)
            },
            signers=[*roots, *online],
        )
        add_package(repo, work / "package", 1, online, {"start": "2019-01-01", "end": "2023-12-31"})
        publish(repo, work / "share")
        root = (repo.metadata_dir / "1.root.json").read_bytes()

        started = time.perf_counter()
        check_for_updates(work / "share", work / "store", trust_root=root)
        install = time.perf_counter() - started

        timings = []
        for _ in range(5):
            started = time.perf_counter()
            model = load_verified_model(work / "store", trust_root=root)
            timings.append(time.perf_counter() - started)
        assert model.version == 1
        median = statistics.median(timings)
        note = f"{size / 1e6:.0f} MB package, median of 5, hashes + signatures + ONNX checks"
        report.add(
            "trust",
            "verify installed package at start",
            median,
            "s",
            target="< 1 s",
            passed=median < 1.0,
            note=note,
        )
        report.add(
            "trust",
            "verify + ONNX-check + install from share",
            install,
            "s",
            note=f"{size / 1e6:.0f} MB package",
        )
