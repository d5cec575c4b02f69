"""Case-level domain logic (Qt-free): profile summaries and data completeness."""
