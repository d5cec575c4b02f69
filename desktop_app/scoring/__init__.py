"""Programme suggestions in the app: features, eligibility, ONNX scoring, reasons, abstention.

Qt-free and free of training libraries: the same feature builder serves training (central)
and the laptop app, so the two can never disagree.
"""
