"""Attendance stability in the app: the trained ONNX model's band and main reasons.

Loads the attendance model (`attendance.onnx`, written by central training and delivered by
the signed model route), builds each appointment's features with the same function training
used, and reports the chance of a no-show as a band (low / medium / high) with the factors that
push it up most. The band describes risk; it is not a verdict about the citizen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from desktop_app.journeys.attendance_design import DesignSpec, design_matrix, readable
from desktop_app.journeys.attendance_features import appointment_features
from desktop_app.journeys.records import JourneyRecords
from desktop_app.trust.package_files import PackageFiles
from desktop_app.trust.session import onnx_session

MODEL_FILE = "attendance.onnx"

METADATA_KEY = "wayfinder.attendance"
BANDS = ("low", "medium", "high")
# A factor is named as a reason only if it moves the log-odds of attending down this much.
REASON_THRESHOLD = 0.1


class AttendanceModelError(ValueError):
    """The model file is missing, unreadable or not an attendance model."""


@dataclass(frozen=True)
class AttendanceRisk:
    citizen_id: str
    date: str
    kind: str
    p_attend: float
    no_show_risk: float
    band: str
    reasons: tuple[str, ...]


class AttendanceModel:
    """`attendance.onnx` of a model package, read by name (see desktop_app.trust.package_files);
    one thread, CPU only (`onnx_session`)."""

    def __init__(self, files: PackageFiles, name: str = MODEL_FILE) -> None:
        path = files.directory / name
        try:
            self._session = onnx_session(files, name)
        except Exception as exc:  # refused by the safety layer, or onnxruntime's own errors
            raise AttendanceModelError(f"{path}: cannot load the attendance model ({exc})") from exc
        props = self._session.get_modelmeta().custom_metadata_map
        if METADATA_KEY not in props:
            raise AttendanceModelError(f"{path}: not an attendance model (no {METADATA_KEY})")
        meta: dict[str, Any] = json.loads(props[METADATA_KEY])
        self.metadata = meta
        self.spec = DesignSpec(
            tuple(meta["kinds"]), bool(meta["allow_health"]), tuple(meta.get("attributes", ()))
        )
        if list(self.spec.columns) != meta["columns"]:
            raise AttendanceModelError(f"{path}: model columns do not match this app's design")
        place = meta.get("meeting_place")
        self.meeting_place = (float(place[0]), float(place[1])) if place else None
        self.cuts = tuple(float(c) for c in meta["risk_bands"])

    def score(self, records: JourneyRecords, appointments: pd.DataFrame) -> list[AttendanceRisk]:
        """Band and reasons for each appointment row (citizen_id, date, kind)."""
        if appointments.empty:
            return []
        rows = appointments[["citizen_id", "date", "kind"]].reset_index(drop=True)
        raw = appointment_features(
            records,
            rows,
            host_language=self.metadata.get("host_language"),
            meeting_place=self.meeting_place,
            allow_health=self.spec.allow_health,
            attributes=self.spec.attributes,
        )
        x = design_matrix(raw, self.spec)
        p, contributions = self._session.run(["p_attend", "contributions"], {"features": x})
        columns = self.spec.columns
        results = []
        for i, row in enumerate(rows.itertuples(index=False)):
            risk = 1.0 - float(p[i, 0])
            band = BANDS[int(np.searchsorted(self.cuts, risk, side="right"))]
            push = contributions[i]
            worst = [j for j in np.argsort(push) if push[j] <= -REASON_THRESHOLD][:3]
            results.append(
                AttendanceRisk(
                    str(row.citizen_id),
                    pd.Timestamp(row.date).date().isoformat(),
                    str(row.kind),
                    float(p[i, 0]),
                    risk,
                    band,
                    tuple(readable(columns[j]) for j in worst),
                )
            )
        return results
