"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "company",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("province", sa.String(length=100), nullable=False),
        sa.Column(
            "size",
            sa.Enum("small", "medium", "large", name="companysize", native_enum=False, length=40),
            nullable=True,
        ),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("contact", sa.String(length=300), nullable=False),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column(
            "origin",
            sa.Enum("field", "demo", "reconstructed", name="dataorigin", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
    )
    op.create_table(
        "factor_set",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_vi", sa.String(length=300), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("grid_country", sa.String(length=2), nullable=False),
        sa.Column("grid_year", sa.Integer(), nullable=True),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_factor_set")),
        sa.UniqueConstraint("code", name=op.f("uq_factor_set_code")),
    )
    op.create_table(
        "local_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_setting")),
    )
    op.create_table(
        "programme",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_vi", sa.String(length=300), nullable=False),
        sa.Column("donor", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reported_co2_t", sa.Float(), nullable=True),
        sa.Column("reported_note", sa.Text(), nullable=False),
        sa.Column(
            "origin",
            sa.Enum("field", "demo", "reconstructed", name="dataorigin", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("code", name=op.f("uq_programme_code")),
    )
    op.create_table(
        "assessment",
        sa.Column("company_id", sa.Uuid(), nullable=False),
        sa.Column("programme_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "delivery_mode",
            sa.Enum(
                "training_demonstration",
                "consulting_training",
                "consulting",
                name="deliverymode",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", sa.Float(), nullable=True),
        sa.Column("discount_rate", sa.Float(), nullable=False),
        sa.Column("operating_hours_per_year", sa.Float(), nullable=True),
        sa.Column("operating_days_per_year", sa.Float(), nullable=True),
        sa.Column("annual_production", sa.Float(), nullable=True),
        sa.Column("production_unit", sa.String(length=40), nullable=False),
        sa.Column("batches_per_day", sa.Float(), nullable=True),
        sa.Column("factor_set_id", sa.Uuid(), nullable=True),
        sa.Column("audit_focus", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "origin",
            sa.Enum("field", "demo", "reconstructed", name="dataorigin", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_assessment_company_id_company")),
        sa.ForeignKeyConstraint(
            ["factor_set_id"],
            ["factor_set.id"],
            name=op.f("fk_assessment_factor_set_id_factor_set"),
        ),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"], name=op.f("fk_assessment_programme_id_programme")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessment_programme_id"), ["programme_id"], unique=False)

    op.create_table(
        "fuel_factor",
        sa.Column("factor_set_id", sa.Uuid(), nullable=False),
        sa.Column("fuel", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_vi", sa.String(length=200), nullable=False),
        sa.Column("ncv_gj_per_t", sa.Float(), nullable=False),
        sa.Column("co2_kg_per_tj", sa.Float(), nullable=False),
        sa.Column("biogenic", sa.Boolean(), nullable=False),
        sa.Column("density_t_per_m3", sa.Float(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["factor_set_id"],
            ["factor_set.id"],
            name=op.f("fk_fuel_factor_factor_set_id_factor_set"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fuel_factor")),
        sa.UniqueConstraint("factor_set_id", "fuel", name=op.f("uq_fuel_factor_factor_set_id")),
    )
    with op.batch_alter_table("fuel_factor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fuel_factor_factor_set_id"), ["factor_set_id"], unique=False)

    op.create_table(
        "grid_factor",
        sa.Column("factor_set_id", sa.Uuid(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("t_co2_per_mwh", sa.Float(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["factor_set_id"],
            ["factor_set.id"],
            name=op.f("fk_grid_factor_factor_set_id_factor_set"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grid_factor")),
        sa.UniqueConstraint("factor_set_id", "country", "year", name=op.f("uq_grid_factor_factor_set_id")),
    )
    with op.batch_alter_table("grid_factor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grid_factor_factor_set_id"), ["factor_set_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("owner_type", sa.String(length=40), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("filename", sa.String(length=260), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_attachment_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_assessment_id"), ["assessment_id"], unique=False)

    op.create_table(
        "fuel_override",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("fuel", sa.String(length=40), nullable=False),
        sa.Column("ncv_gj_per_t", sa.Float(), nullable=True),
        sa.Column("density_t_per_m3", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_fuel_override_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fuel_override")),
        sa.UniqueConstraint("assessment_id", "fuel", name=op.f("uq_fuel_override_assessment_id")),
    )
    with op.batch_alter_table("fuel_override", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fuel_override_assessment_id"), ["assessment_id"], unique=False)

    op.create_table(
        "process_step",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_focus", sa.Boolean(), nullable=False),
        sa.Column("chart_x", sa.Float(), nullable=True),
        sa.Column("chart_y", sa.Float(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_process_step_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_process_step")),
    )
    with op.batch_alter_table("process_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_process_step_assessment_id"), ["assessment_id"], unique=False)

    op.create_table(
        "task_progress",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("task_no", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                name="taskstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_task_progress_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_progress")),
        sa.UniqueConstraint("assessment_id", "task_no", name=op.f("uq_task_progress_assessment_id")),
    )
    with op.batch_alter_table("task_progress", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_progress_assessment_id"), ["assessment_id"], unique=False)

    op.create_table(
        "team_member",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "leader",
                "member",
                "centre_expert",
                "trainee",
                "trainer",
                "company_manager",
                name="teamrole",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_team_member_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_member")),
    )
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_member_assessment_id"), ["assessment_id"], unique=False)

    op.create_table(
        "stream",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "material",
                "water",
                "energy",
                "product",
                "waste",
                name="streamkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "carrier",
            sa.Enum(
                "electricity",
                "steam",
                "condensate",
                "heat",
                "anthracite",
                "bituminous_coal",
                "sub_bituminous_coal",
                "lignite",
                "diesel_oil",
                "fuel_oil",
                "lpg",
                "natural_gas",
                "gasoline",
                "wood",
                "rice_husk",
                "water",
                "wastewater",
                "chemicals",
                "raw_material",
                "product",
                "solid_waste",
                "flue_gas",
                "air_emission",
                name="carrier",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("source_step_id", sa.Uuid(), nullable=True),
        sa.Column("target_step_id", sa.Uuid(), nullable=True),
        sa.Column("pressure_bar", sa.Float(), nullable=True),
        sa.Column("temperature_c", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "source_step_id IS NOT NULL OR target_step_id IS NOT NULL",
            name=op.f("ck_stream_has_an_end"),
        ),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], name=op.f("fk_stream_assessment_id_assessment")),
        sa.ForeignKeyConstraint(
            ["source_step_id"],
            ["process_step.id"],
            name=op.f("fk_stream_source_step_id_process_step"),
        ),
        sa.ForeignKeyConstraint(
            ["target_step_id"],
            ["process_step.id"],
            name=op.f("fk_stream_target_step_id_process_step"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stream")),
    )
    with op.batch_alter_table("stream", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stream_assessment_id"), ["assessment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stream_source_step_id"), ["source_step_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stream_target_step_id"), ["target_step_id"], unique=False)

    op.create_table(
        "measurement",
        sa.Column("stream_id", sa.Uuid(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column(
            "basis",
            sa.Enum(
                "per_hour",
                "per_batch",
                "per_day",
                "per_month",
                "per_year",
                "per_tonne_product",
                "total",
                name="measurementbasis",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "method",
            sa.Enum(
                "measured",
                "records",
                "estimated",
                name="measurementmethod",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("relative_uncertainty", sa.Float(), nullable=True),
        sa.Column("measured_at", sa.DateTime(), nullable=True),
        sa.Column("instrument", sa.String(length=200), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["stream_id"], ["stream.id"], name=op.f("fk_measurement_stream_id_stream")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement")),
    )
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measurement_stream_id"), ["stream_id"], unique=False)

    op.create_table(
        "waste_stream",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("stream_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("annual_quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("loss_value_per_unit", sa.Float(), nullable=False),
        sa.Column("treatment_cost_per_year", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_waste_stream_assessment_id_assessment"),
        ),
        sa.ForeignKeyConstraint(["stream_id"], ["stream.id"], name=op.f("fk_waste_stream_stream_id_stream")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waste_stream")),
    )
    with op.batch_alter_table("waste_stream", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_waste_stream_assessment_id"), ["assessment_id"], unique=False)

    op.create_table(
        "cause",
        sa.Column("waste_stream_id", sa.Uuid(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "raw_material",
                "process_technology",
                "equipment",
                "process_control",
                "housekeeping",
                "product",
                "waste",
                "people",
                name="causecategory",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["waste_stream_id"],
            ["waste_stream.id"],
            name=op.f("fk_cause_waste_stream_id_waste_stream"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cause")),
    )
    with op.batch_alter_table("cause", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cause_waste_stream_id"), ["waste_stream_id"], unique=False)

    op.create_table(
        "cp_option",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "good_housekeeping",
                "input_material_change",
                "process_control",
                "equipment_modification",
                "technology_change",
                "onsite_recovery",
                "by_product",
                "product_modification",
                name="optioncategory",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("cause_id", sa.Uuid(), nullable=True),
        sa.Column("waste_stream_id", sa.Uuid(), nullable=True),
        sa.Column(
            "screening",
            sa.Enum(
                "implement_directly",
                "needs_study",
                "rejected",
                name="screeningresult",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("technical_notes", sa.Text(), nullable=False),
        sa.Column("investment", sa.Float(), nullable=False),
        sa.Column("annual_savings", sa.Float(), nullable=False),
        sa.Column("annual_extra_costs", sa.Float(), nullable=False),
        sa.Column("lifetime_years", sa.Float(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "selected",
                "implemented",
                "rejected",
                name="optionstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("rejection_reason", sa.Text(), nullable=False),
        sa.Column("implemented_on", sa.Date(), nullable=True),
        sa.Column("monitored_annual_savings", sa.Float(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], name=op.f("fk_cp_option_assessment_id_assessment")
        ),
        sa.ForeignKeyConstraint(["cause_id"], ["cause.id"], name=op.f("fk_cp_option_cause_id_cause")),
        sa.ForeignKeyConstraint(
            ["waste_stream_id"],
            ["waste_stream.id"],
            name=op.f("fk_cp_option_waste_stream_id_waste_stream"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cp_option")),
    )
    with op.batch_alter_table("cp_option", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cp_option_assessment_id"), ["assessment_id"], unique=False)

    op.create_table(
        "option_saving",
        sa.Column("option_id", sa.Uuid(), nullable=False),
        sa.Column(
            "carrier",
            sa.Enum(
                "electricity",
                "steam",
                "condensate",
                "heat",
                "anthracite",
                "bituminous_coal",
                "sub_bituminous_coal",
                "lignite",
                "diesel_oil",
                "fuel_oil",
                "lpg",
                "natural_gas",
                "gasoline",
                "wood",
                "rice_husk",
                "water",
                "wastewater",
                "chemicals",
                "raw_material",
                "product",
                "solid_waste",
                "flue_gas",
                "air_emission",
                name="carrier",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("monitored_quantity", sa.Float(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["option_id"], ["cp_option.id"], name=op.f("fk_option_saving_option_id_cp_option")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_option_saving")),
    )
    with op.batch_alter_table("option_saving", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_option_saving_option_id"), ["option_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("option_saving", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_option_saving_option_id"))

    op.drop_table("option_saving")
    with op.batch_alter_table("cp_option", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cp_option_assessment_id"))

    op.drop_table("cp_option")
    with op.batch_alter_table("cause", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cause_waste_stream_id"))

    op.drop_table("cause")
    with op.batch_alter_table("waste_stream", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_waste_stream_assessment_id"))

    op.drop_table("waste_stream")
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measurement_stream_id"))

    op.drop_table("measurement")
    with op.batch_alter_table("stream", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stream_target_step_id"))
        batch_op.drop_index(batch_op.f("ix_stream_source_step_id"))
        batch_op.drop_index(batch_op.f("ix_stream_assessment_id"))

    op.drop_table("stream")
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_member_assessment_id"))

    op.drop_table("team_member")
    with op.batch_alter_table("task_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_progress_assessment_id"))

    op.drop_table("task_progress")
    with op.batch_alter_table("process_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_process_step_assessment_id"))

    op.drop_table("process_step")
    with op.batch_alter_table("fuel_override", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fuel_override_assessment_id"))

    op.drop_table("fuel_override")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_assessment_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("grid_factor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_grid_factor_factor_set_id"))

    op.drop_table("grid_factor")
    with op.batch_alter_table("fuel_factor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fuel_factor_factor_set_id"))

    op.drop_table("fuel_factor")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_programme_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_company_id"))

    op.drop_table("assessment")
    op.drop_table("programme")
    op.drop_table("local_setting")
    op.drop_table("factor_set")
    op.drop_table("company")
