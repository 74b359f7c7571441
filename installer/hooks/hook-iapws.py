"""PyInstaller hook for iapws: the package reads its own ``VERSION`` file when imported."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("iapws")
