"""The demo municipality: a synthetic, reproducible case-exchange bundle with known truth.

`generate.generate_demo` writes the bundle, the demo taxonomy and the ground truth
(`truth.json`, `truth_attendance.jsonl`); README.md in this folder documents the causal model.
"""
