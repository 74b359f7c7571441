"""Real refusals of the services, said in Vietnamese and in English as the workbench shows
them (a message box, or beside the field) and as the command line prints them: one message
code, its figures, dates and names filled in the notation of each language."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

pytest.importorskip("pytestqt")

from cpdesk.cli.output import error_text  # noqa: E402
from cpdesk.core.errors import CpdeskError, NotFoundError, ValidationError  # noqa: E402
from cpdesk.gui import i18n  # noqa: E402
from cpdesk.gui.errors import describe  # noqa: E402
from cpdesk.services.assessment import assessments, companies, flow, options  # noqa: E402


def _refusal(call) -> CpdeskError:  # type: ignore[no-untyped-def]
    with pytest.raises(CpdeskError) as caught:
        call()
    return caught.value


@pytest.fixture
def plant(db):  # type: ignore[no-untyped-def]
    company = companies.create_company(db, name="Dệt Phước Long", sector="textile")
    assessment = assessments.create_assessment(db, company_id=company.id, title="SXSH dệt", exchange_rate=25_400)
    step = flow.add_process_step(db, assessment.id, name="Nhuộm")
    steam = flow.add_stream(
        db, assessment.id, name="Hơi cấp", kind="energy", carrier="steam", pressure_bar=8, temperature_c=180,
        target_step_id=step.id,
    )  # fmt: skip
    return db, company, assessment, steam


def _said(error: CpdeskError, lang: str, *, name_field: bool = False) -> tuple[str, str]:
    """(the workbench's line, the command line's line) in ``lang``."""
    i18n.install(lang)
    return describe(error, name_field=name_field), error_text(error, lang)


def test_a_negative_investment(qapp, english_afterwards, plant) -> None:
    db, _, assessment, _ = plant
    error = _refusal(
        lambda: options.add_option(
            db, assessment.id, title="Thu hồi nước ngưng", category="good_housekeeping", investment=-5_000_000.5
        )
    )
    assert isinstance(error, ValidationError) and error.why is not None and error.why.code == "value.at_least"
    assert _said(error, "vi", name_field=True) == (
        "Vốn đầu tư: phải ít nhất là 0",
        "Vốn đầu tư = -5.000.000,5: phải ít nhất là 0",
    )
    assert _said(error, "en") == ("must be at least 0", "option.investment = -5000000.5: must be at least 0")


def test_an_empty_name_names_its_field(qapp, english_afterwards, plant) -> None:
    db = plant[0]
    error = _refusal(lambda: companies.create_company(db, name="  ", sector="textile"))
    assert _said(error, "vi") == ("Tên doanh nghiệp: cần nhập giá trị", "Tên doanh nghiệp = '  ': cần nhập giá trị")
    assert _said(error, "en")[1] == "company.name = '  ': must not be empty"


def test_an_end_date_before_the_start(qapp, english_afterwards, plant) -> None:
    db, company, _, _ = plant
    error = _refusal(
        lambda: assessments.create_assessment(
            db,
            company_id=company.id,
            title="Kiểm toán lại",
            exchange_rate=25_400,
            start_date=date(2026, 12, 6),
            end_date=date(2026, 11, 30),
        )  # fmt: skip
    )
    assert _said(error, "vi") == (
        "sớm hơn ngày bắt đầu 06/12/2026",
        "Ngày kết thúc = 30/11/2026: sớm hơn ngày bắt đầu 06/12/2026",
    )
    assert _said(error, "en") == (
        "is before the start date 6 Dec 2026",
        "assessment.end_date = datetime.date(2026, 11, 30): is before the start date 6 Dec 2026",
    )


def test_an_unknown_unit(qapp, english_afterwards, plant) -> None:
    db, _, _, steam = plant
    error = _refusal(lambda: flow.record_measurement(db, steam.id, value=2.5, unit="furlong", basis="per_hour"))
    assert _said(error, "vi") == (
        "'furlong' không phải là đơn vị cpdesk biết",
        "Đơn vị = 'furlong': 'furlong' không phải là đơn vị cpdesk biết",
    )
    assert _said(error, "en") == ("unknown unit 'furlong'", "measurement.unit = 'furlong': unknown unit 'furlong'")


def test_a_missing_record(qapp, english_afterwards, plant) -> None:
    db = plant[0]
    missing = uuid.UUID(int=7)
    error = _refusal(lambda: assessments.show_assessment(db, missing))
    assert isinstance(error, NotFoundError)
    # the workbench: the record the window showed is gone; the command line: the key typed
    assert _said(error, "vi") == ("Bản ghi này không còn nữa (đã bị xoá).", f"không có đánh giá {missing}")
    assert _said(error, "en") == ("This record no longer exists (it was deleted).", f"no assessment {missing}")


def test_a_damaged_reference_file(qapp, english_afterwards) -> None:
    from cpdesk.core.labels.catalogue import all_labels, vocabulary_labels
    from cpdesk.core.reference import ReferenceDataError
    from cpdesk.core.reference import files as reference_files

    # the vocabulary's labels as a centre sent them, a code of no carrier among them: the very
    # catalogue the messages are read from cannot be built
    reference_files._received["vocabulary_labels"] = (
        b'{"source": "centre", "version": 1, "labels": {"Carrier": {"plasma": {"vi": "x", "en": "x"}}}}'
    )
    vocabulary_labels.cache_clear()
    all_labels.cache_clear()
    try:
        with pytest.raises(ReferenceDataError) as caught:
            all_labels()
    finally:
        del reference_files._received["vocabulary_labels"]
        vocabulary_labels.cache_clear()
        all_labels.cache_clear()
    vi = "vocabulary_labels.json nhận từ trung tâm: labels.Carrier.plasma: không phải mã Carrier"
    en = "vocabulary_labels.json received from the centre: labels.Carrier.plasma: not a Carrier code"
    assert _said(caught.value, "vi") == (vi, vi)  # type: ignore[arg-type]
    assert _said(caught.value, "en") == (en, en)  # type: ignore[arg-type]
