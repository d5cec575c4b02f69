"""`make bench`: performance measurements, printed as a table and saved to bench/latest.json."""
