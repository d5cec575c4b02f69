"""Fixtures for the model-trust tests: keys made once per session, small real ONNX models,
and a `World` that builds a central repository, publishes it to a share and updates a store."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper
from securesystemslib.signer import CryptoSigner

import desktop_app.trust.installed as installed_module
import desktop_app.trust.update as update_module
from desktop_app.admin.cli import main
from desktop_app.trust.installed import VerifiedModel, load_verified_model
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.update import UpdateResult, check_for_updates
from training.signing.central_repository import CentralRepository, ExpiryPolicy
from training.signing.packages import add_package
from training.signing.publish import publish

PERIOD = {"start": "2019-01-01", "end": "2023-12-31"}


@dataclass(frozen=True)
class Keys:
    root: list[CryptoSigner]
    targets: CryptoSigner
    snapshot: CryptoSigner
    timestamp: CryptoSigner
    spare: list[CryptoSigner]  # replacements for rotation tests
    attacker: list[CryptoSigner]

    @property
    def online(self) -> list[CryptoSigner]:
        return [self.targets, self.snapshot, self.timestamp]


@pytest.fixture(scope="session")
def keys() -> Keys:
    gen = CryptoSigner.generate_ed25519
    return Keys(
        [gen() for _ in range(3)],
        gen(),
        gen(),
        gen(),
        [gen() for _ in range(3)],
        [gen() for _ in range(6)],
    )


def make_model(
    folder: Path,
    *,
    weight: float = 1.0,
    domain: str = "",
    opset: int = 17,
    ml_opset: int | None = None,
    external: str | None = None,
    with_function: bool = False,
    extra_files: bool = True,
) -> Path:
    """Write a tiny real ONNX model (y = x @ w) plus the package side files into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    w = numpy_helper.from_array(np.full((3, 1), weight, dtype=np.float32), "w")
    op_domain = "" if domain in ("", "ai.onnx.ml") else domain
    node = helper.make_node("MatMul", ["x", "w"], ["y"], domain=op_domain)
    graph = helper.make_graph(
        [node],
        "suggest",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 3])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 1])],
        [w],
    )
    opsets = [helper.make_opsetid("", opset)]
    if op_domain:
        opsets.append(helper.make_opsetid(op_domain, 1))
    if ml_opset is not None:
        opsets.append(helper.make_opsetid("ai.onnx.ml", ml_opset))
    functions = []
    if with_function:
        functions.append(
            helper.make_function(
                "local",
                "Twice",
                ["a"],
                ["b"],
                [helper.make_node("Add", ["a", "a"], ["b"])],
                [helper.make_opsetid("", opset)],
            )
        )
        opsets.append(helper.make_opsetid("local", 1))
    model = helper.make_model(graph, opset_imports=opsets, functions=functions)
    model.ir_version = 8
    if external is not None:
        # move w to an external file named exactly `external` (may be hostile, e.g. "../x")
        tensor = model.graph.initializer[0]
        raw = tensor.raw_data or np.full((3, 1), weight, dtype=np.float32).tobytes()
        tensor.ClearField("raw_data")
        tensor.ClearField("float_data")
        tensor.data_location = TensorProto.EXTERNAL
        for key, value in (("location", external), ("offset", "0"), ("length", str(len(raw)))):
            entry = tensor.external_data.add()
            entry.key, entry.value = key, value
        if "/" not in external and ".." not in external:
            (folder / external).write_bytes(raw)
    (folder / "model.onnx").write_bytes(model.SerializeToString())
    if extra_files:
        (folder / "model_card.json").write_text('{"summary": "demo"}', encoding="utf-8")
        (folder / "feature_schema.json").write_text('{"features": ["a", "b", "c"]}')
    return folder


@dataclass
class World:
    """One central repository, its published share, and one laptop store."""

    base: Path
    keys: Keys
    repo: CentralRepository
    share: Path
    store: ModelStore
    snapshots: dict[str, Path] = field(default_factory=dict)

    @property
    def root_bytes(self) -> bytes:
        return (self.repo.metadata_dir / "1.root.json").read_bytes()

    @property
    def all_signers(self) -> list[CryptoSigner]:
        return [*self.keys.root, *self.keys.online, *self.keys.spare]

    def add(self, version: int, now: datetime | None = None, **model_args) -> None:
        folder = make_model(self.base / f"model-{version}-{len(self.snapshots)}", **model_args)
        add_package(self.repo, folder, version, self.all_signers, PERIOD, now=now)

    def publish(self, now: datetime | None = None) -> None:
        publish(self.repo, self.share, now=now)

    def publish_to(self, share: Path) -> None:
        publish(self.repo, share)

    def keep_share(self, name: str) -> Path:
        """Copy the share as it is now (to replay it later as an older release)."""
        copy = self.base / f"share-{name}"
        shutil.copytree(self.share, copy)
        self.snapshots[name] = copy
        return copy

    def update(self, share: Path | None = None, **kwargs) -> UpdateResult:
        return check_for_updates(
            share or self.share, self.store, trust_root=self.root_bytes, **kwargs
        )

    def load(self, **kwargs) -> VerifiedModel:
        return load_verified_model(self.store, trust_root=self.root_bytes, **kwargs)

    def share_target(self, version: int, name: str = "model.onnx") -> Path:
        matches = list((self.share / "targets" / "model" / str(version)).glob(f"*.{name}"))
        assert len(matches) == 1, matches
        return matches[0]

    def installed_file(self, version: int, name: str = "model.onnx") -> Path:
        return self.store.version_dir(version) / "files" / name


def new_repository(
    path: Path, keys: Keys, expiry: ExpiryPolicy | None = None, now: datetime | None = None
) -> CentralRepository:
    return CentralRepository.create(
        path,
        root_keys=[k.public_key for k in keys.root],
        root_threshold=2,
        role_keys={
            "targets": [keys.targets.public_key],
            "snapshot": [keys.snapshot.public_key],
            "timestamp": [keys.timestamp.public_key],
        },
        signers=[*keys.root, *keys.online],
        expiry=expiry or ExpiryPolicy(),
        now=now,
    )


@pytest.fixture
def unchecked_central(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sign and publish packages as an older or compromised signing machine would: without the
    laptop's own checks (so the laptop's defences are what is tested)."""
    monkeypatch.setattr("training.signing.packages.check_as_laptop", lambda *_a, **_k: None)
    monkeypatch.setattr("training.signing.publish.check_packages_as_laptop", lambda *_a: None)


@pytest.fixture
def world(tmp_path: Path, keys: Keys) -> World:
    repo = new_repository(tmp_path / "repo", keys)
    return World(tmp_path, keys, repo, tmp_path / "share", ModelStore(tmp_path / "store"))


@pytest.fixture
def installed_v1(world: World) -> World:
    """A world whose laptop has model version 1 installed from the share."""
    world.add(1)
    world.publish()
    assert world.update().status == "installed"
    return world


# -- the `wayfinder-admin models` command line, as IT and the data team use it --------------
def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def trust_repo_root(monkeypatch: pytest.MonkeyPatch):
    """Point the laptop functions at the test repository's root (as a build would embed it)."""
    holder: dict[str, bytes] = {}
    monkeypatch.setattr(update_module, "builtin_trust_root", lambda: holder["root"])
    monkeypatch.setattr(installed_module, "builtin_trust_root", lambda: holder["root"])
    return holder


NAMES = ("root-1", "root-2", "root-3", "targets", "snapshot", "timestamp", "targets-new")


@pytest.fixture
def key_files(tmp_path: Path, capsys, monkeypatch) -> tuple[dict[str, Path], dict[str, Path]]:
    """Passphrase-protected keys, as the runbook makes them (the passphrase from the env)."""
    monkeypatch.setenv("KEY_PASS", "correct horse battery staple")
    keys = tmp_path / "keys"
    for name in NAMES:
        code, _, err = run(capsys, "models", "keygen", name, "--out", keys,
                           "--passphrase-env", "KEY_PASS")
        assert code == 0, err
    pub = {n: keys / f"{n}.public.json" for n in NAMES}
    priv = {n: keys / f"{n}.private.pem" for n in NAMES}
    return pub, priv


def sign(capsys, repo: Path, role: str, key: Path, *extra: str) -> str:
    code, out, err = run(capsys, "models", "sign", repo, "--role", role, "--key", key,
                         "--passphrase-env", "KEY_PASS", *extra)
    assert code == 0, err
    return out
