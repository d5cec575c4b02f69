"""Problems found in a bundle, each naming file, line and field."""

from __future__ import annotations

from dataclasses import dataclass

MAX_REPORTED_ERRORS = 1000


@dataclass(frozen=True, order=True)
class BundleIssue:
    file: str
    line: int  # 1-based; 0 when the problem concerns the whole file
    field: str  # dotted path inside the record, "" when not about one field
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}:{self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class BundleError(Exception):
    """The bundle breaks the contract; nothing of it may reach the cache."""

    def __init__(self, errors: list[BundleIssue], truncated: bool = False) -> None:
        self.errors = errors
        self.truncated = truncated
        shown = "\n".join(f"  {e}" for e in errors[:20])
        more = len(errors) - 20
        suffix = f"\n  ... and {more} more" if more > 0 else ""
        if truncated:
            suffix += f"\n  (stopped after {MAX_REPORTED_ERRORS} errors)"
        super().__init__(
            f"the bundle was refused whole ({len(errors)} error(s)); nothing was imported:\n"
            f"{shown}{suffix}"
        )
