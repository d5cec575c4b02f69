"""Citizen journeys: timelines, cohort process maps, variants, similar citizens and insight.

Qt-free (pandas/numpy). Every analysis runs on the generic `EventLog` (case_id, activity,
start, end); adapters turn exchange-bundle records or wide state tables into one.
"""
