"""The Qt-free service layer: what each screen asks of the case cache, as plain functions
returning plain data (no Qt)."""
