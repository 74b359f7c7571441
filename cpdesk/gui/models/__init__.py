"""Table models of the workbench: one QAbstractTableModel per entity list (rows as plain
data from the services, edits handed to a submit callback, no database session held)."""
