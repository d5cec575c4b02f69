"""A suggestion model package loaded for scoring: ONNX sessions, schema, manifest, TreeSHAP.

Files are read by name through `PackageFiles` (`desktop_app.trust.package_files`): on the
laptop the verified installed package, centrally a `FolderPackage`. The manifest names the
effect and propensity files; each name must be a single file of the package that passed the
ONNX safety checks. Only onnxruntime's CPU provider is used; no training library is imported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import onnx
import onnxruntime as ort

from desktop_app.scoring.schema import FeatureSchema
from desktop_app.scoring.tree_ensemble import path_tables
from desktop_app.scoring.treeshap import TreeShap
from desktop_app.trust.errors import TrustError
from desktop_app.trust.package_files import PackageFiles
from desktop_app.trust.session import onnx_session

NONE_ARM = "none"


class ModelError(Exception):
    """The model directory is incomplete or not one this app version can use."""


@dataclass
class HorizonPrediction:
    weeks: float
    baseline: np.ndarray  # (n,) chance of the outcome without a programme
    effect: np.ndarray  # (n, programmes) change in that chance per programme
    low: np.ndarray  # (n, programmes) lower end of the interval
    high: np.ndarray


@dataclass
class HorizonModel:
    weeks: float
    session: ort.InferenceSession
    shap: TreeShap
    interval_half_width: dict[str, Any]  # per arm: z * scale and extra_sd


def _session(files: PackageFiles, name: object) -> tuple[ort.InferenceSession, bytes]:
    try:
        data = files.onnx_bytes(name)  # type: ignore[arg-type]  # checked: a single safe name
        return onnx_session(files, str(name), data), data
    except TrustError as error:
        raise ModelError(f"model file refused: {error}") from None


def _json(files: PackageFiles, name: str) -> Any:
    if not files.has(name):
        raise ModelError(f"not a suggestion model package (no {name}): {files.directory}")
    try:
        return json.loads(files.read_bytes(name).decode("utf-8"))
    except TrustError as error:
        raise ModelError(f"{name} refused: {error}") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise ModelError(f"{name} is not valid JSON: {error}") from None


class SuggestionModel:
    def __init__(self, files: PackageFiles) -> None:
        self.files = files
        self.manifest: dict[str, Any] = _json(files, "manifest.json")
        try:
            self.schema = FeatureSchema.from_json(_json(files, "feature_schema.json"))
        except (KeyError, TypeError, ValueError) as error:
            raise ModelError(f"feature_schema.json cannot be used: {error}") from None
        self.arms: list[str] = list(self.manifest["arms"])
        self.programmes: list[str] = [a for a in self.arms if a != NONE_ARM]
        self.primary_horizon = float(self.manifest["primary_horizon"])
        self.horizons: dict[float, HorizonModel] = {}
        for entry in self.manifest["horizons"]:
            weeks = float(entry["weeks"])
            session, data = _session(files, entry["file"])
            shap = TreeShap(path_tables(onnx.load_from_string(data), "effect"),
                            len(self.schema.features))
            self.horizons[weeks] = HorizonModel(weeks, session, shap, entry["interval"])
        self.propensity_session, _ = _session(files, self.manifest["propensity_file"])
        self.members = int(self.manifest["members"])

    def predict(self, X: np.ndarray) -> dict[float, HorizonPrediction]:
        X = np.ascontiguousarray(X, dtype=np.float64).reshape(-1, len(self.schema.features))
        out = {}
        for weeks, horizon in self.horizons.items():
            baseline, effect, members = horizon.session.run(
                ["baseline", "effect", "effect_members"], {"features": X})
            effect = effect.astype(np.float64)
            members = members.astype(np.float64).reshape(len(X), len(self.programmes), -1)
            half = interval_half_width(horizon.interval_half_width, self.programmes, members)
            out[weeks] = HorizonPrediction(weeks, baseline[:, 0].astype(np.float64), effect,
                                           effect - half, effect + half)
        return out

    def propensity(self, X: np.ndarray) -> np.ndarray:
        X = np.ascontiguousarray(X, dtype=np.float64).reshape(-1, len(self.schema.features))
        return self.propensity_session.run(["propensity"], {"features": X})[0].astype(np.float64)

    def explain(self, x: np.ndarray, weeks: float) -> tuple[np.ndarray, np.ndarray]:
        """(base value per programme, contributions (programmes, features)) of the effects."""
        shap = self.horizons[weeks].shap
        return shap.base_values, shap.contributions(np.asarray(x, dtype=np.float64))


def interval_half_width(interval: dict[str, Any], programmes: list[str],
                members: np.ndarray) -> np.ndarray:
    """z * sqrt(scale^2 * moderated spread^2 + extra_sd^2) per case and programme.

    `members` is (n, programmes, K). One case's spread over K replicates has only K - 1
    degrees of freedom, so it is pooled with the arm's mean spread over the training data
    (`prior_df` degrees of freedom); older models without these keys use the raw spread."""
    k = members.shape[2]
    variance = members.var(axis=2, ddof=1) if k > 1 else np.zeros(members.shape[:2])
    prior_df = float(interval.get("prior_df", 0.0))
    if prior_df > 0 and k > 1:
        mean = np.array([interval.get("mean_spread", {}).get(a, 0.0) for a in programmes])
        variance = ((k - 1) * variance + prior_df * mean ** 2) / (k - 1 + prior_df)
    z = float(interval["z"])
    scale = np.array([interval["scale"].get(a, 1.0) for a in programmes])
    extra = np.array([interval["extra_sd"].get(a, 0.0) for a in programmes])
    return z * np.sqrt(scale ** 2 * variance + extra ** 2)

