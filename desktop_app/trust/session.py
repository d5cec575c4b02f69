"""Opens an onnxruntime session on a verified model: CPU execution provider only, no custom ops.

onnxruntime can load native custom-operator libraries and use GPU providers; neither is ever
asked for here, and the session is checked to run on the CPU provider alone.
"""

from __future__ import annotations

from desktop_app.trust.errors import ModelUnavailable
from desktop_app.trust.installed import VerifiedModel

CPU_ONLY = ["CPUExecutionProvider"]


def open_inference_session(model: VerifiedModel, name: str = "model.onnx"):
    """Return an `onnxruntime.InferenceSession` for `name` of a verified, usable model."""
    import onnxruntime  # heavy; only when a model is actually used

    if model.withdrawn:
        reason = model.withdrawn_reason or "no reason given"
        raise ModelUnavailable(f"model version {model.version} was withdrawn: {reason}",
                               "withdrawn")
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # errors only; warnings would reach the caseworker's log
    session = onnxruntime.InferenceSession(
        str(model.path(name)), sess_options=options, providers=CPU_ONLY
    )
    if session.get_providers() != CPU_ONLY:
        raise ModelUnavailable(f"onnxruntime chose providers {session.get_providers()}; CPU only")
    return session
