"""Central training at scale: partitioned Parquet bundles, the Dask engine, progress, benchmarks.

See docs/central-training.md. Nothing here is imported by the laptop app.
"""
