"""PyInstaller hook for isal (ISA-L's deflate for a bundle's members): its zlib module imports
the ``igzip_lib`` and ``_isal`` extensions from C, where PyInstaller's analysis does not see
them (the frozen export failed with "No module named 'isal.igzip_lib'")."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("isal")
