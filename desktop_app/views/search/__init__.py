"""The search panel and the case list."""
