"""Training screens: practical modules (prepare, export, import results, compare) and, later,
the training records."""
