"""Use cases by domain (assessment, loggers, reference, training, sync, reports, demo).

Each call opens one unit of work, commits once, and hands back plain rows, never ORM objects.
"""
