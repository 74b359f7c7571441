"""Benchmark: the assessment summary beside a bare reportlab build of the same size, in one run.

Run from the repository root::

    python tests/bench/bench_report.py            # demo plant and a large generated assessment
    python tests/bench/bench_report.py --quick    # one repetition each

Two assessments are built: the demo textile plant, and a generated one with 200 streams,
100 options and 20 photos (1 024 x 768 JPEG, as a phone camera's picture scaled down). For
each, cpdesk's time is split into reading the figures through the services (balances with
reconciliation, appraisal, summary) and laying out the PDF. The baseline is a bare reportlab
build made in the same run with the same font, the same tables (same rows and cells, text
cells as paragraphs), the same photos and the same number of pages (padded with text pages),
but without cpdesk's drawings, page furniture and contents: what a report costs anyway.
The same figures are also written as the editable Word document (``.docx``), timed against
the PDF in the same run, by the clock and by the CPU time of the process (the Word document's
threads included), which a shared machine's load moves less. No timing is asserted: the
figures are for the README.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Table  # noqa: E402

from cpdesk.report import assessment_pdf, assessment_tables, word  # noqa: E402
from cpdesk.report.document import BuildHooks  # noqa: E402
from cpdesk.report.i18n import I18n  # noqa: E402
from cpdesk.report.model import AssessmentReportData  # noqa: E402
from cpdesk.report.tabular import Group, format_cell  # noqa: E402
from cpdesk.report.theme import Styles  # noqa: E402
from cpdesk.services.assessment import assessments, flow, options
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.demo import data_set as demo
from cpdesk.services.reports import assessment_report as reports  # noqa: E402
from cpdesk.services.uow import unit_of_work  # noqa: E402
from cpdesk.services.workspace import open_workspace  # noqa: E402
from cpdesk.store.models import Attachment  # noqa: E402


def photo(seed: int) -> bytes:
    """A 1 024 x 768 JPEG with gradients and noise (compresses like a real photo, ~150-250 kB)."""
    from PIL import Image as PILImage

    rng = random.Random(seed)
    width, height = 1024, 768
    base = PILImage.linear_gradient("L").resize((width, height)).convert("RGB")
    noise = PILImage.effect_noise((width, height), 40 + seed % 20).convert("RGB")
    tint = PILImage.new("RGB", (width, height), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    picture = PILImage.blend(PILImage.blend(base, noise, 0.45), tint, 0.3)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=82)
    return out.getvalue()


def write_large(db: object, n_steps: int = 40, n_options: int = 100, n_photos: int = 20) -> str:
    """An assessment with 200 streams (a chain of steps, water, steam and power), 100 options, 20 photos."""
    rng = random.Random(11)
    with unit_of_work(db) as session:  # type: ignore[arg-type]  # one transaction, one commit
        catalogue.create_programme(db, code="BENCH", name="Benchmark programme")
        company = catalogue.create_company(db, name="Benchmark Textile Co.", sector="textile", province="Đồng Nai")
        a = assessments.create_assessment(
            db,
            company_id=company.id,
            title="Large generated assessment",
            programme_code="BENCH",
            currency="VND",
            exchange_rate=24_000,
            operating_hours_per_year=7200,
            annual_production=5000,
        )
        for i in range(8):
            assessments.add_team_member(db, a.id, name=f"Thành viên {i + 1}", role="member", organisation="Công ty")
        boiler = flow.add_process_step(db, a.id, name="Lò hơi", is_focus=True)
        steps = [flow.add_process_step(db, a.id, name=f"Công đoạn {i + 1:02d} xử lý ướt") for i in range(n_steps - 1)]
        feed = flow.add_stream(
            db, a.id, name="Nước cấp lò hơi", kind="water", carrier="water", target_step_id=boiler.id
        )
        coal = flow.add_stream(db, a.id, name="Than", kind="energy", carrier="anthracite", target_step_id=boiler.id)
        steam_total = 0.0
        main = 60.0
        readings: list[tuple[object, float, str]] = []
        previous = None
        for i, step in enumerate(steps):
            steam = rng.uniform(0.05, 0.15)
            fresh = rng.uniform(1.0, 4.0) + (main if previous is None else 0.0)  # the first step takes the main water
            out_main = main * rng.uniform(0.9, 0.97) if i < len(steps) - 1 else 0.0
            waste = (main if previous else 0.0) + fresh + steam - out_main
            s = flow.add_stream(
                db,
                a.id,
                name=f"Hơi cho {step.name}",
                kind="energy",
                carrier="steam",
                source_step_id=boiler.id,
                target_step_id=step.id,
                pressure_bar=8,
                temperature_c=175,
            )
            readings.append((s.id, steam, "t/h"))
            steam_total += steam
            s = flow.add_stream(
                db, a.id, name=f"Nước cấp {step.name}", kind="water", carrier="water", target_step_id=step.id
            )
            readings.append((s.id, fresh, "m3/h"))
            s = flow.add_stream(
                db, a.id, name=f"Nước thải {step.name}", kind="waste", carrier="wastewater", source_step_id=step.id
            )
            readings.append((s.id, waste, "m3/h"))
            s = flow.add_stream(
                db, a.id, name=f"Điện {step.name}", kind="energy", carrier="electricity", target_step_id=step.id
            )
            readings.append((s.id, rng.uniform(20, 120), "kW"))
            if previous is not None:
                s = flow.add_stream(
                    db,
                    a.id,
                    name=f"Nước từ {previous.name}",
                    kind="water",
                    carrier="water",
                    source_step_id=previous.id,
                    target_step_id=step.id,
                )
                readings.append((s.id, main, "m3/h"))
            previous, main = step, out_main
        # the boiler's own streams make it 200: blowdown, its fans' power, flue gas and slag (not measured)
        blowdown = flow.add_stream(
            db, a.id, name="Xả đáy lò hơi", kind="waste", carrier="wastewater", source_step_id=boiler.id
        )
        fans = flow.add_stream(
            db, a.id, name="Điện quạt lò hơi", kind="energy", carrier="electricity", target_step_id=boiler.id
        )
        flow.add_stream(db, a.id, name="Khói thải", kind="waste", carrier="flue_gas", source_step_id=boiler.id)
        flow.add_stream(db, a.id, name="Xỉ than", kind="waste", carrier="solid_waste", source_step_id=boiler.id)
        readings += [
            (feed.id, steam_total * 1.03, "m3/h"),
            (coal.id, steam_total * 0.137, "t/h"),
            (blowdown.id, steam_total * 0.03, "m3/h"),
            (fans.id, 45.0, "kW"),
        ]
        for stream_id, value, unit in readings:
            flow.record_measurement(
                db,
                stream_id,
                value=round(value * rng.uniform(0.98, 1.02), 4),
                unit=unit,
                basis="per_hour",
                method="measured",
                instrument="Đồng hồ siêu âm",
            )
        wastes = []
        for i in range(20):
            w = options.add_waste_stream(
                db,
                a.id,
                name=f"Dòng thải {i + 1}",
                annual_quantity=1000 + 50 * i,
                unit="m3",
                loss_value_per_unit=12_000,
                treatment_cost_per_year=5_000_000,
            )
            wastes.append(w.id)
            for category in ("housekeeping", "equipment"):
                options.add_cause(
                    db, w.id, category=category, description=f"Nguyên nhân {category} của dòng thải {i + 1}"
                )
        categories = [
            "good_housekeeping",
            "process_control",
            "equipment_modification",
            "onsite_recovery",
            "technology_change",
        ]
        for i in range(n_options):
            status = ("implemented", "selected", "proposed", "rejected")[i % 4]
            options.add_option(
                db,
                a.id,
                code=f"GP-{i + 1:03d}",
                title=f"Giải pháp tiết kiệm nước và năng lượng số {i + 1}",
                category=categories[i % 5],
                status=status,
                investment=rng.uniform(5e6, 5e8),
                annual_savings=rng.uniform(2e6, 3e8),
                lifetime_years=5,
                waste_stream_id=wastes[i % 20],
                description="Mô tả giải pháp: " + "lắp đồng hồ, sửa rò rỉ, thu hồi nước ngưng. " * 3,
                rejection_reason="Chi phí quá cao" if status == "rejected" else "",
                savings=[("water", rng.uniform(100, 5000), "m3"), ("electricity", rng.uniform(1, 80), "MWh")],
            )
        for i in range(n_photos):
            content = photo(i)
            session.add(
                Attachment(
                    assessment_id=a.id,
                    filename=f"anh_{i + 1:02d}.jpg",
                    media_type="image/jpeg",
                    caption=f"Ảnh hiện trường số {i + 1}",
                    size_bytes=len(content),
                    content=content,
                )
            )
    return str(a.id)


def bare_story(data: AssessmentReportData, styles: Styles, extra_pages: int) -> list[object]:
    """The same tables (same rows, cells and column widths), photos and font, as plain reportlab."""
    t = I18n("vi")
    story: list[object] = []
    doc_width = SimpleDocTemplate(io.BytesIO()).width - 12  # the frame pads 6 points each side
    for spec in assessment_tables.all_tables(data, t):
        story.append(Paragraph(spec.title, styles.h2))
        rows = [[Paragraph(c.header, styles.cell_bold) for c in spec.columns]]
        for row in spec.rows:
            if isinstance(row, Group):
                rows.append([Paragraph(row.text, styles.cell_bold)] + [""] * (len(spec.columns) - 1))
                continue
            rows.append(
                [
                    Paragraph(format_cell(v, c, t), styles.cell) if isinstance(v, str) and v else format_cell(v, c, t)
                    for v, c in zip(row, spec.columns, strict=True)
                ]
            )
        weight = sum(c.width for c in spec.columns)
        widths = [doc_width * c.width / weight for c in spec.columns]
        story.append(Table(rows, colWidths=widths, repeatRows=1, splitInRow=1))
    for p in data.photos:
        story.append(Image(io.BytesIO(p.content), width=240, height=180))
        story.append(Paragraph(p.caption, styles.caption))
    for _ in range(extra_pages):  # pad to the same number of pages as cpdesk's report
        story += [PageBreak(), Paragraph("Lorem ipsum tiết kiệm năng lượng và nước. " * 40, styles.body)]
    return story


def bare_build(data: AssessmentReportData, styles: Styles, extra_pages: int = 0) -> tuple[bytes, int]:
    """Build the bare document (a fresh story each time: reportlab flowables are used up by a build)."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, initialFontName=styles.body.fontName)
    doc.build(bare_story(data, styles, extra_pages))
    return out.getvalue(), doc.page


def timed(fn, repeat: int, cpu: list[float] | None = None) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    """Median wall time of ``repeat`` calls and the last result; with ``cpu``, the least CPU
    time of the process (all its threads) is added to it, which a busy machine disturbs less."""
    times, used, result = [], [], None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - start)
        used.append(time.process_time() - start_cpu)
    if cpu is not None:
        cpu.append(min(used))
    return statistics.median(times), result


def measure(name: str, db: object, assessment_id: str, repeat: int) -> None:
    from pypdf import PdfReader

    t = I18n("vi")
    styles = Styles()
    gather, data = timed(lambda: reports.assessment_report_data(db, assessment_id), repeat)
    cpu: list[float] = []
    layout, pdf = timed(lambda: assessment_pdf.build(data, t, BuildHooks()), repeat, cpu)
    word_time, _document = timed(lambda: word.assessment(data, t, BuildHooks()), repeat, cpu)
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    images = sum(len(p.images) for p in reader.pages)
    tables = len(assessment_tables.all_tables(data, t))
    _content, unpadded = bare_build(data, styles)
    bare, (_bare_pdf, bare_pages) = timed(lambda: bare_build(data, styles, max(0, pages - unpadded)), repeat)
    print(
        f"{name:<28} {pages:>5} pages {tables:>3} tables {images:>3} images | cpdesk: data {gather:5.2f} s,"
        f" PDF {layout:5.2f} s | bare reportlab {bare:5.2f} s ({bare_pages} pages) |"
        f" PDF/bare {layout / bare:4.2f}x, with data {(gather + layout) / bare:4.2f}x |"
        f" Word {word_time:5.2f} s, Word/PDF {word_time / layout:4.2f}x (CPU time {cpu[1] / cpu[0]:4.2f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="one repetition instead of three")
    args = parser.parse_args()
    repeat = 1 if args.quick else 3
    folder = Path(tempfile.mkdtemp(prefix="cpdesk-bench-"))
    try:
        db = open_workspace(folder / "bench.sqlite")
        demo.write_demo(db)
        textile = next(a.id for a in assessments.list_assessments(db) if a.origin.value == "demo")
        large = write_large(db)
        measure("demo textile plant", db, str(textile), repeat)
        measure("generated (200 streams)", db, large, repeat)
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
