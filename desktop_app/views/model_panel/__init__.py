"""The model panel (installed model, updates)."""
