"""Plain language, measured on the sheets as built (decision and proposal)."""

from __future__ import annotations

import pytest

from desktop_app.reports.builder import build_sheet
from desktop_app.reports.readability import measure, measure_text, syllables
from tests.reports.sample import request


@pytest.mark.parametrize("with_decision", [True, False])
@pytest.mark.parametrize("lang", ["da", "nb", "nn", "nl", "en"])
def test_readability_targets(lang, with_decision):
    score = measure(build_sheet(request(lang, with_decision=with_decision)))
    assert score.words > 300  # measured on the real text, not an empty sheet
    assert score.words_per_sentence <= 15
    if lang in ("da", "nb", "nn"):
        assert score.lix <= 40, score
    elif lang == "nl":
        assert score.flesch_douma >= 60, score
    else:
        assert score.flesch >= 60, score


def test_metrics_can_fail_on_hard_text():
    hard = ("Arbejdsmarkedsuddannelsesinstitutionernes administrationsbekendtgørelse "
            "forudsætter sagsbehandlerens helhedsorienterede beskæftigelsesindsatsvurdering "
            "vedrørende kontanthjælpsmodtageres forsørgelsesgrundlag og kompetenceudvikling")
    assert measure_text([hard], "da").lix > 40
    assert measure_text(["Dit is een zin. Nog een zin."], "nl").sentences == 2
    assert syllables("programme", "en") == 2 and syllables("uitkering", "nl") == 3
