"""Building reports: gathering what a report prints, then handing it to :mod:`cpdesk.report`.

:mod:`.building` writes the assessment, programme, selection and worksheet reports,
:mod:`.training_reports` the practical comparison and the centre's year; each report's
figures are gathered in one read transaction (:mod:`.assessment_report`,
:mod:`.programme_report`).
"""
