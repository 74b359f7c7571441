"""Refusals that were plain ValueError and RuntimeError texts, and reach a person through a
service's error or straight from the database, are said in Vietnamese and English: an
option's economics, a benchmark, a reconciliation, the tolerances of a comparison, the backup
rotation, a field of the edit path, the database's location and schema. Each is still a
ValueError (or RuntimeError) for the callers that catch one."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdesk.cli.output import error_text
from cpdesk.core.backup_rotation import RotationPolicy
from cpdesk.core.benchmark import compare_to_benchmark, specific_consumption
from cpdesk.core.comparison import Tolerances
from cpdesk.core.economics import OptionEconomicsInput, evaluate_option, npv_sensitivity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import text_of
from cpdesk.core.reconcile import FlowStream, Reading, reconcile
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, companies, flow
from cpdesk.services.workspace import open_workspace
from cpdesk.store.database import DatabaseLocationError


def _said(error: BaseException) -> tuple[str, str]:
    return text_of(error, "vi"), text_of(error, "en")


def _refusal(kind: type[BaseException], call) -> BaseException:  # type: ignore[no-untyped-def]
    with pytest.raises(kind) as caught:
        call()
    return caught.value


def test_an_options_economics() -> None:
    error = _refusal(ValueError, lambda: evaluate_option(OptionEconomicsInput(-1.5, 1, 5, 0.1)))
    assert _said(error) == ("vốn đầu tư không được âm, nhưng là -1,5", "investment must not be negative, got -1.5")
    error = _refusal(ValueError, lambda: evaluate_option(OptionEconomicsInput(1, 1, 0, 0.1)))
    assert _said(error) == (
        "tuổi thọ phải là một số năm lớn hơn 0, nhưng là 0",
        "lifetime must be a number of years above 0, got 0",
    )
    error = _refusal(ValueError, lambda: npv_sensitivity(OptionEconomicsInput(1, 1, 5, 0.1), spread=1.5))
    assert _said(error)[0] == "biên độ phải từ 0 đến dưới 1 (0,2 là 20 %), nhưng là 1,5"


def test_a_benchmark() -> None:
    error = _refusal(ValueError, lambda: compare_to_benchmark(350.0, 0.0))
    assert _said(error) == ("mức chuẩn phải lớn hơn 0, nhưng là 0", "benchmark must be greater than zero, got 0")
    error = _refusal(ValueError, lambda: specific_consumption(1000.0, "kWh", 0.0, "t", "kWh/t"))
    assert _said(error)[0] == "sản lượng phải lớn hơn 0, nhưng là 0"


def test_a_reconciliation_with_nothing_to_reconcile() -> None:
    error = _refusal(ValueError, lambda: reconcile([FlowStream("s1", None, None)], [], {"s1": Reading(1.0, 0.1)}))
    assert _said(error) == (
        "không có công đoạn nào: không có gì để hiệu chỉnh",
        "no process steps: nothing to reconcile",
    )


def test_the_tolerances_of_a_comparison_and_the_backup_rotation() -> None:
    error = _refusal(ValueError, lambda: Tolerances(flow_relative=-0.1))
    assert _said(error)[0] == "dung sai flow_relative phải là một số từ 0 trở lên, nhưng là -0,1"
    error = _refusal(ValueError, lambda: RotationPolicy(recent=0))
    assert _said(error) == (
        "recent phải ít nhất là 1: bản sao mới nhất luôn được giữ",
        "recent must be at least 1: the newest copy is always kept",
    )


def test_a_field_of_the_edit_path(db) -> None:  # type: ignore[no-untyped-def]
    company = companies.create_company(db, name="Dệt Phước Long", sector="textile")
    assessment = assessments.create_assessment(db, company_id=company.id, title="SXSH dệt", exchange_rate=25_400)
    step = flow.add_process_step(db, assessment.id, name="Nhuộm")
    error = _refusal(
        ValidationError, lambda: editing.apply(db, editing.Update("process_step", step.id, {"is_focus": "có"}))
    )
    assert isinstance(error, ValidationError) and error.why is not None
    assert error.why.code == "value.true_or_false"
    assert error_text(error, "vi").endswith("= 'có': phải là đúng hoặc sai")


def test_the_databases_location(tmp_path: Path) -> None:
    error = _refusal(DatabaseLocationError, lambda: open_workspace(tmp_path))
    assert _said(error) == (
        f"{tmp_path} là một thư mục; hãy cho đường dẫn của một tệp cơ sở dữ liệu",
        f"{tmp_path} is a folder; give the path of a database file",
    )
    assert isinstance(error, ValueError)
    error = _refusal(DatabaseLocationError, lambda: open_workspace(tmp_path / "missing" / "x.sqlite"))
    assert _said(error)[0] == f"thư mục {tmp_path / 'missing'} không tồn tại"


def test_a_report_that_cannot_be_written(tmp_path: Path) -> None:
    from cpdesk.core.errors import CpdeskError
    from cpdesk.report.output import check_target

    error = _refusal(CpdeskError, lambda: check_target(tmp_path / "bao-cao.doc"))
    assert _said(error) == (
        "bao-cao.doc: tệp kết quả phải có đuôi .pdf hoặc .xlsx",
        "bao-cao.doc: the output file must end in .pdf or .xlsx",
    )
    folder = tmp_path / "thieu"
    error = _refusal(CpdeskError, lambda: check_target(folder / "bao-cao.pdf"))
    assert _said(error)[0] == f"không ghi được {folder / 'bao-cao.pdf'}: thư mục {folder} không tồn tại"


def test_a_grid_year_the_factor_set_lacks() -> None:
    from cpdesk.services.reference.factor_set_files import load_factor_set

    factors = load_factor_set()
    error = _refusal(ValueError, lambda: factors.grid_factor(1990))
    years = ", ".join(str(y) for y in factors.grid_years)  # years are never grouped: 2014, not 2.014
    assert _said(error) == (
        f"bộ hệ số 'ipcc2006_vn_grid' không có hệ số phát thải lưới điện cho năm 1990 (có các năm: {years})",
        f"factor set 'ipcc2006_vn_grid' has no grid emission factor for year 1990 (available: {years})",
    )


def test_a_record_refused_by_a_rule_is_framed_in_vietnamese() -> None:
    from cpdesk.sync.errors import DamagedBundle

    rule = "option 0f0e0d0c-0000-4000-8000-000000000001: investment Infinity is not a finite number"
    error = DamagedBundle(rule, "lan-2.cpb")
    # the frame in the user's language; the rule that names the record stays as the sync layer says it
    assert _said(error) == (
        f"lan-2.cpb: bị từ chối, không nhập gì: {rule}",
        f"lan-2.cpb: rejected, nothing was imported: {rule}",
    )
    assert error.why is None and error.reason == rule


def test_the_installations_limit_of_a_bundles_size() -> None:
    from cpdesk.sync.archive import configured_limits

    error = _refusal(Exception, lambda: configured_limits({"CPDESK_MAX_BUNDLE_SIZE": "a lot"}))
    assert _said(error) == (
        "CPDESK_MAX_BUNDLE_SIZE: 'a lot' không phải một kích thước (số byte, hoặc một số kèm K, M, G hay T)",
        "CPDESK_MAX_BUNDLE_SIZE: 'a lot' is not a size (bytes, or a number with K, M, G or T)",
    )
