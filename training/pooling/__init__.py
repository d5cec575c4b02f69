"""Pooled training without pooling names: municipalities' pseudonymised training extracts with
their data-sharing manifests, and the lineage a pooled model records (docs/pooled-training.md).
"""
