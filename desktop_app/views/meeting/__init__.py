"""Meeting mode."""
