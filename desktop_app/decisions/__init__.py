"""Recording what the caseworker decided in the app: decisions, overrides with their reasons,
profiling objections and the suggestions shown, each with its audit-log entry (no Qt)."""
