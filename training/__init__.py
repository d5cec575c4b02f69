"""Central side of Wayfinder: synthetic demo data, training, ONNX export, model cards, signing.

Never imported by `desktop_app` (an import-linter contract enforces it).
"""
