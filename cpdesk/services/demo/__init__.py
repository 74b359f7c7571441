"""The demo data set written into a new database on first start."""
