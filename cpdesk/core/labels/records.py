"""Data catalogue: the kinds of record by name, in Vietnamese and English.

``Entity`` names one record as the undo history and messages say it ("Edit option",
"Delete stream"); ``Table`` names a synced table as the sync screens count it ("options",
"process steps"). The codes are the entity names of the editing service and the table names
of the database.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Entity": {
        # the workbench's records
        "programme": {"vi": "chương trình", "en": "programme"},
        "company": {"vi": "doanh nghiệp", "en": "company"},
        "assessment": {"vi": "đánh giá", "en": "assessment"},
        "team_member": {"vi": "thành viên đội", "en": "team member"},
        "task_progress": {"vi": "nhiệm vụ", "en": "task"},
        "process_step": {"vi": "công đoạn", "en": "process step"},
        "stream": {"vi": "dòng", "en": "stream"},
        "measurement": {"vi": "số đo", "en": "measurement"},
        "waste_stream": {"vi": "dòng thải", "en": "waste stream"},
        "cause": {"vi": "nguyên nhân", "en": "cause"},
        "option": {"vi": "giải pháp", "en": "option"},
        "option_saving": {"vi": "tài nguyên tiết kiệm", "en": "resource saving"},
        "attachment": {"vi": "tệp đính kèm", "en": "attachment"},
        "period_reading": {"vi": "số liệu theo kỳ", "en": "period reading"},
        # the centre's training records and indicators
        "course": {"vi": "khoá đào tạo", "en": "course"},
        "course_module": {"vi": "mô-đun", "en": "module"},
        "training_session": {"vi": "buổi học", "en": "session"},
        "participant": {"vi": "người tham gia", "en": "participant"},
        "attendance": {"vi": "điểm danh", "en": "attendance"},
        "certificate": {"vi": "chứng chỉ", "en": "certificate"},
        "workshop": {"vi": "hội thảo", "en": "workshop"},
        "indicator": {"vi": "chỉ số", "en": "indicator"},
        "indicator_value": {"vi": "giá trị chỉ số", "en": "indicator value"},
        # the centre's reference records
        "factor_set": {"vi": "bộ hệ số", "en": "factor set"},
        "fuel_factor": {"vi": "hệ số nhiên liệu", "en": "fuel factor"},
        "grid_factor": {"vi": "hệ số lưới điện", "en": "grid factor"},
        "carrier_price": {"vi": "giá năng lượng", "en": "carrier price"},
    },
    "Table": {
        "company": {"vi": "doanh nghiệp", "en": "companies"},
        "course": {"vi": "khoá đào tạo", "en": "courses"},
        "factor_set": {"vi": "bộ hệ số", "en": "factor sets"},
        "indicator": {"vi": "chỉ số", "en": "indicators"},
        "participant": {"vi": "người tham gia", "en": "participants"},
        "programme": {"vi": "chương trình", "en": "programmes"},
        "workshop": {"vi": "hội thảo", "en": "workshops"},
        "assessment": {"vi": "đánh giá", "en": "assessments"},
        "certificate": {"vi": "chứng chỉ", "en": "certificates"},
        "course_module": {"vi": "mô-đun của khoá đào tạo", "en": "course modules"},
        "fuel_factor": {"vi": "hệ số nhiên liệu", "en": "fuel factors"},
        "grid_factor": {"vi": "hệ số lưới điện", "en": "grid factors"},
        "carrier_price": {"vi": "giá năng lượng", "en": "carrier prices"},
        "indicator_value": {"vi": "giá trị chỉ số", "en": "indicator values"},
        "attachment": {"vi": "tệp đính kèm", "en": "attachments"},
        "fuel_override": {"vi": "giá trị nhiên liệu riêng của đánh giá", "en": "fuel values of an assessment"},
        "practical_module": {"vi": "mô-đun thực hành", "en": "practical modules"},
        "process_step": {"vi": "công đoạn sản xuất", "en": "process steps"},
        "task_progress": {"vi": "tiến độ nhiệm vụ", "en": "task progress"},
        "team_member": {"vi": "thành viên đội SXSH", "en": "team members"},
        "training_session": {"vi": "buổi học", "en": "training sessions"},
        "attendance": {"vi": "điểm danh", "en": "attendance"},
        "practical_assignment": {"vi": "bài thực hành được giao", "en": "practical assignments"},
        "stream": {"vi": "dòng", "en": "streams"},
        "logger_series": {"vi": "chuỗi số liệu từ bộ ghi dữ liệu", "en": "logger series"},
        "measurement": {"vi": "số đo", "en": "measurements"},
        "waste_stream": {"vi": "dòng thải", "en": "waste streams"},
        "cause": {"vi": "nguyên nhân", "en": "causes"},
        "logger_series_chunk": {"vi": "số đo của bộ ghi dữ liệu (theo khối)", "en": "logger readings (blocks)"},
        "measurement_source": {"vi": "số đo lấy từ bộ ghi dữ liệu", "en": "readings taken from loggers"},
        "cp_option": {"vi": "giải pháp SXSH", "en": "options"},
        "option_saving": {"vi": "tài nguyên tiết kiệm", "en": "resource savings"},
        "period_reading": {"vi": "số liệu tiêu thụ và sản lượng theo kỳ", "en": "period readings"},
    },
}
