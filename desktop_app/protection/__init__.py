"""Protecting citizens' data: cache keys, retention and purge, access exports, IT logging."""
