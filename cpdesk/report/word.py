"""The assessment and programme summaries (and the option library) as Word documents, for the consultant to edit.

The document is filled into a template: the centre's own (its styles, logo and margins), or
the one cpdesk ships (``resources/report/cpdesk-report.docx``, made by
``tools/make_report_template.py`` from :func:`cpdesk.report.docx_parts.ensure_styles`). What
the template holds in its body is replaced; its headers keep their content (a logo) and get
the running header below it; styles the template lacks are added with cpdesk's look.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TypeVar

import docx
from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg
from cpdesk.report import assessment_pdf, library_pdf, programme_pdf, programme_tables
from cpdesk.report.document import BuildHooks
from cpdesk.report.docx_parts import add_field, clean, ensure_styles, update_fields_on_open
from cpdesk.report.docx_story import DocxStory
from cpdesk.report.fonts import register_fonts
from cpdesk.report.i18n import I18n
from cpdesk.report.model import AssessmentReportData, ProgrammeReportData

#: The template cpdesk ships, in the package's resources.
TEMPLATE_DIR, TEMPLATE_NAME = "report", "cpdesk-report.docx"
#: A template larger than this is refused before it is read (a logo and styles take far less).
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
#: ... and one whose parts unpack to more than this (a zip bomb).
MAX_TEMPLATE_UNPACKED = 100 * 1024 * 1024

Data = TypeVar("Data", AssessmentReportData, ProgrammeReportData, library_pdf.LibraryReportData)


def assessment(data: AssessmentReportData, t: I18n, hooks: BuildHooks, template: Path | None = None) -> bytes:
    """The assessment summary's .docx bytes: the PDF's sections, in Word."""
    title = t("assessment_title")
    header = (f"{title}\n{data.company.name}", data.detail.row.title)
    return _write(data, t, hooks, template, assessment_pdf.fill, header, data.printed_on)


def programme(data: ProgrammeReportData, t: I18n, hooks: BuildHooks, template: Path | None = None) -> bytes:
    """The programme summary's .docx bytes."""
    names = ", ".join(programme_tables.page_name(p, t) for p in data.pages)
    return _write(data, t, hooks, template, programme_pdf.fill, (t("programme_title"), names), data.printed_on)


def library(data: library_pdf.LibraryReportData, t: I18n, hooks: BuildHooks, template: Path | None = None) -> bytes:
    """The option library's .docx bytes: the PDF's blocks, in Word."""
    s = library_pdf.LibraryText(t)
    header = (s("title"), library_pdf.header_right(data, s))
    return _write(data, t, hooks, template, library_pdf.fill, header, data.printed_on)


def _write(
    data: Data,
    t: I18n,
    hooks: BuildHooks,
    template: Path | None,
    fill: Callable[..., None],
    header: tuple[str, str],
    printed_on: object,
) -> bytes:
    register_fonts()  # the charts are drawn by reportlab before they become pictures
    document = open_template(template)
    hooks.check()
    ensure_styles(document, t.lang)
    _running_header(document, t, header, t("footer", date=t.date(printed_on)))  # type: ignore[arg-type]
    story = DocxStory(t, document)
    fill(story, data)
    hooks.check()
    story.finish()
    hooks.report(0.9)
    hooks.check()
    update_fields_on_open(document)
    properties = document.core_properties
    properties.title = clean(f"{header[0]}: {header[1]}".replace("\n", ": "))[:250]
    properties.language = {"vi": "vi-VN", "en": "en-GB"}[t.lang]
    properties.author = "cpdesk"
    out = io.BytesIO()
    document.save(out)
    hooks.report(1.0)
    return out.getvalue()


def open_template(path: Path | None) -> Document:
    """The template as an empty document (its body cleared, its sections and headers kept);
    the shipped one when ``path`` is None. A file that is not a Word document, or too large,
    is refused with one line naming it."""
    if path is None:
        content = (resources.files("cpdesk.resources") / TEMPLATE_DIR / TEMPLATE_NAME).read_bytes()
    else:
        content = _template_bytes(Path(path))
    try:
        document = docx.Document(io.BytesIO(content))
    except Exception as exc:  # python-docx says "not a Word file" in many ways
        name = path.name if path is not None else TEMPLATE_NAME
        raise CpdeskError(msg("report.template_not_docx_detail", name=name, detail=str(exc))) from None
    body = document.element.body
    for child in list(body.iterchildren()):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _template_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise CpdeskError(msg("report.template_too_large", name=path.name, size=round(size / 2**20)))
        content = path.read_bytes()
    except OSError as exc:
        raise CpdeskError(msg("report.template_unreadable", name=path.name, detail=exc.strerror or str(exc))) from None
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise CpdeskError(msg("report.template_not_docx", name=path.name)) from None
    if unpacked > MAX_TEMPLATE_UNPACKED:
        raise CpdeskError(msg("report.template_unpacks_large", name=path.name))
    return content


def _running_header(document: Document, t: I18n, header: tuple[str, str], footer: str) -> None:
    """Title and company left, the assessment right in the header; the printing date left and
    "Page N of M" right in the footer, after whatever the template's header holds (a logo).
    The cover page has neither."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    right = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    top = section.header.add_paragraph() if _has_text(section.header) else section.header.paragraphs[0]
    top.style = document.styles["cpdesk Muted"]
    top.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
    first, _, rest = clean(header[0]).partition("\n")
    top.add_run(f"{first}\t{clean(header[1])[:90]}" + (f"\n{rest}" if rest else ""))
    bottom = section.footer.paragraphs[0]
    bottom.style = document.styles["cpdesk Muted"]
    bottom.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
    bottom.add_run(clean(footer) + "\t")
    label = t("page_label", page="\0", pages="\1")
    before, _, rest = label.partition("\0")
    middle, _, after = rest.partition("\1")
    bottom.add_run(before)
    add_field(bottom, "PAGE", "1")
    bottom.add_run(middle)
    add_field(bottom, "NUMPAGES", "1")
    bottom.add_run(after)


def _has_text(part: object) -> bool:
    return any(p.text.strip() or p.runs for p in part.paragraphs)  # type: ignore[attr-defined]


def a4_margins(document: Document) -> None:
    """A4 with the PDF's margins: the shipped template's page."""
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(18)
        section.top_margin, section.bottom_margin = Mm(22), Mm(18)
