"""Reference data in the database: factor sets (shipped and received) and the centre's catalogues."""
