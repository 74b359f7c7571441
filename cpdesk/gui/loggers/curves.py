"""The plot items of the logger viewer: a series' curve whose bounds are known, and the peaks
the time-range selector draws.

A stored series holds finite readings only, in time order: its bounds are its first and last
times and the readings' range, known before it is drawn. pyqtgraph would otherwise look for
NaN and the extremes in every point, and again each time the plot's downsampling or clipping
is set (two passes over 80 MB of times and 80 MB of readings each time), before the first
frame. The curve tells it what is known instead.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF

try:  # where pyqtgraph keeps a curve's data; the curve works without it, only slower
    from pyqtgraph.graphicsItems.PlotDataItem import PlotDataset
except ImportError:  # pragma: no cover - another pyqtgraph
    PlotDataset = None

#: The options that make pyqtgraph map the data (logarithms, FFT ...): the bounds change.
_MAPPINGS = ("subtractMeanMode", "fftMode", "derivativeMode", "phasemapMode")


class SeriesCurve(pg.PlotDataItem):
    """A curve of finite readings in time order whose bounding rectangle is given.

    pyqtgraph makes a mapped copy of the data's description whenever the downsampling, the
    clipping or a mapping changes, and measures its bounds again for its dynamic range
    limit; unmapped, the copy is handed the known bounds.
    """

    def __init__(self, x: np.ndarray, y: np.ndarray, bounds: QRectF | None, **options: object) -> None:
        super().__init__(x, y, skipFiniteCheck=True, **options)  # draws nothing yet: no view
        self._known_bounds = bounds
        dataset = getattr(self, "_dataset", None)
        if bounds is not None and all(hasattr(dataset, a) for a in ("xAllFinite", "yAllFinite", "_dataRect")):
            dataset.xAllFinite = dataset.yAllFinite = True
            dataset._dataRect = QRectF(bounds)
        if getattr(self, "_datasetMapped", None) is not None:
            self._datasetMapped = None  # made before the bounds were known: made again with them
        self.dataRect()  # found here if the pyqtgraph in use keeps its data otherwise

    def _getDisplayDataset(self) -> object:  # noqa: N802 - pyqtgraph's name
        dataset, bounds = getattr(self, "_dataset", None), getattr(self, "_known_bounds", None)
        if (
            PlotDataset is not None
            and bounds is not None
            and dataset is not None
            and getattr(self, "_datasetMapped", False) is None
            and not any(self.opts.get(option) for option in _MAPPINGS)
            and True not in self.opts.get("logMode", (False, False))
        ):
            mapped = PlotDataset(dataset.x, dataset.y, True, True)
            mapped._dataRect = QRectF(bounds)
            self._datasetMapped = mapped
        return super()._getDisplayDataset()


def curve_item(
    x: np.ndarray, y: np.ndarray, colour: str, name: str | None, y_range: tuple[float, float]
) -> pg.PlotDataItem:
    """A curve of ``x`` (times in order) and ``y`` (finite readings between ``y_range``) whose
    bounds pyqtgraph is told rather than looks for; the plot it is added to gives it its
    downsampling (peaks) and clipping to the view."""
    bounds = QRectF(QPointF(float(x[0]), y_range[0]), QPointF(float(x[-1]), y_range[1])) if len(x) else None
    return SeriesCurve(x, y, bounds, pen=pg.mkPen(colour, width=1), name=name)


def peak_envelope(x: np.ndarray, y: np.ndarray, bins: int) -> tuple[np.ndarray, np.ndarray]:
    """The lowest and highest reading of each of ``bins`` runs of equal length, at the run's
    first time, and the last reading: what peak downsampling draws of a whole series."""
    if len(y) <= 2 * bins:
        return x, y
    step = -(-len(y) // bins)
    starts = np.arange(0, len(y), step)
    low, high = np.minimum.reduceat(y, starts), np.maximum.reduceat(y, starts)
    times = np.append(np.repeat(x[starts], 2), x[-1])
    return times, np.append(np.column_stack([low, high]).ravel(), y[-1])
