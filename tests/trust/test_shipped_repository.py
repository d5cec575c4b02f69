"""The shipped demo repository (`models_onnx/`) and the script that builds it (`make models`)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.trust.installed import load_verified_model
from desktop_app.trust.offline_verify import verify_metadata_dir
from desktop_app.trust.trust_root import DEMO_ROOT_FILE, ROOTS_DIR, builtin_trust_root
from desktop_app.trust.update import check_for_updates
from tests.trust.conftest import make_model
from training.signing.build_demo_repository import main

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHIPPED = PROJECT_ROOT / "models_onnx"
TWO_YEARS = timedelta(days=2 * 366)


def expiries(metadata_dir: Path) -> dict[str, datetime]:
    found = {}
    for path in sorted(metadata_dir.glob("*.json")):
        expires = json.loads(path.read_text())["signed"]["expires"]
        found[path.name] = datetime.fromisoformat(expires.replace("Z", "+00:00"))
    return found


shipped_empty = not (SHIPPED / "metadata" / "timestamp.json").exists()


@pytest.mark.skipif(shipped_empty, reason="models_onnx/ is empty until `make models` has run")
def test_shipped_metadata_valid_for_two_more_years() -> None:
    limit = datetime.now(UTC) + TWO_YEARS
    soon = {
        name: f"{when:%Y-%m-%d}"
        for name, when in expiries(SHIPPED / "metadata").items()
        if when < limit
    }
    assert not soon, f"shipped metadata expires within two years, run `make models`: {soon}"


@pytest.mark.skipif(shipped_empty, reason="models_onnx/ is empty until `make models` has run")
def test_shipped_repository_installs_with_the_builtin_demo_root(tmp_path: Path) -> None:
    result = check_for_updates(SHIPPED, tmp_path / "store", trust_root=builtin_trust_root("demo"))
    assert result.status == "installed"
    assert load_verified_model(tmp_path / "store").usable


def test_built_in_demo_root_valid_for_two_more_years() -> None:
    expires = expiries(ROOTS_DIR)[DEMO_ROOT_FILE]
    assert expires > datetime.now(UTC) + TWO_YEARS, f"demo root expires {expires:%Y-%m-%d}"


def test_build_demo_repository_from_a_model_folder(tmp_path: Path) -> None:
    model_dir = make_model(tmp_path / "trained")
    manifest = {
        "model_version": "20250301120000",
        "training_period": {"from": "2018-01-01", "to": "2024-06-30"},
    }
    (model_dir / "manifest.json").write_text(json.dumps(manifest))
    out, root_out = tmp_path / "models_onnx", tmp_path / "demo_root.json"
    assert main([str(model_dir), "--out", str(out), "--root-out", str(root_out)]) == 0
    root = root_out.read_bytes()
    trusted = verify_metadata_dir_from_share(out, root)
    assert trusted.root.unrecognized_fields["x-wayfinder-demo-root"] is True
    assert trusted.root.roles["root"].threshold == 2
    assert all(when > datetime.now(UTC) + TWO_YEARS for when in expiries(out / "metadata").values())
    result = check_for_updates(out, tmp_path / "store", trust_root=root)
    assert result.installed_version == 20250301120000
    model = load_verified_model(tmp_path / "store", trust_root=root)
    assert model.training_period == {"start": "2018-01-01", "end": "2024-06-30"}
    assert "manifest.json" in model.files


def verify_metadata_dir_from_share(share: Path, root: bytes):
    """Lay the share's newest metadata out like the client cache and verify it offline."""
    cache = share.parent / "cache"
    (cache / "root_history").mkdir(parents=True)
    metadata = share / "metadata"
    for path in metadata.glob("*.root.json"):
        (cache / "root_history" / path.name).write_bytes(path.read_bytes())
    for role in ("snapshot", "targets"):
        newest = max(metadata.glob(f"*.{role}.json"), key=lambda p: int(p.name.split(".")[0]))
        (cache / f"{role}.json").write_bytes(newest.read_bytes())
    (cache / "timestamp.json").write_bytes((metadata / "timestamp.json").read_bytes())
    return verify_metadata_dir(cache, root)


@pytest.mark.skipif(shipped_empty, reason="models_onnx/ is empty until `make models` has run")
def test_shipped_feature_schema_is_what_the_current_feature_builder_produces(
    tmp_path: Path,
) -> None:
    """A shipped model whose schema the app's feature builder no longer produces is stale."""
    from desktop_app.scoring.features import make_schema
    from desktop_app.scoring.schema import FeatureSchema

    check_for_updates(SHIPPED, tmp_path / "store", trust_root=builtin_trust_root("demo"))
    shipped = FeatureSchema.load(
        load_verified_model(tmp_path / "store").directory / "feature_schema.json"
    )
    rebuilt = make_schema(
        host_language=shipped.host_language,
        benefit_codes=shipped.benefit_codes,
        programme_kinds=shipped.programme_kinds,
        attributes=shipped.attributes,
        include_health=shipped.include_health,
        prior_arms=shipped.prior_arms,
    )
    assert shipped.features == rebuilt.features, "models_onnx/ is stale: run `make models`"
