"""Building reports: gathering what a report prints, then handing it to :mod:`cpdesk.report`."""
