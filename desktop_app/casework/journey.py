"""The journey screen's vocabulary from the Qt-free core: the timeline's lanes, in order."""

from __future__ import annotations

from desktop_app.journeys.timeline import LANES

__all__ = ["LANES"]
