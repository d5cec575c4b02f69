"""The insight window (outcome rates and time-to-work curves by factor)."""
