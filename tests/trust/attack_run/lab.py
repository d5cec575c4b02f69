"""The attack run's laboratory: one copy of repository, share and laptop home per attack,
the template worlds they are copied from, and the helpers attacks share."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import onnx
from onnx import helper, numpy_helper

PROJECT_ROOT = Path(__file__).resolve().parents[3]
SHIPPED_TARGETS = PROJECT_ROOT / "models_onnx" / "targets" / "model"
PERIOD = {"start": "2019-01-01", "end": "2024-12-31"}
GOOD = "model version 2 verified"
LOCKS = {"update.lock", "store.lock"}


@dataclass
class Outcome:
    name: str
    group: str
    refused: bool
    store_unchanged: bool
    installed_unchanged: bool
    good_model: bool
    message: str
    seconds: float
    note: str = ""
    kind: str = "share"

    @property
    def held(self) -> bool:
        """Refused, the good model still there; for a signed package the app must not load,
        its installation is expected (the signer is compromised) but its loading is not."""
        if self.kind == "load":
            return self.refused and self.good_model
        return self.refused and self.installed_unchanged and self.good_model


@dataclass
class Lab:
    """One attack's own copy of the repository, share, laptop home and environment."""

    base: Path
    env: dict[str, str] = field(default_factory=dict)
    marked: tuple[dict[str, str], dict[str, str]] | None = None  # store after the attack's setup
    remedy: Callable[[Lab], tuple[int, str]] | None = None  # IT's documented way back

    def mark(self) -> None:
        """The attack changed the store as its setup; judge the operation from here."""
        self.marked = (self.fingerprint(), self.fingerprint(installed_only=True))

    @property
    def repo_path(self) -> Path:
        return self.base / "repo"

    @property
    def share(self) -> Path:
        return self.base / "share"

    @property
    def home(self) -> Path:
        return self.base / "home"

    @property
    def store(self) -> Path:
        return self.home / "models"

    def repo(self):  # type: ignore[no-untyped-def]
        from training.signing.central_repository import CentralRepository

        return CentralRepository(self.repo_path)

    def cli(self, *argv: str | Path) -> tuple[int, str]:
        """`wayfinder-admin ARGV` in-process, in this lab's home and environment."""
        from desktop_app.admin.cli import main

        out, err = io.StringIO(), io.StringIO()
        with self.environment(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main([str(a) for a in argv])
            except SystemExit as exit_:  # argparse refusing an option
                code = int(exit_.code or 0)
        return code, (out.getvalue() + err.getvalue()).strip()

    def update(self, share: Path | None = None) -> tuple[int, str]:
        return self.cli("models", "update", "--from", share or self.share, "--wait", "0")

    def verify(self) -> tuple[int, str]:
        return self.cli("models", "verify")

    @contextlib.contextmanager
    def environment(self) -> Iterator[None]:
        saved = dict(os.environ)
        for name in ("WAYFINDER_CONFIG", "XDG_CONFIG_HOME"):
            os.environ.pop(name, None)
        os.environ["WAYFINDER_HOME"] = str(self.home)
        os.environ.update(self.env)
        try:
            yield
        finally:
            os.environ.clear()
            os.environ.update(saved)

    def fingerprint(self, installed_only: bool = False) -> dict[str, str]:
        """SHA-256 of every file in the store (lock files aside); `installed_only`: just the
        installed model (its files and the `current` pointer)."""
        files = {}
        if not self.store.exists():
            return files
        for path in sorted(self.store.rglob("*")):
            relative = path.relative_to(self.store).as_posix()
            if path.name in LOCKS:
                continue
            if installed_only and relative != "current" and "/files" not in relative:
                continue
            if path.is_symlink():
                files[relative] = "symlink:" + os.readlink(path)
            elif path.is_file():
                files[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                files[relative] = "dir"
        return files


# -- building the template world ---------------------------------------------------------------
def demo_signers() -> list:  # type: ignore[type-arg]
    from training.signing.build_demo_repository import demo_signers as load

    return [s for group in load().values() for s in group]


def tiny_model(folder: Path, weight: float, **model_args: object) -> Path:
    from tests.trust.conftest import make_model

    return make_model(folder, weight=weight, **model_args)  # type: ignore[arg-type]


def shipped_model(folder: Path) -> Path:
    (version_dir,) = SHIPPED_TARGETS.iterdir()
    folder.mkdir(parents=True)
    for path in version_dir.iterdir():
        shutil.copyfile(path, folder / path.name.split(".", 1)[1])
    return folder


def build_templates(base: Path) -> dict[str, Path]:
    """Two starting points, each a repository (DEMO keys), its share and a laptop home:
    "current": versions 1 -> 2 installed, the share holds nothing newer;
    "pending": the same, then version 3 signed and published but not yet installed."""
    from training.signing.central_repository import CentralRepository, ExpiryPolicy
    from training.signing.packages import add_package
    from training.signing.publish import publish

    signers = demo_signers()
    keys = {role: [s.public_key for s in signers if s.public_key.keyid in ids]
            for role, ids in _demo_role_keyids().items()}
    current = base / "current"
    repo = CentralRepository.create(
        current / "repo", root_keys=keys["root"], root_threshold=2,
        role_keys={r: keys[r] for r in ("targets", "snapshot", "timestamp")},
        signers=signers, expiry=ExpiryPolicy(), demo=True)
    lab = Lab(current)
    for version in (1, 2):
        add_package(repo, tiny_model(current / f"model-{version}", float(version)), version,
                    signers, PERIOD)
        publish(repo, lab.share)
        if version == 1:
            shutil.copytree(lab.share, current / "share-v1")
        code, out = lab.update()
        assert code == 0 and f"installed model version {version}" in out, out
    pending = base / "pending"
    shutil.copytree(current, pending, symlinks=True)
    lab = Lab(pending)
    add_package(lab.repo(), tiny_model(pending / "model-3", 3.0), 3, signers, PERIOD)
    publish(lab.repo(), lab.share)
    return {"current": current, "pending": pending}


def _demo_role_keyids() -> dict[str, set[str]]:
    from desktop_app.trust.trust_root import builtin_trust_root

    roles = json.loads(builtin_trust_root("demo"))["signed"]["roles"]
    return {role: set(info["keyids"]) for role, info in roles.items()}


# -- helpers attacks use --------------------------------------------------------------------------
@contextlib.contextmanager
def unchecked_central() -> Iterator[None]:
    """A compromised (or outdated) signing machine: no laptop checks before signing."""
    import training.signing.packages as packages
    import training.signing.publish as publish_module

    saved = packages.check_as_laptop, publish_module.check_packages_as_laptop
    packages.check_as_laptop = lambda *_a, **_k: None  # type: ignore[assignment]
    publish_module.check_packages_as_laptop = lambda *_a: None  # type: ignore[assignment]
    try:
        yield
    finally:
        packages.check_as_laptop, publish_module.check_packages_as_laptop = saved


def publish_package(lab: Lab, folder: Path, version: int | None = None,
                    checked: bool = False) -> None:
    """Sign and publish `folder` as the next version (by a compromised signer, unless
    `checked`)."""
    from desktop_app.trust.package_info import packages_in
    from training.signing.packages import add_package
    from training.signing.publish import publish

    if version is None:
        version = max(packages_in(lab.repo().latest("targets").signed.targets)) + 1

    context = contextlib.nullcontext() if checked else unchecked_central()
    with context:
        add_package(lab.repo(), folder, version, demo_signers(), PERIOD)
        publish(lab.repo(), lab.share)


def onnx_edit(lab: Lab, change: Callable[[onnx.ModelProto], None], **model_args: object) -> Path:
    folder = tiny_model(lab.base / "evil-model", 9.0, **model_args)
    model = onnx.load(folder / "model.onnx", load_external_data=False)
    change(model)
    (folder / "model.onnx").write_bytes(model.SerializeToString())
    return folder


def share_file(lab: Lab, version: int, name: str = "model.onnx") -> Path:
    (path,) = (lab.share / "targets" / "model" / str(version)).glob(f"*.{name}")
    return path


def newest(lab: Lab, role: str) -> Path:
    metadata = lab.share / "metadata"
    return max(metadata.glob(f"*.{role}.json"), key=lambda p: int(p.name.split(".")[0]))


def edit_json(path: Path, change: Callable[[dict], None]) -> None:
    raw = json.loads(path.read_text())
    change(raw)
    path.write_text(json.dumps(raw))


def sparse(name: str, elements: int):  # type: ignore[no-untyped-def]
    values = numpy_helper.from_array(np.array([1.0], np.float32), name)
    indices = numpy_helper.from_array(np.array([0], np.int64), name + "_i")
    return helper.make_sparse_tensor(values, indices, [elements])


def attacker_repo(lab: Lab, version: int = 9) -> Path:
    """A repository signed with keys nobody trusts, published to its own share."""
    from securesystemslib.signer import CryptoSigner

    from training.signing.central_repository import CentralRepository
    from training.signing.packages import add_package
    from training.signing.publish import publish

    gen = CryptoSigner.generate_ed25519
    root, online = [gen() for _ in range(3)], [gen() for _ in range(3)]
    repo = CentralRepository.create(
        lab.base / "evil-repo", root_keys=[k.public_key for k in root], root_threshold=2,
        role_keys={r: [k.public_key] for r, k in zip(("targets", "snapshot", "timestamp"),
                                                     online, strict=True)},
        signers=[*root, *online])
    add_package(repo, tiny_model(lab.base / "evil-m", -1.0), version, [*root, *online], PERIOD)
    publish(repo, lab.base / "evil-share")
    return lab.base / "evil-share"


def library_update(lab: Lab, clock: datetime | None = None, **kwargs) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """The update behind `models update`, for knobs the command has not (the clock)."""
    from desktop_app.locations import laptop_model_store
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.update import check_for_updates

    with lab.environment():
        try:
            result = check_for_updates(lab.share, laptop_model_store(),
                                       clock=(lambda: clock) if clock else (
                                           lambda: datetime.now(UTC)), **kwargs)
        except TrustError as error:
            return 1, f"update refused: {error}"
    return 0, result.message


# -- the attacks -----------------------------------------------------------------------------------
Attack = Callable[[Lab], tuple[int, str]]
ATTACKS: list[tuple[str, str, str, str, Attack]] = []  # (group, name, kind, template, attack)


def attack(group: str, name: str, kind: str = "share", template: str = "pending"):  # type: ignore[no-untyped-def]
    """kind "share": the attack is on what the laptop reads; the operation is an update.
    kind "load": a signed package the app must refuse to LOAD (installed, then opened).
    kind "laptop": the attack is on the laptop's own store or setup; the operation is a start
    (`models verify`), and the good model must come back with IT's remedy (`models update`).
    Other kinds: the attack function itself says whether the defence held (1) or not (0)."""
    def register(function: Attack) -> Attack:
        ATTACKS.append((group, name, kind, template, function))
        return function
    return register


def flip(path: Path, at: float = 0.5) -> None:
    data = bytearray(path.read_bytes())
    data[int(len(data) * at)] ^= 0x01
    path.write_bytes(bytes(data))
