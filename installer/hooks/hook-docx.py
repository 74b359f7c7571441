"""PyInstaller hook for python-docx (the Word report): it reads its part templates from files.

A new header or footer, the comments part and the default styles come from
``docx/templates/*.xml``, which python-docx opens as ``docx/parts/../templates/...``: the
``docx/parts`` folder must exist on disk, though its modules are in the executable's
archive, or the Word export fails in the bundle only. So the templates are collected as
data (as PyInstaller's own hook does) and the ``docx.parts`` modules also as source files.
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("docx")
module_collection_mode = {"docx.parts": "pyz+py"}
