"""The driver sends each programme's inputs to the cluster as soon as they are prepared and
keeps none of them (at a million citizens, 24 programmes' inputs are ~4 GB: holding them all
got the driver killed at 12.7 GB)."""

from __future__ import annotations

import dataclasses
import pickle
import weakref
from typing import Any

import numpy as np

from tests.central.conftest import train_model_files
from training.central.engine import LocalEngine, _Pending


def _nbytes(value: Any) -> int:
    if isinstance(value, np.ndarray):
        return value.nbytes
    if dataclasses.is_dataclass(value):
        return sum(_nbytes(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, list | tuple):
        return sum(_nbytes(v) for v in value)
    return 0


class _Sent:
    """A value that went to 'a worker': a copy, as a cluster holds it."""

    def __init__(self, value: Any) -> None:
        self.data = pickle.dumps(value)

    def value(self) -> Any:
        return pickle.loads(self.data)


class SendingEngine(LocalEngine):
    """Runs tasks here, but `put` keeps a copy as a worker would: the caller's object can go.
    Records how many bytes of what was put the driver still holds, at each put."""

    def __init__(self) -> None:
        self.sent: list[tuple[weakref.ref, int]] = []
        self.peak_held = 0

    def put(self, value: Any) -> Any:
        if _nbytes(value):
            self.sent.append((weakref.ref(value), _nbytes(value)))
        held = sum(size for ref, size in self.sent if ref() is not None)
        self.peak_held = max(self.peak_held, held)
        return _Sent(value)

    def submit(self, fn, *args: Any, key: str) -> Any:
        def run(*resolved: Any) -> Any:
            return fn(*(a.value() if isinstance(a, _Sent) else a for a in resolved))

        return _Pending(run, args)


def test_the_driver_holds_at_most_one_programmes_inputs_and_the_model_is_unchanged(
        without_dask, region, small_config, id_key, tmp_path):
    engine = SendingEngine()
    sent = train_model_files(region / "bundle", tmp_path / "sent", small_config, id_key, engine)
    programmes = 2 * 12  # two horizons x the demo's 12 programmes
    per_programme = sum(size for _, size in engine.sent) / programmes
    assert len(engine.sent) >= programmes
    assert engine.peak_held <= 1.5 * per_programme, (engine.peak_held, per_programme)
    assert sent == without_dask
