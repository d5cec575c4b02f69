"""`wayfinder-admin titles rank`: rank occupation labels for job titles (MELO file formats).

Reads a corpus of occupation labels, the label -> concept URI mapping and the queries, and
writes `query_id<TAB>element_id<TAB>rank<TAB>score` lines. It never reads relevance judgements:
evaluation is a separate step (see `bench/bench_matching.py`).

The ranking is the app's: lexical (with lemmas and stems of the labels' language) blended with
the title encoder of the verified installed model package (`make model-install` installs the
shipped one), or of a folder written by `train-title-encoder` (`--encoder`). The languages of
the labels and of the titles are read from the element ids ("C000001_da_000") or detected, and
can be given; when they differ, the encoder carries more of the score. What was used is
printed, so a lexical-only run is never mistaken for the hybrid.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.admin.cli import command_group
from desktop_app.admin.errors import AdminError

if TYPE_CHECKING:
    from desktop_app.matching.sentence_encoder import SentenceEncoder


def register(subparsers: argparse._SubParsersAction) -> None:
    group = command_group(subparsers, "titles", "Normalise free-text job titles to occupations.")
    rank = group.add_parser(
        "rank",
        help="rank a corpus of occupation labels for each job title (MELO formats)",
        description=(
            "For each query (query_id<TAB>title) rank the corpus elements (element_id<TAB>label), "
            "grouping labels that share a concept URI in the mapping (element_id<TAB>URI). "
            "Writes query_id<TAB>element_id<TAB>rank<TAB>score lines to --out."
        ),
    )
    rank.add_argument("--corpus", type=Path, required=True, help="corpus_elements.tsv")
    rank.add_argument("--mapping", type=Path, required=True, help="concept_mapping.tsv")
    rank.add_argument("--queries", type=Path, required=True, help="queries.tsv")
    rank.add_argument("--out", type=Path, required=True, help="run file to write")
    rank.add_argument("--top", type=int, default=100, help="elements per query (default 100)")
    rank.add_argument("--language", default="", help="language of the labels (default: detect)")
    rank.add_argument(
        "--query-language", default="", help="language of the titles (default: detect)"
    )
    source = rank.add_mutually_exclusive_group()
    source.add_argument(
        "--encoder", type=Path, help="title encoder folder (default: the installed model's)"
    )
    source.add_argument("--lexical-only", action="store_true", help="use no title encoder")
    rank.set_defaults(handler=run_rank)


def run_rank(args: argparse.Namespace) -> int:
    from desktop_app.matching.melo_files import MeloFormatError, read_pairs, write_run
    from desktop_app.matching.title_language import (
        CROSS_LANGUAGE_COVERAGE,
        detect_language,
        has_letters,
        language_of_elements,
        scripts_no_label_uses,
        word_coverage,
    )
    from desktop_app.matching.title_ranker import TitleRanker

    if args.top < 1:
        raise AdminError("--top must be at least 1")
    try:
        corpus = read_pairs(args.corpus)
        mapping = dict(read_pairs(args.mapping))
        queries = read_pairs(args.queries)
    except MeloFormatError as error:
        raise AdminError(str(error)) from error
    if not corpus:
        raise AdminError(f"{args.corpus}: the corpus has no elements")
    unmapped = [element for element, _ in corpus if element not in mapping]
    if unmapped:
        raise AdminError(
            f"{args.mapping}: {len(unmapped)} corpus element(s) have no concept, "
            f"e.g. {unmapped[0]!r}"
        )
    language = args.language or language_of_elements(e for e, _ in corpus)
    language = language or detect_language(label for _, label in corpus)
    query_language = args.query_language or detect_language(title for _, title in queries)
    coverage = word_coverage((t for _, t in queries), (label for _, label in corpus))
    cross = (
        language != query_language  # both given: believe them
        if args.language and args.query_language
        else coverage < CROSS_LANGUAGE_COVERAGE  # else the words decide, not a guessed name
    )
    encoder = None if args.lexical_only else _encoder(args.encoder)
    ranker = TitleRanker(
        [label for _, label in corpus],
        [mapping[e] for e, _ in corpus],
        language=language,
        encoder=encoder,
        query_language=query_language,
        cross_language=cross,
    )
    print(
        f"labels in {language or 'an unknown language'}, titles in "
        f"{query_language or 'an unknown language'} ({coverage:.0%} of their words are the "
        f"labels' words: {'another' if cross else 'the same'} language); "
        + (
            f"{encoder.name}, share {ranker.encoder_weight:.2f}"
            if encoder is not None
            else "lexical only (no title encoder)"
        )
    )
    unmatched = scripts_no_label_uses((t for _, t in queries), (label for _, label in corpus))
    for script, count in sorted(unmatched.items()):
        print(
            f"{count} of {len(queries)} titles are written in {script} script, which no label "
            "uses; neither the lexical ranker nor the title encoder (trained on the taxonomy's "
            "labels) has seen it, so their rankings are not meaningful"
        )
    letterless = [query_id for query_id, title in queries if not has_letters(title)]
    if letterless:
        shown = ", ".join(letterless[:10]) + (", ..." if len(letterless) > 10 else "")
        print(f"{len(letterless)} of {len(queries)} titles have no letters ({shown}); not ranked")
        queries = [(query_id, title) for query_id, title in queries if has_letters(title)]
    ranked = ranker.rank([title for _, title in queries], top=args.top)
    rows = (
        (query_id, corpus[hit.element][0], rank, hit.score)
        for (query_id, _), hits in zip(queries, ranked, strict=True)
        for rank, hit in enumerate(hits, start=1)
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    count = write_run(args.out, rows)
    print(
        f"ranked {len(queries)} queries against {len(corpus)} labels: {count} lines in {args.out}"
    )
    return 0


def _encoder(folder: Path | None) -> SentenceEncoder | None:
    from desktop_app.matching.sentence_encoder import (
        EncoderUnavailable,
        installed_title_encoder,
        load_encoder_folder,
    )

    if folder is None:
        encoder = installed_title_encoder()
        if encoder is None:
            print(
                "no title encoder in a verified installed model package (install one with "
                "'wayfinder-admin models update --from models_onnx'); ranking lexically"
            )
        return encoder
    try:
        return load_encoder_folder(folder)
    except EncoderUnavailable as error:
        raise AdminError(str(error)) from error
