"""The Journey tab: timeline, attendance, similar citizens."""
