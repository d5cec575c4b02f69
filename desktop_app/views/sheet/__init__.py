"""The Sheet tab."""
