"""Logger series: import files of power and flow loggers, store and explore the readings,
and turn figures of them into measurements. One unit of work per user action."""

from cpdesk.services.loggers.analysis import (
    STATISTICS,
    SeriesData,
    SeriesProfiles,
    SeriesStats,
    delete_series,
    figure,
    get_series,
    instant,
    list_series,
    read_series,
    save_measurement,
    series_profiles,
    series_stats,
    stream_choices,
)
from cpdesk.services.loggers.common import ImportCancelledError, LoggerImportError, SeriesRow
from cpdesk.services.loggers.importing import ChannelMapping, ImportResult, detect, import_series, preview
from cpdesk.services.loggers.limits import in_file, read_logger_file

__all__ = [
    "STATISTICS",
    "ChannelMapping",
    "ImportCancelledError",
    "ImportResult",
    "LoggerImportError",
    "SeriesData",
    "SeriesProfiles",
    "SeriesRow",
    "SeriesStats",
    "delete_series",
    "detect",
    "figure",
    "get_series",
    "import_series",
    "in_file",
    "instant",
    "list_series",
    "preview",
    "read_logger_file",
    "read_series",
    "save_measurement",
    "series_profiles",
    "series_stats",
    "stream_choices",
]
