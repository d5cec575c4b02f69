"""Signed model updates on the laptop: fetch from a share, verify with TUF, check, install, load.

Public entry points (Qt-free; the UI and the admin commands call these):
- `desktop_app.trust.installed.load_verified_model(store)` -> `VerifiedModel` or `ModelUnavailable`
- `desktop_app.trust.update.check_for_updates(share_dir, store)` -> `UpdateResult`
- `desktop_app.trust.session.open_inference_session(model, "model.onnx")` (CPU only)
The trust root is built into the app (`trust_root.py`); nothing a user can set changes it.
"""
