"""Poppler command-line tools, as a reader of the PDF would use them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

TOOLS = ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm")


def require_poppler() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.fail(f"poppler tools missing: {missing} (apt-get install poppler-utils)")


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def text(pdf: Path) -> str:
    return run("pdftotext", "-enc", "UTF-8", str(pdf), "-")


def fonts(pdf: Path) -> list[list[str]]:
    lines = run("pdffonts", str(pdf)).splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


def info(pdf: Path) -> dict[str, str]:
    out = {}
    for line in run("pdfinfo", str(pdf)).splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def struct_text(pdf: Path) -> str:
    return run("pdfinfo", "-struct-text", str(pdf))
