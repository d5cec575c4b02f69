"""Encoding one job title with the shipped title encoder, on one core: p50/p95 (<= 5 ms).

Each measurement is one `encode([title])` call as the app makes it for a previous job: the
hashed features in Python plus one onnxruntime run (one intra-op thread). Titles are the
queries of the MELO sets (their text only). The process is pinned to one core in a child
process, so the rest of the bench keeps both cores.
"""

from __future__ import annotations

import multiprocessing
import os
import time

import numpy as np

from bench.melo_eval import MELO_DIR, melo_sets
from bench.report import BenchReport
from desktop_app.matching import melo_files
from desktop_app.matching.sentence_encoder import SentenceEncoder

N_TITLES = 1000
_forked: dict[str, SentenceEncoder] = {}  # handed to the child by fork, not by pickling


def _titles() -> list[str]:
    titles: list[str] = []
    for folder in melo_sets(MELO_DIR):
        titles.extend(t for _, t in melo_files.read_pairs(folder / "queries.tsv"))
    return sorted(set(titles))[:: max(1, len(set(titles)) // N_TITLES)][:N_TITLES]


def _timings(titles: list[str]) -> list[float]:
    encoder = _forked["encoder"]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    encoder.encode(titles[:50])  # warm: caches and onnxruntime's first-run set-up
    out = []
    for title in titles:
        started = time.perf_counter()
        encoder.encode([title])
        out.append(time.perf_counter() - started)
    return out


def measure(report: BenchReport, encoder: SentenceEncoder | None) -> None:
    group = "title encoder (one title, 1 core)"
    if encoder is None:
        report.add(group, "p95 encode", float("nan"), "ms", note="no title encoder shipped")
        return
    titles = _titles()
    _forked["encoder"] = encoder
    with multiprocessing.get_context("fork").Pool(1) as pool:
        timings = np.array(pool.apply(_timings, (titles,))) * 1000
    p50, p95 = np.percentile(timings, [50, 95])
    report.add(
        group,
        "p95 encode",
        p95,
        "ms",
        target="<= 5 ms",
        passed=bool(p95 <= 5.0),
        note=f"p50 {p50:.2f} ms over {len(titles)} titles, load {os.getloadavg()[0]:.1f}",
    )
