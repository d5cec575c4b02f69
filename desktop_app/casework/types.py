"""The plain data types the screens show, in one place: the vocabulary between the service
layer and the views.

Views import these for type annotations only (under `TYPE_CHECKING`): importing this module
loads the domain packages (pandas among them), which a screen must never do on the GUI thread.
"""

from __future__ import annotations

from desktop_app.assignment.proposal import Candidate, Proposal
from desktop_app.cache.search import CaseRow
from desktop_app.casework.cache_facts import CacheFacts
from desktop_app.casework.case_detail import CaseDetail
from desktop_app.casework.case_summary import CacheSummary
from desktop_app.casework.model_info import UpdateFreshness
from desktop_app.casework.suggestions import CaseSuggestions, LoadedModel, ModelLoader
from desktop_app.casework.worker_context import WorkerContext
from desktop_app.decisions.record import DecisionInput
from desktop_app.journeys.case_journey import CaseJourney
from desktop_app.journeys.insight import FactorInsight, GroupOutcome
from desktop_app.journeys.similar import SimilarCitizens
from desktop_app.journeys.survival import SurvivalCurve
from desktop_app.journeys.timeline import CitizenTimeline, TimelineItem
from desktop_app.matching.alternatives import Alternative
from desktop_app.matching.case_matching import JobsDetail
from desktop_app.matching.skill_profile import ProfileSkill, SkillSource
from desktop_app.matching.vacancy_ranking import JobMatch
from desktop_app.oversight.rates import OversightReport, OversightRow
from desktop_app.places.planning import PlanningFigures, ProgrammeFigures
from desktop_app.places.replan import Replanned
from desktop_app.reports.export import SheetExport
from desktop_app.scoring.local_verdict import LocalState
from desktop_app.scoring.suggestion import ArmSuggestion, CaseSuggestion, HorizonEstimate, Reason
from desktop_app.team_lead.assignments import Assigned, AssignmentQueue, WaitingCitizen
from desktop_app.trust.update import UpdateResult

__all__ = [
    "Alternative", "ArmSuggestion", "Assigned", "AssignmentQueue", "CacheFacts", "CacheSummary",
    "Candidate", "CaseDetail", "CaseJourney", "CaseRow", "CaseSuggestion", "CaseSuggestions",
    "CitizenTimeline", "DecisionInput", "FactorInsight", "GroupOutcome", "HorizonEstimate",
    "JobMatch", "JobsDetail", "LoadedModel", "LocalState", "ModelLoader", "OversightReport",
    "OversightRow", "PlanningFigures", "ProfileSkill", "ProgrammeFigures", "Proposal", "Reason",
    "Replanned", "SheetExport", "SimilarCitizens", "SkillSource", "SurvivalCurve", "TimelineItem",
    "UpdateFreshness", "UpdateResult", "WaitingCitizen", "WorkerContext",
]
