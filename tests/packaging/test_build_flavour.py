"""`make package FLAVOUR=production ROOT=... REPOSITORY=...` makes a production build without
editing a source file: the build writes the flavour and the municipality's root into the app's
own folder, after checking both; a source checkout is a demo build."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest
from securesystemslib.signer import CryptoSigner

from desktop_app.trust.build_flavour import BUILD_FLAVOUR, read_build_flavour
from desktop_app.trust.errors import TrustRootError
from desktop_app.trust.trust_root import DEMO_ROOT_FILE, ROOTS_DIR, builtin_trust_root
from tests.trust.conftest import PERIOD, Keys, make_model, new_repository
from training.signing.packages import add_package
from training.signing.publish import publish

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def load_build_config():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_config", PROJECT_ROOT / "packaging" / "build_config.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["build_config"] = module  # dataclasses look their module up while defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_config():  # type: ignore[no-untyped-def]
    return load_build_config()


@pytest.fixture
def production_repo(tmp_path: Path) -> tuple[Path, Path]:
    """A municipality's repository (its own keys), published, and its root v1."""
    gen = CryptoSigner.generate_ed25519
    keys = Keys([gen() for _ in range(3)], gen(), gen(), gen(), [], [])
    repo = new_repository(tmp_path / "repo", keys)
    add_package(repo, make_model(tmp_path / "model"), 4, [*keys.root, *keys.online], PERIOD)
    publish(repo, tmp_path / "published")
    return repo.metadata_dir / "1.root.json", tmp_path / "published"


@pytest.fixture
def rights(tmp_path: Path) -> Path:
    """The municipality's filled rights template for Denmark (what the legal officer writes)."""
    template = json.loads((PROJECT_ROOT / "desktop_app" / "reports" / "rights" / "DK.json")
                          .read_text(encoding="utf-8"))
    template.update(status="approved", note="Filled in by Jobcenter Eksempel's legal officer")
    template["values"].update(office="Jobcenter Eksempel", email="jobcenter@eksempel.dk")
    template["legal_review"].update(status="approved", reviewed_by="Legal officer",
                                    reviewed_on="2026-11-30")
    folder = tmp_path / "rights"
    folder.mkdir()
    (folder / "DK.json").write_text(json.dumps(template), encoding="utf-8")
    return folder


def test_a_source_checkout_is_a_demo_build() -> None:
    assert BUILD_FLAVOUR == "demo"
    assert not (ROOTS_DIR.parent / "build.json").exists(), "never commit a build file"


def test_the_build_file_decides_the_flavour(tmp_path: Path) -> None:
    path = tmp_path / "build.json"
    assert read_build_flavour(path) == "demo"  # none: demo
    path.write_text('{"flavour": "production"}')
    assert read_build_flavour(path) == "production"
    path.write_text('{"flavour": "staging"}')
    with pytest.raises(TrustRootError, match="unknown flavour 'staging'"):
        read_build_flavour(path)
    path.write_text("{broken")
    with pytest.raises(TrustRootError, match="cannot be read"):
        read_build_flavour(path)


def test_a_broken_build_file_trusts_nothing() -> None:
    with pytest.raises(TrustRootError):
        builtin_trust_root("broken")


def test_default_build_is_demo_with_the_shipped_repository(build_config, tmp_path) -> None:
    config = build_config.resolve(None, None, None, PROJECT_ROOT, tmp_path)
    assert config.flavour == "demo"
    assert config.rights_dir == PROJECT_ROOT / "desktop_app" / "reports" / "rights"
    assert config.repository == (PROJECT_ROOT / "models_onnx").resolve()
    (build_file, folder), = config.datas
    assert folder == "desktop_app/trust"
    assert read_build_flavour(Path(build_file)) == "demo"


def test_production_build_takes_the_root_and_repository(
    build_config, tmp_path, production_repo, rights
) -> None:
    root, published = production_repo
    config = build_config.resolve("production", root, published, PROJECT_ROOT, tmp_path / "w",
                                  rights)
    shipped = json.loads((config.rights_dir / "DK.json").read_text())
    assert shipped["values"]["office"] == "Jobcenter Eksempel"
    assert (config.rights_dir / "TEMPLATE.json").is_file()
    assert config.flavour == "production" and config.repository == published.resolve()
    files = {folder: Path(path) for path, folder in config.datas}
    assert files["desktop_app/trust/roots"].name == "production_root.json"
    assert files["desktop_app/trust/roots"].read_bytes() == root.read_bytes()
    assert read_build_flavour(files["desktop_app/trust"]) == "production"
    # the bundle as the frozen app sees it: the production root is what is trusted
    roots = files["desktop_app/trust/roots"].parent
    assert builtin_trust_root("production", roots) == root.read_bytes()


@pytest.mark.parametrize("missing, message", [
    ("root", "FLAVOUR=production needs ROOT="),
    ("repository", "FLAVOUR=production needs REPOSITORY="),
    ("rights", "FLAVOUR=production needs RIGHTS="),
])
def test_production_needs_root_repository_and_rights(
    build_config, tmp_path, production_repo, rights, missing, message
) -> None:
    root, published = production_repo
    args = {"root": root, "repository": published, "rights": rights, missing: None}
    with pytest.raises(build_config.BuildConfigError, match=message):
        build_config.resolve("production", args["root"], args["repository"], PROJECT_ROOT,
                             tmp_path / "w", args["rights"])


def test_production_refuses_demo_rights(build_config, tmp_path, production_repo) -> None:
    root, published = production_repo
    demo = tmp_path / "demo-rights"
    demo.mkdir()
    shutil.copyfile(PROJECT_ROOT / "desktop_app" / "reports" / "rights" / "DK.json",
                    demo / "DK.json")
    with pytest.raises(build_config.BuildConfigError, match="RIGHTS: .*DK.json is a demo"):
        build_config.resolve("production", root, published, PROJECT_ROOT, tmp_path / "w", demo)


def test_production_refuses_the_demo_root(build_config, tmp_path) -> None:
    with pytest.raises(build_config.BuildConfigError, match="refuses the demo trust root"):
        build_config.resolve("production", ROOTS_DIR / DEMO_ROOT_FILE,
                             PROJECT_ROOT / "models_onnx", PROJECT_ROOT, tmp_path)


def test_production_refuses_a_repository_its_root_does_not_verify(
    build_config, tmp_path, production_repo
) -> None:
    root, _published = production_repo
    with pytest.raises(build_config.BuildConfigError,
                       match="does not verify with the production root"):
        build_config.resolve("production", root, PROJECT_ROOT / "models_onnx", PROJECT_ROOT,
                             tmp_path / "w")


def test_demo_build_takes_no_root(build_config, tmp_path, production_repo) -> None:
    root, _published = production_repo
    with pytest.raises(build_config.BuildConfigError, match="ROOT is only for FLAVOUR=production"):
        build_config.resolve("demo", root, None, PROJECT_ROOT, tmp_path)


def test_the_spec_and_makefile_pass_the_flavour_through() -> None:
    spec = (PROJECT_ROOT / "packaging" / "wayfinder.spec").read_text()
    assert "build_config.resolve(" in spec and "*BUILD.datas" in spec
    makefile = (PROJECT_ROOT / "Makefile").read_text()
    assert "WAYFINDER_FLAVOUR=$(FLAVOUR) WAYFINDER_ROOT=$(ROOT)" in makefile
