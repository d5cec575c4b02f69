"""The codes the Qt-free core answers with, for the one place that words them
(`views/words/`): why the model abstained."""

from __future__ import annotations

from desktop_app.scoring.support import (
    MISSING_KEY_DATA,
    NO_COMPARISON_GROUP,
    OUTSIDE_TRAINING_RANGE,
    Abstention,
)

__all__ = ["MISSING_KEY_DATA", "NO_COMPARISON_GROUP", "OUTSIDE_TRAINING_RANGE", "Abstention"]
