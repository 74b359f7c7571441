"""The one catalogue of domain labels: every label in both languages, the Vietnamese texts as
they were before the catalogue held them, and the lookup's rules."""

from __future__ import annotations

import re
import string
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cpdesk.core import labels
from cpdesk.core.economics import EconomicsNote
from cpdesk.core.labels import catalogue
from cpdesk.core.reconcile import StreamStatus
from cpdesk.core.training import IndicatorStatus, PersonDaysBasis
from cpdesk.core.vocabulary import Carrier, OptionCategory, TaskStatus

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_every_label_is_there_in_both_languages_and_nfc() -> None:
    assert len(labels.kinds()) >= 30
    for kind in labels.kinds():
        entries = labels.labels_of(kind)
        assert entries, kind
        for code, text in entries.items():
            for lang in labels.LANGS:
                value = text.get(lang)
                assert value.strip(), f"{kind}.{code} ({lang})"
                assert value == value.strip(), f"{kind}.{code} ({lang})"
                assert unicodedata.is_normalized("NFC", value), f"{kind}.{code} ({lang})"


def test_a_kind_is_defined_once() -> None:
    seen: set[str] = set()
    for module in catalogue.DATA_MODULES:
        own = set(module.LABELS) - catalogue.SHARED_KINDS  # the messages: one kind, by subject
        assert not (seen & own), module.__name__
        seen |= own
    assert not (seen & set(catalogue.vocabulary_labels()))


@pytest.mark.parametrize(
    ("kind", "enum"),
    [
        ("EconomicsNote", EconomicsNote),
        ("PrintedEconomicsNote", EconomicsNote),
        ("StreamStatus", StreamStatus),
        ("PersonDaysBasis", PersonDaysBasis),
        ("PersonDaysBasisNote", PersonDaysBasis),
        ("PrintedPersonDaysBasis", PersonDaysBasis),
        ("IndicatorStatus", IndicatorStatus),
        ("PrintedIndicatorStatus", IndicatorStatus),
        ("TaskStatusWord", TaskStatus),
    ],
)
def test_kinds_named_after_an_enum_label_each_of_its_codes(kind: str, enum: type) -> None:
    assert set(labels.labels_of(kind)) == {m.value for m in enum}


def test_the_texts_of_a_finding_have_the_same_placeholders_in_both_languages() -> None:
    for code, text in labels.labels_of("Finding").items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(text.get(lang)) if f} for lang in labels.LANGS]
        assert fields[0] == fields[1], code


@pytest.mark.parametrize("kind", ["EntryProblem", "NumberProblem", "Refusal"])
def test_a_reason_has_the_same_numbered_places_in_both_languages(kind: str) -> None:
    for code, text in labels.labels_of(kind).items():
        places = [sorted(re.findall(r"%\d", text.get(lang))) for lang in labels.LANGS]
        assert places[0] == places[1], code


@pytest.mark.parametrize(
    ("kind", "code", "vi", "en"),
    [
        # the conflicts screen's field names (were Qt's "FieldNames")
        ("Field", "discount_rate", "Lãi suất chiết khấu", "Discount rate"),
        ("Field", "ncv_gj_per_t", "Nhiệt trị thấp (GJ/t)", "NCV (GJ/t)"),
        ("Field", "participant.name", "Họ và tên", "Full name"),
        # kinds of record (were the workbench's, the training screens' and sync's)
        ("Entity", "team_member", "thành viên đội", "team member"),
        ("Entity", "course_module", "mô-đun", "module"),
        ("Entity", "grid_factor", "hệ số lưới điện", "grid factor"),
        ("Table", "team_member", "thành viên đội SXSH", "team members"),
        ("Table", "cp_option", "giải pháp SXSH", "options"),
        # families of carriers: the screens' and the printed report's own wording
        ("CarrierFamily", "material", "Nguyên vật liệu, sản phẩm", "Materials, products"),
        ("PrintedCarrierFamily", "material", "Nguyên liệu, sản phẩm", "Materials, products"),
        ("PrintedCarrierFamily", "emission", "Khói thải, khí thải", "Flue gas, emissions"),
        # the report's reconciliation status and economics notes
        ("StreamStatus", "observable", "chưa đo, tính từ cân bằng", "unmeasured, computed from the balance"),
        (
            "PrintedEconomicsNote",
            "no_savings",
            "Không có tiết kiệm ròng: giải pháp không hoàn vốn.",
            "No net annual savings: the option never pays back.",
        ),
        # the screens' own wording of the same codes
        (
            "EconomicsNote",
            "costs_exceed_savings",
            "Chi phí thêm vượt tiết kiệm: giải pháp không bao giờ hoàn vốn.",
            "Extra costs eat the savings: the option never pays back.",
        ),
        ("IndicatorStatus", "not_met", "✗ chưa đạt", "✗ not met"),
        ("PersonDaysBasis", "headcount", "sĩ số × số ngày", "head count × days"),
        # the guided checks and the training vocabulary
        ("Finding", "team_no_leader", "Đội SXSH chưa có đội trưởng.", "The CP team has no leader."),
        ("CourseKind", "on_demand_course", "Đào tạo theo yêu cầu", "On-demand course"),
        ("PerNormaliser", "useful_person_months", "người-tháng hữu ích", "useful person-month"),
        ("PrintedIndicatorStatus", "not_met", "không đạt", "not met"),
        # the method's guide and the printed guide's status words
        ("WorksheetItem", "1.1", "Họ tên từng thành viên", "Name of each member"),
        ("TaskStatusWord", "in_progress", "đang làm", "in progress"),
        # why a value or a logger file is refused (were Qt's "Errors")
        ("Message", "value.at_least", "phải ít nhất là {minimum}", "must be at least {minimum}"),
        ("Message", "logger.at_row", "hàng {row}: {problem}", "row {row}: {problem}"),
        ("NumberProblem", "did_you_mean", "Có phải bạn muốn nhập %1?", "Did you mean %1?"),
        # a logger's figures over a range (were the logger viewer's own)
        ("LoggerStatistic", "p95", "Phân vị 95", "95th percentile"),
        # reference data
        ("Carrier", "steam", "Hơi nước", "Steam"),
        ("Sector", "paper", "Giấy và bột giấy", "Pulp and paper"),
    ],
)
def test_the_texts_are_those_the_screens_and_reports_showed(kind: str, code: str, vi: str, en: str) -> None:
    assert labels.label(kind, code, "vi") == vi
    assert labels.label(kind, code, "en") == en


def test_lookup_rules() -> None:
    assert labels.label(Carrier, Carrier.STEAM, "en") == "Steam"
    assert labels.label("carrier", "steam", "vi") == "Hơi nước"  # kinds are matched case-insensitively
    assert labels.member_label(OptionCategory.GOOD_HOUSEKEEPING, "en") == "Good housekeeping"
    assert labels.label_or_code("Carrier", "plasma", "en") == "plasma"  # a code a newer cpdesk wrote
    assert labels.label_or_code("Carrier", None, "en", missing="–") == "–"
    with pytest.raises(ValueError, match="no label for Carrier code 'plasma'"):
        labels.label("Carrier", "plasma", "en")
    with pytest.raises(ValueError, match="no labels for kind"):
        labels.labels_of("Weather")
    with pytest.raises(ValueError, match="unknown language"):
        labels.label("Carrier", "steam", "fr")


def test_fields_and_records_have_their_rules() -> None:
    assert labels.field_label("company", "name", "en") == "Company name"  # the table's entry first
    assert labels.field_label("course", "name", "en") == "Name"  # then the column's
    assert labels.field_label("cp_option", "payback_target_years", "en") == "payback target years"
    assert labels.entity_label("option", "vi") == "giải pháp"
    assert labels.entity_label("logger_series", "en") == "logger_series"  # no label: the name
    assert labels.table_label("process_step", "vi") == "công đoạn sản xuất"
    assert labels.table_label("option", "en") == "option"  # no table label: the record's


def test_the_qt_catalogues_hold_no_domain_labels() -> None:
    moved = {"FieldNames", "CarrierFamily", "TrainingEdits", "Refusals", "Options", "Entry", "Typed"}
    for lang in labels.LANGS:
        contexts = {c.findtext("name") for c in ET.parse(TRANSLATIONS / f"cpdesk_{lang}.ts").iter("context")}
        assert not (contexts & moved), lang
