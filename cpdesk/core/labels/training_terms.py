"""Data catalogue: the words of the centre's training records and own indicators, in
Vietnamese and English (Vietnamese terms after the cpdesk glossary).

The kinds named after an enum of :mod:`cpdesk.core.training_vocabulary` label its codes;
``PerNormaliser`` is a normaliser as the denominator of a unit ("kg / useful person-month");
``PersonDaysBasis`` (with ``PersonDaysBasisNote``, the screens' tooltip) and
``IndicatorStatus`` label the codes of :mod:`cpdesk.core.training` as the screens say them,
``PrintedPersonDaysBasis`` and ``PrintedIndicatorStatus`` as the centre's year page prints
them, in its own wording.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "CourseKind": {
        "in_depth_programme": {"vi": "Đào tạo chuyên sâu theo ngành", "en": "In-depth sector programme"},
        "skills_course": {"vi": "Khoá đào tạo kỹ năng", "en": "Skills course"},
        "on_demand_course": {"vi": "Đào tạo theo yêu cầu", "en": "On-demand course"},
        "university_lecturers": {"vi": "Đào tạo giảng viên đại học", "en": "University lecturers"},
    },
    "ModuleKind": {
        "classroom": {"vi": "Học trên lớp", "en": "Classroom"},
        "practical": {"vi": "Thực hành tại doanh nghiệp", "en": "Practical work in the plant"},
    },
    "OrganisationType": {
        "company": {"vi": "Doanh nghiệp", "en": "Company"},
        "consultant": {"vi": "Tư vấn", "en": "Consultant"},
        "government": {"vi": "Cơ quan nhà nước", "en": "Government"},
        "university": {"vi": "Trường đại học", "en": "University"},
    },
    "Gender": {
        "female": {"vi": "Nữ", "en": "Female"},
        "male": {"vi": "Nam", "en": "Male"},
    },
    "WorkshopKind": {
        "workshop": {"vi": "Hội thảo", "en": "Workshop"},
        "awareness_seminar": {"vi": "Hội thảo nâng cao nhận thức", "en": "Awareness seminar"},
    },
    "IndicatorScope": {
        "office": {"vi": "Văn phòng", "en": "Office"},
        "training": {"vi": "Đào tạo", "en": "Training"},
    },
    "Normaliser": {
        "useful_person_months": {"vi": "người-tháng hữu ích", "en": "useful person-months"},
        "training_person_days": {"vi": "người-ngày đào tạo", "en": "training person-days"},
        "none": {"vi": "không chuẩn hoá", "en": "not normalised"},
    },
    "Frequency": {
        "monthly": {"vi": "Hàng tháng", "en": "Monthly"},
        "quarterly": {"vi": "Hàng quý", "en": "Quarterly"},
        "yearly": {"vi": "Hàng năm", "en": "Yearly"},
    },
    "PracticalData": {
        "team": {"vi": "Đội SXSH", "en": "CP team"},
        "steps": {"vi": "Công đoạn sản xuất", "en": "Process steps"},
        "streams": {"vi": "Dòng vật liệu và năng lượng", "en": "Streams"},
        "measurements": {"vi": "Số liệu đo đạc", "en": "Measurements"},
        "waste_streams": {"vi": "Dòng thải", "en": "Waste streams"},
        "options": {"vi": "Giải pháp SXSH", "en": "CP options"},
    },
    "PerNormaliser": {
        "useful_person_months": {"vi": "người-tháng hữu ích", "en": "useful person-month"},
        "training_person_days": {"vi": "người-ngày đào tạo", "en": "training person-day"},
    },
    "PrintedPersonDaysBasis": {
        "attendance": {"vi": "điểm danh", "en": "attendance"},
        "headcount": {"vi": "số học viên", "en": "head count"},
        "mixed": {"vi": "điểm danh và số học viên", "en": "attendance and head count"},
        "none": {"vi": "không có học viên", "en": "no participants"},
    },
    "PrintedIndicatorStatus": {
        "met": {"vi": "đạt", "en": "met"},
        "not_met": {"vi": "không đạt", "en": "not met"},
        "no_target": {"vi": "chưa có mục tiêu", "en": "no target"},
        "dropped": {"vi": "đã bỏ", "en": "dropped"},
    },
    "PersonDaysBasis": {
        "attendance": {"vi": "điểm danh", "en": "attendance"},
        "headcount": {"vi": "sĩ số × số ngày", "en": "head count × days"},
        "mixed": {"vi": "điểm danh và sĩ số", "en": "attendance and head counts"},
        "none": {"vi": "chưa ghi người tham gia", "en": "no participants recorded"},
    },
    "PersonDaysBasisNote": {
        "attendance": {
            "vi": "Người-ngày: cộng số ngày tham dự của từng người.",
            "en": "Person-days: the days each participant attended, added up.",
        },
        "headcount": {
            "vi": "Người-ngày: số ngày của buổi học nhân sĩ số (không điểm danh).",
            "en": "Person-days: the session's days times its head count (attendance not recorded).",
        },
        "mixed": {
            "vi": "Người-ngày: theo điểm danh nếu có, còn lại theo sĩ số × số ngày.",
            "en": "Person-days: attendance where it is recorded, head count × days elsewhere.",
        },
        "none": {
            "vi": "Không điểm danh, không sĩ số: các buổi học này được tính 0 người-ngày.",
            "en": "No attendance and no head count: these sessions count zero person-days.",
        },
    },
    "IndicatorStatus": {
        "met": {"vi": "✓ đạt", "en": "✓ met"},
        "not_met": {"vi": "✗ chưa đạt", "en": "✗ not met"},
        "no_target": {"vi": "chưa có mục tiêu", "en": "no target"},
        "dropped": {"vi": "đã bỏ", "en": "dropped"},
    },
}
