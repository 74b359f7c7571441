"""pyqtgraph views of balances and options: small classes fed plain data, each exporting PNG and SVG."""
