"""The citizen explanation sheet: content model, plain-language catalogs, PDF rendering.

Qt-free. Data flows one way: citizen + suggestions + feature schema + decision
-> `ExplanationSheet` (plain text passages, one language) -> tagged, font-embedded PDF.
"""
