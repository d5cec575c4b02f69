"""How the title encoder's share in the hybrid was chosen: dev-split MRR over a grid.

    python -m bench.tune_title_hybrid ENCODER_DIR [MELO_DIR]

Only the development queries (title_evaluation.is_development_query) are scored; the reported
queries are never read here. Sets whose titles are in the labels' language choose
`encoder_weight`, the others `encoder_weight_cross` (the best mean dev MRR over those sets);
the chosen values are written into RankerSettings by hand, with this output in the commit.
The rule, fixed before the shipped encoder was scored: the SMALLEST share whose mean dev MRR is
within TOLERANCE of the best, so the lexical ranker keeps as much say as the dev split allows
(a safety net on languages and registers the dev split does not show).
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

import numpy as np

from bench.melo_eval import melo_sets
from bench.melo_sets import MeloSet, read_melo_set
from desktop_app.matching import title_evaluation as te
from desktop_app.matching.sentence_encoder import load_encoder_folder
from desktop_app.matching.title_ranker import TitleRanker

MELO_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "melo"
GRID = tuple(round(x, 2) for x in np.arange(0.0, 1.0001, 0.05))
TOLERANCE = 0.005


def dev_mrr_by_share(melo: MeloSet, encoder_dir: Path) -> dict[float, float]:
    """Dev-split MRR of the hybrid at every share of GRID (one process per set)."""
    encoder = load_encoder_folder(encoder_dir)
    ranker = TitleRanker(
        [label for _, label in melo.corpus],
        melo.concepts,
        language=melo.language,
        encoder=encoder,
        query_language=melo.query_language,
        cross_language=melo.cross_language,
    )
    queries = melo.split("dev")
    ids = [q for q, _ in queries]
    out: dict[float, np.ndarray] = {share: np.zeros(len(queries)) for share in GRID}
    for start in range(0, len(queries), 128):
        batch = ranker.expanded([t for _, t in queries[start : start + 128]])
        lexical, cosine = ranker.lexical_scores(batch), ranker.encoder_scores(batch)
        for share in GRID:
            hits = ranker.rank_scores(ranker.blend(lexical, cosine, share))
            ranked = {
                ids[start + row]: [melo.corpus[h.element][0] for h in hs]
                for row, hs in enumerate(hits)
            }
            batch_ids = ids[start : start + len(batch)]
            out[share][start : start + len(batch)] = te.reciprocal_ranks(
                ranked, melo.relevant, batch_ids
            )
    return {share: float(rr.mean()) for share, rr in out.items()}


def _one_set(folder: Path, encoder_dir: Path) -> tuple[str, bool, dict[float, float]]:
    melo = read_melo_set(folder)
    return melo.name, melo.cross_language, dev_mrr_by_share(melo, encoder_dir)


def main(argv: list[str]) -> int:
    encoder_dir = Path(argv[0])
    melo_dir = Path(argv[1]) if len(argv) > 1 else MELO_DIR
    folders = melo_sets(melo_dir)  # one process per set: they are independent
    with multiprocessing.get_context("fork").Pool(len(folders)) as pool:
        results = pool.starmap(_one_set, [(folder, encoder_dir) for folder in folders])
    table = {name: by_share for name, _, by_share in results}
    cross = {name: is_cross for name, is_cross, _ in results}
    for name, by_share in table.items():
        best = max(by_share, key=by_share.__getitem__)
        print(f"{name}: best share {best} (dev MRR {by_share[best]:.4f})", flush=True)
    print("share  " + "  ".join(f"{name:>14}" for name in table))
    for share in GRID:
        print(f"{share:5.2f}  " + "  ".join(f"{table[n][share]:14.4f}" for n in table))
    for is_cross, setting in ((False, "encoder_weight"), (True, "encoder_weight_cross")):
        names = [n for n in table if cross[n] == is_cross]
        if names:
            mean = {s: float(np.mean([table[n][s] for n in names])) for s in GRID}
            top = max(mean.values())
            chosen = min(s for s in GRID if mean[s] >= top - TOLERANCE)
            print(
                f"{setting} = {chosen} (mean dev MRR {mean[chosen]:.4f}; best {top:.4f}) "
                f"over {', '.join(names)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
