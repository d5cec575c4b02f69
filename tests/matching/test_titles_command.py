"""`wayfinder-admin titles rank`: output format and clear errors on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.admin.commands import titles
from tests.matching.admin_cli import run_admin


def _write(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    return path


def _inputs(tmp_path: Path) -> list[str]:
    corpus = _write(
        tmp_path / "corpus_elements.tsv",
        [
            ("C1_da_000", "tømrer"),
            ("C1_da_001", "bygningstømrer"),
            ("C2_da_000", "bager"),
            ("C3_da_000", "sygeplejerske"),
        ],
    )
    mapping = _write(
        tmp_path / "concept_mapping.tsv",
        [
            ("C1_da_000", "urn:occ:carpenter"),
            ("C1_da_001", "urn:occ:carpenter"),
            ("C2_da_000", "urn:occ:baker"),
            ("C3_da_000", "urn:occ:nurse"),
        ],
    )
    queries = _write(tmp_path / "queries.tsv", [("Q1", "Tømrer"), ("Q2", "Bagere")])
    return ["--corpus", str(corpus), "--mapping", str(mapping), "--queries", str(queries)]


def test_writes_query_element_rank_score_lines(tmp_path: Path) -> None:
    out = tmp_path / "run.tsv"
    argv = ["titles", "rank", *_inputs(tmp_path), "--out", str(out), "--top", "3"]
    assert run_admin(titles, argv) == 0
    lines = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 6
    assert lines[0][:3] == ["Q1", "C1_da_000", "1"]
    assert [r for q, _, r, _ in lines if q == "Q1"] == ["1", "2", "3"]
    assert lines[3][:3] == ["Q2", "C2_da_000", "1"]
    for query_id, _, rank, score in lines:
        assert query_id in {"Q1", "Q2"} and int(rank) >= 1
        float(score)
    q1_scores = [float(s) for q, _, _, s in lines if q == "Q1"]
    assert q1_scores == sorted(q1_scores, reverse=True)


def test_never_reads_annotations(tmp_path: Path) -> None:
    (tmp_path / "annotations.tsv").write_text("this is not a qrels file\n", encoding="utf-8")
    out = tmp_path / "run.tsv"
    assert run_admin(titles, ["titles", "rank", *_inputs(tmp_path), "--out", str(out)]) == 0


def test_unmapped_element_is_named(tmp_path: Path, capsys) -> None:
    args = _inputs(tmp_path)
    _write(tmp_path / "concept_mapping.tsv", [("C1_da_000", "urn:occ:carpenter")])
    assert run_admin(titles, ["titles", "rank", *args, "--out", str(tmp_path / "run.tsv")]) == 1
    assert "C1_da_001" in capsys.readouterr().err


def test_malformed_line_names_file_and_line(tmp_path: Path, capsys) -> None:
    args = _inputs(tmp_path)
    (tmp_path / "queries.tsv").write_text("Q1\tTømrer\nQ2 without tab\n", encoding="utf-8")
    assert run_admin(titles, ["titles", "rank", *args, "--out", str(tmp_path / "run.tsv")]) == 1
    assert "queries.tsv:2" in capsys.readouterr().err


def test_titles_without_letters_are_not_ranked_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A blank title or one of digits and signs ("1234", "!!!") got occupations before."""
    args = _inputs(tmp_path)
    queries = [("Q1", "Tømrer"), ("Q2", "   "), ("Q3", "1234"), ("Q4", "!!!")]
    args[args.index("--queries") + 1] = str(_write(tmp_path / "queries.tsv", queries))
    out = tmp_path / "run.tsv"
    assert run_admin(titles, ["titles", "rank", *args, "--out", str(out), "--lexical-only"]) == 0
    ranked = {line.split("\t")[0] for line in out.read_text(encoding="utf-8").splitlines()}
    assert ranked == {"Q1"}
    said = capsys.readouterr().out
    assert "3 of 4 titles have no letters (Q2, Q3, Q4); not ranked" in said
