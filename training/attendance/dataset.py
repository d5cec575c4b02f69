"""Appointments of a bundle as a training set: features as of each date, attended or not."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_app.journeys.attendance_design import DesignSpec, design_matrix, kinds_in
from desktop_app.journeys.attendance_features import appointment_features
from desktop_app.journeys.profile import host_language
from desktop_app.journeys.records import JourneyRecords, read_bundle_tables
from training.attendance.config import AttendanceConfig


@dataclass
class AttendanceDataset:
    rows: pd.DataFrame  # citizen_id, date, kind, attended
    raw: pd.DataFrame
    x: np.ndarray
    y: np.ndarray  # 1 = attended
    holdout: np.ndarray  # bool per row: citizen kept out of training
    spec: DesignSpec
    host_language: str | None
    meeting_place: tuple[float, float] | None


def default_meeting_place(records: JourneyRecords) -> tuple[float, float] | None:
    """Where most programmes run (in practice the jobcentre), when the config names none."""
    places = (
        records.programmes[["lat", "lon"]]
        if {"lat", "lon"} <= set(records.programmes.columns)
        else pd.DataFrame()
    )
    places = places.dropna()
    if places.empty:
        return None
    lat, lon = places.value_counts().index[0]
    return float(lat), float(lon)


def holdout_citizens(citizen_ids: pd.Series, share: float, seed: int) -> np.ndarray:
    """Stable split by citizen (hash of seed and id), so no person is in both sides."""

    def bucket(cid: str) -> float:
        digest = hashlib.sha256(f"{seed}:{cid}".encode()).digest()
        return int.from_bytes(digest[:8], "big") / 2**64

    unique = pd.Series(citizen_ids.unique())
    chosen = set(unique[unique.map(bucket) < share])
    return citizen_ids.isin(chosen).to_numpy()


def build_dataset(bundle: Path, config: AttendanceConfig) -> AttendanceDataset:
    records = read_bundle_tables(bundle)
    rows = records.appointments.reset_index(drop=True)
    rows = rows[rows["attended"].notna()].reset_index(drop=True)
    if rows.empty:
        raise ValueError(f"{bundle}: no appointments with a known attendance to learn from")
    language = config.host_language or host_language(records)
    place = tuple(config.meeting_place) if config.meeting_place else default_meeting_place(records)
    raw = appointment_features(
        records,
        rows,
        host_language=language,
        meeting_place=place,
        allow_health=config.allow_health_limitation,
        attributes=config.attributes_allowlist,
    )
    spec = DesignSpec(
        kinds_in(raw), config.allow_health_limitation, tuple(config.attributes_allowlist)
    )
    return AttendanceDataset(
        rows=rows[["citizen_id", "date", "kind", "attended"]],
        raw=raw,
        x=design_matrix(raw, spec),
        y=rows["attended"].astype(bool).astype(int).to_numpy(),
        holdout=holdout_citizens(rows["citizen_id"], config.holdout_share, config.seed),
        spec=spec,
        host_language=language,
        meeting_place=place,  # type: ignore[arg-type]
    )
