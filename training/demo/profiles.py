"""Three demo municipalities of one region, each with its own population, programme set and
caseworker habits, so that a shared model's local check and pooled training are tried on data
whose truth is known (the world's effects are the same everywhere; who comes, what is offered
and how caseworkers choose differ).

    wayfinder-admin demo OUT --profile nordby      # and havnby, skovlund
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from training.demo.programmes import ARMS


@dataclass(frozen=True)
class MunicipalityProfile:
    name: str  # written to the bundle manifest
    id_prefix: str  # starts every citizen id: no id appears in two municipalities
    seed: int
    citizens: int
    abroad_scale: float = 1.0  # weight of every country of birth but Denmark, times this
    not_offered: tuple[str, ...] = ()  # programme ids this municipality does not run
    style_spread: float = 1.0  # how much caseworkers differ from each other (1: the demo's)
    lean: dict[str, float] = field(default_factory=dict)  # arm -> shared habit (score shift)

    def offered(self) -> np.ndarray:
        unknown = set(self.not_offered) - set(ARMS)
        if unknown:
            raise ValueError(f"profile {self.name}: unknown programmes {sorted(unknown)}")
        return np.array([arm not in self.not_offered for arm in ARMS], dtype=bool)

    def offered_ids(self) -> tuple[str, ...]:
        return tuple(arm for arm in ARMS if arm != "none" and arm not in self.not_offered)

    def habits(self) -> np.ndarray:
        """(arms,) shift added to every caseworker's leaning in this municipality."""
        shift = np.zeros(len(ARMS))
        for arm, value in self.lean.items():
            shift[ARMS.index(arm)] = value
        return shift


PROFILES: dict[str, MunicipalityProfile] = {
    # A town like the demo's: the whole programme set, caseworkers as the region's.
    "nordby": MunicipalityProfile("Nordby Kommune (Fyn)", "N", 31, 9000),
    # A harbour town: twice the share born abroad; no adult vocational education and no IT
    # course; caseworkers send many to the language course and few to work trials.
    "havnby": MunicipalityProfile("Havnby Kommune (Fyn)", "H", 32, 7000, abroad_scale=2.5,
                                  not_offered=("P10", "P12"),
                                  lean={"P02": 0.8, "P06": -0.8}),
    # A rural municipality: few born abroad, a small programme set, caseworkers who differ a
    # lot from each other and lean to "no programme" and mentors.
    "skovlund": MunicipalityProfile("Skovlund Kommune (Fyn)", "S", 33, 5000, abroad_scale=0.4,
                                    not_offered=("P04", "P05", "P10", "P11", "P12"),
                                    style_spread=1.8, lean={"none": 0.6, "P08": 0.7}),
}
