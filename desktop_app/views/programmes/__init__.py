"""The Programmes tab: suggestion cards, the programme table."""
