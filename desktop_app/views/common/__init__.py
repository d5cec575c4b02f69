"""The shared base of every screen: plain text, locale formats, loading translations, palettes,
shortcuts and settings."""
