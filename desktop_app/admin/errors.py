"""Errors that the admin command line reports as one clear sentence (no traceback)."""

from __future__ import annotations


class AdminError(Exception):
    """A failure the person running the command can act on; printed without a traceback."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
