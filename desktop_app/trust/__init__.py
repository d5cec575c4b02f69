"""Signed model updates on the laptop: fetch from a share, verify with TUF, check, install, load.

Public entry points (Qt-free; the UI and the admin commands call these):
- `desktop_app.trust.installed.load_verified_model(store)` -> `VerifiedModel` or `ModelUnavailable`
- `desktop_app.trust.update.check_for_updates(share_dir, store)` -> `UpdateResult`
- `desktop_app.trust.session.open_inference_session(model, "model.onnx")` (CPU only)
- `desktop_app.trust.clock_guard.reset_clock_guard(store, now, reason)` (IT, after a wrong clock)

Model code never opens a file of a package by path: a `VerifiedModel` is the package's
`PackageFiles` (`package_files.py`), and every model file (suggestion model, attendance model,
title encoder, ...) is read through it by a single safe name listed in the signed metadata
(`read_bytes`, or `onnx_bytes` for files the ONNX safety layer checked), and opened with
`session.onnx_session(files, name)`, which resolves external data inside the package.

The trust root is built into the app (`trust_root.py`, `build_flavour.py`); nothing a user can
set changes it.
"""
