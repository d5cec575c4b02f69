"""Vacancy ranking: the right occupation first, explanations, mobility radius, postcodes."""

from __future__ import annotations

import random

import pytest

from desktop_app.matching.geo import postcode_centroids
from desktop_app.matching.skill_taxonomy import SkillTaxonomy
from desktop_app.matching.vacancy_ranking import VacancyIndex

HOME = (55.6761, 12.5683)  # Copenhagen


def make_vacancies(taxonomy: SkillTaxonomy, per_occupation: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    vacancies = []
    for occupation in sorted(taxonomy.essential):
        optional = taxonomy.optional.get(occupation, [])
        for n in range(per_occupation):
            skills = [{"uri": s, "essential": True} for s in taxonomy.essential[occupation]]
            skills += [{"uri": s, "essential": False} for s in optional if rng.random() < 0.5]
            vacancies.append(
                {
                    "id": f"{occupation.rsplit('/', 1)[-1]}-{n}",
                    "title": taxonomy.label(occupation, "da"),
                    "employer": "Firma",
                    "postcode": None,
                    "lat": HOME[0] + rng.uniform(-0.25, 0.25),
                    "lon": HOME[1] + rng.uniform(-0.4, 0.4),
                    "esco_occupation": occupation,
                    "skills": skills,
                    "hours_per_week": rng.choice([20, 30, 37]),
                }
            )
    return vacancies


@pytest.fixture(scope="module")
def index(taxonomy: SkillTaxonomy) -> VacancyIndex:
    return VacancyIndex(make_vacancies(taxonomy, per_occupation=4), taxonomy)


def test_essential_skills_of_x_rank_x_vacancies_first(
    taxonomy: SkillTaxonomy, index: VacancyIndex
) -> None:
    def nested(occupation: str) -> bool:
        mine = set(taxonomy.essential[occupation])
        return any(
            other != occupation and (set(skills) <= mine or mine <= set(skills))
            for other, skills in taxonomy.essential.items()
        )

    # occupations whose essential skills equal or contain another's cannot be told apart by
    # skills alone (babysitter / child care worker in the demo); every other one must come first
    occupations = [o for o in sorted(taxonomy.essential) if not nested(o)]
    assert len(occupations) >= 2
    for occupation in occupations:
        matches = index.rank(taxonomy.essential[occupation], home=HOME, mobility_km=80, top=4)
        ids = [m.vacancy_id.rsplit("-", 1)[0] for m in matches]
        assert ids == [occupation.rsplit("/", 1)[-1]] * 4, taxonomy.label(occupation)
        assert all(m.coverage > 0.5 and not m.missing_essential for m in matches)


def test_every_match_is_explained(taxonomy: SkillTaxonomy, index: VacancyIndex) -> None:
    occupation = sorted(taxonomy.essential)[0]
    have = set(taxonomy.essential[occupation][:2])
    matches = index.rank(have, home=HOME, mobility_km=80, top=30)
    assert len(matches) == 30
    vacancies = {v["id"]: v for v in index._vacancies}
    for match in matches:
        vacancy = vacancies[match.vacancy_id]
        listed = {s["uri"] for s in vacancy["skills"]}
        explained = set(
            match.matched_essential
            + match.matched_optional
            + match.missing_essential
            + match.missing_optional
        )
        assert explained == listed
        assert set(match.matched_essential + match.matched_optional) <= have
        assert not set(match.missing_essential + match.missing_optional) & have
        assert match.distance_km is not None and 0 <= match.distance_km <= 80
        assert match.hours_per_week in (20, 30, 37)
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


def test_mobility_radius_excludes_far_vacancies_and_postcodes_locate(
    taxonomy: SkillTaxonomy,
) -> None:
    occupation = sorted(taxonomy.essential)[0]
    skills = [{"uri": s, "essential": True} for s in taxonomy.essential[occupation]]
    vacancies = [
        {"id": "near", "postcode": "2100", "skills": skills, "esco_occupation": occupation},
        {"id": "far", "lat": 56.1629, "lon": 10.2039, "skills": skills},  # Aarhus
        {"id": "unknown", "postcode": "9999", "skills": skills},
    ]
    centroids = postcode_centroids(
        [{"postcode": "2100", "name": "Kbh Ø", "lat": 55.71, "lon": 12.58}]
    )
    index = VacancyIndex(vacancies, taxonomy, centroids)
    matches = index.rank(taxonomy.essential[occupation], home=HOME, mobility_km=30, top=10)
    assert [m.vacancy_id for m in matches] == ["near", "unknown"]
    assert matches[0].distance_km == pytest.approx(4.0, abs=1.0)
    assert matches[1].distance_km is None
    wide = index.rank(taxonomy.essential[occupation], home=HOME, mobility_km=300, top=10)
    assert {m.vacancy_id for m in wide} == {"near", "far", "unknown"}


def test_previous_occupation_lifts_its_vacancies(
    taxonomy: SkillTaxonomy, index: VacancyIndex
) -> None:
    occupation = sorted(taxonomy.essential)[1]
    with_job = index.rank([], occupations=[occupation], home=HOME, mobility_km=80, top=4)
    assert {m.vacancy_id.rsplit("-", 1)[0] for m in with_job} == {occupation.rsplit("/", 1)[-1]}
    assert with_job[0].occupation_proximity == 1.0
