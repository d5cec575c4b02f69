"""What the team lead's screens ask, as plain functions over a cache handle (Qt-free).

One function per question a screen asks: the planning figures (`planning.py`), exporting them,
the caseworker proposals for unassigned citizens and accepting or changing one
(`assignments.py`). Each returns plain data; the screens in `desktop_app/views/team_lead/` run
them on the cache worker's thread and only present the result. Kept in its own package so the
service layer (issue 19) can take it in as it is.
"""
