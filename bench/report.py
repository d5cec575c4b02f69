"""Collects benchmark figures and writes them as a readable table and as JSON.

A benchmark module in this folder is named `bench_*.py` and exposes `run(report: BenchReport)`.
Ratios against a baseline are computed from two measurements taken in the same process, since
machines here are noisy.
"""

from __future__ import annotations

import json
import platform
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Figure:
    group: str
    name: str
    value: float
    unit: str
    target: str = ""
    passed: bool | None = None
    note: str = ""


@dataclass
class BenchReport:
    figures: list[Figure] = field(default_factory=list)

    def add(
        self,
        group: str,
        name: str,
        value: float,
        unit: str,
        *,
        target: str = "",
        passed: bool | None = None,
        note: str = "",
    ) -> Figure:
        figure = Figure(group, name, float(value), unit, target, passed, note)
        self.figures.append(figure)
        print(f"  {group} / {name}: {_fmt(value)} {unit} {target} {_verdict(passed)}", flush=True)
        return figure

    def table(self) -> str:
        rows = [("group", "measure", "value", "unit", "target", "ok", "note")]
        for f in self.figures:
            rows.append(
                (f.group, f.name, _fmt(f.value), f.unit, f.target, _verdict(f.passed), f.note)
            )
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(line.rstrip() for line in lines)

    def write_json(self, path: Path) -> None:
        payload = {
            "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "machine": {"python": platform.python_version(), "platform": platform.platform()},
            "figures": [asdict(f) for f in self.figures],
        }
        path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _fmt(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.4f}"


def _verdict(passed: bool | None) -> str:
    return "" if passed is None else ("yes" if passed else "NO")
