"""The team lead's screens: planning of programme places and matching citizens to caseworkers.

Widgets only: every figure comes from `desktop_app.team_lead` (Qt-free, one function per
question), run on the cache worker's thread through `CaseStore.submit`; codes become words in
`words.py` only. Shown when the app runs as a team lead (`--role team-lead`, or IT's
`[app] role = "team_lead"`), under the menu Team lead.
"""
