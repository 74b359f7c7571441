"""pyqtgraph views of balances and options: small classes fed plain data, each exporting PNG and SVG.

Every view has ``export_png(path)``, ``export_svg(path)``, ``copy_to_clipboard()``, a right-click
menu offering the three, and ``reset()``; it is fed by one ``update_*`` call with what a
service returned.
"""

from cpdesk.gui.plots.balance_bars import BalanceBarsView
from cpdesk.gui.plots.options import CostSavingsView, OptionsCharts, PaybackNpvView
from cpdesk.gui.plots.sankey import SankeyView
from cpdesk.gui.plots.waste_pareto import WasteParetoView

__all__ = [
    "BalanceBarsView",
    "CostSavingsView",
    "OptionsCharts",
    "PaybackNpvView",
    "SankeyView",
    "WasteParetoView",
]
