"""Alternatives outside the citizen's ISCO major groups, with gap skills and closing courses."""

from __future__ import annotations

from desktop_app.matching.alternatives import find_alternatives, gap_courses
from desktop_app.matching.skill_taxonomy import SkillTaxonomy


def test_alternatives_leave_current_major_groups(taxonomy: SkillTaxonomy) -> None:
    for occupation in sorted(taxonomy.essential)[:10]:
        skills = taxonomy.essential[occupation] + taxonomy.optional.get(occupation, [])
        programmes = [{"id": "p-all", "skills_taught": sorted(taxonomy.skill_index)}]
        found = find_alternatives(skills, [occupation], taxonomy, programmes, min_overlap=0.0)
        assert found, taxonomy.label(occupation)
        mine = taxonomy.major_group(occupation)
        for alternative in found:
            assert alternative.occupation != occupation
            assert taxonomy.major_group(alternative.occupation) != mine
            assert not set(alternative.missing_essential) & set(skills)
            assert set(alternative.matched) <= set(skills)
            if alternative.missing_essential:
                assert alternative.courses[0].programme_id == "p-all"
                assert set(alternative.courses[0].closes) == set(alternative.missing_essential)
            assert not alternative.still_missing
        overlaps = [a.overlap for a in found]
        assert overlaps == sorted(overlaps, reverse=True)


def test_gap_courses_choose_few_programmes() -> None:
    programmes = [
        {"id": "a", "skills_taught": ["s1"]},
        {"id": "b", "skills_taught": ["s1", "s2", "s3"]},
        {"id": "c", "skills_taught": ["s4"]},
    ]
    courses, missing = gap_courses(["s1", "s2", "s4", "s9"], programmes)
    assert [(c.programme_id, c.closes) for c in courses] == [("b", ("s1", "s2")), ("c", ("s4",))]
    assert missing == ("s9",)
