"""Use cases by domain (assessment, loggers, reference, training, sync, reports, demo), and the
one edit path every screen's edits of existing records take (editing).

Each call opens one unit of work, commits once, and hands back plain rows, never ORM objects.
"""
