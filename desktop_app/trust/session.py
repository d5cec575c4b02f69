"""Opens onnxruntime sessions on model package files: CPU execution provider only, no custom ops.

onnxruntime can load native custom-operator libraries and use GPU providers; neither is ever
asked for here, and the session is checked to run on the CPU provider alone. The model is
loaded from the bytes `PackageFiles.onnx_bytes` returns (checked and, on the laptop, verified
against their signed hash), and external data is resolved inside the package folder: loaded
from bytes, onnxruntime would otherwise look next to the working directory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.trust.errors import ModelUnavailable

if TYPE_CHECKING:
    from desktop_app.trust.installed import VerifiedModel
    from desktop_app.trust.package_files import PackageFiles

CPU_ONLY = ["CPUExecutionProvider"]
EXTERNAL_DATA_FOLDER = "session.model_external_initializers_file_folder_path"


def onnx_session(files: PackageFiles, name: str, data: bytes | None = None):
    """An `onnxruntime.InferenceSession` for package file `name` (one thread, CPU only).

    `data` is `files.onnx_bytes(name)` when the caller has already read it (to parse it too).
    """
    import onnxruntime  # heavy; only when a model is actually used

    if data is None:
        data = files.onnx_bytes(name)
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # errors only; warnings would reach the caseworker's log
    # one case at a time: a thread pool only adds threads that spin after each run, taking a
    # core from the GUI thread while a case opens
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry(EXTERNAL_DATA_FOLDER, str(files.directory))
    session = onnxruntime.InferenceSession(data, sess_options=options, providers=CPU_ONLY)
    if session.get_providers() != CPU_ONLY:
        raise ModelUnavailable(f"onnxruntime chose providers {session.get_providers()}; CPU only")
    return session


def open_inference_session(model: VerifiedModel, name: str = "model.onnx"):
    """Return an `onnxruntime.InferenceSession` for `name` of a verified, usable model."""
    if model.withdrawn:
        reason = model.withdrawn_reason or "no reason given"
        raise ModelUnavailable(f"model version {model.version} was withdrawn: {reason}",
                               "withdrawn")
    return onnx_session(model, name)
