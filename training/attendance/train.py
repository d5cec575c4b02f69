"""Train, export and evaluate the attendance model; write the ONNX file and its model card.

Evaluation runs the exported ONNX file itself on held-out citizens, so the card describes the
artefact the app loads. When the demo's true attendance probabilities are available, the card
also compares the model with them on the same held-out appointments.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
import pandas as pd

from training.attendance.config import AttendanceConfig
from training.attendance.dataset import AttendanceDataset, build_dataset
from training.attendance.fit import fit_logistic
from training.attendance.metrics import evaluate
from training.attendance.onnx_export import to_onnx

MODEL_FILE = "attendance.onnx"
CARD_FILE = "attendance_model_card.json"
TRUTH_FILE = "truth_attendance.jsonl"
AUC_SHARE_BAR = 0.95
SLOPE_BAR = (0.9, 1.1)


def train_attendance(
    bundle: Path, out: Path, config: AttendanceConfig, truth: Path | None = None
) -> dict[str, Any]:
    data = build_dataset(bundle, config)
    train = ~data.holdout
    params = fit_logistic(data.x[train], data.y[train], config.l2_strength)
    columns = data.spec.columns
    bands = config.risk_bands or tertile_bands(1 - params.predict(data.x[train]))
    metadata = {
        "kind": "attendance",
        "version": datetime.now(UTC).strftime("%Y%m%d%H%M%S"),
        "kinds": list(data.spec.kinds),
        "allow_health": data.spec.allow_health,
        "attributes": list(data.spec.attributes),
        "host_language": data.host_language,
        "meeting_place": list(data.meeting_place) if data.meeting_place else None,
        "risk_bands": list(bands),
    }
    out.mkdir(parents=True, exist_ok=True)
    model_path = out / MODEL_FILE
    model_path.write_bytes(to_onnx(params, columns, metadata))

    session = ort.InferenceSession(str(model_path), providers=["CPUExecutionProvider"])
    held = data.holdout
    p_held = session.run(["p_attend"], {"features": data.x[held]})[0][:, 0].astype(float)
    card: dict[str, Any] = {
        "model": "attendance stability (probability an appointment is attended)",
        "file": MODEL_FILE,
        **metadata,
        "learner": "logistic regression, standardised and mean-imputed inputs (light L2)",
        "inputs": list(columns),
        "coefficients": dict(zip(columns, np.round(params.coef, 4).tolist(), strict=True)),
        "data": {
            "appointments": len(data.y),
            "citizens": int(data.rows["citizen_id"].nunique()),
            "train_appointments": int(train.sum()),
            "held_out_appointments": int(held.sum()),
            "held_out_citizens": int(data.rows.loc[held, "citizen_id"].nunique()),
        },
        "held_out": evaluate(data.y[held], p_held),
        "never_inputs": ["gender", "country_of_birth"],
        "risk_bands_rule": "set in the training configuration"
        if config.risk_bands
        else "tertiles of the training appointments' predicted no-show risk, rounded to 0.05",
        "notes": _notes(data),
    }
    truth_path = truth or _find_truth(bundle)
    if truth_path is not None:
        card["against_truth"] = _against_truth(data, p_held, truth_path)
    (out / CARD_FILE).write_text(json.dumps(card, indent=1), encoding="utf-8")
    return card


def _notes(data: AttendanceDataset) -> list[str]:
    notes = [
        "Features use only data dated before the appointment (earlier appointments, "
        "assessments dated on or before it, the spell running then).",
        "Evaluated on citizens held out of training (split by citizen).",
    ]
    if data.spec.allow_health:
        notes.append(
            "Health limitation is an input: the training configuration allowed it "
            "(special-category data, GDPR Art. 9)."
        )
    else:
        notes.append(
            "Health limitation is not an input (the default): it is special-category data "
            "(GDPR Art. 9), and on the demo municipality the model meets the bar without it."
        )
    notes.append(
        "The app shows a band (low / medium / high no-show risk) with up to three main "
        "reasons, never a verdict; the band describes the appointment, not the citizen."
    )
    return notes


def tertile_bands(no_show_risk: np.ndarray) -> list[float]:
    low, high = np.round(np.quantile(no_show_risk, [1 / 3, 2 / 3]) * 20) / 20
    high = max(high, low + 0.05)  # two distinct cuts even when risks barely vary
    return [float(np.clip(low, 0.05, 0.9)), float(np.clip(high, 0.1, 0.95))]


def _find_truth(bundle: Path) -> Path | None:
    for candidate in (bundle / TRUTH_FILE, bundle.parent / TRUTH_FILE):
        if candidate.exists():
            return candidate
    return None


def _against_truth(data: AttendanceDataset, p_held: np.ndarray, path: Path) -> dict[str, Any]:
    truth = pd.read_json(path, lines=True, dtype={"citizen_id": str, "kind": str})
    truth["date"] = pd.to_datetime(truth["date"])
    held = data.rows[data.holdout].reset_index(drop=True).assign(p_model=p_held)
    held["citizen_id"] = held["citizen_id"].astype(str)
    joined = held.merge(
        truth[["citizen_id", "date", "kind", "p"]],
        on=["citizen_id", "date", "kind"],
        how="inner",
        validate="one_to_one",
    )
    if joined.empty:
        return {"matched": 0, "note": f"{path.name}: no held-out appointment matched"}
    y = joined["attended"].astype(bool).astype(int).to_numpy()
    model = evaluate(y, joined["p_model"].to_numpy())
    true = evaluate(y, joined["p"].to_numpy())
    share = model["roc_auc"] / true["roc_auc"]
    slope = model["calibration_slope"]
    return {
        "matched": len(joined),
        "model_roc_auc": model["roc_auc"],
        "truth_roc_auc": true["roc_auc"],
        "auc_share_of_truth": share,
        "calibration_slope": slope,
        "calibration_intercept": model["calibration_intercept"],
        "truth_pr_auc_no_show": true["pr_auc_no_show"],
        "meets_bar": bool(share >= AUC_SHARE_BAR and SLOPE_BAR[0] <= slope <= SLOPE_BAR[1]),
        "bar": f"ROC-AUC >= {AUC_SHARE_BAR:.0%} of the true probabilities' ROC-AUC, "
        f"calibration slope {SLOPE_BAR[0]}-{SLOPE_BAR[1]}",
    }
