"""Wayfinder: the offline caseworker desktop app (Qt views plus Qt-free domain code)."""

import sys

__version__ = "0.1.0"


def _import_sqlite_utils_without_pandas() -> None:
    """sqlite-utils imports pandas and numpy when they are installed, only to map their types
    when it infers a table's columns from Python values, which Wayfinder never asks it to do
    (every table is made by SQL in `cache.schema`). That import was most of the start-up time
    of a short command such as `wayfinder-admin sheet`; pandas and numpy stay importable for
    the code that uses them, and are loaded when that code runs."""
    if "sqlite_utils" in sys.modules:
        return
    blocked = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # "not installed", for this import
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in blocked:
            del sys.modules[name]


_import_sqlite_utils_without_pandas()
