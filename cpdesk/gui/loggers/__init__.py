"""The logger screens: importing a logger's file into series, and viewing the series with
the figures of a selected range."""
