"""The one place where the core's codes become translated words."""
