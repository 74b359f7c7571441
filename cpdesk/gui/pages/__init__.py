"""Pages of the main window other than the assessment workspace: the database overview,
a programme with its roll-up, a company."""
