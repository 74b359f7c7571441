"""PyInstaller hook for python-docx (the Word report): it reads its part templates from files.

A new header or footer, the comments part and the default styles come from
``docx/templates/*.xml`` and ``default.docx``; PyInstaller has no hook of its own for
python-docx, and without these files the Word export fails in the bundle only.
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("docx")
