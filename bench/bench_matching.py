"""Benchmarks for job-title matching and vacancy ranking.

MELO: every MELO-format set in ../shared/data/melo (or WAYFINDER_MELO_DIR: any folder of such
sets, or one set), on the development split (used to set the hybrid's weights) and the
reported split (everything else), for our hybrid (lexical + the title encoder shipped in
`models_onnx/`, installed through the verified update path), our lexical ranker alone, and char
TF-IDF run in the same process, with a paired bootstrap 95% interval of the MRR difference.
Targets on the reported split: >= +0.03 MRR over char TF-IDF with the interval above 0, and at
least the best published MRR where one is known (issue 23's table). Then encoding one title
(<= 5 ms on one core), per-case job matching on the demo cache (bench/case_jobs_latency.py,
p95 < 50 ms) and vacancy-ranking latency (bench/vacancy_latency.py): 50,000 vacancies,
p95 < 50 ms.
"""

from __future__ import annotations

import time

from bench.melo_eval import MELO_DIR, evaluate_set, melo_sets, shipped_encoder
from bench.melo_sets import read_melo_set
from bench.report import BenchReport
from bench.title_encoding import measure as measure_encoding
from desktop_app.matching import title_evaluation as te

# best published MRR (issue 23; MELO repository results and the shared data README)
BEST_PUBLISHED = {
    "dnk_q_da_c_da": (0.618, "e5-mistral-7b"),
    "nld_q_nl_c_nl": (0.572, "OpenAI embeddings"),
    "dnk_q_da_c_en": (0.451, "OpenAI embeddings"),
    "nld_q_nl_c_en": (0.451, "OpenAI embeddings"),
    "bel_q_nl_c_nl": (0.626, "OpenAI embeddings"),
    "swe_q_sv_c_sv": (0.429, "e5-mistral-7b"),
    "nor_q_no_c_no": (0.327, "char TF-IDF with lemmas"),
}


def _melo(report: BenchReport) -> None:
    encoder = shipped_encoder()
    for folder in melo_sets(MELO_DIR):
        melo = read_melo_set(folder)
        for split in ("dev", "reported"):
            started = time.perf_counter()
            result = evaluate_set(melo, split, encoder, with_lexical=split == "reported")
            ours, base = te.summarise(result.ours), te.summarise(result.baseline)
            group = (
                f"MELO {melo.name} ({melo.query_language or '?'} -> {melo.language or '?'}, "
                f"{split}, n={ours.n_queries})"
            )
            published = BEST_PUBLISHED.get(melo.name)
            report.add(
                group,
                "MRR ours" + (" (hybrid)" if encoder is not None else " (lexical only)"),
                ours.mrr,
                "",
                target=f">= {published[0]:.3f}" if published and split == "reported" else "",
                passed=ours.mrr >= published[0] if published and split == "reported" else None,
                note=f"best published {published[0]:.3f} ({published[1]})" if published else "",
            )
            if result.lexical is not None:
                report.add(group, "MRR ours, lexical only", float(result.lexical.mean()), "")
            report.add(group, "MRR char TF-IDF", base.mrr, "")
            report.add(group, "Acc@1 ours", ours.acc_at_1, "", note=f"baseline {base.acc_at_1:.3f}")
            report.add(
                group, "Acc@10 ours", ours.acc_at_10, "", note=f"baseline {base.acc_at_10:.3f}"
            )
            diff, low, high = te.paired_bootstrap(result.ours, result.baseline)
            passed = diff >= 0.03 and low > 0 if split == "reported" else None
            report.add(
                group,
                "MRR difference vs char TF-IDF",
                diff,
                "",
                target=">= 0.03, CI > 0" if split == "reported" else "",
                passed=passed,
                note=f"95% CI [{low:.3f}, {high:.3f}], {time.perf_counter() - started:.0f} s",
            )


def run(report: BenchReport) -> None:
    from bench.case_jobs_latency import measure as measure_case_jobs
    from bench.vacancy_latency import measure as measure_latency

    _melo(report)
    measure_encoding(report, shipped_encoder())
    measure_case_jobs(report)
    measure_latency(report)  # last: it pins this process to one core
