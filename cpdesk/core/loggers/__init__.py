"""Reading data-logger files: detect the layout, read times and values, split, summarise."""
