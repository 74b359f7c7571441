"""training: courses, modules, sessions, participants, attendance, certificates, workshops,
the centre's own indicators and their values, practical modules and their assignments

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

Every table travels (SyncedMixin); see cpdesk.store.models.training for what each holds.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sync_columns() -> list[sa.Column]:
    """The sync metadata every travelling row carries (cpdesk.store.base.SyncedMixin)."""
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "course",
        sa.Column(
            "kind",
            sa.Enum(
                "in_depth_programme",
                "skills_course",
                "on_demand_course",
                "university_lecturers",
                name="coursekind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "origin",
            sa.Enum("field", "demo", "reconstructed", name="dataorigin", native_enum=False, length=40),
            nullable=False,
        ),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
    )
    op.create_table(
        "indicator",
        sa.Column(
            "scope", sa.Enum("office", "training", name="indicatorscope", native_enum=False, length=40), nullable=False
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_vi", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column(
            "normaliser",
            sa.Enum(
                "useful_person_months", "training_person_days", "none", name="normaliser", native_enum=False, length=40
            ),
            nullable=False,
        ),
        sa.Column(
            "frequency",
            sa.Enum("monthly", "quarterly", "yearly", name="frequency", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("lower_is_better", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "origin",
            sa.Enum("field", "demo", "reconstructed", name="dataorigin", native_enum=False, length=40),
            nullable=False,
        ),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    op.create_table(
        "participant",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column(
            "organisation_type",
            sa.Enum(
                "company",
                "consultant",
                "government",
                "university",
                name="organisationtype",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("gender", sa.Enum("female", "male", name="gender", native_enum=False, length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "origin",
            sa.Enum("field", "demo", "reconstructed", name="dataorigin", native_enum=False, length=40),
            nullable=False,
        ),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    op.create_table(
        "workshop",
        sa.Column(
            "kind",
            sa.Enum("workshop", "awareness_seminar", name="workshopkind", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("days", sa.Float(), nullable=False),
        sa.Column("participant_count", sa.Integer(), nullable=False),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "origin",
            sa.Enum("field", "demo", "reconstructed", name="dataorigin", native_enum=False, length=40),
            nullable=False,
        ),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop")),
    )
    op.create_table(
        "certificate",
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["course_id"], ["course.id"], name=op.f("fk_certificate_course_id_course")),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participant.id"], name=op.f("fk_certificate_participant_id_participant")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificate_course_id"), ["course_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_certificate_participant_id"), ["participant_id"], unique=False)

    op.create_table(
        "course_module",
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind", sa.Enum("classroom", "practical", name="modulekind", native_enum=False, length=40), nullable=False
        ),
        sa.Column("demonstration_company_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["course_id"], ["course.id"], name=op.f("fk_course_module_course_id_course")),
        sa.ForeignKeyConstraint(
            ["demonstration_company_id"], ["company.id"], name=op.f("fk_course_module_demonstration_company_id_company")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_module")),
    )
    with op.batch_alter_table("course_module", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_course_module_course_id"), ["course_id"], unique=False)

    op.create_table(
        "indicator_value",
        sa.Column("indicator_id", sa.Uuid(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("actual", sa.Float(), nullable=False),
        sa.Column("normaliser_amount", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["indicator_id"], ["indicator.id"], name=op.f("fk_indicator_value_indicator_id_indicator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value")),
    )
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_value_indicator_id"), ["indicator_id"], unique=False)

    op.create_table(
        "practical_module",
        sa.Column("course_module_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("reference_assessment_id", sa.Uuid(), nullable=False),
        sa.Column("data_given", sa.JSON(), nullable=False),
        sa.Column("tasks_required", sa.JSON(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["course_module_id"], ["course_module.id"], name=op.f("fk_practical_module_course_module_id_course_module")
        ),
        sa.ForeignKeyConstraint(
            ["reference_assessment_id"],
            ["assessment.id"],
            name=op.f("fk_practical_module_reference_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practical_module")),
    )
    with op.batch_alter_table("practical_module", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practical_module_course_module_id"), ["course_module_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_practical_module_reference_assessment_id"), ["reference_assessment_id"], unique=False
        )

    op.create_table(
        "training_session",
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("module_id", sa.Uuid(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("days", sa.Float(), nullable=False),
        sa.Column("participant_count", sa.Integer(), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["course_id"], ["course.id"], name=op.f("fk_training_session_course_id_course")),
        sa.ForeignKeyConstraint(
            ["module_id"], ["course_module.id"], name=op.f("fk_training_session_module_id_course_module")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
    )
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_session_course_id"), ["course_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_session_module_id"), ["module_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("days_attended", sa.Float(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participant.id"], name=op.f("fk_attendance_participant_id_participant")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["training_session.id"], name=op.f("fk_attendance_session_id_training_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_session_id"), ["session_id"], unique=False)

    op.create_table(
        "practical_assignment",
        sa.Column("module_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column("trainee_name", sa.String(length=200), nullable=False),
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], name=op.f("fk_practical_assignment_assessment_id_assessment")
        ),
        sa.ForeignKeyConstraint(
            ["module_id"], ["practical_module.id"], name=op.f("fk_practical_assignment_module_id_practical_module")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participant.id"], name=op.f("fk_practical_assignment_participant_id_participant")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practical_assignment")),
    )
    with op.batch_alter_table("practical_assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practical_assignment_assessment_id"), ["assessment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_practical_assignment_module_id"), ["module_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_practical_assignment_participant_id"), ["participant_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("practical_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practical_assignment_participant_id"))
        batch_op.drop_index(batch_op.f("ix_practical_assignment_module_id"))
        batch_op.drop_index(batch_op.f("ix_practical_assignment_assessment_id"))

    op.drop_table("practical_assignment")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_session_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_participant_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_session_module_id"))
        batch_op.drop_index(batch_op.f("ix_training_session_course_id"))

    op.drop_table("training_session")
    with op.batch_alter_table("practical_module", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practical_module_reference_assessment_id"))
        batch_op.drop_index(batch_op.f("ix_practical_module_course_module_id"))

    op.drop_table("practical_module")
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_value_indicator_id"))

    op.drop_table("indicator_value")
    with op.batch_alter_table("course_module", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_module_course_id"))

    op.drop_table("course_module")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_participant_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_course_id"))

    op.drop_table("certificate")
    op.drop_table("workshop")
    op.drop_table("participant")
    op.drop_table("indicator")
    op.drop_table("course")
