"""Benchmarks for competence matching: MELO job-title normalisation and vacancy-ranking latency.

MELO: our ranker vs the char TF-IDF baseline, both run here, on the reported split (queries
whose SHA-256 id hash puts them outside the ~30% development split used for tuning), with a
paired bootstrap 95% interval of the MRR difference. Target: >= +0.03 MRR with the interval > 0.
Then per-case job matching on the demo cache (bench/case_jobs_latency.py, p95 < 50 ms) and
vacancy-ranking latency (bench/vacancy_latency.py): 50,000 vacancies, p95 < 50 ms.
"""

from __future__ import annotations

import time

from bench.case_jobs_latency import measure as measure_case_jobs
from bench.melo_eval import MELO_SETS, evaluate
from bench.report import BenchReport
from bench.vacancy_latency import measure as measure_latency
from desktop_app.matching import title_evaluation as te

E5_LARGE = {"dnk_q_da_c_da": 0.598, "nld_q_nl_c_nl": 0.506}


def _melo(report: BenchReport) -> None:
    for name in MELO_SETS:
        for split in ("dev", "reported"):
            started = time.perf_counter()
            result = evaluate(name, split)
            ours, base = te.summarise(result.ours), te.summarise(result.baseline)
            group = f"MELO {name} ({split}, n={ours.n_queries})"
            e5 = f"multilingual-e5-large {E5_LARGE[name]:.3f} (all queries)"
            report.add(group, "MRR ours", ours.mrr, "", note=e5)
            report.add(group, "MRR char TF-IDF", base.mrr, "")
            report.add(
                group,
                "Acc@1 ours / baseline",
                ours.acc_at_1,
                "",
                note=f"baseline {base.acc_at_1:.3f}",
            )
            report.add(
                group,
                "Acc@10 ours / baseline",
                ours.acc_at_10,
                "",
                note=f"baseline {base.acc_at_10:.3f}",
            )
            diff, low, high = te.paired_bootstrap(result.ours, result.baseline)
            passed = diff >= 0.03 and low > 0 if split == "reported" else None
            report.add(
                group,
                "MRR difference",
                diff,
                "",
                target=">= 0.03, CI > 0",
                passed=passed,
                note=f"95% CI [{low:.3f}, {high:.3f}], {time.perf_counter() - started:.0f} s",
            )


def run(report: BenchReport) -> None:
    _melo(report)
    measure_case_jobs(report)
    measure_latency(report)  # last: it pins this process to one core
