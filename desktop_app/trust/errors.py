"""Errors of the model-trust chain, each carrying one sentence that names what is wrong."""

from __future__ import annotations


class TrustError(Exception):
    """Base class: a model or its metadata could not be trusted."""


class UpdateRefused(TrustError):
    """An update from the share was refused; the installed model is untouched."""


class UnsafeModel(TrustError):
    """A signed model file failed the ONNX safety checks (domain, opset, caps, external data)."""


MODEL_STATUS_CODES = ("not_installed", "rollback", "failed_verification", "withdrawn",
                      "cannot_load", "not_shown_here")


class ModelUnavailable(TrustError):
    """No verified model can be used right now: `code` (one of MODEL_STATUS_CODES) for the
    screens, which word it in the reader's language; `reason`, one sentence for IT."""

    def __init__(self, reason: str, code: str = "cannot_load") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


class TrustRootError(TrustError):
    """The trust root built into this app is missing or not allowed in this build."""
