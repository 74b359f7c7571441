"""Reports: the assessment summary, the programme summary and trainee worksheets, as PDF and Excel.

Layout only: the figures come from ``cpdesk.services`` (see ``cpdesk.services.reports``, which
gathers them and calls the builders here); this package imports core and nothing above it.
No Qt and no database access in here.
"""
