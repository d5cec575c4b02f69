"""The oversight dialog (team leads)."""
