"""A model loader that takes its time (in the case-detail child), for tests of closing."""

from __future__ import annotations

import time

from desktop_app.trust.errors import ModelUnavailable


def slow_loader(seconds: float) -> None:
    time.sleep(seconds)
    raise ModelUnavailable("no model is installed (a slow test loader)")
