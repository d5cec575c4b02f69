"""A small demo municipality as a real case cache, with a real attendance model installed.

The demo generator writes the bundle, the importer builds the cache, central training writes
`attendance.onnx` and its card into a model package folder, the demo keys sign it into a TUF
repository, and the laptop's updater installs it into a model store: the same route as
`make models` + `make model-install`, end to end.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from desktop_app.trust.update import check_for_updates
from training.attendance.config import AttendanceConfig
from training.attendance.train import train_attendance
from training.demo.generate import generate_demo
from training.signing.build_demo_repository import build

MODEL_VERSION = 7


@dataclass(frozen=True)
class JourneyWorld:
    cache: Path
    store: Path
    package: Path
    card: dict


def build_world(folder: Path, citizens: int = 400) -> JourneyWorld:
    demo = folder / "demo"
    generate_demo(demo, citizens=citizens, seed=23, vacancies=50)
    cache = folder / "cache.sqlite"
    db = open_cache(cache)
    import_bundle(db, read_bundle(demo / "bundle"), audit=AuditLog(db, b"k" * 32), actor="test")
    db.close()
    package = folder / "model-package"
    card = train_attendance(demo / "bundle", package, AttendanceConfig())
    (package / "manifest.json").write_text(
        json.dumps(
            {
                "model_version": str(MODEL_VERSION),
                "training_period": {"from": "2018-01-01", "to": "2025-12-31"},
            }
        ),
        encoding="utf-8",
    )
    repo = folder / "share"
    build(package, MODEL_VERSION, out_dir=repo, root_out=folder / "root.json")
    store = folder / "models"
    check_for_updates(repo, store)
    return JourneyWorld(cache, store, package, card)
