"""The fields of synced records by the names a person knows them by ("Discount rate", not
``discount_rate``), for the screens that show records field by field (the conflicts screen).

Every label is written out as a ``QCoreApplication.translate("FieldNames", ...)`` call with a
literal text, because lupdate reads the source and finds only those: a text passed through a
helper, a variable or an f-string would never reach the translation files. A column that
means different things in different tables (a person's ``name`` beside a fuel's English
``name``, a course's ``kind`` beside a stream's) has an entry for its (table, column), which
wins over the column's own label. A column not listed (one a newer cpdesk added) reads as its
name with spaces, as the screen showed every field before.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication


def field_label(table: str, column: str) -> str:
    """A column of a synced table as the person reads it ("Lifetime (years)")."""
    by_table, by_column = _labels(_language())
    return by_table.get((table, column)) or by_column.get(column) or column.replace("_", " ")


def _language() -> str:
    """What tells the installed catalogues apart: one label in the current language.

    The labels are built once per language, not once per call; but the language can change
    while cpdesk runs (the settings rebuild the window in the other one), so the cache is
    keyed by a translation rather than held once."""
    return QCoreApplication.translate("FieldNames", "Name")


@lru_cache(maxsize=4)
def _labels(language: str) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """(labels by (table, column), labels by column) in ``language`` (see :func:`_language`)."""
    del language  # the cache key only: translate() below reads the installed catalogues
    by_table = {
        ("company", "name"): QCoreApplication.translate("FieldNames", "Company name"),
        ("factor_set", "name"): QCoreApplication.translate("FieldNames", "Name (English)"),
        ("fuel_factor", "name"): QCoreApplication.translate("FieldNames", "Name (English)"),
        ("indicator", "name"): QCoreApplication.translate("FieldNames", "Name (English)"),
        ("programme", "name"): QCoreApplication.translate("FieldNames", "Name (English)"),
        ("participant", "name"): QCoreApplication.translate("FieldNames", "Full name"),
        ("team_member", "name"): QCoreApplication.translate("FieldNames", "Full name"),
        ("process_step", "name"): QCoreApplication.translate("FieldNames", "Step name"),
        ("stream", "name"): QCoreApplication.translate("FieldNames", "Stream name"),
        ("waste_stream", "name"): QCoreApplication.translate("FieldNames", "Waste stream name"),
        ("logger_series", "name"): QCoreApplication.translate("FieldNames", "Series name"),
        ("factor_set", "code"): QCoreApplication.translate("FieldNames", "Factor set code"),
        ("programme", "code"): QCoreApplication.translate("FieldNames", "Programme code"),
        ("cp_option", "code"): QCoreApplication.translate("FieldNames", "Option code"),
        ("course", "kind"): QCoreApplication.translate("FieldNames", "Kind of course"),
        ("workshop", "kind"): QCoreApplication.translate("FieldNames", "Workshop or seminar"),
        ("course_module", "kind"): QCoreApplication.translate("FieldNames", "Classroom or practical"),
        ("stream", "kind"): QCoreApplication.translate("FieldNames", "Kind of stream"),
        ("task_progress", "status"): QCoreApplication.translate("FieldNames", "Task status"),
        ("cp_option", "status"): QCoreApplication.translate("FieldNames", "Option status"),
        ("factor_set", "source"): QCoreApplication.translate("FieldNames", "Source (publication)"),
        ("fuel_factor", "source"): QCoreApplication.translate("FieldNames", "Source of the factors"),
        ("grid_factor", "source"): QCoreApplication.translate("FieldNames", "Source of the factor"),
        ("measurement", "value"): QCoreApplication.translate("FieldNames", "Measured value"),
        ("indicator", "target"): QCoreApplication.translate("FieldNames", "Target (normalised value)"),
        ("indicator", "unit"): QCoreApplication.translate("FieldNames", "Unit (before normalising)"),
        ("cause", "category"): QCoreApplication.translate("FieldNames", "Cause category"),
        ("cp_option", "category"): QCoreApplication.translate("FieldNames", "Option category"),
        ("cause", "description"): QCoreApplication.translate("FieldNames", "Description of the cause"),
        ("option_saving", "carrier"): QCoreApplication.translate("FieldNames", "Resource"),
        ("process_step", "position"): QCoreApplication.translate("FieldNames", "Order in the list"),
        ("team_member", "position"): QCoreApplication.translate("FieldNames", "Job title"),
        ("certificate", "number"): QCoreApplication.translate("FieldNames", "Certificate no."),
        ("course_module", "number"): QCoreApplication.translate("FieldNames", "Module no."),
        ("certificate", "participant_id"): QCoreApplication.translate("FieldNames", "Trainee"),
        ("practical_assignment", "participant_id"): QCoreApplication.translate("FieldNames", "Trainee"),
        ("practical_assignment", "module_id"): QCoreApplication.translate("FieldNames", "Practical module"),
        ("practical_assignment", "assessment_id"): QCoreApplication.translate(
            "FieldNames", "Trainee's copy of the assessment"
        ),
        ("logger_series", "stream_id"): QCoreApplication.translate("FieldNames", "Stream measured"),
        ("waste_stream", "stream_id"): QCoreApplication.translate("FieldNames", "Stream in the flow chart"),
        ("grid_factor", "year"): QCoreApplication.translate("FieldNames", "Year of the factor"),
    }
    by_column = {
        # what a record belongs to or points at
        "assessment_id": QCoreApplication.translate("FieldNames", "Assessment"),
        "cause_id": QCoreApplication.translate("FieldNames", "Cause"),
        "company_id": QCoreApplication.translate("FieldNames", "Company"),
        "course_id": QCoreApplication.translate("FieldNames", "Course"),
        "course_module_id": QCoreApplication.translate("FieldNames", "Course module"),
        "demonstration_company_id": QCoreApplication.translate("FieldNames", "Demonstration company"),
        "factor_set_id": QCoreApplication.translate("FieldNames", "Factor set"),
        "indicator_id": QCoreApplication.translate("FieldNames", "Indicator"),
        "measurement_id": QCoreApplication.translate("FieldNames", "Measurement"),
        "module_id": QCoreApplication.translate("FieldNames", "Module"),
        "option_id": QCoreApplication.translate("FieldNames", "Option"),
        "owner_id": QCoreApplication.translate("FieldNames", "Attached to (record)"),
        "owner_type": QCoreApplication.translate("FieldNames", "Attached to (kind of record)"),
        "participant_id": QCoreApplication.translate("FieldNames", "Participant"),
        "programme_id": QCoreApplication.translate("FieldNames", "Programme"),
        "reference_assessment_id": QCoreApplication.translate("FieldNames", "Reference assessment"),
        "series_id": QCoreApplication.translate("FieldNames", "Logger series"),
        "session_id": QCoreApplication.translate("FieldNames", "Training session"),
        "source_step_id": QCoreApplication.translate("FieldNames", "From step"),
        "stream_id": QCoreApplication.translate("FieldNames", "Stream"),
        "target_step_id": QCoreApplication.translate("FieldNames", "To step"),
        "waste_stream_id": QCoreApplication.translate("FieldNames", "Waste stream"),
        # names, descriptions, notes
        "name": QCoreApplication.translate("FieldNames", "Name"),
        "name_vi": QCoreApplication.translate("FieldNames", "Name (Vietnamese)"),
        "title": QCoreApplication.translate("FieldNames", "Title"),
        "code": QCoreApplication.translate("FieldNames", "Code"),
        "number": QCoreApplication.translate("FieldNames", "Number"),
        "kind": QCoreApplication.translate("FieldNames", "Kind"),
        "status": QCoreApplication.translate("FieldNames", "Status"),
        "category": QCoreApplication.translate("FieldNames", "Category"),
        "description": QCoreApplication.translate("FieldNames", "Description"),
        "note": QCoreApplication.translate("FieldNames", "Note"),
        "notes": QCoreApplication.translate("FieldNames", "Notes"),
        "technical_notes": QCoreApplication.translate("FieldNames", "Technical notes"),
        "origin": QCoreApplication.translate("FieldNames", "Data origin"),
        "source": QCoreApplication.translate("FieldNames", "Source"),
        "unit": QCoreApplication.translate("FieldNames", "Unit"),
        "value": QCoreApplication.translate("FieldNames", "Value"),
        "target": QCoreApplication.translate("FieldNames", "Target"),
        "position": QCoreApplication.translate("FieldNames", "Position"),
        "year": QCoreApplication.translate("FieldNames", "Year"),
        # companies, programmes, people
        "sector": QCoreApplication.translate("FieldNames", "Sector"),
        "province": QCoreApplication.translate("FieldNames", "Province"),
        "size": QCoreApplication.translate("FieldNames", "Company size"),
        "address": QCoreApplication.translate("FieldNames", "Address"),
        "contact": QCoreApplication.translate("FieldNames", "Contact"),
        "employees": QCoreApplication.translate("FieldNames", "Employees"),
        "donor": QCoreApplication.translate("FieldNames", "Donor"),
        "reported_co2_t": QCoreApplication.translate("FieldNames", "CO₂ avoided as reported (t/yr)"),
        "reported_note": QCoreApplication.translate("FieldNames", "Note on the reported CO₂"),
        "organisation": QCoreApplication.translate("FieldNames", "Organisation"),
        "organisation_type": QCoreApplication.translate("FieldNames", "Organisation type"),
        "gender": QCoreApplication.translate("FieldNames", "Gender"),
        "email": QCoreApplication.translate("FieldNames", "E-mail"),
        "phone": QCoreApplication.translate("FieldNames", "Phone"),
        "role": QCoreApplication.translate("FieldNames", "Role"),
        # the assessment
        "delivery_mode": QCoreApplication.translate("FieldNames", "Delivery"),
        "start_date": QCoreApplication.translate("FieldNames", "Start date"),
        "end_date": QCoreApplication.translate("FieldNames", "End date"),
        "currency": QCoreApplication.translate("FieldNames", "Currency"),
        "exchange_rate": QCoreApplication.translate("FieldNames", "Exchange rate (VND per USD)"),
        "discount_rate": QCoreApplication.translate("FieldNames", "Discount rate"),
        "operating_hours_per_year": QCoreApplication.translate("FieldNames", "Operating hours per year"),
        "operating_days_per_year": QCoreApplication.translate("FieldNames", "Operating days per year"),
        "annual_production": QCoreApplication.translate("FieldNames", "Annual production"),
        "production_unit": QCoreApplication.translate("FieldNames", "Production unit"),
        "batches_per_day": QCoreApplication.translate("FieldNames", "Batches per day"),
        "audit_focus": QCoreApplication.translate("FieldNames", "Audit focus"),
        "task_no": QCoreApplication.translate("FieldNames", "Task no."),
        "completed_at": QCoreApplication.translate("FieldNames", "Completed at"),
        # process steps, streams, measurements
        "is_focus": QCoreApplication.translate("FieldNames", "Audit focus step"),
        "chart_x": QCoreApplication.translate("FieldNames", "Place on the flow chart (x)"),
        "chart_y": QCoreApplication.translate("FieldNames", "Place on the flow chart (y)"),
        "carrier": QCoreApplication.translate("FieldNames", "Carrier"),
        "pressure_bar": QCoreApplication.translate("FieldNames", "Gauge pressure (bar)"),
        "temperature_c": QCoreApplication.translate("FieldNames", "Temperature (°C)"),
        "basis": QCoreApplication.translate("FieldNames", "Basis"),
        "method": QCoreApplication.translate("FieldNames", "Measurement method"),
        "relative_uncertainty": QCoreApplication.translate("FieldNames", "Relative uncertainty"),
        "measured_at": QCoreApplication.translate("FieldNames", "Measured at"),
        "instrument": QCoreApplication.translate("FieldNames", "Instrument"),
        "author": QCoreApplication.translate("FieldNames", "Measured by"),
        # fuels and emission factors
        "fuel": QCoreApplication.translate("FieldNames", "Fuel"),
        "ncv_gj_per_t": QCoreApplication.translate("FieldNames", "NCV (GJ/t)"),
        "co2_kg_per_tj": QCoreApplication.translate("FieldNames", "Emission factor (kg CO₂/TJ)"),
        "biogenic": QCoreApplication.translate("FieldNames", "Biogenic"),
        "density_t_per_m3": QCoreApplication.translate("FieldNames", "Density (t/m³)"),
        "published": QCoreApplication.translate("FieldNames", "Published on"),
        "grid_country": QCoreApplication.translate("FieldNames", "Country of the grid"),
        "grid_year": QCoreApplication.translate("FieldNames", "Year of the grid factor"),
        "is_default": QCoreApplication.translate("FieldNames", "Default set"),
        "country": QCoreApplication.translate("FieldNames", "Country"),
        "t_co2_per_mwh": QCoreApplication.translate("FieldNames", "Grid emission factor (t CO₂/MWh)"),
        # waste, causes, options
        "annual_quantity": QCoreApplication.translate("FieldNames", "Quantity per year"),
        "loss_value_per_unit": QCoreApplication.translate("FieldNames", "Value lost per unit"),
        "treatment_cost_per_year": QCoreApplication.translate("FieldNames", "Treatment cost per year"),
        "screening": QCoreApplication.translate("FieldNames", "Screening"),
        "investment": QCoreApplication.translate("FieldNames", "Investment"),
        "annual_savings": QCoreApplication.translate("FieldNames", "Annual savings"),
        "annual_extra_costs": QCoreApplication.translate("FieldNames", "Extra costs per year"),
        "lifetime_years": QCoreApplication.translate("FieldNames", "Lifetime (years)"),
        "rejection_reason": QCoreApplication.translate("FieldNames", "Reason for rejection"),
        "implemented_on": QCoreApplication.translate("FieldNames", "Implemented on"),
        "monitored_annual_savings": QCoreApplication.translate("FieldNames", "Annual savings (monitored)"),
        "quantity": QCoreApplication.translate("FieldNames", "Saved per year (estimated)"),
        "monitored_quantity": QCoreApplication.translate("FieldNames", "Saved per year (monitored)"),
        # attachments
        "filename": QCoreApplication.translate("FieldNames", "File name"),
        "media_type": QCoreApplication.translate("FieldNames", "File type"),
        "caption": QCoreApplication.translate("FieldNames", "Caption"),
        "size_bytes": QCoreApplication.translate("FieldNames", "Size (bytes)"),
        "sha256": QCoreApplication.translate("FieldNames", "Checksum (SHA-256)"),
        "content": QCoreApplication.translate("FieldNames", "File content"),
        # loggers
        "channel": QCoreApplication.translate("FieldNames", "Channel (column of the file)"),
        "time_zone": QCoreApplication.translate("FieldNames", "Logger clock's time zone"),
        "first_at": QCoreApplication.translate("FieldNames", "First reading at"),
        "last_at": QCoreApplication.translate("FieldNames", "Last reading at"),
        "point_count": QCoreApplication.translate("FieldNames", "Number of readings"),
        "interval_s": QCoreApplication.translate("FieldNames", "Interval (s)"),
        "source_file": QCoreApplication.translate("FieldNames", "Source file"),
        "source_sha256": QCoreApplication.translate("FieldNames", "Checksum of the source file"),
        "import_report": QCoreApplication.translate("FieldNames", "Import report"),
        "chunk_no": QCoreApplication.translate("FieldNames", "Block no."),
        "t0": QCoreApplication.translate("FieldNames", "Block starts (ns since 1970, UTC)"),
        "t1": QCoreApplication.translate("FieldNames", "Block ends (ns since 1970, UTC)"),
        "count": QCoreApplication.translate("FieldNames", "Readings in the block"),
        "timestamps": QCoreApplication.translate("FieldNames", "Reading times"),
        "readings": QCoreApplication.translate("FieldNames", "Readings"),
        "t_from": QCoreApplication.translate("FieldNames", "Range starts (ns since 1970, UTC)"),
        "t_to": QCoreApplication.translate("FieldNames", "Range ends (ns since 1970, UTC)"),
        "statistic": QCoreApplication.translate("FieldNames", "Statistic"),
        "parameter": QCoreApplication.translate("FieldNames", "Parameter of the statistic"),
        # the centre's indicators
        "scope": QCoreApplication.translate("FieldNames", "Scope"),
        "normaliser": QCoreApplication.translate("FieldNames", "Normalised by"),
        "frequency": QCoreApplication.translate("FieldNames", "Monitoring frequency"),
        "lower_is_better": QCoreApplication.translate("FieldNames", "Lower is better"),
        "active": QCoreApplication.translate("FieldNames", "Monitored now"),
        "period_start": QCoreApplication.translate("FieldNames", "Period starts"),
        "period_end": QCoreApplication.translate("FieldNames", "Period ends"),
        "actual": QCoreApplication.translate("FieldNames", "Actual value"),
        "normaliser_amount": QCoreApplication.translate("FieldNames", "Normaliser amount"),
        # training
        "held_on": QCoreApplication.translate("FieldNames", "Held on"),
        "days": QCoreApplication.translate("FieldNames", "Length (days)"),
        "participant_count": QCoreApplication.translate("FieldNames", "Head count"),
        "venue": QCoreApplication.translate("FieldNames", "Venue"),
        "topic": QCoreApplication.translate("FieldNames", "Topic"),
        "days_attended": QCoreApplication.translate("FieldNames", "Days attended"),
        "issued_on": QCoreApplication.translate("FieldNames", "Issued on"),
        "data_given": QCoreApplication.translate("FieldNames", "Data given to the trainees"),
        "tasks_required": QCoreApplication.translate("FieldNames", "Tasks required"),
        "due_date": QCoreApplication.translate("FieldNames", "Due date"),
        "trainee_name": QCoreApplication.translate("FieldNames", "Trainee's name"),
        "exported_at": QCoreApplication.translate("FieldNames", "Exported at"),
        "returned_at": QCoreApplication.translate("FieldNames", "Results returned at"),
    }
    return by_table, by_column
