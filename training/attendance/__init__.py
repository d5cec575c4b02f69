"""Attendance stability model, trained centrally: will a citizen come to an appointment?

Pipeline: bundle -> appointment features as of each date (`desktop_app.journeys`) -> logistic
regression -> hand-written ONNX graph -> model card with held-out metrics. The app scores it
through `desktop_app.journeys.attendance`.
"""
