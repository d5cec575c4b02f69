"""A small but real suggestion world for the GUI tests: a contract-shaped bundle, a model
trained on it with the real training code, signed into a TUF repository, installed and
verified into a model store, and the bundle imported into a case cache."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from securesystemslib.signer import CryptoSigner

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from desktop_app.trust.installed import VerifiedModel, load_verified_model
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.update import check_for_updates
from training.signing.central_repository import CentralRepository, ExpiryPolicy
from training.signing.packages import add_package
from training.signing.publish import publish
from training.suggestions.pipeline import TrainRequest, run_training
from training.suggestions.toy_bundle import write_toy_bundle

TINY = {"ensemble_members": 3, "nuisance_rounds": 30, "effect_rounds": 40,
        "effect_min_leaf": 40, "horizons": [26.0]}
PERIOD = {"start": "2019-01-01", "end": "2024-11-01"}


@dataclass(frozen=True)
class ModelWorld:
    cache: Path
    store: Path
    root: bytes
    model_dir: Path

    def loader(self) -> Callable[[], VerifiedModel]:
        # a partial, not a lambda: the window sends it to its case-detail child process
        return functools.partial(load_verified_model, self.store, trust_root=self.root)


def build_model_world(folder: Path, citizens: int = 400) -> ModelWorld:
    bundle = write_toy_bundle(folder / "toy", citizens=citizens, seed=3)
    config = folder / "tiny.json"
    config.write_text(json.dumps(TINY), encoding="utf-8")
    model_dir = folder / "model"
    run_training(TrainRequest(bundle, model_dir, seed=1, config_path=config,
                              key_path=folder / "hash.key"))
    gen = CryptoSigner.generate_ed25519
    root_keys, targets, snapshot, timestamp = [gen() for _ in range(2)], gen(), gen(), gen()
    repo = CentralRepository.create(
        folder / "repo", root_keys=[k.public_key for k in root_keys], root_threshold=2,
        role_keys={"targets": [targets.public_key], "snapshot": [snapshot.public_key],
                   "timestamp": [timestamp.public_key]},
        signers=[*root_keys, targets, snapshot, timestamp], expiry=ExpiryPolicy())
    add_package(repo, model_dir, 1, [*root_keys, targets, snapshot, timestamp], PERIOD)
    publish(repo, folder / "share")
    root = (repo.metadata_dir / "1.root.json").read_bytes()
    store = folder / "store"
    result = check_for_updates(folder / "share", ModelStore(store), trust_root=root)
    assert result.status == "installed", result
    cache = folder / "cache.sqlite"
    db = open_cache(cache)
    import_bundle(db, read_bundle(bundle), audit=AuditLog(db, b"k" * 32), actor="test")
    db.close()
    return ModelWorld(cache, store, root, model_dir)
