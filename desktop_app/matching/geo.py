"""Where records are (own coordinates, else their postcode's centroid) and how far apart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

EARTH_RADIUS_KM = 6371.0088


def postcode_centroids(postcodes: Iterable[Mapping[str, Any]]) -> dict[str, tuple[float, float]]:
    """postcode -> (lat, lon) from contract-shaped postcodes.jsonl records."""
    centroids: dict[str, tuple[float, float]] = {}
    for record in postcodes:
        lat, lon = record.get("lat"), record.get("lon")
        if record.get("postcode") and lat is not None and lon is not None:
            centroids[str(record["postcode"])] = (float(lat), float(lon))
    return centroids


def locate(
    record: Mapping[str, Any], centroids: Mapping[str, tuple[float, float]]
) -> tuple[float, float] | None:
    """The record's own lat/lon, else its postcode centroid, else None (unknown)."""
    lat, lon = record.get("lat"), record.get("lon")
    if lat is not None and lon is not None:
        return float(lat), float(lon)
    postcode = record.get("postcode")
    return centroids.get(str(postcode)) if postcode is not None else None


def haversine_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle distances from one point to many (NaN where a coordinate is unknown)."""
    phi1, phi2 = np.radians(lat), np.radians(lats)
    half_d_phi = np.sin((phi2 - phi1) / 2)
    half_d_lambda = np.sin((np.radians(lons) - np.radians(lon)) / 2)
    a = half_d_phi * half_d_phi + np.cos(phi1) * np.cos(phi2) * half_d_lambda * half_d_lambda
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
