"""Wayfinder: the offline caseworker desktop app (Qt views plus Qt-free domain code)."""

__version__ = "0.1.0"
