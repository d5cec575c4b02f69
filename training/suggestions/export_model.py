"""Write a trained model's directory: ONNX files, feature schema, manifest, training ids.

Every ONNX file is checked against the LightGBM models it came from before anything is
written as final (onnxruntime output within 1e-5).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import onnxruntime as ort

from training.suggestions.citizen_hashes import key_fingerprint, write_hashes
from training.suggestions.onnx_export import Ensemble, build_model
from training.suggestions.trainer import HorizonFit, TrainedModel, training_period

TOLERANCE = 1e-5


class ExportError(Exception):
    pass


def horizon_onnx(fit: HorizonFit, n_features: int, members: int) -> onnx.ModelProto:
    n_programmes = len(fit.effects)
    baseline = Ensemble(n_targets=1)
    baseline.add_booster(fit.baseline, [0])
    effect = Ensemble(n_targets=n_programmes)
    spread = Ensemble(n_targets=n_programmes * members)
    for k, arm_effect in enumerate(fit.effects):
        effect.add_booster(arm_effect.point, [k])
        for m, booster in enumerate(arm_effect.members):
            spread.add_booster(booster, [k * members + m])
    return build_model(n_features, [("baseline", baseline, "Sigmoid"), ("effect", effect, None),
                                    ("effect_members", spread, None)],
                       doc=f"Programme effects, {fit.weeks:g}-week horizon")


def propensity_onnx(model: TrainedModel, n_features: int) -> onnx.ModelProto:
    n_arms = len(model.arms)
    ensemble = Ensemble(n_targets=n_arms)
    ensemble.add_booster(model.propensity_model, list(range(n_arms)))
    return build_model(n_features, [("propensity", ensemble, "Softmax")],
                       doc="Chance of each arm being chosen (support checks)")


def expected_outputs(model: TrainedModel, fit: HorizonFit, X: np.ndarray) -> dict[str, Any]:
    return {
        "baseline": fit.baseline.predict(X)[:, None],
        "effect": np.column_stack([e.point.predict(X) for e in fit.effects]),
        "effect_members": np.column_stack([b.predict(X) for e in fit.effects for b in e.members]),
    }


def check_onnx(proto: onnx.ModelProto, expected: dict[str, np.ndarray], X: np.ndarray) -> float:
    session = ort.InferenceSession(proto.SerializeToString(), providers=["CPUExecutionProvider"])
    worst = 0.0
    for name, want in expected.items():
        got = session.run([name], {"features": X})[0]
        worst = max(worst, float(np.max(np.abs(got - want))))
    if worst > TOLERANCE:
        raise ExportError(f"ONNX output differs from the trained model by {worst:.2e}")
    return worst


def feature_ranges(model: TrainedModel) -> dict[str, list[float]]:
    X = model.train.X
    out = {}
    for i, spec in enumerate(model.table.schema.features):
        if spec.type in ("number", "count") and not np.isnan(X[:, i]).all():
            out[spec.name] = [float(np.nanmin(X[:, i])), float(np.nanmax(X[:, i]))]
    return out


def write_model_dir(model: TrainedModel, out: Path, key: bytes,
                    programmes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    schema = model.table.schema
    n_features = len(schema.features)
    members = len(model.horizons[0].effects[0].members)
    # The app feeds float64 features; the training table stores them as float32.
    sample = model.train.X[: min(2000, len(model.train.X))].astype(np.float64)
    differences = {}
    horizons = []
    for fit in model.horizons:
        proto = horizon_onnx(fit, n_features, members)
        differences[f"{fit.weeks:g}"] = check_onnx(proto, expected_outputs(model, fit, sample),
                                                   sample)
        name = f"effects_h{fit.weeks:g}.onnx"
        (out / name).write_bytes(proto.SerializeToString())
        horizons.append({"weeks": fit.weeks, "file": name, "interval": fit.interval,
                         "best_single_arm": fit.best_single, "arm_values": fit.arm_values,
                         "decisions": fit.rows})
    proto = propensity_onnx(model, n_features)
    differences["propensity"] = check_onnx(
        proto, {"propensity": model.propensity_model.predict(sample)}, sample)
    (out / "propensity.onnx").write_bytes(proto.SerializeToString())
    schema.save(out / "feature_schema.json")
    n_hashed = write_hashes(out / "training_citizens.json", key,
                            (str(c) for c in np.unique(model.train.citizen)))
    manifest = {
        "kind": "wayfinder-programme-suggestions",
        "model_version": dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S"),
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "training_period": training_period(model.table, model.train_mask),
        "primary_horizon": model.horizons[0].weeks,
        "horizons": horizons,
        "arms": model.arms,
        "programme_names": {a: (programmes.get(a) or {}).get("name") for a in model.arms[1:]},
        "members": members,
        "propensity_file": "propensity.onnx",
        "abstention": {"max_missing_key_features": model.config.max_missing_key_features,
                       "propensity_trim": model.config.propensity_trim,
                       "feature_ranges": feature_ranges(model)},
        "training_citizens": {"file": "training_citizens.json", "count": n_hashed,
                              "key_fingerprint": key_fingerprint(key)},
        "seed": model.seed,
        "onnx_max_abs_difference": differences,
        "config": model.config.to_json(),
    }
    write_manifest(out, manifest)
    return manifest


def write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    text = json.dumps(manifest, indent=2, ensure_ascii=False, default=float)
    (out / "manifest.json").write_text(text + "\n", encoding="utf-8")
