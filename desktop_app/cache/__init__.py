"""The local case cache: one SQLite file holding the bundle data, decisions and the audit log."""
