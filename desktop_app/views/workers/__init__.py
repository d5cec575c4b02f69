"""The cache worker thread and background calls (work off the GUI thread)."""
