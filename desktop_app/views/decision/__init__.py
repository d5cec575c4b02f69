"""The Decision tab."""
